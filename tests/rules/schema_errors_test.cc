// Each kind of schema mistake a rule writer can make, one test each: the
// good fixture (tests/testdata/rules/good/sources/good.yaml) with one edit,
// asserting the exact file:line:col and a fragment of the message.
#include <catch2/catch.hpp>

#include "rules/load_text.h"

namespace twinmap::testing {
namespace {

// The edit is rejected with an error at `where` saying `fragment`, and (when
// `count` > 0) with exactly `count` errors in all: one mistake, one error.
void ExpectError(const Loaded& loaded, const std::string& where, const std::string& fragment,
                 size_t count = 1) {
  INFO("errors:\n" << Joined(loaded));
  CHECK_FALSE(loaded.ok);
  CHECK(HasError(loaded, where, fragment));
  if (count > 0) CHECK(loaded.errors.size() == count);
}

TEST_CASE("a YAML syntax error is reported where the parser stopped") {
  // yaml-cpp points at the flow sequence that is never closed.
  ExpectError(LoadGoodWithEdit("    kind: prose\n", "    kind: [prose\n"), "good.yaml:17:10",
              "YAML syntax error: end of sequence flow not found");
}

TEST_CASE("an unknown top-level key is reported at the key") {
  ExpectError(LoadGoodWithEdit("description:", "descripton:"), "good.yaml:4:1",
              "unknown key 'descripton' in a source file");
}

TEST_CASE("an unknown key in a section is reported at the key") {
  ExpectError(LoadGoodWithEdit("    start: ", "    begin: "), "good.yaml:17:5",
              "unknown key 'begin' in a section");
}

TEST_CASE("an unknown key in a rule is reported at the key") {
  ExpectError(LoadGoodWithEdit("        repeat: false", "        repeats: false"), "good.yaml:22:9",
              "unknown key 'repeats' in a rule");
}

TEST_CASE("an unknown key in an emit is reported at the key") {
  ExpectError(LoadGoodWithEdit("            unit: person", "            units: person"),
              "good.yaml:57:13", "unknown key 'units' in an emit");
}

TEST_CASE("an unknown key in when is reported at the key") {
  ExpectError(LoadGoodWithEdit("          capitalized: true", "          capitalised: true"),
              "good.yaml:24:11", "unknown key 'capitalised' in when");
}

TEST_CASE("an unknown key in applies_to is reported at the key") {
  ExpectError(LoadGoodWithEdit("  file: \"*.txt\"", "  files: \"*.txt\""), "good.yaml:6:3",
              "unknown key 'files' in applies_to");
}

TEST_CASE("a missing source id is reported at the top-level mapping") {
  ExpectError(LoadGoodWithEdit("source: good\n", "# source: good\n"), "good.yaml:4:1",
              "missing required key 'source'");
}

TEST_CASE("a missing applies_to is reported at the top-level mapping") {
  ExpectError(LoadGoodWithEdit("applies_to:\n  file: \"*.txt\"\n  fingerprint:",
                               "#\n#\n#"),
              "good.yaml:3:1", "missing required key 'applies_to'");
}

TEST_CASE("missing sections are reported at the top-level mapping") {
  std::string text = GoodSourceText();
  text = text.substr(0, text.find("sections:"));
  ExpectError(LoadText("good", text), "good.yaml:3:1", "'sections' must be a non-empty list");
}

TEST_CASE("an empty sections list is reported at the list") {
  std::string text = GoodSourceText();
  text = text.substr(0, text.find("sections:")) + "sections: []\n";
  ExpectError(LoadText("good", text), "good.yaml:14:11", "'sections' must be a non-empty list");
}

TEST_CASE("a rule without an id is reported at the rule") {
  ExpectError(LoadGoodWithEdit("      - id: years\n", "      - # no id\n"), "good.yaml:39:9",
              "missing required key 'id'");
}

TEST_CASE("an emit without a property is reported at the emit") {
  ExpectError(LoadGoodWithEdit("            property: date\n", "            # no property\n"),
              "good.yaml:41:13", "missing required key 'property'");
}

TEST_CASE("an emit without a subject is reported at the emit") {
  ExpectError(LoadGoodWithEdit("          - subject: $page.source\n", "          - # no subject\n"),
              "good.yaml:42:13", "missing required key 'subject'");
}

TEST_CASE("a source id that differs from the file name is reported at the id") {
  ExpectError(LoadGoodWithEdit("source: good", "source: other"), "good.yaml:3:9",
              "source id 'other' must equal the file name 'good'");
}

TEST_CASE("an unknown section kind is reported at the kind") {
  ExpectError(LoadGoodWithEdit("    kind: list", "    kind: bullets"), "good.yaml:35:11",
              "unknown section kind 'bullets'");
}

TEST_CASE("a records section without a record pattern is reported at the section") {
  ExpectError(LoadGoodWithEdit("    record: ", "    # record: "), "good.yaml:44:5",
              "a records section needs 'record'");
}

TEST_CASE("set outside a page rule is reported at the set key") {
  ExpectError(LoadGoodWithEdit("            value: $y\n",
                               "            value: $y\n        set:\n          seen: $y\n"),
              "good.yaml:44:9", "only page rules may 'set' page variables");
}

TEST_CASE("a rule with both pattern and each is reported at the rule") {
  ExpectError(LoadGoodWithEdit("        each: number\n", "        each: number\n        pattern: x\n"),
              "good.yaml:50:9", "exactly one of 'pattern' and 'each'");
}

TEST_CASE("a rule with neither pattern nor each is reported at the rule") {
  ExpectError(LoadGoodWithEdit("        each: number\n", "        # no each\n"), "good.yaml:50:9",
              "exactly one of 'pattern' and 'each'");
}

TEST_CASE("an emit with both value and object is reported at the emit") {
  ExpectError(LoadGoodWithEdit("            value: $y\n", "            value: $y\n            object: $y\n"),
              "good.yaml:41:13", "exactly one of 'value' and 'object'");
}

TEST_CASE("an emit with neither value nor object is reported at the emit") {
  ExpectError(LoadGoodWithEdit("            value: $y\n", "            # no value\n"), "good.yaml:41:13",
              "exactly one of 'value' and 'object'");
}

TEST_CASE("an unknown property is reported at the property") {
  ExpectError(LoadGoodWithEdit("property: date", "property: dates"), "good.yaml:42:23",
              "unknown property 'dates'");
}

TEST_CASE("an unknown bound is reported at the bound") {
  ExpectError(LoadGoodWithEdit("bound: approx", "bound: about"), "good.yaml:58:20",
              "unknown bound 'about'");
}

TEST_CASE("a scale that is not a positive number is reported at the scale") {
  ExpectError(LoadGoodWithEdit("scale: 10000", "scale: ten"), "good.yaml:56:20",
              "'scale' must be a positive number");
  ExpectError(LoadGoodWithEdit("scale: 10000", "scale: -3"), "good.yaml:56:20",
              "'scale' must be a positive number");
}

TEST_CASE("a boolean that is neither true nor false is reported at the value") {
  ExpectError(LoadGoodWithEdit("repeat: false", "repeat: no"), "good.yaml:22:17",
              "'repeat' must be true or false");
}

TEST_CASE("a reference to a slot the rule does not have is reported at the reference") {
  ExpectError(LoadGoodWithEdit("object: $b", "object: $c"), "good.yaml:30:21",
              "'$c': the rule has no slot 'c'");
}

TEST_CASE("a $record reference to a slot the record pattern lacks is reported at the reference") {
  ExpectError(LoadGoodWithEdit("$record.city", "$record.town"), "good.yaml:53:22",
              "the record pattern has no slot 'town'");
}

TEST_CASE("a $page reference to a variable no page rule sets is reported at the reference") {
  ExpectError(LoadGoodWithEdit("since: $page.updated", "since: $page.founded"), "good.yaml:33:22",
              "no page rule sets 'founded'");
}

TEST_CASE("a duplicate rule id in a section is reported at the second id") {
  const std::string rule =
      "      - id: years\n"
      "        pattern: \"[0-9]{2,5} {y:year}\"\n"
      "        emit:\n"
      "          - subject: $page.source\n"
      "            property: date\n"
      "            value: $y\n";
  ExpectError(LoadGoodWithEdit(rule, rule + rule), "good.yaml:44:13",
              "duplicate rule id 'good/news/years'");
}

}  // namespace
}  // namespace twinmap::testing
