#include "eval/entity_index.h"

#include <algorithm>
#include <set>

#include "eval/name_key.h"

namespace twinmap::eval {
namespace {

// Codes compared as identifiers: no spaces, upper case ("cn-ha" == "CN-HA",
// "2a" == "2A"); French region names compared like names.
std::string CodeKey(const std::string& key, const std::string& value) {
  if (key == "region_fr") return NameKey(value);
  std::string out;
  for (char c : value) {
    if (c == ' ' || c == '\t') continue;
    out += (c >= 'a' && c <= 'z') ? static_cast<char>(c - 'a' + 'A') : c;
  }
  return out;
}

// The type a code identifies, or "" when it identifies any type.
const char* TypeOnlyFor(const std::string& key) {
  if (key == "region_fr") return "foreign_region";
  if (key == "dep") return "foreign_department";
  if (key == "country") return "country";
  return "";
}

const char* const kCodeOrder[] = {"gb2260",    "insee", "siren",  "iso3166_2",
                                  "region_fr", "dep",   "country"};

}  // namespace

std::optional<IdentifyingCode> IdentifyingCodeOf(const EntityRef& ref) {
  for (const char* key : kCodeOrder) {
    auto it = ref.codes.find(key);
    if (it == ref.codes.end() || it->second.empty()) continue;
    const std::string only = TypeOnlyFor(key);
    if (!only.empty() && ref.type != only) continue;
    return IdentifyingCode{key, it->second};
  }
  return std::nullopt;
}

EntityIndex::EntityIndex(const Dataset& dataset) : dataset_(dataset) {
  for (size_t i = 0; i < dataset.entities.size(); ++i) {
    const Entity& e = dataset.entities[i];
    if (dataset.FindEntity(e.id) != &e) continue;  // a duplicate id
    for (const auto& [key, value] : e.codes) {
      if (!value.empty()) by_code_[{key, CodeKey(key, value)}].push_back(i);
    }
    std::set<std::string> keys;
    keys.insert(NameKey(e.name));
    for (const auto& [lang, name] : e.names) keys.insert(NameKey(name));
    for (const std::string& alias : e.aliases) keys.insert(NameKey(alias));
    keys.erase("");
    for (const std::string& key : keys) by_name_[key].push_back(i);
    // region_fr is a region's name in the page's era: a French region
    // renamed since ("Centre", now Centre-Val de Loire) is found by its
    // former names too.
    auto region = e.codes.find("region_fr");
    if (e.type == "foreign_region" && region != e.codes.end() && !region->second.empty()) {
      for (const std::string& key : keys) {
        auto& at = by_code_[{"region_fr", key}];
        if (std::find(at.begin(), at.end(), i) == at.end()) at.push_back(i);
      }
    }
  }
}

std::vector<size_t> EntityIndex::ByCode(const IdentifyingCode& code,
                                        const std::string& type) const {
  auto it = by_code_.find({code.key, CodeKey(code.key, code.value)});
  if (it == by_code_.end()) return {};
  const std::string only = TypeOnlyFor(code.key);
  if (only.empty()) return it->second;
  std::vector<size_t> out;
  for (size_t i : it->second) {
    if (dataset_.entities[i].type == type) out.push_back(i);
  }
  return out;
}

std::vector<size_t> EntityIndex::ByName(const EntityRef& ref) const {
  std::set<size_t> found;
  std::vector<std::string> names = ref.aliases;
  names.push_back(ref.name);
  for (const std::string& name : names) {
    auto it = by_name_.find(NameKey(name));
    if (it != by_name_.end())
      found.insert(it->second.begin(), it->second.end());
  }
  std::vector<size_t> same_type;
  for (size_t i : found) {
    if (dataset_.entities[i].type == ref.type) same_type.push_back(i);
  }
  if (!same_type.empty()) return same_type;
  return std::vector<size_t>(found.begin(), found.end());
}

std::vector<std::string> EntityIndex::Ids(
    const std::vector<size_t>& entities) const {
  std::vector<std::string> ids;
  for (size_t i : entities) ids.push_back(dataset_.entities[i].id);
  std::sort(ids.begin(), ids.end());
  ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
  return ids;
}

EntityMatch EntityIndex::Match(const EntityRef& ref) const {
  EntityMatch match;
  std::optional<IdentifyingCode> code = IdentifyingCodeOf(ref);
  if (code) {
    match.how = code->key + " " + code->value;
    match.ids = Ids(ByCode(*code, ref.type));
    if (!match.ids.empty()) return match;
    bool code_anywhere =
        by_code_.count({code->key, CodeKey(code->key, code->value)}) > 0;
    std::vector<std::string> named = Ids(ByName(ref));
    if (ref.low_confidence && !code_anywhere) {
      match.how =
          "name (low-confidence " + match.how + " absent from the dataset)";
      match.ids = named;
      if (match.ids.empty())
        match.why_not = "no entity named \"" + ref.name + "\"";
      return match;
    }
    match.why_not =
        "no " +
        (TypeOnlyFor(code->key)[0] ? ref.type + " " : std::string("entity ")) +
        "with " + code->key + " " + code->value;
    if (!named.empty()) {
      match.why_not +=
          " (\"" + ref.name + "\" exists without it: " + named.front() + ")";
    }
    return match;
  }
  match.how = "name";
  match.ids = Ids(ByName(ref));
  if (match.ids.empty())
    match.why_not = "no entity named \"" + ref.name + "\" or an alias";
  return match;
}

}  // namespace twinmap::eval
