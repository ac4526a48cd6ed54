// Lookup by code, including former codes, and coverage of the codes the
// gold facts use.
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <set>

#include "refdata/gazetteer_fixture.h"

namespace twinmap::refdata {
namespace {

using testing::RepoGazetteer;

TEST_CASE("FindByCode finds current codes") {
  const Gazetteer& g = RepoGazetteer();
  struct Row {
    const char* scheme;
    const char* code;
    const char* id;
  };
  for (const Row& r : std::initializer_list<Row>{
           {"gb2260", "410000", "cn:410000"},
           {"iso3166_2", "CN-HA", "cn:410000"},
           {"gb2260", "532501", "cn:532501"},
           {"insee", "54395", "fr:commune:54395"},
           {"insee_dep", "92", "fr:dep:92"},
           {"insee_region", "32", "fr:region:32"},
           {"insee_region", "22", "fr:region:picardie"},
           {"iso3166_2", "FR-S", "fr:region:picardie"},
           {"siren", "242900314", "fr:epci:242900314"},
           {"iso3166_1", "HU", "country:HU"},
           {"iso3166_2", "KR-47", "place:KR:north-gyeongsang"},
       }) {
    INFO(r.scheme << " " << r.code);
    const Entity* e = g.FindByCode(r.scheme, r.code);
    REQUIRE(e != nullptr);
    CHECK(e->id == r.id);
    CHECK_FALSE(g.IsFormerCode(r.scheme, r.code));
  }
  CHECK(g.FindByCode("gb2260", "999999") == nullptr);
}

TEST_CASE("A county-level city turned district keeps its old code") {
  const Gazetteer& g = RepoGazetteer();
  // 吴江市 320584 became 吴江区 320509 of Suzhou; 江都市 321088 became 321012.
  const Entity* wujiang = g.FindByCode("gb2260", "320584");
  REQUIRE(wujiang != nullptr);
  CHECK(wujiang->id == "cn:320509");
  CHECK(g.IsFormerCode("gb2260", "320584"));
  bool listed = false;
  for (const FormerCode& c : wujiang->former_codes) {
    listed = listed ||
             (c.scheme == "gb2260" && c.code == "320584" && c.name == "吴江市");
  }
  CHECK(listed);
  const Entity* jiangdu = g.FindByCode("gb2260", "321088");
  REQUIRE(jiangdu != nullptr);
  CHECK(jiangdu->id == "cn:321012");
  CHECK(jiangdu->name == "Jiangdu");
}

TEST_CASE("A renamed unit keeps its former name") {
  const Entity* xiangyang = RepoGazetteer().Find("cn:420600");
  REQUIRE(xiangyang != nullptr);
  bool found = false;
  for (const Alias& a : xiangyang->aliases) {
    found = found || (a.text == "襄樊市" && a.kind == "former_name");
  }
  CHECK(found);
}

// Every code in the gold facts names an entity, current or former.
TEST_CASE("Every code the gold facts use is in the reference data") {
  const Gazetteer& g = RepoGazetteer();
  const std::pair<const char*, const char*> schemes[] = {
      {"gb2260", "gb2260"},
      {"iso3166_2", "iso3166_2"},
      {"insee", "insee"},
      {"dep", "insee_dep"},
      {"country", "iso3166_1"}};
  std::set<std::string> missing;
  size_t checked = 0;
  for (const auto& file :
       std::filesystem::directory_iterator(TWINMAP_GOLD_DIR)) {
    if (file.path().extension() != ".jsonl") continue;
    std::ifstream in(file.path());
    std::string line;
    while (std::getline(in, line)) {
      if (line.empty()) continue;
      nlohmann::json fact = nlohmann::json::parse(line);
      for (const char* role : {"entity", "subject", "object"}) {
        if (!fact.contains(role)) continue;
        for (const auto& [field, scheme] : schemes) {
          if (!fact[role].contains(field)) continue;
          const std::string code = fact[role][field].get<std::string>();
          ++checked;
          if (g.FindByCode(scheme, code) == nullptr)
            missing.insert(std::string(field) + " " + code);
        }
      }
    }
  }
  for (const std::string& m : missing) UNSCOPED_INFO("not found: " << m);
  CHECK(checked > 200);
  CHECK(missing.empty());
}

}  // namespace
}  // namespace twinmap::refdata
