#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "eval/eval.h"
#include "eval/eval_fixture.h"

namespace twinmap::eval {
namespace {

Report FixtureReport() {
  Result<Report> r =
      EvaluateDirs(testing::FixtureGold(), testing::FixtureDataset(),
                   testing::FixtureCorpus(), {}, nullptr);
  REQUIRE(r.ok());
  return std::move(r).value();
}

TEST_CASE("The text report has the tables and the misses with file:line") {
  std::string text = FormatText(FixtureReport(), 10);
  CHECK_THAT(text, Catch::Contains(
                       "alpha.txt                        15     9   0.600"));
  CHECK_THAT(text, Catch::Contains("records/row_population"));
  // Evidence location, the fact in short form, the reason and the trace
  // verdict.
  CHECK_THAT(text, Catch::Contains(
                       "alpha.txt:7  Shandong population = 90000000 ~approx"));
  CHECK_THAT(text, Catch::Contains("value differs: claim c02 has 90600000"));
  CHECK_THAT(text, Catch::Contains("trace: value not parsed"));
  CHECK_THAT(text, Catch::Contains("extra "));
  CHECK_THAT(text, Catch::Contains("qualifier "));
}

TEST_CASE("The text report lists at most N misses per page") {
  std::string text = FormatText(FixtureReport(), 1);
  CHECK_THAT(text, Catch::Contains("first 1 of each"));
  CHECK_THAT(text, Catch::Contains("entity Frankfurt Airport"));
  CHECK_THAT(text, !Catch::Contains("entity Jiangdu"));
}

TEST_CASE("The JSON report carries the figures and the lists") {
  nlohmann::json j = nlohmann::json::parse(FormatJson(FixtureReport(), 2));
  REQUIRE(j["pages"].size() == 2);
  const nlohmann::json& alpha = j["pages"][0];
  CHECK(alpha["source"] == "alpha.txt");
  CHECK(alpha["gold_facts"] == 15);
  CHECK(alpha["held"] == 9);
  CHECK(alpha["precision"].get<double>() == Approx(0.5));
  CHECK(alpha["provenance"].get<double>() == Approx(0.75));
  CHECK(alpha["miss_count"] == 6);
  CHECK(alpha["misses"].size() == 2);
  CHECK(alpha["misses"][0]["reason"] == "entity missing");
  CHECK(alpha["misses"][0]["why"]["stopped_at"] ==
        "entity not resolved: not in the gazetteer");
  CHECK(alpha["extra_count"] == 4);
  CHECK(j["by_rule"]["records/row_population"]["claims"] == 2);
  CHECK(j["options"]["strict_bounds"] == true);
}

TEST_CASE("Thresholds name each page and figure below them") {
  Report r = FixtureReport();
  CHECK(CheckThresholds(r, {}).empty());
  std::vector<std::string> failures =
      CheckThresholds(r, {0.55, 0.9, std::nullopt});
  // alpha: recall 0.600 passes 0.55, precision 0.500 fails 0.9; beta: recall
  // 0.500 fails.
  REQUIRE(failures.size() == 2);
  CHECK(failures[0] == "alpha.txt: precision 0.500 < 0.900");
  CHECK(failures[1] == "beta.txt: recall 0.500 < 0.550");
  CHECK(CheckThresholds(r, {0.5, 0.5, 0.75})
            .empty());  // exactly at the gate passes
}

}  // namespace
}  // namespace twinmap::eval
