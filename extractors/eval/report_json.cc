// FormatJson: the report for machines (the quality gate, dashboards).
#include <nlohmann/json.hpp>

#include "eval/describe.h"
#include "eval/eval.h"

namespace twinmap::eval {
namespace {

using json = nlohmann::ordered_json;

json TallyJson(const Tally& t, bool with_recall) {
  json j = {{"claims", t.claims},
            {"correct", t.correct},
            {"precision", t.Precision()},
            {"held", t.held},
            {"provenance_checked", t.provenance_checked},
            {"provenance_ok", t.provenance_ok},
            {"provenance", t.Provenance()},
            {"bound_mismatches", t.bound_mismatches},
            {"qualifiers_compared", t.qualifiers_compared},
            {"qualifiers_agreed", t.qualifiers_agreed},
            {"qualifier_agreement", t.QualifierAgreement()}};
  if (with_recall) {
    j["gold_facts"] = t.gold_facts;
    j["recall"] = t.Recall();
    j["f1"] = t.F1();
  }
  return j;
}

json FactJson(const PageReport& page, const FactOutcome& o) {
  json j = {
      {"gold", o.fact.gold_file + ":" + std::to_string(o.fact.gold_line)},
      {"evidence", page.page_path + ":" + std::to_string(o.evidence_line)},
      {"kind", FactKindName(o.fact.kind)},
      {"fact", DescribeFact(o.fact)},
      {"held", o.held}};
  if (!o.fact.property.empty()) j["property"] = o.fact.property;
  if (!o.held) j["reason"] = MissReasonName(o.reason);
  if (!o.detail.empty()) j["detail"] = o.detail;
  if (!o.claim_ids.empty()) j["matched"] = o.claim_ids;
  if (!o.rules.empty()) j["rules"] = o.rules;
  if (o.bound_mismatch) j["bound_mismatch"] = true;
  if (o.provenance_ok) j["provenance_ok"] = *o.provenance_ok;
  json qualifiers = json::array();
  for (const QualifierCheck& q : o.qualifiers) {
    qualifiers.push_back({{"key", q.key},
                          {"gold", q.gold},
                          {"claim", q.got},
                          {"agreed", q.agreed}});
  }
  if (!qualifiers.empty()) j["qualifiers"] = qualifiers;
  if (!o.held) {
    const MissExplanation& why = o.why;
    json w = {{"subject_exists", why.subject_exists},
              {"nearby_claims", why.nearby_claims}};
    if (o.fact.kind == FactKind::kRelation)
      w["object_exists"] = why.object_exists;
    if (why.from_trace) {
      w["stopped_at"] = why.stopped_at;
      w["trace"] = why.trace;
    }
    j["why"] = w;
  }
  return j;
}

}  // namespace

std::string FormatJson(const Report& report, size_t max_listed) {
  json pages = json::array();
  for (const PageReport& page : report.pages) {
    json p = TallyJson(page.tally, true);
    p["source"] = page.source;
    p["gold_file"] = page.gold_file;
    json misses = json::array();
    json disagreements = json::array();
    size_t miss_count = 0;
    size_t disagreement_count = 0;
    for (const FactOutcome& o : page.facts) {
      bool disagrees = o.held && o.bound_mismatch;
      for (const QualifierCheck& q : o.qualifiers) disagrees |= !q.agreed;
      if (!o.held && miss_count++ < max_listed)
        misses.push_back(FactJson(page, o));
      if (disagrees && disagreement_count++ < max_listed) {
        disagreements.push_back(FactJson(page, o));
      }
    }
    json extras = json::array();
    for (size_t i = 0; i < page.extras.size() && i < max_listed; ++i) {
      const ExtraClaim& e = page.extras[i];
      json x = {{"claim", e.claim_id},
                {"fact", e.description},
                {"evidence", e.location},
                {"rules", e.rules}};
      if (!e.note.empty()) x["note"] = e.note;
      extras.push_back(x);
    }
    p["miss_count"] = miss_count;
    p["misses"] = misses;
    p["extra_count"] = page.extras.size();
    p["extras"] = extras;
    p["disagreement_count"] = disagreement_count;
    p["disagreements"] = disagreements;
    pages.push_back(p);
  }
  json by_property = json::object();
  for (const auto& [property, tally] : report.by_property) {
    by_property[property] = TallyJson(tally, true);
  }
  json by_rule = json::object();
  for (const auto& [rule, tally] : report.by_rule)
    by_rule[rule] = TallyJson(tally, false);
  json out = {{"options",
               {{"number_tolerance", report.options.number_tolerance},
                {"strict_bounds", report.options.strict_bounds},
                {"provenance_window", report.options.provenance_window},
                {"provenance_max_span", report.options.provenance_max_span}}},
              {"has_trace", report.has_trace},
              {"total", TallyJson(report.total, true)},
              {"pages", pages},
              {"by_property", by_property},
              {"by_rule", by_rule}};
  // Invalid UTF-8 from a page must not throw out of dump(): replace it.
  return out.dump(2, ' ', false, json::error_handler_t::replace) + "\n";
}

}  // namespace twinmap::eval
