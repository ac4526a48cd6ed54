// Decisions from keys and context: exonyms, types, record support.
#include <catch2/catch.hpp>

#include "resolve/resolver_fixture.h"

namespace twinmap::resolve {
namespace {

using testing::RepoIndex;
using testing::Types;

const std::vector<std::string> kProvinceLevel = {
    "province", "autonomous_region", "municipality"};
const std::vector<std::string> kCityLevel = {"prefecture_city", "county_city",
                                             "district"};

TEST_CASE("ExonymsAndSpellingsResolve") {
  Resolver r(RepoIndex());
  struct Row { const char* surface; std::vector<std::string> types; const char* id; };
  const Row rows[] = {
      {"Xian", kCityLevel, "cn:610100"},
      {"Xi An", kCityLevel, "cn:610100"},
      {"Xi'an", kCityLevel, "cn:610100"},
      {"西安市", kCityLevel, "cn:610100"},
      {"Lhassa", kCityLevel, "cn:540100"},
      {"Canton", kCityLevel, "cn:440100"},
      {"Bose", kCityLevel, "cn:451000"},
      {"Mongolie Intérieure", kProvinceLevel, "cn:150000"},
      {"Mongolie-Interieure", kProvinceLevel, "cn:150000"},
      {"내몽골", kProvinceLevel, "cn:150000"},
      {"Pékin", kProvinceLevel, "cn:110000"},
      {"Shandong Province", kProvinceLevel, "cn:370000"},
      {"山东省", kProvinceLevel, "cn:370000"},
      {"산둥성에서", kProvinceLevel, "cn:370000"},
  };
  for (const Row& row : rows) {
    INFO(row.surface);
    Resolution res = r.Resolve(row.surface, Types(row.types, "CN"));
    CHECK(res.id() == row.id);
    CHECK(!res.evidence.empty());
  }
}

TEST_CASE("FrenchSpellingVariantsFold") {
  Resolver r(RepoIndex());
  CHECK(r.Resolve("Saint Etienne", Types({"commune"}, "FR")).id() ==
        "fr:commune:42218");
  CHECK(r.Resolve("Hauts -de- Seine", Types({"departement"}, "FR")).id() ==
        "fr:dep:92");
}

TEST_CASE("JilinCityAndProvinceStayApart") {
  Resolver r(RepoIndex());
  CHECK(r.Resolve("Jilin", Types(kProvinceLevel, "CN")).id() == "cn:220000");
  CHECK(r.Resolve("Jilin", Types(kCityLevel, "CN")).id() == "cn:220200");
  CHECK(r.Resolve("吉林市", Types(kCityLevel, "CN")).id() == "cn:220200");
  CHECK(r.Resolve("吉林省", Types(kProvinceLevel, "CN")).id() == "cn:220000");
}

TEST_CASE("ShanxiAndShaanxiNeverMerge") {
  Resolver r(RepoIndex());
  Context c = Types(kProvinceLevel, "CN");
  CHECK(r.Resolve("Shanxi", c).id() == "cn:140000");
  CHECK(r.Resolve("Shaanxi", c).id() == "cn:610000");
  CHECK(r.Resolve("山西", c).id() == "cn:140000");
  CHECK(r.Resolve("陕西", c).id() == "cn:610000");
  // An exact key of one entity is never bent into another by fuzzy match.
  Resolution res = r.Resolve("Shanxi", Types({"prefecture_city"}, "CN"));
  CHECK_FALSE(res.resolved());
}

TEST_CASE("NamelessContactRowResolvesFromAddressAndPhone") {
  Resolver r(RepoIndex());
  Context c = Types(kProvinceLevel, "CN");
  c.address_province = "青海省";
  c.address_city = "西宁市";
  Resolution res = r.Resolve("", c);
  CHECK(res.id() == "cn:630000");
  Context phone = Types(kProvinceLevel, "CN");
  phone.phone_area_code = "0971";
  Resolution by_phone = r.Resolve("", phone);
  CHECK(by_phone.id() == "cn:630000");
  CHECK(by_phone.evidence.at(0) == "phone:0971");
}

TEST_CASE("RecordSupportPicksAmongNamesakes") {
  // Two prefecture cities are called Yulin (Shaanxi 610800, Guangxi 450900).
  Resolver r(RepoIndex());
  Context phone = Types(kCityLevel, "CN");
  phone.phone_area_code = "0912";
  Resolution by_phone = r.Resolve("Yulin", phone);
  CHECK(by_phone.id() == "cn:610800");
  CHECK(std::find(by_phone.evidence.begin(), by_phone.evidence.end(),
                  "record_support") != by_phone.evidence.end());
  Context address = Types(kCityLevel, "CN");
  address.address_province = "广西壮族自治区";
  CHECK(r.Resolve("Yulin", address).id() == "cn:450900");
  address.address_province = "陕西省";
  CHECK(r.Resolve("榆林", address).id() == "cn:610800");
}

TEST_CASE("ParentConstraintFilters") {
  Resolver r(RepoIndex());
  Context c = Types(kCityLevel, "CN");
  c.within = "cn:220000";
  CHECK(r.Resolve("Jilin", c).id() == "cn:220200");
  c.within = "cn:610000";
  CHECK(r.Resolve("Jilin", c).id().empty());
}

TEST_CASE("TieRulesVienneAndParis") {
  Resolver r(RepoIndex());
  Context both = Types({"departement", "commune"}, "FR");
  Resolution vienne = r.Resolve("Vienne", both);
  CHECK(vienne.id() == "fr:dep:86");
  Resolution paris = r.Resolve("Paris", both);
  CHECK(paris.id() == "fr:commune:75056");
  CHECK(paris.evidence.size() >= 2);
  CHECK(std::find(paris.evidence.begin(), paris.evidence.end(),
                  "coincident_unit") != paris.evidence.end());
}

TEST_CASE("AChineseCityIsNotItsSameNamedCounty") {
  // 长沙县 is the only county inside 长沙市, but only a part of it: with no
  // types to choose, "Changsha" is the city.
  Resolver r(RepoIndex());
  Resolution changsha = r.Resolve("Changsha", Context{});
  CHECK(changsha.id() == "cn:430100");
  CHECK(std::find(changsha.evidence.begin(), changsha.evidence.end(), "coincident_unit") ==
        changsha.evidence.end());
  CHECK(r.Resolve("Changsha", Types({"county"}, "CN")).id() == "cn:430121");
}

TEST_CASE("UnknownNameIsUnresolved") {
  Resolver r(RepoIndex());
  Resolution res = r.Resolve("Qwxzvbnm Institute", Context{});
  CHECK_FALSE(res.resolved());
  CHECK(res.id().empty());
  CHECK(res.key == "qwxzvbnminstitute");
}

}  // namespace
}  // namespace twinmap::resolve

