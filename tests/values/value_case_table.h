// Table rows for the per-language value tests: one row says what Scan must
// find in an input (the value's surface, type, value, unit and bound), or
// that it must find nothing there. RunCases checks each row and, when the
// value covers the whole input, that Parse agrees.
#ifndef TWINMAP_TESTS_VALUES_VALUE_CASE_TABLE_H_
#define TWINMAP_TESTS_VALUES_VALUE_CASE_TABLE_H_

#include <catch2/catch.hpp>

#include <cmath>
#include <cstdlib>
#include <string>
#include <vector>

#include "values/values.h"

namespace twinmap {
namespace values {
namespace testing {

struct ValueCase {
  const char* input;
  // The expected value's surface in `input`; "" means the whole input.
  const char* surface;
  // "number", "quantity", "percent", "ratio", "money", "date",
  // "date_range", "phone", "url", "email", "address"; or "none": Scan must
  // find nothing at all in `input`.
  const char* type;
  // Numbers "7000000"; ratios "4.6:18.1:77.3"; dates "2007-11-22"; ranges
  // "2007-11-22/2007-11-23"; phones, hosts, e-mail and addresses as text.
  const char* value = "";
  const char* unit = "";
  const char* bound = "exact";  // numbers only
};

// A reading Scan must not make: no value of `type` ("" = any) whose surface
// is exactly `surface`.
struct NotCase {
  const char* input;
  const char* surface;
  const char* type = "";
};

inline bool NumberEquals(double got, const char* expected) {
  double want = std::strtod(expected, nullptr);
  return std::fabs(got - want) <= 1e-9 * std::max(1.0, std::fabs(want));
}

inline std::string ValueText(const Value& v) {
  switch (v.type) {
    case ValueType::kRatio: {
      std::string s;
      for (double t : v.ratio) {
        char buf[32];
        std::snprintf(buf, sizeof buf, "%g", t);
        s += (s.empty() ? "" : ":") + std::string(buf);
      }
      return s;
    }
    case ValueType::kDate:
      return v.date;
    case ValueType::kDateRange:
      return v.date + "/" + v.date_end;
    case ValueType::kPhone:
    case ValueType::kUrl:
    case ValueType::kEmail:
    case ValueType::kPostalAddress:
      return v.text;
    default:
      return "";
  }
}

inline bool IsNumeric(ValueType t) {
  return t == ValueType::kNumber || t == ValueType::kQuantity ||
         t == ValueType::kPercent || t == ValueType::kMoney;
}

// Checks one value against a row (type, value, unit, bound).
inline void CheckValue(const ValueCase& c, const Value& v) {
  CHECK(TypeName(v.type) == std::string_view(c.type));
  if (IsNumeric(v.type)) {
    INFO("number " << v.number);
    CHECK(NumberEquals(v.number, c.value));
    CHECK(v.unit == c.unit);
    CHECK(BoundName(v.bound) == std::string_view(c.bound));
  } else {
    CHECK(ValueText(v) == c.value);
  }
}

inline void RunCases(const std::vector<ValueCase>& cases, const Context& ctx) {
  for (const ValueCase& c : cases) {
    std::string input = c.input;
    std::string surface = *c.surface ? c.surface : c.input;
    INFO("lang '" << ctx.lang << "' input: " << input);
    std::vector<Value> found = Scan(input, ctx);
    std::string all;
    for (const Value& v : found) {
      all += "[" + std::string(TypeName(v.type)) + " '" +
             std::string(v.span.In(input)) + "' " + std::string(v.pattern.view()) + "] ";
    }
    INFO("found: " << all);
    if (std::string_view(c.type) == "none") {
      CHECK(found.empty());
      continue;
    }
    const Value* match = nullptr;
    for (const Value& v : found) {
      if (v.span.In(input) == surface) match = &v;
    }
    REQUIRE(match != nullptr);
    CheckValue(c, *match);
    // Every part lies inside the value.
    for (const Part& p : match->parts) CHECK(match->span.Contains(p.span));
    if (surface == input) {
      Result<ValueType> type = TypeFromName(c.type);
      REQUIRE(type.ok());
      Result<Value> parsed = Parse(input, *type, ctx);
      INFO("Parse: " << parsed.status().ToString());
      REQUIRE(parsed.ok());
      CheckValue(c, *parsed);
    }
  }
}

inline void RunNotCases(const std::vector<NotCase>& cases, const Context& ctx) {
  for (const NotCase& c : cases) {
    std::string input = c.input;
    INFO("lang '" << ctx.lang << "' input: " << input << " must not read '"
                  << c.surface << "' as " << (*c.type ? c.type : "anything"));
    for (const Value& v : Scan(input, ctx)) {
      bool same_surface = v.span.In(input) == c.surface;
      bool same_type = !*c.type || TypeName(v.type) == std::string_view(c.type);
      CHECK_FALSE((same_surface && same_type));
    }
  }
}

inline Context Lang(const char* lang) {
  Context ctx;
  ctx.lang = lang;
  return ctx;
}

}  // namespace testing
}  // namespace values
}  // namespace twinmap

#endif  // TWINMAP_TESTS_VALUES_VALUE_CASE_TABLE_H_
