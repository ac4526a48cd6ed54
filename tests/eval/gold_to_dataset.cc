#include "eval/gold_to_dataset.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <vector>

#include "ingest/ingest.h"

namespace twinmap::eval::testing {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string((std::istreambuf_iterator<char>(in)),
                     std::istreambuf_iterator<char>());
}

// The same real-world entity is written with different names across facts
// ("Guangxi" / "Guangxi Zhuang Autonomous Region") but the same sure code.
std::string EntityKey(const json& ref) {
  for (const char* code : {"gb2260", "insee", "iso3166_2"}) {
    if (ref.contains(code))
      return std::string(code) + ":" + ref[code].get<std::string>();
  }
  return ref["type"].get<std::string>() + "|" + ref["name"].get<std::string>();
}

class EntityTable {
 public:
  std::string Add(const json& ref) {
    std::string key = EntityKey(ref);
    json& e = entities_[key];
    if (e.is_null()) {
      e = {{"type", ref["type"]},     {"name", ref["name"]},
           {"names", json::object()}, {"aliases", json::array()},
           {"codes", json::object()}, {"parent", nullptr},
           {"resolved", true}};
    }
    std::set<std::string> aliases = e["aliases"].get<std::set<std::string>>();
    if (ref["name"] != e["name"])
      aliases.insert(ref["name"].get<std::string>());
    for (const auto& alias : ref.value("aliases", json::array()))
      aliases.insert(alias.get<std::string>());
    e["aliases"] = aliases;
    for (const char* code : {"gb2260", "insee", "iso3166_2", "siren", "dep",
                             "region_fr", "country"}) {
      if (ref.contains(code)) e["codes"][code] = ref[code];
    }
    return Id(key);
  }

  std::string Id(const std::string& key) const {
    auto it = entities_.find(key);
    return "e" + std::to_string(std::distance(entities_.begin(), it));
  }

  void Write(const std::string& path) const {
    std::ofstream out(path, std::ios::binary);
    for (const auto& [key, e] : entities_) {
      json line = e;
      line["id"] = Id(key);
      out << line.dump() << "\n";
    }
  }

 private:
  std::map<std::string, json> entities_;
};

}  // namespace

std::string WriteDatasetFromGold(const std::string& gold_dir,
                                 const std::string& corpus_dir,
                                 const std::string& out_dir) {
  std::vector<std::string> files;
  for (const auto& entry : fs::directory_iterator(gold_dir)) {
    if (entry.path().extension() == ".jsonl")
      files.push_back(entry.path().string());
  }
  std::sort(files.begin(), files.end());

  // First pass: every entity, so ids are final before claims name them.
  EntityTable entities;
  std::vector<json> facts;
  for (const std::string& file : files) {
    std::ifstream in(file);
    std::string line;
    while (std::getline(in, line)) {
      if (line.empty()) continue;
      json fact = json::parse(line);
      for (const char* role : {"entity", "subject", "object"}) {
        if (fact.contains(role)) entities.Add(fact[role]);
      }
      facts.push_back(fact);
    }
  }

  std::map<std::string, std::string> pages;
  std::ofstream claims(out_dir + "/claims.jsonl", std::ios::binary);
  int next = 0;
  for (const json& fact : facts) {
    if (fact["kind"] == "entity") continue;
    const std::string source = fact["source"];
    if (pages.count(source) == 0)
      pages[source] = ReadFile(corpus_dir + "/" + source);
    const std::string& page = pages[source];
    const std::string evidence = fact["evidence"];
    size_t at = page.find(evidence);
    if (at == std::string::npos)
      return source + ": evidence not found: " + evidence;

    char id[16];
    std::snprintf(id, sizeof(id), "c%04d", next++);
    json claim = {{"id", id},
                  {"subject", entities.Add(fact["subject"])},
                  {"property", fact["property"]},
                  {"qualifiers", fact.value("qualifiers", json::object())},
                  {"rank", "preferred"}};
    if (fact["kind"] == "relation") {
      claim["object"] = entities.Add(fact["object"]);
    } else {
      claim["value"] = fact["value"];
      claim["unit"] = fact.value("unit", json());
      claim["bound"] = fact.value("bound", "exact");
      if (fact.contains("as_of")) claim["qualifiers"]["as_of"] = fact["as_of"];
    }
    claim["provenance"] = json::array(
        {{{"source", source},
          {"sha256", ingest::Sha256Hex(page)},
          {"span", {at, at + evidence.size()}},
          {"line", std::count(page.begin(), page.begin() + at, '\n') + 1},
          {"text", evidence},
          {"extractor", "gold"},
          {"rule", fact["kind"].get<std::string>() + "/" +
                       fact["property"].get<std::string>()}}});
    claims << claim.dump() << "\n";
  }
  entities.Write(out_dir + "/entities.jsonl");
  return "";
}

}  // namespace twinmap::eval::testing
