// Places that share a name or a romanisation stay separate entities.
#include <algorithm>
#include <catch2/catch.hpp>

#include "refdata/gazetteer_fixture.h"

namespace twinmap::refdata {
namespace {

using testing::IdsWithForm;
using testing::RepoGazetteer;

bool Contains(const std::vector<std::string>& v, const std::string& x) {
  return std::find(v.begin(), v.end(), x) != v.end();
}

TEST_CASE("Jilin city and Jilin province are distinct, with distinct codes") {
  const Gazetteer& g = RepoGazetteer();
  const Entity* province = g.Find("cn:220000");
  const Entity* city = g.Find("cn:220200");
  REQUIRE(province != nullptr);
  REQUIRE(city != nullptr);
  CHECK(province->type == "province");
  CHECK(city->type == "prefecture_city");
  CHECK(province->code("gb2260") != city->code("gb2260"));
  CHECK(province->code("iso3166_2") == "CN-JL");
  CHECK(city->code("iso3166_2").empty());
  CHECK(city->parent == province->id);
  CHECK(city->names.at("zh") == "吉林市");
  CHECK(province->names.at("zh") == "吉林省");
  // "Jilin" names both; "Jilin City" only the city.
  std::vector<std::string> jilin = IdsWithForm(g, "Jilin", "");
  CHECK(Contains(jilin, province->id));
  CHECK(Contains(jilin, city->id));
  std::vector<std::string> jilin_city = IdsWithForm(g, "Jilin City", "en");
  CHECK(jilin_city == std::vector<std::string>{city->id});
}

TEST_CASE("Shanxi (山西) and Shaanxi (陕西) never share a Latin form") {
  const Gazetteer& g = RepoGazetteer();
  const Entity* shanxi = g.Find("cn:140000");
  const Entity* shaanxi = g.Find("cn:610000");
  REQUIRE(shanxi != nullptr);
  REQUIRE(shaanxi != nullptr);
  CHECK(shanxi->name == "Shanxi");
  CHECK(shaanxi->name == "Shaanxi");
  CHECK(shanxi->code("iso3166_2") == "CN-SX");
  CHECK(shaanxi->code("iso3166_2") == "CN-SN");
  for (const char* form : {"Shanxi", "Shanxi Province", "Shan Xi"}) {
    INFO(form);
    std::vector<std::string> ids = IdsWithForm(g, form, "");
    CHECK(Contains(ids, shanxi->id));
    CHECK_FALSE(Contains(ids, shaanxi->id));
  }
  std::vector<std::string> shaanxi_ids = IdsWithForm(g, "Shaanxi", "");
  CHECK_FALSE(Contains(shaanxi_ids, shanxi->id));
  // In Chinese and in Sino-Korean they differ too.
  CHECK(IdsWithForm(g, "陕西", "zh") == std::vector<std::string>{shaanxi->id});
  CHECK(IdsWithForm(g, "섬서성", "ko") ==
        std::vector<std::string>{shaanxi->id});
  CHECK(IdsWithForm(g, "산서성", "ko") == std::vector<std::string>{shanxi->id});
}

TEST_CASE("A city that is also a first-level unit is one entity (Busan)") {
  const Gazetteer& g = RepoGazetteer();
  const Entity* busan = g.FindByCode("iso3166_2", "KR-26");
  REQUIRE(busan != nullptr);
  CHECK(busan->type == "foreign_city");
  CHECK_FALSE(busan->code("geonames").empty());
  CHECK(IdsWithForm(g, "Busan", "en") == std::vector<std::string>{busan->id});
}

TEST_CASE("Ids are unique and every reference resolves") {
  const Gazetteer& g = RepoGazetteer();
  for (const Entity& e : g.entities()) {
    REQUIRE(g.Find(e.id) == &e);
    if (!e.parent.empty()) REQUIRE(g.Find(e.parent) != nullptr);
    for (const std::string& s : e.successors) REQUIRE(g.Find(s) != nullptr);
  }
}

}  // namespace
}  // namespace twinmap::refdata
