// Value: one JSON scalar as a gold fact or a dataset claim typed it.
//
// eval compares values from two JSON files without caring which JSON library
// read them, so readers turn each scalar into this small struct. Numbers keep
// the text they were written with, so reports show "96000000", not "9.6e+07".
#ifndef TWINMAP_EVAL_VALUE_H_
#define TWINMAP_EVAL_VALUE_H_

#include <map>
#include <string>

namespace twinmap::eval {

struct Value {
  enum class Kind { kNull, kNumber, kString, kBool, kOther };
  Kind kind = Kind::kNull;
  double number = 0;  // when kNumber
  std::string text;   // kString: the string; kNumber: as written; kOther: JSON

  static Value Number(double n, std::string as_written) {
    Value v;
    v.kind = Kind::kNumber;
    v.number = n;
    v.text = std::move(as_written);
    return v;
  }
  static Value String(std::string s) {
    Value v;
    v.kind = Kind::kString;
    v.text = std::move(s);
    return v;
  }
  bool is_null() const { return kind == Kind::kNull; }
  // For reports: strings as they are, numbers as written, null as "null".
  std::string ToString() const { return kind == Kind::kNull ? "null" : text; }
};

// Qualifier name -> value, e.g. {"relation_kind": "partnership"}.
using Qualifiers = std::map<std::string, Value>;
// Code name -> code, e.g. {"gb2260": "410000", "country": "CN"}.
using Codes = std::map<std::string, std::string>;

}  // namespace twinmap::eval

#endif  // TWINMAP_EVAL_VALUE_H_
