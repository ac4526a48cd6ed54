// JSON Lines reading for eval's readers: the one file pair that speaks
// nlohmann::json. Private to eval/: other stages never include it.
//
// ReadJsonLines hands each non-blank line, parsed, to a callback with its
// "file:line" so every message can name the place; FieldReader pulls typed
// fields out of one object and remembers the first type error.
#ifndef TWINMAP_EVAL_JSONL_H_
#define TWINMAP_EVAL_JSONL_H_

#include <cstdint>
#include <functional>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "base/span.h"
#include "base/status.h"
#include "eval/value.h"

namespace twinmap::eval {

// Called with the parsed object, "path:line" and the 1-based line number.
using JsonLineCallback = std::function<Status(
    const nlohmann::json& object, const std::string& where, uint64_t line)>;

// Reads `path` line by line. A missing file is NotFound; a line that is not
// one JSON object is a DataError "path:line: ..."; the first error the
// callback returns stops the read and is returned.
Status ReadJsonLines(const std::string& path, const JsonLineCallback& callback);

// Typed access to the fields of one JSON object. Absent or null fields give
// the default; a field of the wrong type records an error naming it.
class FieldReader {
 public:
  FieldReader(const nlohmann::json& object, std::string where)
      : object_(object), where_(std::move(where)) {}

  bool Has(const char* key) const;  // present and not null
  std::string String(const char* key, bool required = false);
  uint64_t Unsigned(const char* key, bool required = false);
  bool Bool(const char* key, bool required = false);
  Value Scalar(const char* key);
  std::vector<std::string> Strings(const char* key);
  // A JSON object of strings (codes, names); other members are errors.
  std::map<std::string, std::string> StringMap(const char* key);
  Qualifiers ScalarMap(const char* key);
  // [begin, end] with begin <= end; false when absent.
  bool SpanField(const char* key, Span* span);
  // The list of objects under `key` (empty when absent).
  std::vector<const nlohmann::json*> Objects(const char* key);
  const nlohmann::json* Object(const char* key, bool required = false);

  void Fail(const std::string& message);
  const Status& status() const { return status_; }
  const std::string& where() const { return where_; }

 private:
  const nlohmann::json* Get(const char* key, bool required);
  const nlohmann::json& object_;
  std::string where_;
  Status status_;
};

// Converts one JSON scalar (string, number, bool, null; anything else kOther).
Value ToValue(const nlohmann::json& j);

}  // namespace twinmap::eval

#endif  // TWINMAP_EVAL_JSONL_H_
