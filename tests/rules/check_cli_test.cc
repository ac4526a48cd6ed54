// `twinmap check`: exit codes and the output shape, run as a user would.
#include <sstream>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "cli/run_command.h"

namespace twinmap::testing {
namespace {

const std::string kRulesData = std::string(TWINMAP_TESTDATA_DIR) + "/rules";

std::vector<std::string> Lines(const std::string& text) {
  std::vector<std::string> out;
  std::istringstream in(text);
  std::string line;
  while (std::getline(in, line)) out.push_back(line);
  return out;
}

TEST_CASE("check on a clean rules directory prints only the summary and exits 0") {
  CommandResult r = RunTwinmap("check '" + kRulesData + "/good'");
  INFO(r.out << r.err);
  CHECK(r.exit_code == 0);
  CHECK(r.out == "1 file(s), 4 rule(s), 0 error(s)\n");
}

TEST_CASE("check on one good file exits 0") {
  CommandResult r = RunTwinmap("check '" + kRulesData + "/good/sources/good.yaml'");
  INFO(r.out << r.err);
  CHECK(r.exit_code == 0);
  CHECK(r.out == "1 file(s), 4 rule(s), 0 error(s)\n");
}

TEST_CASE("check on a directory with one good and one bad file lists each error and exits 1") {
  CommandResult r = RunTwinmap("check '" + kRulesData + "/mixed'");
  INFO(r.out << r.err);
  CHECK(r.exit_code == 1);
  std::vector<std::string> lines = Lines(r.out);
  REQUIRE(lines.size() == 3);
  const std::string broken = kRulesData + "/mixed/sources/broken.yaml";
  CHECK(lines[0].rfind(broken + ":12:", 0) == 0);
  CHECK(lines[0].find(": error: unknown key 'qualifier' in an emit") != std::string::npos);
  CHECK(lines[1].rfind(broken + ":14:18: error: rule 'population': bad regex: missing )", 0) == 0);
  // The good file's rules are counted; the broken file's are not.
  CHECK(lines[2] == "2 file(s), 4 rule(s), 2 error(s)");
}

TEST_CASE("check reports duplicate source ids across sources/ and lang/") {
  CommandResult r = RunTwinmap("check '" + kRulesData + "/dup'");
  INFO(r.out << r.err);
  CHECK(r.exit_code == 1);
  std::vector<std::string> lines = Lines(r.out);
  REQUIRE(lines.size() == 2);
  CHECK(lines[0].rfind(kRulesData + "/dup/lang/fr.yaml:2:1: error: duplicate source id 'fr'", 0) == 0);
  CHECK(lines[1] == "2 file(s), 2 rule(s), 1 error(s)");
}

TEST_CASE("check never crashes on files that are not rules") {
  for (const char* name : {"binary.yaml", "empty.yaml", "scalar.yaml", "list.yaml"}) {
    DYNAMIC_SECTION(name) {
      std::string path = kRulesData + "/odd/" + name;
      CommandResult r = RunTwinmap("check '" + path + "'");
      INFO(r.out << r.err);
      CHECK(r.exit_code == 1);
      std::vector<std::string> lines = Lines(r.out);
      REQUIRE(lines.size() == 2);
      CHECK(lines[0].rfind(path + ":1:", 0) == 0);
      CHECK(lines[0].find(": error: ") != std::string::npos);
      CHECK(lines[1] == "1 file(s), 0 rule(s), 1 error(s)");
    }
  }
}

TEST_CASE("check on a path that does not exist, or a directory without sources/, exits 1") {
  CommandResult missing = RunTwinmap("check /nonexistent/rules");
  CHECK(missing.exit_code == 1);
  CHECK(missing.out == "/nonexistent/rules: error: no such file or directory\n"
                       "0 file(s), 0 rule(s), 1 error(s)\n");
  CommandResult no_sources = RunTwinmap("check '" + kRulesData + "/odd'");
  CHECK(no_sources.exit_code == 1);
  CHECK(no_sources.out.find("odd/sources: no rules directory") != std::string::npos);
}

TEST_CASE("check sums several paths into one summary") {
  CommandResult r = RunTwinmap("check '" + kRulesData + "/good' '" + kRulesData + "/odd/list.yaml'");
  CHECK(r.exit_code == 1);
  std::vector<std::string> lines = Lines(r.out);
  REQUIRE_FALSE(lines.empty());
  CHECK(lines.back() == "2 file(s), 4 rule(s), 1 error(s)");
}

}  // namespace
}  // namespace twinmap::testing
