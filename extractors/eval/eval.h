// eval: scores a dataset (doc/dataset.md) against gold facts
// (tests/gold/FORMAT.md) and says why each missed fact was missed.
//
// Entry header of the stage; `twinmap eval` and the tests call it:
//   Result<Report> r = EvaluateDirs("tests/gold", "output", "corpus", {},
//   &sink); std::cout << FormatText(*r, 10);
//
// Per page:
//   recall     = gold facts held / gold facts (entity, attribute, relation)
//   precision  = correct / claims, over the dataset claims that cite the page
//                with a property the page's gold uses; a claim is correct
//                when it is the held match of some gold fact of the page
//   provenance = held attribute and relation facts whose matching claim has a
//                provenance span on the page within `provenance_window` bytes
//                of (or overlapping) an occurrence of the evidence
// Entity facts count for recall only: entities carry no provenance.
// When the denominator is 0 a figure is 1 (nothing to get wrong).
#ifndef TWINMAP_EVAL_EVAL_H_
#define TWINMAP_EVAL_EVAL_H_

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "base/diagnostics.h"
#include "base/span.h"
#include "base/status.h"
#include "eval/dataset.h"
#include "eval/gold.h"

namespace twinmap::eval {

struct EvalOptions {
  double number_tolerance = 0.005;  // relative: 0.5%
  // A claim whose bound differs from the gold's ("approx" for "exact") does
  // not hold the fact. Off: it holds, and is still counted and listed.
  bool strict_bounds = true;
  uint64_t provenance_window = 40;  // bytes between span and evidence
  // A provenance span longer than this never counts as "at" the evidence, so
  // a span covering a whole page cannot score.
  uint64_t provenance_max_span = 1024;
  // Lines either side of the evidence searched for claims when explaining a
  // miss (trace records are taken from the evidence's own lines).
  uint64_t context_lines = 1;
};

enum class MissReason {
  kNone,            // held
  kEntityMissing,   // entity fact: no dataset entity matches
  kSubjectMissing,  // no dataset entity matches the subject
  kObjectMissing,   // no dataset entity matches the object
  kNoClaim,         // no claim with the property on the subject
  kValueDiffers,    // claims with the property, none with the gold value/unit
  kObjectDiffers,   // claims with the property link other entities
  kReversed,        // a directional relation stated the other way round
  kBoundDiffers,    // the value is right, the bound is not (strict bounds)
  kOtherPage,       // a matching claim exists but does not cite this page
};
const char* MissReasonName(MissReason reason);  // "value differs" ...

struct QualifierCheck {
  std::string key;  // relation_kind, date, since, role; as_of for attributes
  std::string gold;
  std::string got;  // "" when the claim lacks it
  bool agreed = false;
};

// Why a fact was missed, from trace.jsonl when there is one, else from the
// claims and entities near the evidence.
struct MissExplanation {
  bool from_trace = false;
  std::vector<std::string>
      trace;               // short forms of the trace records on the lines
  std::string stopped_at;  // "no match", "value not parsed", ...
  std::vector<std::string> nearby_claims;  // claims citing the evidence's lines
  bool subject_exists = false;
  bool object_exists = false;  // relations only
};

struct FactOutcome {
  GoldFact fact;
  bool held = false;
  MissReason reason = MissReason::kNone;
  std::string detail;                  // e.g. "claim c12 has 95000000"
  std::vector<std::string> claim_ids;  // claims that hold it
  std::vector<std::string> rules;  // RuleKey of their provenance on the page
  bool bound_mismatch =
      false;  // a claim with the right value had another bound
  std::optional<bool> provenance_ok;  // held attribute/relation facts only
  bool evidence_found = false;
  Span evidence;               // first occurrence in the page
  uint64_t evidence_line = 0;  // 1-based, 0 when not found
  std::vector<QualifierCheck> qualifiers;
  MissExplanation why;  // misses only
};

struct ExtraClaim {
  std::string claim_id;
  std::string description;  // short form of the claim
  std::string location;     // page:line of its provenance on the page
  std::vector<std::string> rules;
  std::string note;  // e.g. "bound approx, gold says exact (gold:12)"
};

struct Tally {
  uint64_t gold_facts = 0;
  uint64_t held = 0;
  uint64_t claims = 0;
  uint64_t correct = 0;
  uint64_t provenance_checked = 0;
  uint64_t provenance_ok = 0;
  uint64_t bound_mismatches = 0;
  uint64_t qualifiers_compared = 0;
  uint64_t qualifiers_agreed = 0;

  double Recall() const;
  double Precision() const;
  double F1() const;
  double Provenance() const;
  double QualifierAgreement() const;
  void Add(const Tally& other);
};

struct PageReport {
  std::string source;     // page file name
  std::string page_path;  // corpus path, for file:line in reports
  std::string gold_file;
  Tally tally;
  std::vector<FactOutcome> facts;  // one per gold fact, gold order
  std::vector<ExtraClaim>
      extras;  // claims counted in precision that match nothing
};

struct Report {
  std::vector<PageReport> pages;
  Tally total;
  std::map<std::string, Tally> by_property;  // entity facts under "(entity)"
  // By the provenance rule of the claims: claims, correct, held, provenance
  // (gold_facts stays 0: a missed fact has no rule).
  std::map<std::string, Tally> by_rule;
  bool has_trace = false;
  EvalOptions options;
};

// Scores `dataset` against `gold`; reads each page from `corpus_dir`/source.
// A missing page is an error; evidence not found in its page is reported to
// `sink` (may be null) and leaves that fact's provenance unproven.
Result<Report> Evaluate(const std::vector<GoldPage>& gold,
                        const Dataset& dataset, const std::string& corpus_dir,
                        const EvalOptions& options, DiagnosticSink* sink);

// Reads the gold dir and the dataset dir, then Evaluate.
Result<Report> EvaluateDirs(const std::string& gold_dir,
                            const std::string& dataset_dir,
                            const std::string& corpus_dir,
                            const EvalOptions& options, DiagnosticSink* sink);

struct Thresholds {
  std::optional<double> min_recall;
  std::optional<double> min_precision;
  std::optional<double> min_provenance;
};
// One line per page and figure below its threshold, e.g.
// "000_x.txt: recall 0.812 < 0.950"; empty when every page passes.
std::vector<std::string> CheckThresholds(const Report& report,
                                         const Thresholds& thresholds);

// A readable report: the per-page table, per property, per rule, then up to
// `max_listed` misses and extras per page.
std::string FormatText(const Report& report, size_t max_listed);
// The same as one JSON document (lists cut to `max_listed` per page, with
// their full counts alongside).
std::string FormatJson(const Report& report, size_t max_listed);

}  // namespace twinmap::eval

#endif  // TWINMAP_EVAL_EVAL_H_
