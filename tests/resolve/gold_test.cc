// Gold must-shows: entities of tests/gold/*.jsonl resolve to their codes.
#include <catch2/catch.hpp>
#include <dirent.h>

#include <fstream>
#include <nlohmann/json.hpp>
#include <set>
#include <string>
#include <vector>

#include "resolve/resolver_fixture.h"

namespace twinmap::resolve {
namespace {

using testing::RepoGazetteer;
using testing::RepoIndex;
using testing::Types;

// Every distinct entity reference of the gold files.
std::vector<nlohmann::json> GoldEntities() {
  std::vector<nlohmann::json> out;
  std::set<std::string> seen;
  DIR* dir = opendir(TWINMAP_GOLD_DIR);
  REQUIRE(dir != nullptr);
  std::vector<std::string> files;
  while (dirent* d = readdir(dir)) {
    std::string name = d->d_name;
    if (name.size() > 6 && name.substr(name.size() - 6) == ".jsonl")
      files.push_back(std::string(TWINMAP_GOLD_DIR) + "/" + name);
  }
  closedir(dir);
  REQUIRE(files.size() >= 5);
  for (const std::string& f : files) {
    std::ifstream in(f);
    std::string line;
    while (std::getline(in, line)) {
      if (line.empty()) continue;
      nlohmann::json fact = nlohmann::json::parse(line);
      for (const char* k : {"entity", "subject", "object"}) {
        if (!fact.contains(k)) continue;
        const nlohmann::json& e = fact[k];
        if (seen.insert(e.dump()).second) out.push_back(e);
      }
    }
  }
  return out;
}

// The gold's type vocabulary is coarser than the gazetteer's: its
// prefecture_city covers every prefecture-level unit (Honghe is an
// autonomous prefecture) and its county_city every county-level one (a
// county-level city that became a district keeps its old gold code).
std::vector<std::string> GazetteerTypes(const std::string& gold_type) {
  if (gold_type == "prefecture_city")
    return {"prefecture_city", "prefecture", "autonomous_prefecture", "league"};
  if (gold_type == "county_city")
    return {"county_city", "district", "county", "autonomous_county", "banner"};
  return {gold_type};
}

std::vector<std::string> Surfaces(const nlohmann::json& e) {
  std::vector<std::string> out = {e.at("name").get<std::string>()};
  if (e.contains("aliases"))
    for (const auto& a : e["aliases"]) out.push_back(a.get<std::string>());
  return out;
}

TEST_CASE("GoldChineseEntitiesResolveToTheirCodes") {
  const refdata::Gazetteer& g = RepoGazetteer();
  Resolver resolver(RepoIndex());
  size_t total = 0, right = 0;
  std::string misses;
  for (const nlohmann::json& e : GoldEntities()) {
    if (!e.contains("gb2260")) continue;
    const std::string code = e["gb2260"].get<std::string>();
    const refdata::Entity* want = g.FindByCode("gb2260", code);
    for (const std::string& surface : Surfaces(e)) {
      ++total;
      Resolution r = resolver.Resolve(
          surface, Types(GazetteerTypes(e["type"].get<std::string>()), "CN"));
      bool ok = r.chosen != nullptr && want != nullptr && r.chosen == want;
      if (!ok) misses += surface + " want " + code + " got '" + r.id() + "'; ";
      right += ok;
    }
  }
  REQUIRE(total >= 100);
  double share = static_cast<double>(right) / total;
  INFO("resolved " << right << " of " << total << "; misses: " << misses);
  CHECK(share >= 0.98);
}

TEST_CASE("GoldFrenchPartnersResolveToCommuneDepartementRegion") {
  const refdata::Gazetteer& g = RepoGazetteer();
  Resolver resolver(RepoIndex());
  size_t checked = 0;
  for (const nlohmann::json& e : GoldEntities()) {
    if (!e.contains("insee") && !e.contains("dep") && !e.contains("region_fr"))
      continue;
    const std::string type = e["type"].get<std::string>();
    for (const std::string& surface : Surfaces(e)) {
      INFO(surface << " (" << type << ")");
      ++checked;
      if (type == "foreign_city") {
        Resolution r = resolver.Resolve(surface, Types({"commune"}, "FR"));
        CHECK(r.chosen == g.FindByCode("insee", e["insee"].get<std::string>()));
      } else if (type == "foreign_department") {
        Resolution r = resolver.Resolve(surface, Types({"departement"}, "FR"));
        CHECK(r.id() == "fr:dep:" + e["dep"].get<std::string>());
      } else if (type == "foreign_region") {
        Resolution r = resolver.Resolve(surface, Types({"region"}, "FR"));
        REQUIRE(r.chosen != nullptr);
        // The region as the page's era named it: one of its names or
        // aliases folds to the gold's region_fr (Centre, renamed Centre-Val
        // de Loire in 2015, keeps "Centre" as a former name).
        std::string want, got;
        NameIndex::FoldKey(e["region_fr"].get<std::string>(), &want);
        bool named = false;
        for (const auto& [lang, n] : r.chosen->names) {
          NameIndex::FoldKey(n, &got);
          named = named || got == want;
        }
        for (const refdata::Alias& a : r.chosen->aliases) {
          NameIndex::FoldKey(a.text, &got);
          named = named || got == want;
        }
        CHECK(named);
      } else if (type == "intercommunality") {
        Resolution r =
            resolver.Resolve(surface, Types({"intercommunality"}, "FR"));
        REQUIRE(r.chosen != nullptr);
        CHECK(r.chosen->id.rfind("fr:epci:", 0) == 0);
        // Its seat commune's département is the gold's.
        bool in_dep = r.chosen->parent == "fr:dep:" + e["dep"].get<std::string>() ||
                      g.IsWithin(*r.chosen, "fr:dep:" + e["dep"].get<std::string>());
        if (!r.chosen->parent.empty()) CHECK(in_dep);
      }
    }
  }
  CHECK(checked >= 40);
}

}  // namespace
}  // namespace twinmap::resolve
