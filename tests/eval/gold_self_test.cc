// The scorer on the real gold: a dataset made from the gold facts themselves,
// with provenance spans on the evidence, must score 1.0 everywhere. This
// checks entity matching, value comparison and provenance on all five pages.
#include <catch2/catch.hpp>

#include "eval/eval.h"
#include "eval/gold_to_dataset.h"
#include "eval/temp_dir.h"

namespace twinmap::eval {
namespace {

TEST_CASE("A dataset made from the gold scores 1.0 on every gold page") {
  testing::TempDir dir;
  REQUIRE(testing::WriteDatasetFromGold(TWINMAP_GOLD_DIR, TWINMAP_CORPUS_DIR,
                                        dir.path()) == "");
  DiagnosticSink sink;
  Result<Report> r =
      EvaluateDirs(TWINMAP_GOLD_DIR, dir.path(), TWINMAP_CORPUS_DIR, {}, &sink);
  REQUIRE(r.ok());
  for (const Diagnostic& d : sink.collected()) FAIL_CHECK(d.ToString());
  REQUIRE(r->pages.size() == 5);
  for (const PageReport& page : r->pages) {
    INFO(page.source);
    CHECK(page.tally.gold_facts > 0);
    CHECK(page.tally.held == page.tally.gold_facts);
    CHECK(page.tally.claims > 0);
    CHECK(page.tally.correct == page.tally.claims);
    CHECK(page.tally.provenance_ok == page.tally.provenance_checked);
    CHECK(page.tally.bound_mismatches == 0);
    CHECK(page.tally.qualifiers_agreed == page.tally.qualifiers_compared);
    CHECK(page.extras.empty());
  }
  CHECK(r->total.Recall() == 1.0);
  CHECK(r->total.Precision() == 1.0);
  CHECK(r->total.Provenance() == 1.0);
  CHECK(CheckThresholds(*r, {1.0, 1.0, 1.0}).empty());
}

TEST_CASE("The gold-made dataset loses recall when a claim is dropped") {
  // Guards the test above against a scorer that holds everything.
  testing::TempDir dir;
  REQUIRE(testing::WriteDatasetFromGold(TWINMAP_GOLD_DIR, TWINMAP_CORPUS_DIR,
                                        dir.path()) == "");
  Result<Dataset> d = ReadDataset(dir.path(), nullptr);
  REQUIRE(d.ok());
  REQUIRE(d->claims.size() > 1);
  const std::string source = d->claims.front().provenance.front().source;
  d->claims.erase(d->claims.begin());
  Result<std::vector<GoldPage>> gold = ReadGoldDir(TWINMAP_GOLD_DIR);
  REQUIRE(gold.ok());
  Result<Report> r = Evaluate(*gold, *d, TWINMAP_CORPUS_DIR, {}, nullptr);
  REQUIRE(r.ok());
  for (const PageReport& page : r->pages) {
    INFO(page.source);
    if (page.source == source) {
      CHECK(page.tally.held == page.tally.gold_facts - 1);
    } else {
      CHECK(page.tally.held == page.tally.gold_facts);
    }
  }
}

}  // namespace
}  // namespace twinmap::eval
