// The generic extractor (rules/lang/{fr,en,ko,zh}.yaml, the language packs) on pages
// no source file claims: each test page of tests/testdata/generic/ is built
// alone, and its claims must be exactly the relations its sentences state,
// each marked as coming from the generic extractor of the page's language.
#include <algorithm>
#include <filesystem>
#include <map>
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

// A numeric attribute: subject, property, value, bound, and the year it is
// stated as of ("" when the page gives none).
struct Attribute {
  std::string subject, property;
  double value;
  std::string bound;
  std::string as_of = "";
};

// A relation other than partner (located_in, capital_of, member_of,
// affiliated_with): subject, property, object and exactly its qualifiers.
struct Relation {
  std::string subject, property, object;
  std::map<std::string, std::string> qualifiers = {};
};

// A text attribute (a person's title): subject, property, value as printed.
struct Text {
  std::string subject, property, value;
};

struct PageCase {
  std::string page;
  std::string lang;  // the generic file its facts must come from
  std::vector<Partner> partners;
  std::vector<Attribute> attributes;
  std::vector<Relation> relations = {};
  std::vector<Text> texts = {};
};

std::string Str(const nlohmann::json& j, const char* key) {
  return j.contains(key) && j[key].is_string() ? j[key].get<std::string>() : std::string();
}

bool IsRelation(const nlohmann::json& c) { return c.contains("object") && c["object"].is_string(); }
bool IsNumeric(const nlohmann::json& c) { return c.contains("value") && c["value"].is_number(); }
bool IsText(const nlohmann::json& c) { return c.contains("value") && c["value"].is_string(); }

std::map<std::string, std::string> Qualifiers(const nlohmann::json& c) {
  std::map<std::string, std::string> out;
  if (!c.contains("qualifiers") || !c["qualifiers"].is_object()) return out;
  for (const auto& [k, v] : c["qualifiers"].items()) out[k] = v.is_string() ? v.get<std::string>() : v.dump();
  return out;
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

// The page's numeric claims are exactly the expected attributes, one claim each.
void CheckAttributes(const std::vector<nlohmann::json>& claims, const std::vector<Attribute>& want) {
  size_t attributes = 0;
  for (const auto& c : claims) {
    if (!IsNumeric(c)) continue;
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
      CHECK(Qualifiers(c)["as_of"] == a.as_of);
    }
    CHECK(found == 1);
  }
}

// The page's relations other than partner are exactly the expected ones.
void CheckRelations(const std::vector<nlohmann::json>& claims, const std::vector<Relation>& want) {
  using Key = std::tuple<std::string, std::string, std::string, std::map<std::string, std::string>>;
  std::multiset<Key> got, expected;
  for (const auto& c : claims) {
    if (!IsRelation(c) || c["property"] == "partner") continue;
    got.insert(Key{Str(c, "subject"), Str(c, "property"), Str(c, "object"), Qualifiers(c)});
    UNSCOPED_INFO("got " << c["subject"] << " " << c["property"] << " " << c["object"] << " "
                         << c["qualifiers"]);
  }
  for (const Relation& r : want) expected.insert(Key{r.subject, r.property, r.object, r.qualifiers});
  CHECK(got == expected);
}

// The page's text attributes (titles) are exactly the expected ones.
void CheckTexts(const std::vector<nlohmann::json>& claims, const std::vector<Text>& want) {
  using Key = std::tuple<std::string, std::string, std::string>;
  std::multiset<Key> got, expected;
  for (const auto& c : claims) {
    if (!IsText(c)) continue;
    got.insert(Key{Str(c, "subject"), Str(c, "property"), Str(c, "value")});
    UNSCOPED_INFO("got " << c["subject"] << " " << c["property"] << " " << c["value"]);
  }
  for (const Text& t : want) expected.insert(Key{t.subject, t.property, t.value});
  CHECK(got == expected);
}

