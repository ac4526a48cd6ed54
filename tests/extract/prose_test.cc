// Prose rules: event names with ordinals, free-text slots, `when` on patterns.
#include <string>

#include <catch2/catch.hpp>

#include "extract/extract.h"
#include "extract_world.h"

namespace twinmap::extract {
namespace {

const Fact* FindOne(const PageFacts& f, const std::string& property) {
  const Fact* found = nullptr;
  for (const Fact& fact : f.facts) {
    if (fact.property == property) {
      REQUIRE(found == nullptr);
      found = &fact;
    }
  }
  return found;
}

TEST_CASE("An event named with an ordinal is an entity held in a place") {
  PageFacts f = testing::Extract("Test news\n\nThe 10th General Assembly was held in Busan in 2014.\n");
  const Fact* held = FindOne(f, "held_in");
  REQUIRE(held != nullptr);
  CHECK(held->subject == resolve::LocalEntityId("event", "10th General Assembly"));
  CHECK(held->object.rfind("place:KR:", 0) == 0);
  const Fact* date = FindOne(f, "date");
  REQUIRE(date != nullptr);
  CHECK(date->value.text == "2014");
  CHECK(f.entities.at(held->subject).name == "10th General Assembly");
}

TEST_CASE("A pattern rule's `when` condition blocks a match") {
  PageFacts f = testing::Extract("Test news\n\nnever The 10th General Assembly was held in Busan in 2014.\n");
  CHECK(FindOne(f, "held_in") == nullptr);
}

TEST_CASE("A free-text slot takes a lower-case title up to the next literal") {
  PageFacts f = testing::Extract("Test news\n\nWang Wei, deputy mayor in charge of trade of Kunming.\n");
  const Fact* title = FindOne(f, "title");
  REQUIRE(title != nullptr);
  CHECK(title->value.text == "deputy mayor in charge of trade");
  const Fact* affiliated = FindOne(f, "affiliated_with");
  REQUIRE(affiliated != nullptr);
  CHECK(affiliated->object == "cn:530100");
}

}  // namespace
}  // namespace twinmap::extract
