// EntityIndex: which dataset entities a gold entity reference denotes.
//
// A reference is identified by one code, chosen in this order:
//   gb2260 > insee > siren > iso3166_2 > region_fr > dep > country
// where region_fr only identifies a foreign_region, dep only a
// foreign_department and country only a country: those three are also
// carried by entities inside the region, department or country, so
// {"name": "Saône-et-Loire", "dep": "71", "region_fr": "Bourgogne"} is found
// by dep 71 among foreign_departments, never by "Bourgogne", and
// {"name": "Frankfurt Airport", "country": "DE"} is found by name only.
// A dataset entity matches the code when it carries the same code (and, for
// those three, has the same type). A reference with no identifying code is
// matched by name: its name or aliases against the entity's name, names and
// aliases, compared with NameKey; entities of the same type are preferred
// when there are several. A reference whose code is marked low confidence is
// matched by name when no entity at all carries that code.
#ifndef TWINMAP_EVAL_ENTITY_INDEX_H_
#define TWINMAP_EVAL_ENTITY_INDEX_H_

#include <map>
#include <optional>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "eval/dataset.h"
#include "eval/gold.h"

namespace twinmap::eval {

struct IdentifyingCode {
  std::string key;    // "gb2260"
  std::string value;  // "410000"
};
std::optional<IdentifyingCode> IdentifyingCodeOf(const EntityRef& ref);

struct EntityMatch {
  std::vector<std::string> ids;  // dataset entity ids, sorted; empty: no match
  std::string how;               // "gb2260 410000" | "name" | ...
  std::string why_not;           // when ids is empty, for miss reports
};

// Indexes the entities of one dataset; the dataset must outlive the index.
class EntityIndex {
 public:
  explicit EntityIndex(const Dataset& dataset);
  EntityMatch Match(const EntityRef& ref) const;

 private:
  std::vector<size_t> ByCode(const IdentifyingCode& code,
                             const std::string& type) const;
  std::vector<size_t> ByName(const EntityRef& ref) const;
  std::vector<std::string> Ids(const std::vector<size_t>& entities) const;

  const Dataset& dataset_;
  std::map<std::pair<std::string, std::string>, std::vector<size_t>> by_code_;
  std::unordered_map<std::string, std::vector<size_t>> by_name_;
};

}  // namespace twinmap::eval

#endif  // TWINMAP_EVAL_ENTITY_INDEX_H_
