// Evaluate: runs FactMatcher over every gold fact of every page, then counts
// precision over the claims that cite the page, and provenance.
#include <filesystem>
#include <set>

#include "eval/describe.h"
#include "eval/entity_index.h"
#include "eval/eval.h"
#include "eval/explain.h"
#include "eval/fact_matcher.h"
#include "eval/page_text.h"
#include "ingest/ingest.h"
#include "eval/value_match.h"

namespace twinmap::eval {
namespace {

namespace fs = std::filesystem;

// A provenance span is "at" the evidence when it overlaps an occurrence of it
// or ends/starts within `window` bytes of one; spans longer than max_span or
// past the end of the page never are.
bool SpanAtEvidence(const Span& span, const std::vector<Span>& evidence,
                    uint64_t page_size, const EvalOptions& options) {
  if (span.end > page_size || span.size() > options.provenance_max_span)
    return false;
  for (const Span& e : evidence) {
    if (span.begin < e.end && e.begin < span.end) return true;
    uint64_t gap =
        span.begin >= e.end ? span.begin - e.end : e.begin - span.end;
    if (gap <= options.provenance_window) return true;
  }
  return false;
}

std::vector<std::string> PageRules(const Claim& claim,
                                   const std::string& source) {
  std::set<std::string> rules;
  for (const Provenance& p : claim.provenance) {
    if (CitesPage(p, source)) rules.insert(p.RuleKey());
  }
  return {rules.begin(), rules.end()};
}

void Warn(DiagnosticSink* sink, const std::string& file, uint64_t line,
          std::string message) {
  if (sink == nullptr) return;
  Diagnostic d;
  d.file = file;
  d.line = line;
  d.message = std::move(message);
  sink->Report(std::move(d));
}

class PageScorer {
 public:
  PageScorer(const Dataset& dataset, const EntityIndex& entities,
             const FactMatcher& matcher, const EvalOptions& options,
             Report* report, DiagnosticSink* sink)
      : dataset_(dataset),
        entities_(entities),
        matcher_(matcher),
        options_(options),
        report_(report),
        sink_(sink) {}

  void Score(const GoldPage& gold, const PageText& text,
             const std::string& page_path);

 private:
  void ScoreFact(const GoldFact& fact, const PageText& text, PageReport* page);
  void CheckDigests(const GoldPage& gold, const PageText& text,
                    const std::string& page_path);
  void CheckQualifiers(const GoldFact& fact, const std::vector<size_t>& claims,
                       FactOutcome* outcome);
  void CountClaims(const std::set<std::string>& properties,
                   const PageText& text, PageReport* page);

