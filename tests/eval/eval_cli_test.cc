// `twinmap eval` as the quality gate runs it: exit codes, thresholds, --json,
// and clear errors on broken inputs.
#include <sys/wait.h>

#include <array>
#include <catch2/catch.hpp>
#include <cstdio>
#include <nlohmann/json.hpp>
#include <string>

#include "eval/eval_fixture.h"
#include "eval/temp_dir.h"

namespace {

struct Run {
  int exit_code = -1;
  std::string out;  // stdout and stderr together
};

Run Twinmap(const std::string& args) {
  Run run;
  std::string command = std::string(TWINMAP_BINARY) + " " + args + " 2>&1";
  FILE* pipe = popen(command.c_str(), "r");
  REQUIRE(pipe != nullptr);
  std::array<char, 4096> buf;
  size_t n;
  while ((n = fread(buf.data(), 1, buf.size(), pipe)) > 0)
    run.out.append(buf.data(), n);
  int status = pclose(pipe);
  run.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return run;
}

std::string FixtureArgs() {
  using namespace twinmap::eval::testing;
  return "eval --gold " + FixtureGold() + " --dataset " + FixtureDataset() +
         " --corpus " + FixtureCorpus();
}

TEST_CASE("twinmap eval prints the report and exits 0 without thresholds") {
  Run run = Twinmap(FixtureArgs());
  CHECK(run.exit_code == 0);
  CHECK_THAT(run.out, Catch::Contains("alpha.txt"));
  CHECK_THAT(run.out, Catch::Contains("precision"));
}

TEST_CASE("twinmap eval exits 1 when a page falls below a threshold") {
  Run low =
      Twinmap(FixtureArgs() +
              " --min-recall 0.5 --min-precision 0.5 --min-provenance 0.5");
  CHECK(low.exit_code == 0);
  Run high = Twinmap(FixtureArgs() + " --min-precision 0.9");
  CHECK(high.exit_code == 1);
  CHECK_THAT(
      high.out,
      Catch::Contains("below threshold: alpha.txt: precision 0.500 < 0.900"));
}

TEST_CASE("twinmap eval --json prints one JSON document") {
  using namespace twinmap::eval::testing;
  std::string command =
      std::string(TWINMAP_BINARY) + " " + FixtureArgs() + " --json --misses 3";
  FILE* pipe = popen(command.c_str(), "r");
  REQUIRE(pipe != nullptr);
  std::string out;
  std::array<char, 4096> buf;
  size_t n;
  while ((n = fread(buf.data(), 1, buf.size(), pipe)) > 0)
    out.append(buf.data(), n);
  CHECK(pclose(pipe) == 0);
  nlohmann::json j = nlohmann::json::parse(out);
  CHECK(j["pages"].size() == 2);
  CHECK(j["pages"][0]["misses"].size() == 3);
}

TEST_CASE("twinmap eval --no-strict-bounds lets a bound mismatch hold") {
  Run run = Twinmap(FixtureArgs() + " --no-strict-bounds --json");
  REQUIRE(run.exit_code == 0);
  nlohmann::json j = nlohmann::json::parse(run.out);
  CHECK(j["pages"][0]["held"] == 10);
  CHECK(j["pages"][0]["bound_mismatches"] == 1);
}

TEST_CASE("twinmap eval names a missing dataset file and exits 1") {
  twinmap::eval::testing::TempDir dir;
  dir.Write("entities.jsonl", "");
  Run run = Twinmap("eval --gold " + twinmap::eval::testing::FixtureGold() +
                    " --dataset " + dir.path() + " --corpus " +
                    twinmap::eval::testing::FixtureCorpus());
  CHECK(run.exit_code == 1);
  CHECK_THAT(run.out, Catch::Contains("claims.jsonl: cannot open file"));
}

TEST_CASE("twinmap eval names a broken line and exits 1") {
  twinmap::eval::testing::TempDir dir;
  dir.Write("entities.jsonl", "{\"id\": \"e:a\"}\n{\"id\": \n");
  dir.Write("claims.jsonl", "");
  Run run = Twinmap("eval --gold " + twinmap::eval::testing::FixtureGold() +
                    " --dataset " + dir.path() + " --corpus " +
                    twinmap::eval::testing::FixtureCorpus());
  CHECK(run.exit_code == 1);
  CHECK_THAT(run.out, Catch::Contains("entities.jsonl:2:"));
}

TEST_CASE("twinmap eval without --gold is a usage error") {
  Run run = Twinmap("eval");
  CHECK(run.exit_code != 0);  // CLI11 reports it (RequiredError)
  CHECK_THAT(run.out, Catch::Contains("--gold"));
}

}  // namespace
