// The language data: the embedded files load, and a broken file is reported
// with its name, line and the offending key instead of being half-read.
#include <catch2/catch.hpp>

#include <string>

#include "values/language_pack.h"
#include "values/values.h"

namespace twinmap {
namespace values {
namespace {

TEST_CASE("data: the embedded language files load") {
  Status s = CheckLanguageData();
  INFO(s.ToString());
  CHECK(s.ok());
  for (const char* lang : {"fr", "en", "ko", "zh", ""}) {
    const LanguagePack& p = PackFor(lang);
    INFO("lang '" << lang << "'");
    CHECK(p.number_words.size() > 10);
    CHECK(p.units.size() > 10);
    CHECK(p.hedges_before.size() > 0);
    CHECK(p.months.size() >= 12);  // ICU names
  }
  // ICU's patterns give the CJK date markers.
  CHECK(PackFor("zh").year_markers == std::vector<std::string>{"年"});
  CHECK(PackFor("ko").month_markers == std::vector<std::string>{"월"});
  CHECK(PackFor("en").numeric_order == DateOrder::kMdy);
  CHECK(PackFor("fr").numeric_order == DateOrder::kDmy);
}

TEST_CASE("data: an unknown key names the file, line and key") {
  LanguagePack p;
  p.lang = "xx";
  Status s = LoadLanguageYaml("language: xx\nhedges:\n  before: {over: lower}\n  sideways: {}\n",
                              "rules/values/xx.yaml", &p);
  REQUIRE_FALSE(s.ok());
  CHECK(s.code() == Status::Code::kDataError);
  CHECK(s.message().find("rules/values/xx.yaml:4") != std::string::npos);
  CHECK(s.message().find("sideways") != std::string::npos);
}

TEST_CASE("data: an unknown bound is an error") {
  LanguagePack p;
  p.lang = "xx";
  Status s = LoadLanguageYaml("language: xx\nhedges:\n  before:\n    over: lowest\n",
                              "xx.yaml", &p);
  REQUIRE_FALSE(s.ok());
  CHECK(s.message().find("xx.yaml:4") != std::string::npos);
  CHECK(s.message().find("lowest") != std::string::npos);
}

TEST_CASE("data: a number word that is not a number is an error") {
  LanguagePack p;
  p.lang = "xx";
  Status s = LoadLanguageYaml("language: xx\nnumbers:\n  words:\n    one: uno\n", "xx.yaml", &p);
  REQUIRE_FALSE(s.ok());
  CHECK(s.message().find("not a number") != std::string::npos);
}

TEST_CASE("data: a weak word must be a number word") {
  LanguagePack p;
  p.lang = "xx";
  Status s = LoadLanguageYaml("language: xx\nnumbers:\n  words: {one: 1}\n  weak: [two]\n",
                              "xx.yaml", &p);
  REQUIRE_FALSE(s.ok());
  CHECK(s.message().find("'two'") != std::string::npos);
}

TEST_CASE("data: malformed YAML names the line") {
  LanguagePack p;
  Status s = LoadLanguageYaml("language: xx\nunits: [km2\n", "broken.yaml", &p);
  REQUIRE_FALSE(s.ok());
  CHECK(s.message().find("broken.yaml:") != std::string::npos);
}

TEST_CASE("data: a file without a language is an error") {
  LanguagePack p;
  Status s = LoadLanguageYaml("units: {km2: km2}\n", "nolang.yaml", &p);
  REQUIRE_FALSE(s.ok());
  CHECK(s.message().find("language") != std::string::npos);
}

}  // namespace
}  // namespace values
}  // namespace twinmap
