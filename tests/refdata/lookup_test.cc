// Spot checks: ids and the surface forms that must lead to them, one row
// per (form, language, expected id).
#include <algorithm>
#include <catch2/catch.hpp>

#include "refdata/gazetteer_fixture.h"

namespace twinmap::refdata {
namespace {

using testing::IdsWithForm;
using testing::RepoGazetteer;

struct FormCase {
  const char* text;
  const char* lang;
  const char* id;
};

TEST_CASE("Surface forms in each language lead to the right entity") {
  const FormCase cases[] = {
      {"Xi'an", "en", "cn:610100"},
      {"Xian", "zh-Latn", "cn:610100"},
      {"Xi An", "zh-Latn", "cn:610100"},
      {"西安市", "zh", "cn:610100"},
      {"西安", "zh", "cn:610100"},
      {"시안", "ko", "cn:610100"},
      {"Lhasa", "en", "cn:540100"},
      {"Lhassa", "fr", "cn:540100"},
      {"Canton", "fr", "cn:440100"},
      {"Canton", "en", "cn:440100"},
      {"광저우", "ko", "cn:440100"},
      {"Bose", "fr", "cn:451000"},
      {"Baise", "en", "cn:451000"},
      {"Mongolie Intérieure", "fr", "cn:150000"},
      {"Mongolie-Intérieure", "fr", "cn:150000"},
      {"Inner Mongolia", "en", "cn:150000"},
      {"Inner Mongolia Autonomous Region", "en", "cn:150000"},
      {"내몽골", "ko", "cn:150000"},
      {"内蒙古自治区", "zh", "cn:150000"},
      {"Pékin", "fr", "cn:110000"},
      {"Peking", "en", "cn:110000"},
      {"베이징", "ko", "cn:110000"},
      {"북경", "ko", "cn:110000"},
      {"상하이", "ko", "cn:310000"},
      {"산둥성", "ko", "cn:370000"},
      {"Shandong Province", "en", "cn:370000"},
      {"Tibet", "en", "cn:540000"},
      {"Xizang", "zh-Latn", "cn:540000"},
      {"Guangxi Zhuang Autonomous Region", "en", "cn:450000"},
      {"Ningxia Hui Autonomous Region", "en", "cn:640000"},
      {"Hohhot", "en", "cn:150100"},
      {"Hulunbuir", "en", "cn:150700"},
      {"Huai'an", "en", "cn:320800"},
      {"Huaian", "zh-Latn", "cn:320800"},
      {"Guangan", "zh-Latn", "cn:511600"},
      {"Yaan", "zh-Latn", "cn:511800"},
      {"Wanzhou", "en", "cn:500101"},
      {"Gejiu", "en", "cn:532501"},
      {"Setchouan", "fr", "cn:510000"},
      {"Picardie", "fr", "fr:region:picardie"},
      {"Picardy", "en", "fr:region:picardie"},
      {"Basse-Normandie", "fr", "fr:region:basse-normandie"},
      {"Poitou-Charentes", "fr", "fr:region:poitou-charentes"},
      {"Bourgogne", "fr", "fr:region:bourgogne"},
      {"Rhône-Alpes", "fr", "fr:region:rhone-alpes"},
      {"Alsace", "fr", "fr:region:alsace"},
      {"Centre", "fr", "fr:region:24"},
      {"Bretagne", "fr", "fr:region:53"},
      {"Brittany", "en", "fr:region:53"},
      {"Hauts-de-Seine", "fr", "fr:dep:92"},
      {"Saône-et-Loire", "fr", "fr:dep:71"},
      {"Nancy", "fr", "fr:commune:54395"},
      {"Saint-Étienne", "fr", "fr:commune:42218"},
      {"C.U. de Brest", "fr", "fr:epci:242900314"},
      {"C.U. de Nantes", "fr", "fr:epci:244400404"},
      {"C.A. de La Rochelle", "fr", "fr:epci:241700434"},
      {"C.A. de Cergy-Pontoise", "fr", "fr:epci:249500109"},
      {"Chine", "fr", "country:CN"},
      {"중국", "ko", "country:CN"},
      {"Hongrie", "fr", "country:HU"},
      {"Szeged", "en", "place:HU:szeged"},
      {"Brazzaville", "en", "place:CG:brazzaville"},
      {"Busan", "en", "place:KR:busan"},
      {"Gyeongsangbuk-do", "und", "place:KR:north-gyeongsang"},
      {"Jeollanam-do", "und", "place:KR:south-jeolla"},
      {"Hyogo Prefecture", "en", "place:JP:hyogo"},
      {"Toyama Prefecture", "en", "place:JP:toyama-prefecture"},
      {"Sakha Republic", "en", "place:RU:sakha"},
      {"Republic of Sakha", "en", "place:RU:sakha"},
      {"Hamgyeongbuk-do", "ko-Latn", "place:KP:north-hamgyong"},
      {"North Hamgyong Province", "en", "place:KP:north-hamgyong"},
      {"Rason", "en", "place:KP:rason"},
      {"Francfort-sur-le-Main", "fr", "place:DE:frankfurt-am-main"},
  };
  const Gazetteer& g = RepoGazetteer();
  for (const FormCase& c : cases) {
    INFO(c.text << " (" << c.lang << ") -> " << c.id);
    REQUIRE(g.Find(c.id) != nullptr);
    std::vector<std::string> ids = IdsWithForm(g, c.text, c.lang);
    CHECK(std::find(ids.begin(), ids.end(), c.id) != ids.end());
  }
}

TEST_CASE("Picardie ended in 2015 and Hauts-de-France succeeded it") {
  const Gazetteer& g = RepoGazetteer();
  const Entity* picardie = g.Find("fr:region:picardie");
  REQUIRE(picardie != nullptr);
  CHECK(picardie->valid_to == "2015-12-31");
  REQUIRE(picardie->successors.size() == 1);
  const Entity* hdf = g.Find(picardie->successors[0]);
  REQUIRE(hdf != nullptr);
  CHECK(hdf->names.at("fr") == "Hauts-de-France");
  CHECK(hdf->current());
  CHECK(hdf->valid_from == "2016-01-01");
  // Its départements remember it.
  const Entity* somme = g.Find("fr:dep:80");
  REQUIRE(somme != nullptr);
  CHECK(somme->parent == hdf->id);
  CHECK(somme->former_parents ==
        std::vector<std::string>{"fr:region:picardie"});
}

TEST_CASE(
    "Parents chain a commune to its region and a county to its province") {
  const Gazetteer& g = RepoGazetteer();
  const Entity* nancy = g.Find("fr:commune:54395");
  REQUIRE(nancy != nullptr);
  CHECK(g.IsWithin(*nancy, "fr:dep:54"));
  CHECK(g.IsWithin(*nancy, "fr:region:44"));
  CHECK_FALSE(g.IsWithin(*nancy, "fr:region:32"));
  const Entity* gejiu = g.Find("cn:532501");
  REQUIRE(gejiu != nullptr);
  CHECK(gejiu->parent == "cn:532500");
  CHECK(g.IsWithin(*gejiu, "cn:530000"));
  CHECK(gejiu->type == "county_city");
}

TEST_CASE("Prefectures carry their telephone area code") {
  const Gazetteer& g = RepoGazetteer();
  const Entity* xining = g.Find("cn:630100");
  REQUIRE(xining != nullptr);
  CHECK(xining->phone_area_code == "0971");
  CHECK(g.Find("cn:530100")->phone_area_code == "0871");
}

}  // namespace
}  // namespace twinmap::refdata
