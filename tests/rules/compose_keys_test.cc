// The keys for rules that compose: `create`, templates ("${a}"), plain named
// groups as text slots, `when: sentence` and an emit's `year`. A small file
// of its own, edited one line per test; positions are asserted exactly.
#include <catch2/catch.hpp>

#include "rules/load_text.h"

namespace twinmap::testing {
namespace {

const char* const kCompose = R"yaml(source: compose
applies_to: {fingerprint: "(?i)signing"}
page:
  - id: signing
    pattern: "{a:place:fr}\\s+et\\s+{b:place:cn}\\s+ont\\s+sign[ée]\\s+le\\s+{d:date}"
    create:
      signing:
        type: event
        name: "Signing of the ${a}–${b} letter of intent"
        names: {fr: "Signature ${a}–${b}"}
    set: {signing: $signing}
    emit:
      - {subject: $signing, property: date, value: $d, year: $page.year}
  - id: year
    pattern: "^{y:year}$"
    set: {year: $y}
sections:
  - id: body
    kind: prose
    rules:
      - id: participant
        pattern: "(?P<title>Maire\\s+de\\s+{c:place})\\s+{p:person},"
        when:
          sentence: "sign[ée]e\\s+par"
        emit:
          - {subject: $p, property: participant_in, object: $page.signing}
          - {subject: $p, property: title, value: "${title} (${c})"}
)yaml";

Loaded LoadEdited(const std::string& from, const std::string& to) {
  return LoadText("compose", Edit(kCompose, from, to));
}

void ExpectError(const Loaded& loaded, const std::string& where, const std::string& fragment) {
  INFO("errors:\n" << Joined(loaded));
  CHECK_FALSE(loaded.ok);
  CHECK(HasError(loaded, where, fragment));
  CHECK(loaded.errors.size() == 1);
}

TEST_CASE("the compose keys load") {
  Loaded loaded = LoadText("compose", kCompose);
  INFO("errors:\n" << Joined(loaded));
  REQUIRE(loaded.ok);
  const rules::Rule& signing = loaded.source.page_rules.at(0);
  REQUIRE(signing.create.count("signing") == 1);
  CHECK(signing.create.at("signing").type == "event");
  CHECK(signing.create.at("signing").names.at("fr") == "Signature ${a}–${b}");
  CHECK(signing.emit.at(0).year == "$page.year");
  const rules::Rule& participant = loaded.source.sections.at(0).rules.at(0);
  CHECK(participant.when.sentence != nullptr);
  // The plain named group is a text slot, listed before the slots inside it.
  REQUIRE(participant.pattern.slots.size() == 3);
  CHECK(participant.pattern.slots[0].name == "title");
  CHECK(participant.pattern.slots[0].type == "text");
  CHECK(participant.pattern.slots[1].name == "c");
}

TEST_CASE("a template naming a missing slot is reported where it is written") {
  ExpectError(LoadEdited("name: \"Signing of the ${a}", "name: \"Signing of the ${z}"), "compose.yaml:9:15",
              "'$z': the rule has no slot 'z'");
}

TEST_CASE("an unclosed template part is reported") {
  ExpectError(LoadEdited("value: \"${title} (${c})\"", "value: \"${title} (${c\""), "compose.yaml:27:51",
              "unclosed '${'");
}

TEST_CASE("a place cannot be created") {
  ExpectError(LoadEdited("type: event", "type: place"), "compose.yaml:8:15", "'place' cannot be created");
}

TEST_CASE("a created entity may not take a slot's name") {
  // (The rule's references to $signing then fail too.)
  Loaded loaded = LoadEdited("      signing:\n", "      a:\n");
  CHECK_FALSE(loaded.ok);
  CHECK(HasError(loaded, "compose.yaml:8:9", "'create.a': the rule already has a slot 'a'"));
}

TEST_CASE("create needs a pattern, not each") {
  Loaded loaded = LoadEdited("  - id: year\n    pattern: \"^{y:year}$\"\n    set: {year: $y}\n",
                             "  - id: year\n    each: year\n    create: {x: {type: event, name: \"${it}\"}}\n"
                             "    set: {year: $it}\n");
  CHECK_FALSE(loaded.ok);
  CHECK(HasError(loaded, "compose.yaml:16:13", "'create' needs a 'pattern'"));
}

TEST_CASE("a bad regex in when.sentence is reported at the condition") {
  ExpectError(LoadEdited("sentence: \"sign[ée]e\\\\s+par\"", "sentence: \"sign(ée\""), "compose.yaml:24:21",
              "bad regex: missing )");
}

TEST_CASE("an emit's year must be a reference") {
  ExpectError(LoadEdited("year: $page.year", "year: 2010"), "compose.yaml:13:62",
              "'year' must be a reference");
}

TEST_CASE("a subject cannot be a template") {
  ExpectError(LoadEdited("{subject: $p, property: title", "{subject: \"${p}\", property: title"),
              "compose.yaml:27:23", "'subject' cannot be a template");
}

TEST_CASE("a plain named group must have a slot's kind of name") {
  ExpectError(LoadEdited("(?P<title>", "(?P<Title>"), "compose.yaml:22:18", "bad group name");
}

}  // namespace
}  // namespace twinmap::testing
