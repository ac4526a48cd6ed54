// Scale of the reference data: the floors the project promises.
#include <algorithm>
#include <catch2/catch.hpp>

#include "refdata/gazetteer_fixture.h"

namespace twinmap::refdata {
namespace {

using testing::RepoGazetteer;

size_t CountIf(const std::function<bool(const Entity&)>& pred) {
  const auto& es = RepoGazetteer().entities();
  return static_cast<size_t>(std::count_if(es.begin(), es.end(), pred));
}

bool IsPrc(const Entity& e) { return e.id.rfind("cn:", 0) == 0; }

TEST_CASE("At least 3,000 current PRC divisions, province to county level") {
  size_t n = CountIf([](const Entity& e) { return IsPrc(e) && e.current(); });
  CHECK(n >= 3000);
  size_t prefectures = CountIf([](const Entity& e) {
    return IsPrc(e) && e.current() &&
           (e.type == "prefecture_city" || e.type == "prefecture" ||
            e.type == "autonomous_prefecture" || e.type == "league");
  });
  CHECK(prefectures >= 330);
}

TEST_CASE("34 province-level units, each with an ISO 3166-2 code") {
  size_t n = CountIf([](const Entity& e) {
    return IsPrc(e) && e.current() && e.code("gb2260").size() == 6 &&
           e.code("gb2260").substr(2) == "0000";
  });
  CHECK(n == 34);
  size_t with_iso = CountIf([](const Entity& e) {
    return IsPrc(e) && e.code("iso3166_2").rfind("CN-", 0) == 0;
  });
  CHECK(with_iso == 34);
}

TEST_CASE("At least 34,000 current French communes") {
  CHECK(CountIf([](const Entity& e) { return e.type == "commune"; }) >= 34000);
  CHECK(CountIf([](const Entity& e) { return e.type == "departement"; }) >=
        100);
}

TEST_CASE("French regions: 18 current, 16 merged away in 2016") {
  CHECK(CountIf([](const Entity& e) {
          return e.type == "region" && e.country == "FR" && e.current();
        }) == 18);
  CHECK(CountIf([](const Entity& e) {
          return e.type == "region" && e.country == "FR" &&
                 e.valid_to == "2015-12-31";
        }) == 16);
}

TEST_CASE("About 250 countries, each named in en, fr, ko and zh") {
  size_t n = CountIf([](const Entity& e) { return e.type == "country"; });
  CHECK(n >= 245);
  CHECK(n <= 260);
  size_t named = CountIf([](const Entity& e) {
    return e.type == "country" && e.names.count("en") && e.names.count("fr") &&
           e.names.count("ko") && e.names.count("zh");
  });
  CHECK(named >= 245);
}

TEST_CASE("Intercommunalities carry their SIREN") {
  size_t n = CountIf([](const Entity& e) {
    return e.type == "intercommunality" && e.code("siren").size() == 9;
  });
  CHECK(n >= 1200);
}

}  // namespace
}  // namespace twinmap::refdata
