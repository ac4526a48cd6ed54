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

}  // namespace
}  // namespace twinmap::testing
