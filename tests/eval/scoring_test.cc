// Scores the hand-written fixture (tests/testdata/eval/): each gold fact of
// gold/alpha.txt.jsonl exercises one matching rule; the test names the fact
// by its gold line.
#include <catch2/catch.hpp>

#include "eval/eval.h"
#include "eval/eval_fixture.h"

namespace twinmap::eval {
namespace {

Report Score(const EvalOptions& options = {}, bool with_trace = true) {
  Result<std::vector<GoldPage>> gold = ReadGoldDir(testing::FixtureGold());
  REQUIRE(gold.ok());
  Result<Dataset> dataset = ReadDataset(testing::FixtureDataset(), nullptr);
  REQUIRE(dataset.ok());
  if (!with_trace) {
    dataset->trace.clear();
    dataset->has_trace = false;
  }
  DiagnosticSink sink;
  Result<Report> report =
      Evaluate(*gold, *dataset, testing::FixtureCorpus(), options, &sink);
  REQUIRE(report.ok());
  CHECK(sink.collected().empty());
  return std::move(report).value();
}

const PageReport& Page(const Report& report, const std::string& source) {
  for (const PageReport& page : report.pages) {
    if (page.source == source) return page;
  }
  FAIL("no page " << source);
  return report.pages.front();
}

const FactOutcome& Fact(const Report& report, const std::string& source,
                        uint64_t gold_line) {
  for (const FactOutcome& o : Page(report, source).facts) {
    if (o.fact.gold_line == gold_line) return o;
  }
  FAIL("no gold line " << gold_line);
  return Page(report, source).facts.front();
}

TEST_CASE("Entity facts: code, region, alias and low-confidence matches hold") {
  Report r = Score();
  for (uint64_t line : {1, 2, 3, 5, 6}) {
    INFO("gold line " << line);
    CHECK(Fact(r, "alpha.txt", line).held);
  }
  CHECK(Fact(r, "alpha.txt", 3).claim_ids ==
        std::vector<std::string>{"e:bourgogne"});
}

TEST_CASE("Entity facts: country alone and a missing sure code do not match") {
  Report r = Score();
  const FactOutcome& airport = Fact(r, "alpha.txt", 4);
  CHECK_FALSE(airport.held);
  CHECK(airport.reason == MissReason::kEntityMissing);
  const FactOutcome& jiangdu = Fact(r, "alpha.txt", 7);
  CHECK_FALSE(jiangdu.held);
  CHECK(jiangdu.detail.find("gb2260 321088") != std::string::npos);
}

TEST_CASE("A number within 0.5% holds, one beyond does not") {
  Report r = Score();
  const FactOutcome& henan = Fact(r, "alpha.txt", 8);  // 96400000 for 96000000
  CHECK(henan.held);
  CHECK(henan.claim_ids == std::vector<std::string>{"c01"});
  const FactOutcome& shandong =
      Fact(r, "alpha.txt", 9);  // 90600000 for 90000000
  CHECK_FALSE(shandong.held);
  CHECK(shandong.reason == MissReason::kValueDiffers);
  CHECK(shandong.detail.find("90600000") != std::string::npos);
}

TEST_CASE("A string value matches case-insensitively after trimming") {
  Report r = Score();
  CHECK(Fact(r, "alpha.txt", 10).held);  // " WWW.Henan.gov.cn "
}

TEST_CASE("A claim citing another page does not count for this one") {
  Report r = Score();
  const FactOutcome& alpha = Fact(r, "alpha.txt", 11);  // c04 cites beta.txt
  CHECK_FALSE(alpha.held);
  CHECK(alpha.reason == MissReason::kOtherPage);
  CHECK(alpha.detail.find("beta.txt") != std::string::npos);
  CHECK(Fact(r, "beta.txt", 1).held);  // ... and does count for beta.txt
  const FactOutcome& beta = Fact(r, "beta.txt", 2);  // c11 cites gamma.txt only
  CHECK_FALSE(beta.held);
  CHECK(beta.reason == MissReason::kOtherPage);
}

TEST_CASE(
    "A bound mismatch fails the fact under strict bounds and is counted") {
  Report r = Score();
  const FactOutcome& kunming = Fact(r, "alpha.txt", 12);  // exact for approx
  CHECK_FALSE(kunming.held);
  CHECK(kunming.reason == MissReason::kBoundDiffers);
  CHECK(kunming.bound_mismatch);
  CHECK(Page(r, "alpha.txt").tally.bound_mismatches == 1);
}

TEST_CASE("A bound mismatch holds under lenient bounds and is still counted") {
  EvalOptions lenient;
  lenient.strict_bounds = false;
  Report r = Score(lenient);
  const FactOutcome& kunming = Fact(r, "alpha.txt", 12);
  CHECK(kunming.held);
  CHECK(kunming.bound_mismatch);
  CHECK(Page(r, "alpha.txt").tally.bound_mismatches == 1);
  CHECK(Page(r, "alpha.txt").tally.held == 10);
  CHECK(Page(r, "alpha.txt").tally.correct == 5);
}

TEST_CASE("Partner is symmetric: a claim from the object's side holds") {
  Report r = Score();
  const FactOutcome& f =
      Fact(r, "alpha.txt", 13);  // c06: Saône-et-Loire partner Henan
  CHECK(f.held);
  CHECK(f.claim_ids == std::vector<std::string>{"c06"});
}

TEST_CASE("located_in is directional: the reversed claim does not hold") {
  Report r = Score();
  const FactOutcome& f =
      Fact(r, "alpha.txt", 14);  // c07: Yunnan located_in Kunming
  CHECK_FALSE(f.held);
  CHECK(f.reason == MissReason::kReversed);
  CHECK(f.detail.find("c07") != std::string::npos);
}

TEST_CASE("Qualifier agreement is reported, not failed") {
  Report r = Score();
  const FactOutcome& f = Fact(
      r, "alpha.txt", 15);  // relation_kind sister_city vs letter_of_intent
  CHECK(f.held);
  REQUIRE(f.qualifiers.size() == 2);
  for (const QualifierCheck& q : f.qualifiers) {
    if (q.key == "relation_kind") {
      CHECK_FALSE(q.agreed);
      CHECK(q.got == "sister_city");
    } else {
      CHECK(q.key == "date");
      CHECK(q.agreed);
    }
  }
  const FactOutcome& henan = Fact(r, "alpha.txt", 8);  // as_of 2007 on c01
  REQUIRE(henan.qualifiers.size() == 1);
  CHECK(henan.qualifiers[0].key == "as_of");
  CHECK(henan.qualifiers[0].agreed);
  CHECK(Page(r, "alpha.txt").tally.qualifiers_compared == 4);
  CHECK(Page(r, "alpha.txt").tally.qualifiers_agreed == 3);
}

TEST_CASE("Recall counts every gold fact of the page") {
  Report r = Score();
  const Tally& t = Page(r, "alpha.txt").tally;
  CHECK(t.gold_facts == 15);
  CHECK(t.held == 9);
  CHECK(t.Recall() == Approx(9.0 / 15));
}

TEST_CASE("Precision counts claims citing the page with a gold property") {
  Report r = Score();
  const PageReport& alpha = Page(r, "alpha.txt");
  // c01 c02 c03 c05 c06 c07 c08 c09; c10 is a phone (not in alpha's gold),
  // c04 and c11 cite other pages.
  CHECK(alpha.tally.claims == 8);
  CHECK(alpha.tally.correct == 4);
  CHECK(alpha.tally.Precision() == Approx(0.5));
  std::vector<std::string> extras;
  for (const ExtraClaim& e : alpha.extras) extras.push_back(e.claim_id);
  CHECK(extras == std::vector<std::string>{"c02", "c05", "c07", "c09"});
  CHECK(alpha.extras[0].note.find("gold says 90000000") != std::string::npos);
  CHECK(alpha.extras[3].note.empty());  // Guangxi: nothing in gold comes near
  CHECK(alpha.extras[3].location.find("alpha.txt:1") != std::string::npos);
  CHECK(Page(r, "beta.txt").tally.Precision() == Approx(1.0));
}

TEST_CASE("Provenance holds at the evidence and fails far from it") {
  Report r = Score();
  CHECK(Fact(r, "alpha.txt", 8).provenance_ok == true);  // span on "Henan 96"
  CHECK(Fact(r, "alpha.txt", 10).provenance_ok ==
        false);  // span on the last line
  CHECK(Fact(r, "alpha.txt", 15).provenance_ok ==
        true);  // starts 1 byte after it
  CHECK_FALSE(
      Fact(r, "alpha.txt", 1).provenance_ok.has_value());  // entity facts: none
  const Tally& t = Page(r, "alpha.txt").tally;
  CHECK(t.provenance_checked == 4);
  CHECK(t.provenance_ok == 3);
}

TEST_CASE("The provenance window decides what 'next to' means") {
  EvalOptions touching;
  touching.provenance_window = 0;
  Report r = Score(touching);
  CHECK(Fact(r, "alpha.txt", 15).provenance_ok == false);
  CHECK(Fact(r, "alpha.txt", 8).provenance_ok == true);
}

TEST_CASE("A provenance span longer than the limit never counts") {
  EvalOptions tight;
  tight.provenance_max_span = 4;  // "Henan 96" is 8 bytes
  Report r = Score(tight);
  CHECK(Fact(r, "alpha.txt", 8).provenance_ok == false);
}

TEST_CASE("Scores are kept per property and per rule") {
  Report r = Score();
  const Tally& population = r.by_property.at("population");
  CHECK(population.gold_facts == 3);
  CHECK(population.held == 1);
  CHECK(population.claims == 4);
  CHECK(r.by_property.at("(entity)").gold_facts == 7);
  const Tally& row_website = r.by_rule.at("records/row_website");
  CHECK(row_website.held == 1);
  CHECK(row_website.provenance_ok == 0);
  const Tally& row_population = r.by_rule.at("records/row_population");
  CHECK(row_population.claims == 2);  // c01 and the Guangxi extra c09
  CHECK(row_population.correct == 1);
  CHECK(r.by_rule.count("records/row_phone") == 0);
}

TEST_CASE("A miss is explained from the trace: where the chain stopped") {
  Report r = Score();
  struct Row {
    uint64_t gold_line;
    const char* stopped_at;
  };
  const Row rows[] = {
      {4, "entity not resolved: not in the gazetteer"},
      {7, "no rule ran on these lines"},
      {9, "value not parsed: number without a unit word"},
      {11, "no match: no row start on this line"},
      {12, "claim written but it does not hold the fact (bound differs)"},
      {14, "relation not formed: order constraint failed"},
  };
  for (const Row& row : rows) {
    INFO("gold line " << row.gold_line);
    const FactOutcome& f = Fact(r, "alpha.txt", row.gold_line);
    CHECK(f.why.from_trace);
    CHECK(f.why.stopped_at == row.stopped_at);
  }
  // The website rule that failed on the Kunming line is not about population.
  for (const std::string& t : Fact(r, "alpha.txt", 12).why.trace) {
    CHECK(t.find("website") == std::string::npos);
  }
}

TEST_CASE(
    "Without a trace a miss lists nearby claims and whether entities exist") {
  Report r = Score({}, /*with_trace=*/false);
  const FactOutcome& shandong = Fact(r, "alpha.txt", 9);
  CHECK_FALSE(shandong.why.from_trace);
  CHECK(shandong.why.subject_exists);
  REQUIRE_FALSE(shandong.why.nearby_claims.empty());
  CHECK(shandong.why.nearby_claims[0].find("c02") == 0);
  const FactOutcome& located = Fact(r, "alpha.txt", 14);
  CHECK(located.why.subject_exists);
  CHECK(located.why.object_exists);
}

}  // namespace
}  // namespace twinmap::eval