  const Dataset& dataset_;
  const EntityIndex& entities_;
  const FactMatcher& matcher_;
  const EvalOptions& options_;
  Report* report_;
  DiagnosticSink* sink_;
  PageContext context_;
  std::set<size_t> correct_;  // claims holding a gold fact of the page
  std::map<size_t, std::string> near_notes_;  // claims that nearly did
};

void PageScorer::Score(const GoldPage& gold, const PageText& text,
                       const std::string& page_path) {
  PageReport page;
  page.source = gold.source;
  page.page_path = page_path;
  page.gold_file = gold.gold_file;
  context_ = PageContext{&text, gold.source, {}, {}};
  for (size_t c = 0; c < dataset_.claims.size(); ++c) {
    if (ClaimCitesPage(dataset_.claims[c], gold.source))
      context_.claims.push_back(c);
  }
  for (size_t t = 0; t < dataset_.trace.size(); ++t) {
    if (SourceIsPage(dataset_.trace[t].source, gold.source))
      context_.trace.push_back(t);
  }
  correct_.clear();
  near_notes_.clear();
  CheckDigests(gold, text, page_path);

  std::set<std::string> properties;
  for (const GoldFact& fact : gold.facts) {
    if (fact.kind != FactKind::kEntity) properties.insert(fact.property);
    ScoreFact(fact, text, &page);
  }
  CountClaims(properties, text, &page);
  report_->total.Add(page.tally);
  report_->pages.push_back(std::move(page));
}

// Spans into another version of the page point at the wrong bytes: say so
// once per page rather than let provenance fail silently.
void PageScorer::CheckDigests(const GoldPage& gold, const PageText& text,
                              const std::string& page_path) {
  const std::string digest = ingest::Sha256Hex(text.raw());
  size_t stale = 0;
  std::string example;
  for (size_t c : context_.claims) {
    for (const Provenance& p : dataset_.claims[c].provenance) {
      if (!CitesPage(p, gold.source) || p.sha256.empty() || digest.empty())
        continue;
      if (p.sha256 != digest) {
        if (stale++ == 0) example = dataset_.claims[c].id;
      }
    }
  }
  if (stale > 0) {
    Warn(sink_, page_path, 0,
         std::to_string(stale) + " provenance entries (first in claim " +
             example + ") carry another sha256 than this page's " + digest +
             ": was the dataset built from another version of it?");
  }
}

void PageScorer::ScoreFact(const GoldFact& fact, const PageText& text,
                           PageReport* page) {
  FactOutcome o;
  o.fact = fact;
  std::vector<Span> evidence = text.FindAll(fact.evidence);
  if (evidence.empty()) {
    Warn(sink_, fact.gold_file, fact.gold_line,
         "evidence not found in " + page->page_path + ": \"" + fact.evidence +
             "\"");
  } else {
    o.evidence_found = true;
    o.evidence = evidence.front();
    o.evidence_line = text.LineOf(o.evidence.begin);
  }
  const std::string property =
      fact.kind == FactKind::kEntity ? "(entity)" : fact.property;
  Tally& by_property = report_->by_property[property];
  ++page->tally.gold_facts;
  ++by_property.gold_facts;

  std::vector<size_t> holding;
  if (fact.kind == FactKind::kEntity) {
    EntityMatch m = entities_.Match(fact.subject);
    o.held = !m.ids.empty();
    o.claim_ids = m.ids;  // for an entity fact: the entities that hold it
    if (!o.held) {
      o.reason = MissReason::kEntityMissing;
      o.detail = m.why_not;
    }
  } else {
    FactMatch m = matcher_.Match(fact, page->source);
    o.held = !m.claims.empty();
    o.reason = m.reason;
    o.detail = m.detail;
    o.bound_mismatch = m.bound_mismatch;
    holding = m.claims;
    for (const auto& [claim, note] : m.near_claims)
      near_notes_.emplace(claim, note);
  }
  if (o.bound_mismatch) {
    ++page->tally.bound_mismatches;
    ++by_property.bound_mismatches;
  }
  if (!o.held) {
    ExplainMiss(context_, dataset_, entities_, options_, &o);
    page->facts.push_back(std::move(o));
    return;
  }
  ++page->tally.held;
  ++by_property.held;
  if (holding.empty()) {
    page->facts.push_back(std::move(o));
    return;
  }

  // Provenance, overall and per rule: does any provenance entry of a holding
  // claim on this page sit at the evidence?
  std::map<std::string, bool> rule_ok;
  bool ok = false;
  for (size_t c : holding) {
    const Claim& claim = dataset_.claims[c];
    o.claim_ids.push_back(claim.id);
    correct_.insert(c);
    for (const Provenance& p : claim.provenance) {
      if (!CitesPage(p, page->source)) continue;
      bool at = p.has_span &&
                SpanAtEvidence(p.span, evidence, text.raw().size(), options_);
      rule_ok[p.RuleKey()] |= at;
      ok |= at;
    }
  }
  o.provenance_ok = ok;
  for (Tally* t : {&page->tally, &by_property}) {
    ++t->provenance_checked;
    if (ok) ++t->provenance_ok;
  }
  for (const auto& [rule, at] : rule_ok) {
    o.rules.push_back(rule);
    Tally& r = report_->by_rule[rule];
    ++r.held;
    ++r.provenance_checked;
    if (at) ++r.provenance_ok;
  }
  CheckQualifiers(fact, holding, &o);
  for (const QualifierCheck& q : o.qualifiers) {
    for (Tally* t : {&page->tally, &by_property}) {
      ++t->qualifiers_compared;
      if (q.agreed) ++t->qualifiers_agreed;
    }
  }
  page->facts.push_back(std::move(o));
}

// The best agreement among the holding claims, one check per gold qualifier.
void PageScorer::CheckQualifiers(const GoldFact& fact,
                                 const std::vector<size_t>& claims,
                                 FactOutcome* outcome) {
  Qualifiers gold = fact.qualifiers;
  if (fact.kind == FactKind::kAttribute && !fact.as_of.empty()) {
    gold["as_of"] = Value::String(fact.as_of);
  }
  for (const auto& [key, value] : gold) {
    QualifierCheck check{key, value.ToString(), "", false};
    for (size_t c : claims) {
      const Qualifiers& q = dataset_.claims[c].qualifiers;
      auto it = q.find(key);
      if (it == q.end()) continue;
      if (check.got.empty()) check.got = it->second.ToString();
      if (ValuesMatch(value, it->second, options_.number_tolerance)) {
        check.got = it->second.ToString();
        check.agreed = true;
        break;
      }
    }
    outcome->qualifiers.push_back(std::move(check));
  }
}

void PageScorer::CountClaims(const std::set<std::string>& properties,
                             const PageText& text, PageReport* page) {
  for (size_t c : context_.claims) {
    const Claim& claim = dataset_.claims[c];
    if (properties.count(claim.property) == 0) continue;
    const bool correct = correct_.count(c) > 0;
    std::vector<std::string> rules = PageRules(claim, page->source);
    Tally& by_property = report_->by_property[claim.property];
    for (Tally* t : {&page->tally, &by_property}) {
      ++t->claims;
      if (correct) ++t->correct;
    }
    for (const std::string& rule : rules) {
      Tally& r = report_->by_rule[rule];
      ++r.claims;
      if (correct) ++r.correct;
    }
    if (correct) continue;
    ExtraClaim extra;
    extra.claim_id = claim.id;
    extra.description = DescribeClaim(claim, dataset_);
    extra.rules = rules;
    for (const Provenance& p : claim.provenance) {
      if (!CitesPage(p, page->source)) continue;
      uint64_t line = p.line;
      if (line == 0 && p.has_span && p.span.begin <= text.raw().size()) {
        line = text.LineOf(p.span.begin);
      }
      extra.location = page->page_path + ":" + std::to_string(line);
      break;
    }
    auto note = near_notes_.find(c);
    if (note != near_notes_.end()) extra.note = note->second;
    page->extras.push_back(std::move(extra));
  }
}

}  // namespace

Result<Report> Evaluate(const std::vector<GoldPage>& gold,
                        const Dataset& dataset, const std::string& corpus_dir,
                        const EvalOptions& options, DiagnosticSink* sink) {
  Report report;
  report.options = options;
  report.has_trace = dataset.has_trace;
  EntityIndex entities(dataset);
  FactMatcher matcher(dataset, entities, options);
  PageScorer scorer(dataset, entities, matcher, options, &report, sink);
  for (const GoldPage& page : gold) {
    std::string path = (fs::path(corpus_dir) / page.source).string();
    Result<PageText> text = PageText::Read(path);
    if (!text.ok()) {
      return Status::NotFound(text.status().message() + " (the page of " +
                              page.gold_file + ")");
    }
    scorer.Score(page, *text, path);
  }
  return report;
}

Result<Report> EvaluateDirs(const std::string& gold_dir,
                            const std::string& dataset_dir,
                            const std::string& corpus_dir,
                            const EvalOptions& options, DiagnosticSink* sink) {
  Result<std::vector<GoldPage>> gold = ReadGoldDir(gold_dir);
  if (!gold.ok()) return gold.status();
  Result<Dataset> dataset = ReadDataset(dataset_dir, sink);
  if (!dataset.ok()) return dataset.status();
  return Evaluate(*gold, *dataset, corpus_dir, options, sink);
}

}  // namespace twinmap::eval
