// Tally arithmetic, miss reason names and the --min-* quality gate.
#include <cstdio>

#include "eval/eval.h"

namespace twinmap::eval {
namespace {

// 19/20 must pass a 0.95 gate whatever the rounding of either side.
constexpr double kSlack = 1e-9;

double Share(uint64_t part, uint64_t whole) {
  return whole == 0 ? 1.0
                    : static_cast<double>(part) / static_cast<double>(whole);
}

std::string Below(const std::string& page, const char* figure, double value,
                  double minimum) {
  char buf[64];
  std::snprintf(buf, sizeof(buf), " %.3f < %.3f", value, minimum);
  return page + ": " + figure + buf;
}

}  // namespace

double Tally::Recall() const { return Share(held, gold_facts); }
double Tally::Precision() const { return Share(correct, claims); }
double Tally::Provenance() const {
  return Share(provenance_ok, provenance_checked);
}
double Tally::QualifierAgreement() const {
  return Share(qualifiers_agreed, qualifiers_compared);
}
double Tally::F1() const {
  double p = Precision();
  double r = Recall();
  return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
}

void Tally::Add(const Tally& o) {
  gold_facts += o.gold_facts;
  held += o.held;
  claims += o.claims;
  correct += o.correct;
  provenance_checked += o.provenance_checked;
  provenance_ok += o.provenance_ok;
  bound_mismatches += o.bound_mismatches;
  qualifiers_compared += o.qualifiers_compared;
  qualifiers_agreed += o.qualifiers_agreed;
}

const char* MissReasonName(MissReason reason) {
  switch (reason) {
    case MissReason::kNone:
      return "held";
    case MissReason::kEntityMissing:
      return "entity missing";
    case MissReason::kSubjectMissing:
      return "subject entity missing";
    case MissReason::kObjectMissing:
      return "object entity missing";
    case MissReason::kNoClaim:
      return "no claim";
    case MissReason::kValueDiffers:
      return "value differs";
    case MissReason::kObjectDiffers:
      return "links other entities";
    case MissReason::kReversed:
      return "direction reversed";
    case MissReason::kBoundDiffers:
      return "bound differs";
    case MissReason::kOtherPage:
      return "does not cite this page";
  }
  return "?";
}

std::vector<std::string> CheckThresholds(const Report& report,
                                         const Thresholds& thresholds) {
  std::vector<std::string> failures;
  for (const PageReport& page : report.pages) {
    const Tally& t = page.tally;
    if (thresholds.min_recall && t.Recall() + kSlack < *thresholds.min_recall) {
      failures.push_back(
          Below(page.source, "recall", t.Recall(), *thresholds.min_recall));
    }
    if (thresholds.min_precision &&
        t.Precision() + kSlack < *thresholds.min_precision) {
      failures.push_back(Below(page.source, "precision", t.Precision(),
                               *thresholds.min_precision));
    }
    if (thresholds.min_provenance &&
        t.Provenance() + kSlack < *thresholds.min_provenance) {
      failures.push_back(Below(page.source, "provenance", t.Provenance(),
                               *thresholds.min_provenance));
    }
  }
  return failures;
}

}  // namespace twinmap::eval
