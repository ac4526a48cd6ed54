// Metamorphic test: editing a page changes the dataset the way the edit
// says. Rules that named a page's own facts would keep the old facts.
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "cli/run_command.h"

namespace twinmap::testing {
namespace {
namespace fs = std::filesystem;

void ReplaceOnce(std::string* text, const std::string& from, const std::string& to) {
  size_t at = text->find(from);
  REQUIRE(at != std::string::npos);
  text->replace(at, from.size(), to);
}

// Claims of `subject` with `property` in a built dataset.
std::vector<nlohmann::json> Claims(const std::string& out, const std::string& subject,
                                   const std::string& property) {
  std::vector<nlohmann::json> found;
  std::istringstream lines(ReadFile(out + "/claims.jsonl"));
  std::string line;
  while (std::getline(lines, line)) {
    auto j = nlohmann::json::parse(line);
    if (j["subject"] == subject && j["property"] == property) found.push_back(j);
  }
  return found;
}

TEST_CASE("Swapping a partner and a population in page 000 changes the claims") {
  std::string dir = MakeTempDir();
  fs::create_directories(dir + "/corpus");
  const std::string page = "000_7eede3c9c10ae1fa.txt";
  std::string text = ReadFile(std::string(TWINMAP_CORPUS_DIR) + "/" + page);
  // Another French département for Henan's partner, another population.
  ReplaceOnce(&text, "Saône-et-Loire", "Côte-d'Or");
  ReplaceOnce(&text, "1 Henan 96", "1 Henan 87");
  // Another commune for Chengdu.
  ReplaceOnce(&text, "Sichuan Montpellier", "Sichuan Besançon");
  WriteFile(dir + "/corpus/" + page, text);
  std::string out = dir + "/out";
  CommandResult r = RunTwinmap("build -q --corpus '" + dir + "/corpus' --rules '" +
                               TWINMAP_RULES_DIR + "' --out '" + out + "'");
  REQUIRE(r.exit_code == 0);

  auto partners = Claims(out, "cn:410000", "partner");
  REQUIRE(partners.size() == 1);
  CHECK(partners[0]["object"] == "fr:dep:21");  // Côte-d'Or
  auto population = Claims(out, "cn:410000", "population");
  REQUIRE(population.size() == 1);
  CHECK(population[0]["value"].get<double>() == Approx(87e6));
  auto chengdu = Claims(out, "cn:510100", "partner");
  REQUIRE(chengdu.size() == 1);
  CHECK(chengdu[0]["object"] == "fr:commune:25056");  // Besançon
  CHECK(ReadFile(out + "/claims.jsonl").find("fr:dep:71") == std::string::npos);
  fs::remove_all(dir);
}

// Builds the one edited page into a fresh dataset; returns the output dir.
std::string BuildEdited(const std::string& dir, const std::string& page, const std::string& text) {
  fs::create_directories(dir + "/corpus");
  WriteFile(dir + "/corpus/" + page, text);
  std::string out = dir + "/out";
  CommandResult r = RunTwinmap("build -q --corpus '" + dir + "/corpus' --rules '" +
                               TWINMAP_RULES_DIR + "' --out '" + out + "'");
  REQUIRE(r.exit_code == 0);
  return out;
}

// Claims with `property` whose subject or object starts with `prefix`.
std::vector<nlohmann::json> ClaimsOn(const std::string& out, const std::string& prefix,
                                     const std::string& property, const char* end) {
  std::vector<nlohmann::json> found;
  std::istringstream lines(ReadFile(out + "/claims.jsonl"));
  std::string line;
  while (std::getline(lines, line)) {
    auto j = nlohmann::json::parse(line);
    if (j["property"] == property && j.contains(end) && j[end].is_string() &&
        j[end].get<std::string>().rfind(prefix, 0) == 0) {
      found.push_back(j);
    }
  }
  return found;
}

TEST_CASE("Other cities and another date in page 004 make another signing event") {
  std::string dir = MakeTempDir();
  const std::string page = "004_4ee1a70c275ca0a4.txt";
  std::string text = ReadFile(std::string(TWINMAP_CORPUS_DIR) + "/" + page);
  ReplaceOnce(&text, "Nancy et Kunming ont signé le 22 août 2017", "Metz et Dali ont signé le 3 mars 2018");
  std::string out = BuildEdited(dir, page, text);

  const std::string event = "event:signing-of-the-metz-dali-twinning-letter-of-intent";
  auto date = Claims(out, event, "date");
  REQUIRE(date.size() == 1);
  CHECK(date[0]["value"] == "2018-03-03");
  // The signatories of the page's signing sentence take part in the new event.
  auto participants = ClaimsOn(out, event, "participant_in", "object");
  CHECK(participants.size() == 7);
  CHECK(ReadFile(out + "/entities.jsonl").find("nancy-kunming") == std::string::npos);
  fs::remove_all(dir);
}

TEST_CASE("Another day and venue in page 003 change the forum's date and place") {
  std::string dir = MakeTempDir();
  const std::string page = "003_afc91c5cb1843831.txt";
  std::string text = ReadFile(std::string(TWINMAP_CORPUS_DIR) + "/" + page);
  ReplaceOnce(&text, "June 23, Changsha, Hunan, China", "July 2, Yueyang, Hunan, China");
  std::string out = BuildEdited(dir, page, text);

  auto dates = ClaimsOn(out, "event:", "date", "subject");
  REQUIRE(dates.size() == 1);
  CHECK(dates[0]["value"] == "2010-07-02");  // the year from the page's news list
  auto venues = ClaimsOn(out, "event:", "held_in", "subject");
  REQUIRE(venues.size() == 1);
  CHECK(venues[0]["object"] == "cn:430600");  // Yueyang
  fs::remove_all(dir);
}

TEST_CASE("Another title and city on page 000's title page name another meeting") {
  std::string dir = MakeTempDir();
  const std::string page = "000_7eede3c9c10ae1fa.txt";
  std::string text = ReadFile(std::string(TWINMAP_CORPUS_DIR) + "/" + page);
  ReplaceOnce(&text, "2èmes Rencontres", "3èmes Assises");
  ReplaceOnce(&text, "– Bordeaux", "– Lyon");
  std::string out = BuildEdited(dir, page, text);

  const std::string event = "event:3emes-assises-de-la-cooperation-decentralisee-franco-chinoise";
  auto held = Claims(out, event, "held_in");
  REQUIRE(held.size() == 1);
  CHECK(held[0]["object"] == "fr:commune:69123");  // Lyon
  auto end = Claims(out, event, "end_date");
  REQUIRE(end.size() == 1);
  CHECK(end[0]["value"] == "2007-11-23");
  fs::remove_all(dir);
}

}  // namespace
}  // namespace twinmap::testing
