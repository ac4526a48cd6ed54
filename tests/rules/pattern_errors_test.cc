// Bad regexes and bad slots, in every key that holds a pattern: the message
// carries RE2's error and the offending fragment, at the pattern's position.
#include <catch2/catch.hpp>
#include <re2/re2.h>

#include "rules/load_text.h"

namespace twinmap::testing {
namespace {

void ExpectError(const Loaded& loaded, const std::string& where, const std::string& fragment) {
  INFO("errors:\n" << Joined(loaded));
  CHECK_FALSE(loaded.ok);
  CHECK(HasError(loaded, where, fragment));
  CHECK(loaded.errors.size() == 1);
}

TEST_CASE("a bad regex in a rule pattern names RE2's error and the fragment") {
  Loaded l = LoadGoodWithEdit("\"[0-9]{2,5} {y:year}\"", "\"[0-9 {y:year}\"");
  ExpectError(l, "good.yaml:39:18", "rule 'years': bad regex: missing ]");
  CHECK(HasError(l, "good.yaml:39:18", "(at '[0-9 "));
}

TEST_CASE("look-behind, which RE2 lacks, is reported in a fingerprint") {
  Loaded l = LoadGoodWithEdit("\"(?i)relations internationales\"",
                              "\"(?<=relations) internationales\"");
  ExpectError(l, "good.yaml:7:16", "'fingerprint': bad regex");
  CHECK(HasError(l, "good.yaml:7:16", "(?<"));
}

TEST_CASE("a bad regex in a section start is reported at the start") {
  ExpectError(LoadGoodWithEdit("\"^Relations\"", "\"^Relations(\""), "good.yaml:17:12",
              "'start': bad regex: missing )");
}

TEST_CASE("a bad regex in a section end is reported at the end") {
  ExpectError(LoadGoodWithEdit("\"^Contact\"", "\"^Contact)\""), "good.yaml:18:10",
              "'end': bad regex");
}

TEST_CASE("a bad regex in a list item is reported at the item") {
  Loaded l = LoadGoodWithEdit("\"^[-•]\"", "\"^[z-a]\"");
  ExpectError(l, "good.yaml:36:11", "'item': bad regex: invalid character class range");
  CHECK(HasError(l, "good.yaml:36:11", "z-a"));
}

TEST_CASE("a bad regex in a record pattern is reported at the record") {
  ExpectError(LoadGoodWithEdit("{city:place}\"", "{city:place}(\""), "good.yaml:46:13",
              "'record': bad regex: missing )");
}

TEST_CASE("a bad regex in not_after is reported at the condition") {
  Loaded l = LoadGoodWithEdit("\"ancienne\"", "\"ancien**ne\"");
  ExpectError(l, "good.yaml:25:22", "'not_after': bad regex: bad repetition operator");
  CHECK(HasError(l, "good.yaml:25:22", "**"));
}

TEST_CASE("a slot in a plain regex key is reported") {
  ExpectError(LoadGoodWithEdit("\"ancienne\"", "\"{x:place}\""), "good.yaml:25:22",
              "'not_after' cannot have slots");
}

TEST_CASE("an unknown slot type is reported with the slot") {
  ExpectError(LoadGoodWithEdit("{y:year}\"", "{y:yaer}\""), "good.yaml:39:18",
              "unknown slot type 'yaer' in '{y:yaer}'");
}

TEST_CASE("an unknown type in each is reported at each") {
  ExpectError(LoadGoodWithEdit("each: number", "each: numbers"), "good.yaml:51:15",
              "unknown slot type 'numbers'");
}

TEST_CASE("a bad slot name is reported with the slot") {
  ExpectError(LoadGoodWithEdit("{y:year}\"", "{y-1:year}\""), "good.yaml:39:18",
              "bad slot name in '{y-1:year}'");
  ExpectError(LoadGoodWithEdit("{y:year}\"", "{Year:year}\""), "good.yaml:39:18",
              "bad slot name in '{Year:year}'");
}

TEST_CASE("a slot that appears twice is reported") {
  ExpectError(LoadGoodWithEdit("\"[0-9]{2,5} {y:year}\"", "\"{y:year} {y:year}\""),
              "good.yaml:39:18", "slot 'y' appears twice");
}

TEST_CASE("CompilePattern widens \\s to the Unicode spaces pages contain") {
  auto p = rules::CompilePattern("a\\sb[\\s,]c", rules::Origin{"t.yaml", 1, 1});
  REQUIRE(p.ok());
  CHECK(p->expanded.find("\\x{A0}") != std::string::npos);
  CHECK(RE2::FullMatch("a\xC2\xA0" "b\xE3\x80\x80" "c", *p->re));  // NBSP, ideographic space
  CHECK(RE2::FullMatch("a b,c", *p->re));
  CHECK_FALSE(RE2::FullMatch("abc", *p->re));
}

TEST_CASE("CompilePattern keeps RE2's {2,5} repetition and escaped braces as regex") {
  auto p = rules::CompilePattern("x{2,5} \\{a:b\\} {n:int}", rules::Origin{"t.yaml", 1, 1});
  REQUIRE(p.ok());
  REQUIRE(p->slots.size() == 1);
  CHECK(p->slots[0].name == "n");
  CHECK(p->slots[0].type == "int");
  CHECK(RE2::FullMatch("xxx {a:b} 42", *p->re));
  CHECK_FALSE(RE2::FullMatch("x {a:b} 42", *p->re));
}

TEST_CASE("CompilePattern turns slots into named groups in order") {
  auto p = rules::CompilePattern("{a:place:fr} et {b:place:cn}, {when:year}",
                                 rules::Origin{"t.yaml", 1, 1});
  REQUIRE(p.ok());
  REQUIRE(p->slots.size() == 3);
  CHECK(p->slots[0].name == "a");
  CHECK(p->slots[0].type == "place:fr");
  CHECK(p->slots[0].is_entity());
  CHECK(p->slots[2].type == "year");
  CHECK_FALSE(p->slots[2].is_entity());
  const auto& groups = p->re->NamedCapturingGroups();
  CHECK(groups.count("a") == 1);
  CHECK(groups.count("b") == 1);
  CHECK(groups.count("when") == 1);
  std::string a, b, when;
  CHECK(RE2::FullMatch("Mâcon et Jiaozuo, 1998", *p->re, &a, &b, &when));
  CHECK(a == "Mâcon");
  CHECK(b == "Jiaozuo");
  CHECK(when == "1998");
}

}  // namespace
}  // namespace twinmap::testing
