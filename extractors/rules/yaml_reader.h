// A thin layer over yaml-cpp (the only file that includes it is
// yaml_reader.cc): typed access to mapping keys that reports, with file:line:col,
// missing required keys, keys the schema does not know, and wrong shapes.
#ifndef TWINMAP_RULES_YAML_READER_H_
#define TWINMAP_RULES_YAML_READER_H_

#include <map>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include "base/diagnostics.h"
#include "rules/rules.h"

namespace twinmap::rules {

// One YAML node with where it was written. Cheap to copy.
class YamlNode {
 public:
  struct Impl;
  YamlNode();
  explicit YamlNode(std::shared_ptr<Impl> impl);
  bool IsMap() const;
  bool IsSequence() const;
  bool IsScalar() const;
  bool IsDefined() const;
  Origin origin() const;
  std::string Scalar() const;
  std::vector<YamlNode> Items() const;                       // sequence items
  std::vector<std::pair<std::string, YamlNode>> Entries() const;  // map entries in order
  YamlNode Get(const std::string& key) const;               // undefined if absent
  Origin KeyOrigin(const std::string& key) const;           // where `key` is written

 private:
  std::shared_ptr<Impl> impl_;
};

// Parses a file. On a syntax error (or an unreadable file) the Status says
// what went wrong and, when given, *error_at says where (line 0 if unknown).
Result<YamlNode> ParseYamlFile(const std::string& path, Origin* error_at = nullptr);

// Collects errors while one file is read.
class SchemaReader {
 public:
  SchemaReader(DiagnosticSink* sink) : sink_(sink) {}
  void Error(const Origin& at, const std::string& message);
  size_t errors() const { return errors_; }

  // Reports keys of `map` not in `known`; false if `map` is not a mapping.
  bool CheckKeys(const YamlNode& map, const std::set<std::string>& known, const std::string& what);
  // A required scalar; reports it missing (at the map) or not a scalar.
  bool RequireString(const YamlNode& map, const std::string& key, std::string* out);
  bool OptionalString(const YamlNode& map, const std::string& key, std::string* out);
  bool OptionalStringList(const YamlNode& map, const std::string& key, std::vector<std::string>* out);
  bool OptionalStringMap(const YamlNode& map, const std::string& key, std::map<std::string, std::string>* out);

 private:
  DiagnosticSink* sink_;
  size_t errors_ = 0;
};

}  // namespace twinmap::rules

#endif  // TWINMAP_RULES_YAML_READER_H_
