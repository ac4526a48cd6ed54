// Curated YAML files of rules/aliases/ (format: rules/aliases/README.md),
// read into plain structs with their line numbers. This is the only file
// that sees yaml-cpp; the loader validates ids against the generated data.
#ifndef TWINMAP_REFDATA_CURATED_YAML_H_
#define TWINMAP_REFDATA_CURATED_YAML_H_

#include <map>
#include <string>
#include <vector>

#include "base/status.h"
#include "refdata/refdata.h"

namespace twinmap::refdata {

struct CuratedForm {
  Alias alias;      // source filled from the group when the form has none
  size_t line = 0;  // 1-based
};

// `aliases:` entry: more surface forms for an existing entity.
struct CuratedAliasGroup {
  std::string id;
  std::vector<CuratedForm> forms;
  size_t line = 0;
};

// `entities:` entry: an entity no package has (a pre-2016 French region).
struct CuratedEntity {
  Entity entity;                     // aliases from `forms`
  std::vector<std::string> members;  // ids whose former_parents get this id
  size_t line = 0;
};

struct CuratedFile {
  std::string display;  // "rules/aliases/x.yaml"
  std::string about;
  std::vector<CuratedAliasGroup> groups;
  std::vector<CuratedEntity> entities;
};

// Reads one file. Broken YAML, an unknown key, a missing required key or a
// value of the wrong shape gives a DataError "display:line: ...".
Result<CuratedFile> ReadCuratedFile(const std::string& path,
                                    const std::string& display);

}  // namespace twinmap::refdata

#endif  // TWINMAP_REFDATA_CURATED_YAML_H_
