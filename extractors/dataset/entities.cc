// entities.jsonl: one line per entity, with the codes eval and users join on.
#include <algorithm>
#include <set>

#include <nlohmann/json.hpp>

#include "dataset/dataset.h"

namespace twinmap::dataset {
namespace {

std::string IdTail(const std::string& id) { return id.substr(id.rfind(':') + 1); }

}  // namespace

std::string EntityLine(const extract::EntityInfo& e) {
  nlohmann::ordered_json j;
  j["id"] = e.id;
  j["type"] = e.type;
  j["name"] = e.name;
  nlohmann::ordered_json names = nlohmann::ordered_json::object();
  nlohmann::ordered_json codes = nlohmann::ordered_json::object();
  std::set<std::string> aliases(e.surfaces.begin(), e.surfaces.end());
  nlohmann::json parent = nullptr;
  if (const refdata::Entity* r = e.ref) {
    for (const char* lang : {"en", "fr", "ko", "zh"}) {
      auto it = r->names.find(lang);
      if (it != r->names.end() && !it->second.empty()) {
        names[lang] = it->second;
        aliases.insert(it->second);
      }
    }
    for (const char* scheme : {"gb2260", "iso3166_2", "insee", "siren"}) {
      const std::string& c = r->code(scheme);
      if (!c.empty()) codes[scheme] = c;
    }
    if (!r->code("insee_dep").empty()) {
      codes["dep"] = r->code("insee_dep");
    } else if (r->parent.rfind("fr:dep:", 0) == 0) {
      codes["dep"] = IdTail(r->parent);
    }
    if (r->type == "region" && r->country == "FR") {
      auto fr = r->names.find("fr");
      codes["region_fr"] = fr != r->names.end() && !fr->second.empty() ? fr->second : r->name;
    }
    if (!r->country.empty()) codes["country"] = r->country;
    if (!r->parent.empty()) parent = r->parent;
  } else {
    for (const auto& [lang, name] : e.names) {
      names[lang] = name;
      aliases.insert(name);
    }
  }
  aliases.erase(e.name);
  j["names"] = names;
  j["aliases"] = std::vector<std::string>(aliases.begin(), aliases.end());
  j["codes"] = codes;
  j["parent"] = parent;
  j["resolved"] = e.resolved;
  return j.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
}

}  // namespace twinmap::dataset
