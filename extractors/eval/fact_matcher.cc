#include "eval/fact_matcher.h"

#include <algorithm>
#include <set>

#include "eval/describe.h"
#include "eval/value_match.h"

namespace twinmap::eval {
namespace {

std::string Location(const GoldFact& fact) {
  return fact.gold_file + ":" + std::to_string(fact.gold_line);
}

bool Contains(const std::vector<std::string>& ids, const std::string& id) {
  return std::binary_search(ids.begin(), ids.end(), id);
}

// "beta.txt, gamma.txt" for a claim that cites pages other than the one scored.
std::string CitedPages(const Claim& claim) {
  std::set<std::string> sources;
  for (const Provenance& p : claim.provenance) sources.insert(p.source);
  if (sources.empty()) return "no page";
  std::string out;
  for (const std::string& s : sources) out += (out.empty() ? "" : ", ") + s;
  return out;
}

}  // namespace

bool IsSymmetric(const std::string& property) { return property == "partner"; }

bool SourceIsPage(const std::string& cited, const std::string& page) {
  if (cited == page) return true;
  return cited.size() > page.size() &&
         cited.compare(cited.size() - page.size(), page.size(), page) == 0 &&
         cited[cited.size() - page.size() - 1] == '/';
}

bool CitesPage(const Provenance& p, const std::string& source) {
  return SourceIsPage(p.source, source);
}

bool ClaimCitesPage(const Claim& claim, const std::string& source) {
  for (const Provenance& p : claim.provenance) {
    if (CitesPage(p, source)) return true;
  }
  return false;
}

FactMatcher::FactMatcher(const Dataset& dataset, const EntityIndex& entities,
                         const EvalOptions& options)
    : dataset_(dataset), entities_(entities), options_(options) {
  for (size_t i = 0; i < dataset.claims.size(); ++i) {
    by_subject_[dataset.claims[i].subject].push_back(i);
  }
}

std::vector<size_t> FactMatcher::ClaimsOn(const std::vector<std::string>& ids,
                                          const std::string& property) const {
  std::vector<size_t> out;
  for (const std::string& id : ids) {
    auto it = by_subject_.find(id);
    if (it == by_subject_.end()) continue;
    for (size_t c : it->second) {
      if (dataset_.claims[c].property == property) out.push_back(c);
    }
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

std::string FactMatcher::Name(const std::string& entity_id) const {
  const Entity* e = dataset_.FindEntity(entity_id);
  return e == nullptr || e->name.empty() ? entity_id
                                         : e->name + " (" + entity_id + ")";
}

FactMatch FactMatcher::Match(const GoldFact& fact,
                             const std::string& source) const {
  return fact.kind == FactKind::kRelation ? MatchRelation(fact, source)
                                          : MatchAttribute(fact, source);
}

FactMatch FactMatcher::MatchAttribute(const GoldFact& fact,
                                      const std::string& source) const {
  FactMatch m;
  EntityMatch subject = entities_.Match(fact.subject);
  if (subject.ids.empty()) {
    m.reason = MissReason::kSubjectMissing;
    m.detail = subject.why_not;
    return m;
  }
  std::vector<size_t> candidates;
  for (size_t c : ClaimsOn(subject.ids, fact.property)) {
    if (!dataset_.claims[c].has_object) candidates.push_back(c);
  }
  if (candidates.empty()) {
    m.reason = MissReason::kNoClaim;
    m.detail = "no " + fact.property + " claim on " + Name(subject.ids.front());
    return m;
  }
  std::vector<size_t> valued;
  for (size_t c : candidates) {
    const Claim& claim = dataset_.claims[c];
    if (ValuesMatch(fact.value, claim.value, options_.number_tolerance) &&
        UnitsAgree(fact.unit, claim.unit)) {
      valued.push_back(c);
    } else if (ClaimCitesPage(claim, source)) {
      m.near_claims.emplace_back(
          c, "gold says " + fact.value.ToString() +
                 (fact.unit.empty() ? "" : " " + fact.unit) + " (" +
                 Location(fact) + ")");
    }
  }
  if (valued.empty()) {
    const Claim& first = dataset_.claims[candidates.front()];
    m.reason = MissReason::kValueDiffers;
    m.detail = "claim " + first.id + " has " + first.value.ToString() +
               (first.unit.empty() ? "" : " " + first.unit);
    if (candidates.size() > 1)
      m.detail += " (and " + std::to_string(candidates.size() - 1) + " more)";
    return m;
  }
  std::vector<size_t> cited;
  for (size_t c : valued) {
    if (ClaimCitesPage(dataset_.claims[c], source)) cited.push_back(c);
  }
  if (cited.empty()) {
    const Claim& first = dataset_.claims[valued.front()];
    m.reason = MissReason::kOtherPage;
    m.detail = "claim " + first.id + " cites " + CitedPages(first);
    return m;
  }
  std::vector<size_t> bounded;
  for (size_t c : cited) {
    if (dataset_.claims[c].bound == fact.bound) bounded.push_back(c);
  }
  if (bounded.empty()) {
    const Claim& first = dataset_.claims[cited.front()];
    m.bound_mismatch = true;
    std::string note = "bound " + first.bound + ", gold says " + fact.bound;
    if (!options_.strict_bounds) {
      m.claims = cited;
      m.detail = "claim " + first.id + ": " + note;
      return m;
    }
    m.reason = MissReason::kBoundDiffers;
    m.detail = "claim " + first.id + ": " + note;
    for (size_t c : cited) {
      m.near_claims.emplace_back(c, "bound " + dataset_.claims[c].bound +
                                        ", gold says " + fact.bound + " (" +
                                        Location(fact) + ")");
    }
    return m;
  }
  m.claims = bounded;
  return m;
}

FactMatch FactMatcher::MatchRelation(const GoldFact& fact,
                                     const std::string& source) const {
  FactMatch m;
  EntityMatch subject = entities_.Match(fact.subject);
  EntityMatch object = entities_.Match(fact.object);
  if (subject.ids.empty()) {
    m.reason = MissReason::kSubjectMissing;
    m.detail = subject.why_not;
    return m;
  }
  if (object.ids.empty()) {
    m.reason = MissReason::kObjectMissing;
    m.detail = object.why_not;
    return m;
  }
  const bool symmetric = IsSymmetric(fact.property);
  std::vector<size_t> candidates = ClaimsOn(subject.ids, fact.property);
  if (symmetric) {
    std::vector<size_t> back = ClaimsOn(object.ids, fact.property);
    candidates.insert(candidates.end(), back.begin(), back.end());
    std::sort(candidates.begin(), candidates.end());
    candidates.erase(std::unique(candidates.begin(), candidates.end()),
                     candidates.end());
  }
  std::vector<size_t> linked;
  for (size_t c : candidates) {
    const Claim& claim = dataset_.claims[c];
    if (!claim.has_object) continue;
    bool forward = Contains(subject.ids, claim.subject) &&
                   Contains(object.ids, claim.object);
    bool backward = Contains(object.ids, claim.subject) &&
                    Contains(subject.ids, claim.object);
    if (forward || (symmetric && backward)) linked.push_back(c);
  }
  if (linked.empty()) {
    if (!symmetric) {
      for (size_t c : ClaimsOn(object.ids, fact.property)) {
        const Claim& claim = dataset_.claims[c];
        if (claim.has_object && Contains(subject.ids, claim.object)) {
          m.reason = MissReason::kReversed;
          m.detail = "claim " + DescribeClaim(claim, dataset_);
          if (ClaimCitesPage(claim, source)) {
            m.near_claims.emplace_back(
                c, "direction reversed (" + Location(fact) + ")");
          }
          return m;
        }
      }
    }
    if (candidates.empty()) {
      m.reason = MissReason::kNoClaim;
      m.detail =
          "no " + fact.property + " claim on " + Name(subject.ids.front());
      return m;
    }
    const Claim& first = dataset_.claims[candidates.front()];
    m.reason = MissReason::kObjectDiffers;
    m.detail = "claim " + DescribeClaim(first, dataset_);
    return m;
  }
  for (size_t c : linked) {
    if (ClaimCitesPage(dataset_.claims[c], source)) m.claims.push_back(c);
  }
  if (m.claims.empty()) {
    const Claim& first = dataset_.claims[linked.front()];
    m.reason = MissReason::kOtherPage;
    m.detail = "claim " + first.id + " cites " + CitedPages(first);
  }
  return m;
}

}  // namespace twinmap::eval
