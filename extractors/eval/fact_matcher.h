// FactMatcher: which dataset claims hold one gold attribute or relation fact,
// and when none does, the first thing that went wrong.
//
// Attribute: a claim on (an entity matching) the subject with the property,
// the value (ValuesMatch), an agreeing unit, a provenance entry citing the
// page, and, with strict bounds, the same bound.
// Relation: a claim with the property from the subject to the object (either
// way round for the symmetric `partner`) citing the page.
#ifndef TWINMAP_EVAL_FACT_MATCHER_H_
#define TWINMAP_EVAL_FACT_MATCHER_H_

#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "eval/dataset.h"
#include "eval/entity_index.h"
#include "eval/eval.h"
#include "eval/gold.h"

namespace twinmap::eval {

// True for properties whose two ends may be swapped: partner.
bool IsSymmetric(const std::string& property);
// True when a provenance or trace `cited` source names the page file `page`
// (by its name, or by a path ending in /name).
bool SourceIsPage(const std::string& cited, const std::string& page);
bool CitesPage(const Provenance& p, const std::string& source);
bool ClaimCitesPage(const Claim& claim, const std::string& source);

struct FactMatch {
  MissReason reason = MissReason::kNone;
  std::string detail;
  std::vector<size_t> claims;  // indexes into dataset.claims holding the fact
  bool bound_mismatch = false;
  // Claims citing the page that nearly hold the fact, each with a note that
  // explains it if it ends up among the extras.
  std::vector<std::pair<size_t, std::string>> near_claims;
};

class FactMatcher {
 public:
  // All three must outlive the matcher.
  FactMatcher(const Dataset& dataset, const EntityIndex& entities,
              const EvalOptions& options);

  // `fact` is an attribute or relation of page `source`.
  FactMatch Match(const GoldFact& fact, const std::string& source) const;

 private:
  FactMatch MatchAttribute(const GoldFact& fact,
                           const std::string& source) const;
  FactMatch MatchRelation(const GoldFact& fact,
                          const std::string& source) const;
  // Claims with `property` whose subject is one of `ids`.
  std::vector<size_t> ClaimsOn(const std::vector<std::string>& ids,
                               const std::string& property) const;
  std::string Name(const std::string& entity_id) const;

  const Dataset& dataset_;
  const EntityIndex& entities_;
  const EvalOptions& options_;
  std::unordered_map<std::string, std::vector<size_t>> by_subject_;
};

}  // namespace twinmap::eval

#endif  // TWINMAP_EVAL_FACT_MATCHER_H_
