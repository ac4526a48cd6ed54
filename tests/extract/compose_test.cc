// Rules that compose: entities a rule names itself, templates, plain named
// groups as text slots, `when: sentence`, and dates completed with a year.
#include <algorithm>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "extract/extract.h"
#include "extract_world.h"

namespace twinmap::extract {
namespace {

std::vector<const Fact*> All(const PageFacts& f, const std::string& property) {
  std::vector<const Fact*> out;
  for (const Fact& fact : f.facts) {
    if (fact.property == property) out.push_back(&fact);
  }
  return out;
}

const std::string kSigning =
    "Test signing\n\nYear 2019\n\n"
    "Kunming and Changsha signed a letter of intent on June 22.\n\n"
    "The letter was signed by Mr Wang Wei, Ms Li Na, with Mr Zhang San, present.\n"
    "Later Mr Chen Er, the guide, showed the museum.\n";

TEST_CASE("A rule names an event from a template, with names by language") {
  PageFacts f = testing::Extract(kSigning);
  std::string id = resolve::LocalEntityId("event", "Signing of the Kunming–Changsha letter of intent");
  REQUIRE(f.entities.count(id) == 1);
  const EntityInfo& e = f.entities.at(id);
  CHECK(e.type == "event");
  CHECK(e.name == "Signing of the Kunming–Changsha letter of intent");
  CHECK(e.names.at("fr") == "Signature de la lettre d’intention Kunming–Changsha");
  auto dates = All(f, "date");
  REQUIRE(dates.size() == 1);
  CHECK(dates[0]->subject == id);
  // "June 22" takes the page's year.
  CHECK(dates[0]->value.text == "2019-06-22");
}

TEST_CASE("The event's name follows the page, not the rule") {
  std::string edited = kSigning;
  edited.replace(edited.find("Changsha"), 8, "Dali");
  PageFacts f = testing::Extract(edited);
  CHECK(f.entities.count(resolve::LocalEntityId("event", "Signing of the Kunming–Dali letter of intent")) == 1);
  CHECK(f.entities.count(resolve::LocalEntityId("event", "Signing of the Kunming–Changsha letter of intent")) == 0);
}

TEST_CASE("Without a year on the page, a date without one stays partial") {
  std::string edited = kSigning;
  edited.replace(edited.find("Year 2019"), 9, "Yearly");
  PageFacts f = testing::Extract(edited);
  auto dates = All(f, "date");
  REQUIRE(dates.size() == 1);
  CHECK(dates[0]->value.text == "--06-22");
}

TEST_CASE("`when: sentence` keeps the matches whose sentence says so") {
  PageFacts f = testing::Extract(kSigning);
  std::vector<std::string> who;
  for (const Fact* p : All(f, "participant_in")) who.push_back(p->subject);
  std::sort(who.begin(), who.end());
  CHECK(who == std::vector<std::string>{resolve::LocalEntityId("person", "Li Na"),
                                        resolve::LocalEntityId("person", "Wang Wei"),
                                        resolve::LocalEntityId("person", "Zhang San")});
}

TEST_CASE("With no signing on the page, participants have nothing to join") {
  std::string edited = kSigning;
  edited.replace(edited.find("signed a letter"), 6, "discussed");
  PageFacts f = testing::Extract(edited);
  CHECK(All(f, "participant_in").empty());
  CHECK(All(f, "date").empty());
}

TEST_CASE("A plain named group is a text slot that holds other slots") {
  PageFacts f = testing::Extract("Test signing\n\nMayor of Kunming Wang Wei spoke first.\n");
  auto titles = All(f, "title");
  REQUIRE(titles.size() == 1);
  CHECK(titles[0]->value.text == "Mayor of Kunming");
  CHECK(titles[0]->subject == resolve::LocalEntityId("person", "Wang Wei"));
}

TEST_CASE("A template value joins captures and cites them") {
  std::string page = "Test signing\n\nCPAFFC Vice President Li Na arrived.\n";
  PageFacts f = testing::Extract(page);
  auto titles = All(f, "title");
  REQUIRE(titles.size() == 1);
  CHECK(titles[0]->value.text == "Vice President of CPAFFC");
  // Provenance covers the parts the value is made of and the subject.
  CHECK(titles[0]->provenance.text == "CPAFFC Vice President Li Na");
}

}  // namespace
}  // namespace twinmap::extract
