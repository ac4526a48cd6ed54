// Gold facts: the acceptance set eval scores a dataset against.
//
// tests/gold/FORMAT.md defines the format: one `<page file name>.jsonl` per
// corpus page, one fact a line. The reader keeps each fact's gold file and
// line so that every report and error can point back at it.
//
//   {"source": "a.txt", "kind": "attribute", "subject": {"name": "Henan",
//    "type": "province", "gb2260": "410000"}, "property": "population",
//    "value": 96000000, "bound": "approx", "evidence": "Henan 96"}
//   => GoldFact{kind = kAttribute, subject.codes = {gb2260: 410000}, ...}
#ifndef TWINMAP_EVAL_GOLD_H_
#define TWINMAP_EVAL_GOLD_H_

#include <cstdint>
#include <string>
#include <vector>

#include "base/status.h"
#include "eval/value.h"

namespace twinmap::eval {

// A reference to an entity inside a gold fact.
struct EntityRef {
  std::string name;  // canonical English name
  std::string type;  // province, foreign_city, organization ...
  Codes codes;       // gb2260, iso3166_2, insee, siren, dep, region_fr, country
  bool low_confidence = false;  // "code_confidence": "low"
  std::vector<std::string> aliases;
};

enum class FactKind { kEntity, kAttribute, kRelation };
const char* FactKindName(FactKind kind);  // "entity" | "attribute" | "relation"

struct GoldFact {
  std::string gold_file;   // path of the .jsonl it came from
  uint64_t gold_line = 0;  // 1-based
  std::string source;      // the page's file name
  FactKind kind = FactKind::kEntity;
  EntityRef subject;     // the entity itself for kEntity
  std::string property;  // attribute or relation property; "" for kEntity
  Value value;           // kAttribute
  std::string unit;      // kAttribute, "" when absent
  std::string bound = "exact";  // kAttribute: exact | approx | lower | upper
  std::string as_of;            // kAttribute, "" when absent
  EntityRef object;             // kRelation
  Qualifiers qualifiers;        // kRelation
  std::string evidence;         // exact substring of the page
};

// All facts of one page, in gold-file order.
struct GoldPage {
  std::string source;     // page file name, e.g. "000_7eede3c9c10ae1fa.txt"
  std::string gold_file;  // path of its .jsonl
  std::vector<GoldFact> facts;
};

// Reads one gold file. Its page is the file name without ".jsonl"; a fact
// whose "source" names another page is an error. Errors name file:line.
Result<GoldPage> ReadGoldFile(const std::string& path);

// Reads every *.jsonl in `dir`, sorted by file name. An unreadable dir, a dir
// without gold files, or any bad line is an error.
Result<std::vector<GoldPage>> ReadGoldDir(const std::string& dir);

}  // namespace twinmap::eval

#endif  // TWINMAP_EVAL_GOLD_H_
