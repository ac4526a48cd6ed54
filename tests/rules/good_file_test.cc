// A good source file loads with the structure its YAML describes.
#include <catch2/catch.hpp>
#include <re2/re2.h>

#include "rules/load_text.h"

namespace twinmap::testing {
namespace {

const std::string kGoodPath = std::string(TWINMAP_TESTDATA_DIR) + "/rules/good/sources/good.yaml";

TEST_CASE("the good fixture loads without a diagnostic") {
  DiagnosticSink sink;
  auto source = rules::LoadSourceFile(kGoodPath, &sink);
  INFO(source.status().message());
  REQUIRE(source.ok());
  CHECK(sink.collected().empty());
}

TEST_CASE("a good file gives ids, applies_to, languages and sections as written") {
  Loaded l = LoadText("good", GoodSourceText());
  INFO(Joined(l));
  REQUIRE(l.ok);
  const rules::SourceRules& s = l.source;
  CHECK(s.id == "good");
  CHECK(s.description == "a test source with every key");
  CHECK(s.file_glob == "*.txt");
  REQUIRE(s.fingerprint);
  CHECK(RE2::PartialMatch("Service des Relations Internationales", *s.fingerprint));
  CHECK(s.languages == std::vector<std::string>{"fr", "en"});
  CHECK_FALSE(s.generic);
  CHECK(s.origin.line == 3);

  REQUIRE(s.page_rules.size() == 1);
  CHECK(s.page_rules[0].id == "good/page/updated");
  CHECK(s.page_rules[0].set.at("updated") == "$d");

  REQUIRE(s.sections.size() == 3);
  CHECK(s.sections[0].id == "body");
  CHECK(s.sections[0].kind == rules::SectionKind::kProse);
  CHECK(s.sections[1].kind == rules::SectionKind::kList);
  CHECK(s.sections[2].kind == rules::SectionKind::kRecords);
  REQUIRE(s.sections[0].start);
  CHECK(RE2::PartialMatch("Relations avec la Chine", *s.sections[0].start));
  REQUIRE(s.sections[1].item);
  CHECK(RE2::PartialMatch("• 2005 : visite", *s.sections[1].item));
  CHECK(s.sections[2].types.at("city") == std::vector<std::string>{"prefecture_city", "county"});
}

TEST_CASE("a good file's rules carry full ids, slots, conditions and emits") {
  Loaded l = LoadText("good", GoodSourceText());
  REQUIRE(l.ok);
  const rules::Rule& twinning = l.source.sections[0].rules.at(0);
  CHECK(twinning.id == "good/body/twinning");
  CHECK(twinning.origin.line == 20);
  CHECK(twinning.pattern.origin.line == 21);
  CHECK_FALSE(twinning.repeat);
  REQUIRE(twinning.pattern.slots.size() == 2);
  CHECK(twinning.pattern.slots[0].name == "a");
  CHECK(twinning.pattern.slots[0].type == "place:fr");
  CHECK(twinning.pattern.slots[1].type == "place:cn");
  // \s in the YAML became a class with the no-break space in the regex.
  CHECK(twinning.pattern.expanded.find("\\x{A0}") != std::string::npos);
  CHECK(RE2::PartialMatch("Mâcon\xC2\xA0" "et Jiaozuo sont jumelées", *twinning.pattern.re));
  CHECK(twinning.when.capitalized);
  CHECK(twinning.when.not_after_source == "ancienne");
  REQUIRE(twinning.when.not_before);
  CHECK(RE2::PartialMatch("dissous en 2001", *twinning.when.not_before));
  REQUIRE(twinning.emit.size() == 1);
  const rules::Emit& e = twinning.emit[0];
  CHECK(e.subject == "$a");
  CHECK(e.property == "partner");
  CHECK(e.object == "$b");
  CHECK(e.qualifiers.at("relation_kind") == "sister_city");
  CHECK(e.qualifiers.at("since") == "$page.updated");
  CHECK(e.origin.line == 28);

  const rules::Rule& years = l.source.sections[1].rules.at(0);
  CHECK(years.id == "good/news/years");
  // {2,5} stayed an RE2 repetition: one slot only.
  REQUIRE(years.pattern.slots.size() == 1);
  CHECK(years.pattern.slots[0].name == "y");
  CHECK(RE2::PartialMatch("n° 123 1998", *years.pattern.re));

  const rules::Rule& population = l.source.sections[2].rules.at(0);
  CHECK(population.id == "good/table/population");
  CHECK(population.each == "number");
  REQUIRE(population.emit.size() == 1);
  CHECK(population.emit[0].subject == "$record.city");
  CHECK(population.emit[0].value == "$it");
  CHECK(population.emit[0].scale == 10000);
  CHECK(population.emit[0].unit == "person");
  CHECK(population.emit[0].bound == "approx");
  REQUIRE(l.source.sections[2].record.slots.size() == 2);
  CHECK(l.source.sections[2].record.slots[1].name == "city");
}

}  // namespace
}  // namespace twinmap::testing
