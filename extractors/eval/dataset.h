// The dataset as eval reads it: entities.jsonl, claims.jsonl and the optional
// trace.jsonl that `twinmap build` writes (doc/dataset.md is the contract).
//
// The reader is strict about what eval needs (ids, subjects, properties,
// provenance shapes) and ignores fields it does not use, so the contract can
// grow without breaking eval. Every error names file:line.
#ifndef TWINMAP_EVAL_DATASET_H_
#define TWINMAP_EVAL_DATASET_H_

#include <cstdint>
#include <map>
#include <string>
#include <unordered_map>
#include <vector>

#include "base/diagnostics.h"
#include "base/span.h"
#include "base/status.h"
#include "eval/value.h"

namespace twinmap::eval {

struct Entity {
  std::string id;
  std::string type;
  std::string name;
  std::map<std::string, std::string> names;  // by language: en, fr, zh, ko
  std::vector<std::string> aliases;
  Codes codes;
  std::string parent;  // "" when null
  bool resolved = false;
  uint64_t line = 0;  // in entities.jsonl
};

struct Provenance {
  std::string source;  // page file name
  std::string sha256;
  Span span;  // raw bytes of the page
  bool has_span = false;
  uint64_t line = 0;  // 1-based line of span.begin in the page
  std::string text;
  std::string extractor;
  std::string rule;
  // "extractor/rule", or whichever of the two is present, or "(no rule)".
  std::string RuleKey() const;
};

struct Claim {
  std::string id;
  std::string subject;  // entity id
  std::string property;
  Value value;  // when !has_object
  std::string unit;
  std::string bound = "exact";
  std::string object;  // entity id when has_object
  bool has_object = false;
  Qualifiers qualifiers;
  std::string rank;
  std::vector<Provenance> provenance;
  uint64_t line = 0;  // in claims.jsonl
};

// One rule attempt, written by `twinmap build --trace`.
struct TraceRecord {
  std::string source;
  Span span;
  bool has_span = false;
  uint64_t line = 0;  // line in the page
  std::string extractor;
  std::string rule;
  std::string stage;     // match | value | resolve | relation | claim
  std::string property;  // what the rule was after, "" when unknown
  bool ok = false;
  std::string matched;
  std::string reason;
  std::string claim;        // claim id when stage == claim and ok
  uint64_t trace_line = 0;  // in trace.jsonl
};

struct Dataset {
  std::string dir;
  std::vector<Entity> entities;
  std::vector<Claim> claims;
  std::vector<TraceRecord> trace;
  bool has_trace = false;

  // nullptr when no entity has this id.
  const Entity* FindEntity(const std::string& id) const;
  // Rebuilds the id index; call after editing `entities`.
  void IndexEntities();

 private:
  std::unordered_map<std::string, size_t> entity_by_id_;
};

// Reads `dir`/entities.jsonl and `dir`/claims.jsonl (both required) and
// `dir`/trace.jsonl when present. Duplicate entity ids and claims naming
// unknown entities are reported to `sink` (may be null) as warnings.
Result<Dataset> ReadDataset(const std::string& dir, DiagnosticSink* sink);

}  // namespace twinmap::eval

#endif  // TWINMAP_EVAL_DATASET_H_
