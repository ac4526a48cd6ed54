// The quality gate: build the dataset from corpus/ and rules/, score it
// against tests/gold/, and hold every page to the figures in gate.tsv.
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <string>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "cli/run_command.h"

namespace twinmap::testing {
namespace {

struct Gate {
  double recall = 0, precision = 0, provenance = 0;
};

std::map<std::string, Gate> ReadGate() {
  std::map<std::string, Gate> gate;
  std::ifstream in(TWINMAP_GATE_FILE);
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#' || line.rfind("page\t", 0) == 0) continue;
    std::istringstream fields(line);
    std::string page;
    Gate g;
    fields >> page >> g.recall >> g.precision >> g.provenance;
    gate[page] = g;
  }
  return gate;
}

TEST_CASE("Every page scores at least its gate against the gold facts") {
  std::string dir = MakeTempDir();
  CommandResult build = RunTwinmap("build -q --corpus '" + std::string(TWINMAP_CORPUS_DIR) +
                                   "' --rules '" + TWINMAP_RULES_DIR + "' --out '" + dir + "/out'");
  REQUIRE(build.exit_code == 0);
  CommandResult eval = RunTwinmap("eval --json --misses 0 --gold '" + std::string(TWINMAP_GOLD_DIR) +
                                  "' --dataset '" + dir + "/out' --corpus '" + TWINMAP_CORPUS_DIR + "'");
  std::filesystem::remove_all(dir);
  REQUIRE(eval.exit_code == 0);
  auto report = nlohmann::json::parse(eval.out);
  auto gate = ReadGate();
  REQUIRE(gate.size() == 5);
  size_t checked = 0;
  for (const auto& page : report["pages"]) {
    std::string source = page["source"];
    INFO(source << ": recall " << page["recall"] << ", precision " << page["precision"]
                << ", provenance " << page["provenance"]);
    REQUIRE(gate.count(source) == 1);
    const Gate& g = gate[source];
    CHECK(page["recall"].get<double>() >= g.recall);
    CHECK(page["precision"].get<double>() >= g.precision);
    CHECK(page["provenance"].get<double>() >= g.provenance);
    ++checked;
  }
  CHECK(checked == gate.size());
}

}  // namespace
}  // namespace twinmap::testing
