// `twinmap build`: determinism across thread counts, and a failed run that
// leaves the previous dataset untouched.
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

struct TempDir {
  std::string path = MakeTempDir();
  ~TempDir() { fs::remove_all(path); }
};

std::string BuildArgs(const std::string& corpus, const std::string& out,
                      const std::string& extra = "") {
  return "build -q --corpus '" + corpus + "' --rules '" + TWINMAP_RULES_DIR +
         "' --out '" + out + "' " + extra;
}

TEST_CASE("build writes one source line per corpus page, sorted") {
  TempDir tmp;
  CommandResult r = RunTwinmap(BuildArgs(TWINMAP_CORPUS_DIR, tmp.path + "/out"));
  REQUIRE(r.exit_code == 0);
  std::istringstream lines(ReadFile(tmp.path + "/out/sources.jsonl"));
  std::string line, previous;
  int n = 0;
  while (std::getline(lines, line)) {
    auto j = nlohmann::json::parse(line);
    CHECK(j["source"].get<std::string>() > previous);
    previous = j["source"];
    CHECK(j["sha256"].get<std::string>().size() == 64);
    CHECK(j["encoding"] == "UTF-8");
    CHECK(j["tokens"].get<int>() > 100);
    ++n;
  }
  CHECK(n == 5);
  CHECK(ReadFile(tmp.path + "/out/README.md").find("generated") != std::string::npos);
  // Every entity decision is recorded with its candidates and evidence.
  std::istringstream decisions(ReadFile(tmp.path + "/out/resolutions.jsonl"));
  size_t decided = 0, fuzzy = 0;
  while (std::getline(decisions, line)) {
    auto j = nlohmann::json::parse(line);
    REQUIRE(j.contains("candidates"));
    REQUIRE(j.contains("evidence"));
    if (!j["chosen"].is_null()) ++decided;
    for (const auto& e : j["evidence"]) fuzzy += e.get<std::string>().rfind("fuzzy", 0) == 0;
  }
  CHECK(decided > 100);
  CHECK(fuzzy >= 1);  // "Valencienne" on page 000
}

TEST_CASE("build output is byte-identical with 1 and 4 threads") {
  TempDir tmp;
  REQUIRE(RunTwinmap(BuildArgs(TWINMAP_CORPUS_DIR, tmp.path + "/one", "--threads 1")).exit_code == 0);
  REQUIRE(RunTwinmap(BuildArgs(TWINMAP_CORPUS_DIR, tmp.path + "/four", "--threads 4")).exit_code == 0);
  for (const auto& e : fs::directory_iterator(tmp.path + "/one")) {
    INFO(e.path().filename());
    CHECK(ReadFile(e.path().string()) == ReadFile(tmp.path + "/four/" + e.path().filename().string()));
  }
}

TEST_CASE("build with a refused page fails and leaves the old dataset as it was") {
  TempDir tmp;
  fs::create_directories(tmp.path + "/corpus");
  fs::copy_file(std::string(TWINMAP_CORPUS_DIR) + "/004_4ee1a70c275ca0a4.txt",
                tmp.path + "/corpus/a.txt");
  REQUIRE(RunTwinmap(BuildArgs(tmp.path + "/corpus", tmp.path + "/out")).exit_code == 0);
  std::string before = ReadFile(tmp.path + "/out/sources.jsonl");
  WriteFile(tmp.path + "/corpus/b.txt", "");  // empty: refused
  CommandResult r = RunTwinmap(BuildArgs(tmp.path + "/corpus", tmp.path + "/out"));
  CHECK(r.exit_code == 1);
  CHECK(r.err.find("b.txt") != std::string::npos);
  CHECK(ReadFile(tmp.path + "/out/sources.jsonl") == before);
  // No temporary directories are left behind.
  int entries = 0;
  for (const auto& e : fs::directory_iterator(tmp.path)) { (void)e; ++entries; }
  CHECK(entries == 2);  // corpus/ and out/
}

TEST_CASE("build with a missing corpus says so and writes nothing") {
  TempDir tmp;
  CommandResult r = RunTwinmap(BuildArgs(tmp.path + "/nope", tmp.path + "/out"));
  CHECK(r.exit_code == 1);
  CHECK(r.err.find("nope") != std::string::npos);
  CHECK_FALSE(fs::exists(tmp.path + "/out"));
}

}  // namespace
}  // namespace twinmap::testing

namespace twinmap::testing {
namespace {

TEST_CASE("build output does not depend on how the rules path is written") {
  TempDir tmp;
  std::string plain = std::string(TWINMAP_RULES_DIR);
  std::string roundabout = plain + "/../rules/";
  auto build = [&](const std::string& rules, const std::string& out) {
    return RunTwinmap("build -q --corpus '" + std::string(TWINMAP_CORPUS_DIR) + "' --rules '" + rules +
                      "' --out '" + tmp.path + "/" + out + "'");
  };
  REQUIRE(build(plain, "a").exit_code == 0);
  REQUIRE(build(roundabout, "b").exit_code == 0);
  std::string claims = ReadFile(tmp.path + "/a/claims.jsonl");
  CHECK(claims == ReadFile(tmp.path + "/b/claims.jsonl"));
  CHECK(claims.find("\"rule_origin\":\"rules/sources/") != std::string::npos);
}

}  // namespace
}  // namespace twinmap::testing
