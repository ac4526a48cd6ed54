// extract: runs the YAML rules over an analysed page and returns facts.
//
//   AnalyzedPage + RuleSet + Resolver ──▶ PageFacts
//
// A fact is one claim made by one rule at one place of one page: a subject
// entity, a property, and a value or an object entity, with qualifiers and
// the provenance (raw byte span, line, rule id and the rule's file:line).
// The dataset stage merges facts from every page into claims.
//
// Which rules run: each source file applies to the pages its `applies_to`
// matches; a page that no source claims goes to the generic extractor (the
// source marked `generic: true`), and its facts say so.
#ifndef TWINMAP_EXTRACT_EXTRACT_H_
#define TWINMAP_EXTRACT_EXTRACT_H_

#include <map>
#include <string>
#include <vector>

#include "analyze/analyze.h"
#include "base/span.h"
#include "resolve/resolve.h"
#include "rules/rules.h"

namespace twinmap::extract {

// What the dataset needs to know of an entity a fact names.
struct EntityInfo {
  std::string id;
  std::string type;                 // gold vocabulary: province, foreign_city...
  std::string name;
  bool resolved = false;
  const refdata::Entity* ref = nullptr;  // the gazetteer entry when resolved
  std::vector<std::string> surfaces;     // how pages wrote it
  // Names by language of an entity a rule named itself (`create`);
  // gazetteer entities take theirs from `ref`.
  std::map<std::string, std::string> names;
};

// A typed value as the dataset writes it.
struct FactValue {
  enum class Kind { kNone, kNumber, kString } kind = Kind::kNone;
  double number = 0;
  std::string text;
  std::string unit;
  std::string bound;  // exact | approx | lower | upper; "" for strings
};

struct Provenance {
  std::string source;   // page file name
  std::string sha256;
  Span span;            // raw bytes
  uint64_t line = 0;    // 1-based line of span.begin
  std::string text;     // the raw bytes of span (as UTF-8 text)
  std::string extractor;  // "records" | "list" | "prose" | "generic"
  std::string rule;       // rule id
  std::string rule_origin;  // file:line:col of the rule
};

struct Fact {
  std::string subject;   // entity id
  std::string property;
  FactValue value;       // attributes
  std::string object;    // relations: entity id
  std::map<std::string, std::string> qualifiers;
  Provenance provenance;
};

// One step of a rule on a page, for `twinmap build --trace` and eval's
// explanations of misses.
struct TraceRecord {
  std::string source;
  Span span;
  uint64_t line = 0;
  std::string extractor, rule, property;
  std::string stage;   // match | value | resolve | claim
  bool ok = false;
  std::string matched;
  std::string reason;
};

// One entity decision: how a mention became an entity, with the evidence.
struct ResolutionRecord {
  std::string source;
  Span span;                 // raw bytes of the mention
  std::string surface, key;  // as written, and its folded key
  std::string wanted;        // the slot's context: types and country
  std::string chosen;        // entity id, or "" when unresolved
  struct Candidate {
    std::string id;
    double score = 0;
    std::string match;
  };
  std::vector<Candidate> candidates;  // best first, at most five
  std::vector<std::string> evidence;
  std::string rule;
};

struct PageFacts {
  std::vector<Fact> facts;
  std::map<std::string, EntityInfo> entities;  // by id
  std::vector<TraceRecord> trace;
  std::vector<ResolutionRecord> resolutions;   // every entity decision
  std::vector<std::string> sources_applied;    // rule source ids that ran
};

// Everything extraction reads besides the page, built once per run.
struct Knowledge {
  const rules::RuleSet* rules = nullptr;
  const resolve::NameIndex* index = nullptr;
  const resolve::Resolver* resolver = nullptr;
};

// Runs the rules that apply to `page` (named `source` in provenance).
PageFacts ExtractPage(const analyze::AnalyzedPage& page, const std::string& source,
                      const Knowledge& knowledge, bool trace);

// The gold vocabulary's type for a gazetteer type ("departement" ->
// "foreign_department", "commune" -> "foreign_city", ...).
std::string DatasetType(const refdata::Entity& entity);

}  // namespace twinmap::extract

#endif  // TWINMAP_EXTRACT_EXTRACT_H_