namespace twinmap::resolve {
namespace {

TEST_CASE("BadInputNeverCrashes") {
  Resolver r(testing::RepoIndex());
  const std::string inputs[] = {
      std::string("\xFF\xFE\x80 Jilin", 9), std::string(5000, 'a'),
      std::string("\0\0", 2), "- ' . ", "에서", "省"};
  for (const std::string& in : inputs) {
    Resolution res = r.Resolve(in, testing::Types({"prefecture_city"}, "CN"));
    CHECK(res.surface == in);
    CHECK((res.chosen == nullptr || !res.candidates.empty()));
  }
  CHECK(r.Resolve("- ' . ", Context{}).key.empty());
}

}  // namespace
}  // namespace twinmap::resolve

namespace twinmap::resolve {
namespace {

TEST_CASE("as_of: a page's date picks the unit that existed then") {
  Resolver resolver(testing::RepoIndex());
  Context ctx = testing::Types({"region", "departement", "intercommunality", "commune"}, "FR");
  // Today "Bourgogne" is part of a commune's name; in 2007 it was a region.
  CHECK(resolver.Resolve("Bourgogne", ctx).id() != "fr:region:bourgogne");
  ctx.as_of = "2007-07-11";
  Resolution r = resolver.Resolve("Bourgogne", ctx);
  CHECK(r.id() == "fr:region:bourgogne");
  // After 2016 the old region is gone.
  ctx.as_of = "2020";
  CHECK(resolver.Resolve("Bourgogne", ctx).id() != "fr:region:bourgogne");
}

}  // namespace
}  // namespace twinmap::resolve
