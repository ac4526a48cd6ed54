#include "eval/explain.h"

#include <algorithm>

#include "eval/describe.h"
#include "eval/fact_matcher.h"

namespace twinmap::eval {
namespace {

constexpr size_t kMaxListed = 8;

int StageRank(const std::string& stage) {
  if (stage == "match") return 0;
  if (stage == "value") return 1;
  if (stage == "resolve") return 2;
  if (stage == "relation") return 3;
  if (stage == "claim") return 4;
  return -1;
}

const char* StoppedLabel(const std::string& failed_stage) {
  switch (StageRank(failed_stage)) {
    case 0:
      return "no match";
    case 1:
      return "value not parsed";
    case 2:
      return "entity not resolved";
    case 3:
      return "relation not formed";
    case 4:
      return "claim not written";
  }
  return "stopped";
}

bool Overlaps(const Span& a, const Span& b) {
  return a.begin < b.end && b.begin < a.end;
}

// Inside the lines around the evidence: by span when there is one, else by
// line.
bool OnLines(bool has_span, const Span& span, uint64_t line,
             const Span& lines_bytes, uint64_t first_line, uint64_t last_line) {
  if (has_span)
    return Overlaps(span, lines_bytes) ||
           (span.empty() && lines_bytes.Contains(span));
  return line >= first_line && line <= last_line;
}

std::string StoppedAt(const std::vector<const TraceRecord*>& records,
                      MissReason reason) {
  if (records.empty()) return "no rule ran on these lines";
  int best_ok = -1;
  for (const TraceRecord* r : records) {
    if (r->ok) best_ok = std::max(best_ok, StageRank(r->stage));
  }
  if (best_ok == 4) {
    return std::string("claim written but it does not hold the fact (") +
           MissReasonName(reason) + ")";
  }
  // The failure just past the furthest stage any rule reached.
  const TraceRecord* failure = nullptr;
  for (const TraceRecord* r : records) {
    int rank = StageRank(r->stage);
    if (r->ok || rank <= best_ok) continue;
    if (failure == nullptr || rank < StageRank(failure->stage)) failure = r;
  }
  if (failure != nullptr) {
    std::string out = StoppedLabel(failure->stage);
    if (!failure->reason.empty()) out += ": " + failure->reason;
    return out;
  }
  if (best_ok < 0) return "no match";
  static const char* const kStages[] = {"match", "value", "resolve", "relation",
                                        "claim"};
  return std::string("stopped after ") + kStages[best_ok] +
         " (no later stage recorded)";
}

}  // namespace

void ExplainMiss(const PageContext& page, const Dataset& dataset,
                 const EntityIndex& entities, const EvalOptions& options,
                 FactOutcome* outcome) {
  MissExplanation& why = outcome->why;
  const GoldFact& fact = outcome->fact;
  why.subject_exists = !entities.Match(fact.subject).ids.empty();
  if (fact.kind == FactKind::kRelation)
    why.object_exists = !entities.Match(fact.object).ids.empty();
  if (!outcome->evidence_found || page.text == nullptr) return;

  const PageText& text = *page.text;
  // Claims are looked for on the evidence's lines and context_lines around
  // them; trace records on the evidence's own lines only, since the rules
  // of a neighbouring line say nothing about this fact.
  const uint64_t evidence_first = text.LineOf(outcome->evidence.begin);
  const uint64_t evidence_last =
      text.LineOf(outcome->evidence.end > outcome->evidence.begin
                      ? outcome->evidence.end - 1
                      : outcome->evidence.begin);
  const Span evidence_lines = text.LinesSpan(evidence_first, evidence_last);
  const uint64_t first = evidence_first > options.context_lines
                             ? evidence_first - options.context_lines
                             : 1;
  const uint64_t last = evidence_last + options.context_lines;
  const Span lines = text.LinesSpan(first, last);

  for (size_t c : page.claims) {
    const Claim& claim = dataset.claims[c];
    for (const Provenance& p : claim.provenance) {
      if (!CitesPage(p, page.source) ||
          !OnLines(p.has_span, p.span, p.line, lines, first, last)) {
        continue;
      }
      if (why.nearby_claims.size() < kMaxListed) {
        why.nearby_claims.push_back(DescribeClaim(claim, dataset) + " [" +
                                    p.RuleKey() + "]");
      }
      break;
    }
  }

  if (!dataset.has_trace) return;
  why.from_trace = true;
  // Records on the lines, minus those after another property (a population
  // rule's success says nothing about the partner on the same row); those
  // touching the evidence itself decide where the chain stopped.
  std::vector<const TraceRecord*> on_lines;
  std::vector<const TraceRecord*> at_evidence;
  for (size_t t : page.trace) {
    const TraceRecord& r = dataset.trace[t];
    if (!r.property.empty() && !fact.property.empty() &&
        r.property != fact.property)
      continue;
    if (!OnLines(r.has_span, r.span, r.line, evidence_lines, evidence_first,
                 evidence_last)) {
      continue;
    }
    if (r.has_span && Overlaps(r.span, outcome->evidence)) {
      at_evidence.push_back(&r);
    } else {
      on_lines.push_back(&r);
    }
  }
  for (const auto* list : {&at_evidence, &on_lines}) {
    for (const TraceRecord* r : *list) {
      if (why.trace.size() < kMaxListed) why.trace.push_back(DescribeTrace(*r));
    }
  }
  if (!at_evidence.empty()) {
    why.stopped_at = StoppedAt(at_evidence, outcome->reason);
  } else {
    why.stopped_at = StoppedAt(on_lines, outcome->reason);
  }
}

}  // namespace twinmap::eval
