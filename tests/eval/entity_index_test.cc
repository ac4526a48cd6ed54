#include "eval/entity_index.h"

#include <catch2/catch.hpp>

#include "eval/eval_fixture.h"

namespace twinmap::eval {
namespace {

EntityRef Ref(std::string name, std::string type, Codes codes = {},
              std::vector<std::string> aliases = {}) {
  EntityRef ref;
  ref.name = std::move(name);
  ref.type = std::move(type);
  ref.codes = std::move(codes);
  ref.aliases = std::move(aliases);
  return ref;
}

Dataset FixtureDataset() {
  Result<Dataset> d = ReadDataset(testing::FixtureDataset(), nullptr);
  REQUIRE(d.ok());
  return std::move(d).value();
}

using Ids = std::vector<std::string>;

TEST_CASE("IdentifyingCodeOf picks the code that names the entity itself") {
  struct Row {
    EntityRef ref;
    const char* key;  // "" = none: matched by name
  };
  const Row rows[] = {
      {Ref("Henan", "province",
           {{"gb2260", "410000"}, {"iso3166_2", "CN-HA"}, {"country", "CN"}}),
       "gb2260"},
      {Ref("Nancy", "foreign_city",
           {{"insee", "54395"},
            {"dep", "54"},
            {"region_fr", "Grand Est"},
            {"country", "FR"}}),
       "insee"},
      {Ref("Gyeonggi", "foreign_region",
           {{"iso3166_2", "KR-41"}, {"country", "KR"}}),
       "iso3166_2"},
      {Ref("Burgundy", "foreign_region",
           {{"region_fr", "Bourgogne"}, {"country", "FR"}}),
       "region_fr"},
      {Ref("Saône-et-Loire", "foreign_department",
           {{"dep", "71"}, {"region_fr", "Bourgogne"}, {"country", "FR"}}),
       "dep"},
      {Ref("Grand Lyon", "intercommunality",
           {{"dep", "69"}, {"region_fr", "Rhône-Alpes"}, {"country", "FR"}}),
       ""},
      {Ref("China", "country", {{"country", "CN"}}), "country"},
      {Ref("Frankfurt Airport", "organization", {{"country", "DE"}}), ""},
      {Ref("Zhou Qiang", "person"), ""},
  };
  for (const Row& row : rows) {
    INFO(row.ref.name);
    auto code = IdentifyingCodeOf(row.ref);
    if (row.key[0] == '\0') {
      CHECK_FALSE(code.has_value());
    } else {
      REQUIRE(code.has_value());
      CHECK(code->key == row.key);
    }
  }
}

TEST_CASE("A code matches whatever the entity is called") {
  Dataset d = FixtureDataset();
  EntityIndex index(d);
  EntityMatch m = index.Match(
      Ref("Henan", "province", {{"gb2260", "410000"}, {"country", "CN"}}));
  CHECK(m.ids == Ids{"e:henan"});  // the dataset calls it "Ho-nan"
  CHECK(m.how == "gb2260 410000");
  CHECK(
      index.Match(Ref("Shandong", "province", {{"iso3166_2", "cn-sd"}})).ids ==
      Ids{"e:shandong"});
}

TEST_CASE("A region code finds the region, not its departments") {
  Dataset d = FixtureDataset();
  EntityIndex index(d);
  // e:saone-et-loire carries region_fr "Bourgogne" too.
  CHECK(index
            .Match(
                Ref("Burgundy", "foreign_region", {{"region_fr", "Bourgogne"}}))
            .ids == Ids{"e:bourgogne"});
  CHECK(index
            .Match(Ref("Saône-et-Loire", "foreign_department",
                       {{"dep", "71"}, {"region_fr", "Bourgogne"}}))
            .ids == Ids{"e:saone-et-loire"});
}

TEST_CASE("A country code alone never identifies a non-country") {
  Dataset d = FixtureDataset();
  EntityIndex index(d);
  // e:germany and e:frankfurt both carry country DE.
  EntityMatch airport = index.Match(
      Ref("Frankfurt Airport", "organization", {{"country", "DE"}}));
  CHECK(airport.ids.empty());
  CHECK(airport.why_not.find("Frankfurt Airport") != std::string::npos);
  CHECK(index.Match(Ref("Germany", "country", {{"country", "DE"}})).ids ==
        Ids{"e:germany"});
}

TEST_CASE("Without a code, the name or an alias matches after folding") {
  Dataset d = FixtureDataset();
  EntityIndex index(d);
  // Gold alias "Hôtel de Ville de Nancy" vs dataset alias "HOTEL-DE-VILLE DE
  // NANCY".
  CHECK(index
            .Match(Ref("Nancy City Hall", "organization", {{"country", "FR"}},
                       {"Hôtel de Ville de Nancy"}))
            .ids == Ids{"e:mairie"});
  // Dataset names by language count too.
  CHECK(index.Match(Ref("Frankfurt am Main", "foreign_city")).ids ==
        Ids{"e:frankfurt"});
  CHECK(index.Match(Ref("Nancy City Hall", "organization")).ids.empty());
}

TEST_CASE("A low-confidence code falls back to the name only when absent") {
  Dataset d = FixtureDataset();
  EntityIndex index(d);
  EntityRef wujiang = Ref("Wujiang", "county_city", {{"gb2260", "320584"}});
  wujiang.low_confidence = true;
  CHECK(index.Match(wujiang).ids == Ids{"e:wujiang"});

  // Same code, but sure of it: the name is not enough.
  EntityMatch jiangdu =
      index.Match(Ref("Jiangdu", "county_city", {{"gb2260", "321088"}}));
  CHECK(jiangdu.ids.empty());
  CHECK(jiangdu.why_not.find("e:jiangdu") != std::string::npos);

  // Low confidence, but another entity has the code: no name fallback.
  EntityRef odd = Ref("Kunming", "county_city", {{"gb2260", "410000"}});
  odd.low_confidence = true;
  CHECK(index.Match(odd).ids == Ids{"e:henan"});
}

}  // namespace
}  // namespace twinmap::eval
