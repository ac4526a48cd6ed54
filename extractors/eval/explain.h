// ExplainMiss: what the dataset (and trace.jsonl, when `twinmap build
// --trace` wrote one) shows around a missed fact's evidence.
//
// With a trace: the rule attempts whose span touches the evidence's lines
// (± options.context_lines), and where the furthest-reaching rule stopped:
//   "no rule ran on these lines" | "no match" | "value not parsed" |
//   "entity not resolved" | "relation not formed" | "claim not written" |
//   "claim written but it does not hold the fact (<reason>)".
// Always: the claims citing those lines, and whether subject/object exist.
#ifndef TWINMAP_EVAL_EXPLAIN_H_
#define TWINMAP_EVAL_EXPLAIN_H_

#include <string>
#include <vector>

#include "eval/dataset.h"
#include "eval/entity_index.h"
#include "eval/eval.h"
#include "eval/page_text.h"

namespace twinmap::eval {

// What a page's misses are explained from: its text, the claims citing it and
// its trace records (indexes into dataset.claims and dataset.trace).
struct PageContext {
  const PageText* text = nullptr;
  std::string source;
  std::vector<size_t> claims;
  std::vector<size_t> trace;
};

// Fills outcome->why for a missed fact (outcome->reason already set).
void ExplainMiss(const PageContext& page, const Dataset& dataset,
                 const EntityIndex& entities, const EvalOptions& options,
                 FactOutcome* outcome);

}  // namespace twinmap::eval

#endif  // TWINMAP_EVAL_EXPLAIN_H_
