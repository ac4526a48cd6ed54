// The generic extractor (rules/lang/{fr,en,ko,zh}.yaml, the language packs) on pages
// no source file claims: each test page of tests/testdata/generic/ is built
// alone, and its claims must be exactly the relations its sentences state,
// each marked as coming from the generic extractor of the page's language.
#include <algorithm>
#include <filesystem>
#include <set>
#include <sstream>
#include <string>
#include <tuple>
#include <vector>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "cli/run_command.h"

namespace twinmap::testing {
namespace {
namespace fs = std::filesystem;

std::string PagePath(const std::string& page) {
  return std::string(TWINMAP_TESTDATA_DIR) + "/generic/" + page;
}

// Builds a corpus holding only `text` as `page` and returns its claims.
std::vector<nlohmann::json> BuildOne(const std::string& page, const std::string& text) {
  std::string dir = MakeTempDir();
  fs::create_directories(dir + "/corpus");
  WriteFile(dir + "/corpus/" + page, text);
  CommandResult r = RunTwinmap("build -q --corpus '" + dir + "/corpus' --rules '" +
                               TWINMAP_RULES_DIR + "' --out '" + dir + "/out'");
  INFO(r.err);
  REQUIRE(r.exit_code == 0);
  std::vector<nlohmann::json> claims;
  std::istringstream lines(ReadFile(dir + "/out/claims.jsonl"));
  std::string line;
  while (std::getline(lines, line)) {
    if (!line.empty()) claims.push_back(nlohmann::json::parse(line));
  }
  fs::remove_all(dir);
  return claims;
}

std::vector<nlohmann::json> BuildPage(const std::string& page) {
  std::string text = ReadFile(PagePath(page));
  REQUIRE(!text.empty());
  return BuildOne(page, text);
}

// A partner relation as the page states it: the pair in either order.
struct Partner {
  std::string a, b, kind, date;
};

// An attribute: subject, property, value, bound.
struct Attribute {
  std::string subject, property;
  double value;
  std::string bound;
};

struct PageCase {
  std::string page;
  std::string lang;  // the generic file its facts must come from
  std::vector<Partner> partners;
  std::vector<Attribute> attributes;
};

std::string Str(const nlohmann::json& j, const char* key) {
  return j.contains(key) && j[key].is_string() ? j[key].get<std::string>() : std::string();
}

// Every claim of a generic page comes from the generic extractor, through a
// rule of the page's own language.
void CheckProvenance(const std::vector<nlohmann::json>& claims, const std::string& lang) {
  for (const auto& c : claims) {
    INFO(c.dump());
    REQUIRE(c["provenance"].size() >= 1);
    for (const auto& p : c["provenance"]) {
      CHECK(p["extractor"] == "generic");
      CHECK(Str(p, "rule").rfind(lang + "/", 0) == 0);
    }
  }
}

// The page's partner claims are exactly the expected ones.
void CheckPartners(const std::vector<nlohmann::json>& claims, const std::vector<Partner>& want) {
  using Key = std::tuple<std::string, std::string, std::string, std::string>;
  std::multiset<Key> got, expected;
  for (const auto& c : claims) {
    if (c["property"] != "partner") continue;
    std::string s = Str(c, "subject"), o = Str(c, "object");
    const auto& q = c.contains("qualifiers") ? c["qualifiers"] : nlohmann::json::object();
    got.insert(Key{std::min(s, o), std::max(s, o), Str(q, "relation_kind"), Str(q, "date")});
  }
  for (const Partner& p : want) {
    expected.insert(Key{std::min(p.a, p.b), std::max(p.a, p.b), p.kind, p.date});
  }
  for (const auto& [a, b, kind, date] : got) {
    UNSCOPED_INFO("got " << a << " ~ " << b << " " << kind << " " << date);
  }
  CHECK(got == expected);
}

// The page's other claims are exactly the expected attributes, one claim each.
void CheckAttributes(const std::vector<nlohmann::json>& claims, const std::vector<Attribute>& want) {
  size_t attributes = 0;
  for (const auto& c : claims) {
    if (c["property"] == "partner") continue;
    UNSCOPED_INFO("got " << c["subject"] << " " << c["property"] << " " << c["value"]);
    ++attributes;
  }
  CHECK(attributes == want.size());
  for (const Attribute& a : want) {
    INFO(a.subject << " " << a.property << " " << a.value);
    int found = 0;
    for (const auto& c : claims) {
      if (c["subject"] != a.subject || c["property"] != a.property) continue;
      ++found;
      CHECK(c["value"].get<double>() == Approx(a.value));
      CHECK(Str(c, "bound") == a.bound);
    }
    CHECK(found == 1);
  }
}

const std::vector<PageCase>& Cases() {
  static const auto* cases = new std::vector<PageCase>{
      {"fr_jumelage.txt", "fr",
       {{"fr:commune:34172", "cn:510100", "sister_city", "1981"},    // Montpellier ~ Chengdu
        {"fr:commune:33063", "cn:420100", "sister_city", "1998"}},   // Bordeaux ~ Wuhan
       {{"cn:510100", "population", 16e6, "lower"}, {"cn:510100", "area_km2", 14335, "exact"},
        {"fr:commune:33063", "sister_city_count", 12, "exact"}}},
      {"fr_accords.txt", "fr",
       {{"fr:commune:38185", "cn:320500", "cooperation", "1998"},    // Grenoble ~ Suzhou
        {"fr:commune:44109", "cn:370200", "letter_of_intent", "2005"},  // Nantes ~ Qingdao
        {"fr:commune:35238", "cn:440300", "partnership", "2016"}},   // Rennes ~ Shenzhen
       {{"fr:commune:38185", "population", 158000, "exact"}}},
      {"fr_sans_relation.txt", "fr", {},
       {{"fr:commune:21231", "population", 159000, "exact"},
        {"fr:commune:21231", "area_km2", 40.41, "exact"}}},
      {"en_sister_city.txt", "en",
       {{"cn:440100", "fr:commune:69123", "sister_city", "1988"},    // Guangzhou ~ Lyon
        {"cn:370200", "fr:commune:44109", "sister_city", "2005"}},   // Qingdao ~ Nantes
       {{"cn:440100", "population", 18.7e6, "exact"}, {"cn:440100", "area_km2", 7434, "exact"},
        {"fr:commune:69123", "sister_city_count", 14, "exact"},
        {"fr:commune:69123", "sister_city_country_count", 10, "exact"}}},
      {"en_partnership.txt", "en",
       {{"cn:420100", "fr:commune:33063", "sister_city", "1998"},    // Wuhan ~ Bordeaux
        {"cn:440300", "fr:commune:34172", "partnership", "2016"},    // Shenzhen ~ Montpellier
        {"cn:510100", "fr:commune:38185", "letter_of_intent", "2019"}},  // Chengdu ~ Grenoble
       {{"cn:440300", "population", 17e6, "lower"}}},
      {"en_no_relation.txt", "en", {}, {{"cn:420100", "population", 11e6, "approx"}}},
      {"ko_sister_city.txt", "ko",
       {{"place:KR:suwon-si", "cn:370100", "sister_city", "1993"},   // 수원 ~ 지난
        {"place:KR:busan", "cn:310000", "sister_city", "1993"},      // 부산 ~ 상하이
        {"place:KR:chuncheon", "cn:510100", "sister_city", "2011"}},  // 춘천 ~ 청두
       {{"place:KR:suwon-si", "population", 1.2e6, "approx"},
        {"place:KR:suwon-si", "area_km2", 121.04, "exact"},
        {"place:KR:suwon-si", "sister_city_count", 17, "exact"},
        {"place:KR:suwon-si", "sister_city_country_count", 11, "exact"}}},
      {"ko_partnership.txt", "ko",
       {{"place:KR:jeonju", "cn:320500", "cooperation", "2021"},     // 전주 ~ 쑤저우
        {"place:KR:daegu", "cn:370200", "letter_of_intent", "2015"},  // 대구 ~ 칭다오
        {"place:KR:gwangju", "cn:420100", "sister_city", "2019"}},   // 광주 ~ 우한
       {}},
      {"ko_no_relation.txt", "ko", {}, {}},
      {"zh_friendship_city.txt", "zh",
       {{"cn:510100", "fr:commune:34172", "sister_city", "1981"},    // 成都 ~ 蒙彼利埃
        {"cn:420100", "fr:commune:33063", "sister_city", "1998"}},   // 武汉 ~ 波尔多
       {{"cn:510100", "population", 21.4e6, "approx"}, {"cn:510100", "area_km2", 14335, "exact"},
        {"cn:420100", "sister_city_count", 24, "exact"},
        {"cn:420100", "sister_city_country_count", 17, "exact"}}},
      {"zh_cooperation.txt", "zh",
       {{"cn:370200", "fr:commune:44109", "cooperation", "2005"},    // 青岛 ~ 南特
        {"cn:320500", "fr:commune:38185", "letter_of_intent", "2019"},  // 苏州 ~ 格勒诺布尔
        {"cn:440300", "fr:commune:34172", "partnership", "2016"}},   // 深圳 ~ 蒙彼利埃
       {}},
      {"zh_no_relation.txt", "zh", {}, {{"cn:420100", "population", 11e6, "approx"}}},
  };
  return *cases;
}

TEST_CASE("Each generic test page yields exactly the relations it states") {
  for (const PageCase& pc : Cases()) {
    SECTION(pc.page) {
      auto claims = BuildPage(pc.page);
      CheckProvenance(claims, pc.lang);
      CheckPartners(claims, pc.partners);
      CheckAttributes(claims, pc.attributes);
    }
  }
}

TEST_CASE("Pages without a relation statement yield no partner claim") {
  for (const std::string page : {"fr_sans_relation.txt", "en_no_relation.txt",
                                 "ko_no_relation.txt", "zh_no_relation.txt"}) {
    auto claims = BuildPage(page);
    for (const auto& c : claims) {
      INFO(page << ": " << c.dump());
      CHECK(c["property"] != "partner");
    }
  }
}

TEST_CASE("Swapping a partner's name in a generic page changes the claim") {
  const std::string page = "en_sister_city.txt";
  std::string text = ReadFile(PagePath(page));
  size_t at = text.find("Guangzhou and Lyon");
  REQUIRE(at != std::string::npos);
  text.replace(at, std::string("Guangzhou and Lyon").size(), "Guangzhou and Marseille");
  auto claims = BuildOne(page, text);
  bool marseille = false;
  for (const auto& c : claims) {
    if (c["property"] != "partner") continue;
    CHECK(Str(c, "object") != "fr:commune:69123");
    CHECK(Str(c, "subject") != "fr:commune:69123");
    marseille |= Str(c, "object") == "fr:commune:13055" || Str(c, "subject") == "fr:commune:13055";
  }
  CHECK(marseille);
}

}  // namespace
}  // namespace twinmap::testing
