// Gazetteer::Data: the entities and their indexes, shared by gazetteer.cc
// (queries) and loader.cc (building). Internal to the refdata stage.
#ifndef TWINMAP_REFDATA_GAZETTEER_DATA_H_
#define TWINMAP_REFDATA_GAZETTEER_DATA_H_

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "refdata/refdata.h"

namespace twinmap::refdata {

struct Gazetteer::Data {
  std::vector<Entity> entities;
  std::unordered_map<std::string, size_t> by_id;
  // Key: scheme + '\x1f' + code.
  std::unordered_map<std::string, size_t> by_code;
  std::unordered_map<std::string, size_t> by_former_code;
  std::vector<std::string> files;
};

inline std::string CodeKey(std::string_view scheme, std::string_view code) {
  std::string k;
  k.reserve(scheme.size() + code.size() + 1);
  k.append(scheme).push_back('\x1f');
  k.append(code);
  return k;
}

}  // namespace twinmap::refdata

#endif  // TWINMAP_REFDATA_GAZETTEER_DATA_H_