const std::vector<PageCase>& Cases() {
  static const auto* cases = new std::vector<PageCase>{
      {"fr_jumelage.txt", "fr",
       {{"fr:commune:34172", "cn:510100", "sister_city", "1981"},    // Montpellier ~ Chengdu
        {"fr:commune:33063", "cn:420100", "sister_city", "1998"}},   // Bordeaux ~ Wuhan
       {{"cn:510100", "population", 16e6, "lower"}, {"cn:510100", "area_km2", 14335, "exact"},
        {"fr:commune:33063", "sister_city_count", 12, "exact"}},
       {{"cn:510100", "capital_of", "cn:510000"}, {"cn:510100", "located_in", "cn:510000"}}},
      {"fr_accords.txt", "fr",
       {{"fr:commune:38185", "cn:320500", "cooperation", "1998"},    // Grenoble ~ Suzhou
        {"fr:commune:44109", "cn:370200", "letter_of_intent", "2005-04-12"},  // Nantes ~ Qingdao
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
      // Location and capital statements; near misses: a former capital, a
      // country, a description without a province, a foreign capital.
      {"en_location.txt", "en", {}, {},
       {{"cn:530100", "capital_of", "cn:530000"}, {"cn:530100", "located_in", "cn:530000"},  // Kunming
        {"cn:220100", "capital_of", "cn:220000"}, {"cn:220100", "located_in", "cn:220000"},  // Changchun
        {"cn:410100", "capital_of", "cn:410000"}, {"cn:410100", "located_in", "cn:410000"},  // Zhengzhou
        {"cn:350800", "located_in", "cn:350000"},                                            // Longyan
        {"cn:370600", "located_in", "cn:370000"},                                            // Yantai
        {"cn:440500", "located_in", "cn:440000"},                                            // Shantou
        {"cn:430100", "located_in", "cn:430000"}}},                                          // Changsha
      // Officials by title; near misses: a title without a name, a friend of a
      // city, a title with the surname only.
      {"en_officials.txt", "en", {}, {},
       {{"person:wang-dongming", "affiliated_with", "cn:510000"},
        {"person:li-ming", "affiliated_with", "cn:510100"},
        {"person:jean-martin", "affiliated_with", "fr:commune:69123"}},
       {{"person:wang-dongming", "title", "Secretary of the Sichuan Provincial CPC Committee"},
        {"person:li-ming", "title", "mayor of Chengdu"},
        {"person:jean-martin", "title", "Mayor of Lyon"}}},
      // Counts as of the publication year, memberships, an economy paragraph;
      // near misses: an organisation named by one word, sister schools of "its".
      {"en_counts.txt", "en", {},
       {{"cn:510000", "sister_city_count", 30, "exact", "2018"},
        {"cn:510000", "sister_city_country_count", 18, "exact", "2018"},
        {"cn:510000", "partnership_count", 60, "exact", "2018"},
        {"cn:510000", "letter_of_intent_count", 12, "exact", "2018"},
        {"cn:210200", "population", 7e6, "exact"},              // Dalian
        {"cn:210200", "urbanization_rate", 80, "exact"},
        {"cn:210200", "gdp", 736e9, "exact", "2017"},
        {"cn:210200", "gdp_per_capita", 12000, "exact", "2017"},
        {"cn:210200", "budget", 70e9, "exact"}},
       {{"cn:360000", "member_of", "org:world-tourism-cities-federation",
         {{"role", "member"}, {"since", "2015"}}},
        {"cn:420000", "member_of", "org:northeast-asia-regional-forum",
         {{"role", "member"}, {"since", "2006"}}},
        {"cn:430000", "member_of", "org:northeast-asia-regional-forum",
         {{"role", "member"}, {"since", "2006"}}},
        {"cn:510100", "member_of", "org:global-cities-alliance", {{"role", "founder"}}},
        {"cn:210200", "located_in", "cn:210000"}}},
      // Location, officials and their titles, a count as of the publication
      // year; near misses: a relative clause after a name, a mayor without a
      // name, a former capital.
      {"fr_personnalites.txt", "fr", {},
       {{"fr:commune:35238", "sister_city_count", 7, "exact", "2019"},
        {"fr:commune:29019", "sister_city_count", 8, "exact", "2019"}},  // Brest
       {{"cn:440300", "located_in", "cn:440000"},                                            // Shenzhen
        {"cn:330100", "capital_of", "cn:330000"}, {"cn:330100", "located_in", "cn:330000"},  // Hangzhou
        {"cn:530100", "capital_of", "cn:530000"}, {"cn:530100", "located_in", "cn:530000"},  // Kunming
        {"cn:370200", "located_in", "cn:370000"},                                            // Qingdao
        {"person:paul-durand", "affiliated_with", "fr:commune:35238"},
        {"person:li-wei", "affiliated_with", "cn:440300"},
        {"person:claire-martin", "affiliated_with", "fr:commune:35238"},
        {"person:marc-petit", "affiliated_with", "org:office-de-tourisme-de-rennes"}},
       {{"person:paul-durand", "title", "Maire de Rennes"},
        {"person:li-wei", "title", "Maire du Gouvernement Populaire de la Ville de Shenzhen"},
        {"person:claire-martin", "title", "Première adjointe"},
        {"person:marc-petit", "title", "directeur de l'Office de Tourisme de Rennes"}}},
      // Near misses: a market (시장) with its traders, a national capital.
      {"ko_location.txt", "ko", {}, {},
       {{"cn:530100", "located_in", "cn:530000"},                                            // 쿤밍
        {"cn:510100", "capital_of", "cn:510000"}, {"cn:510100", "located_in", "cn:510000"},  // 청두
        {"cn:440100", "capital_of", "cn:440000"}, {"cn:440100", "located_in", "cn:440000"},  // 광저우
        {"person:김철수", "affiliated_with", "place:KR:suwon-si"}},
       {{"person:김철수", "title", "수원시장"}}},
      // Near misses: a national capital, a mayor without a name.
      {"zh_location.txt", "zh", {},
       {{"cn:510000", "sister_city_count", 36, "exact", "2019"},
        {"cn:440000", "sister_city_count", 50, "exact"},
        {"cn:440000", "sister_city_country_count", 30, "exact"}},
       {{"cn:530100", "located_in", "cn:530000"},                                            // 昆明
        {"cn:510100", "capital_of", "cn:510000"}, {"cn:510100", "located_in", "cn:510000"},  // 成都
        {"cn:330100", "capital_of", "cn:330000"}, {"cn:330100", "located_in", "cn:330000"},  // 杭州
        {"person:李明", "affiliated_with", "cn:510100"}},
       {{"person:李明", "title", "成都市市长"}}},
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
      CheckRelations(claims, pc.relations);
      CheckTexts(claims, pc.texts);
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

TEST_CASE("Swapping the province in a generic capital statement changes the claim") {
  const std::string page = "en_location.txt";
  std::string text = ReadFile(PagePath(page));
  const std::string from = "capital of Yunnan province", to = "capital of Guizhou province";
  size_t at = text.find(from);
  REQUIRE(at != std::string::npos);
  text.replace(at, from.size(), to);
  auto claims = BuildOne(page, text);
  int guizhou = 0;
  for (const auto& c : claims) {
    if (Str(c, "subject") != "cn:530100") continue;  // Kunming
    CHECK(Str(c, "object") != "cn:530000");          // no longer Yunnan
    guizhou += Str(c, "object") == "cn:520000";
  }
  CHECK(guizhou == 2);  // capital_of and located_in
}

}  // namespace
}  // namespace twinmap::testing
