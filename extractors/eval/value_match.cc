#include "eval/value_match.h"

#include <cmath>
#include <cstdlib>

#include "eval/name_key.h"

namespace twinmap::eval {
namespace {

bool Digits(const std::string& text, size_t begin, size_t n) {
  if (text.size() < begin + n) return false;
  for (size_t i = begin; i < begin + n; ++i) {
    if (text[i] < '0' || text[i] > '9') return false;
  }
  return true;
}

// The whole string as a number; false for "12 km" or "".
bool ParseNumber(const std::string& text, double* out) {
  std::string trimmed = ValueKey(text);
  if (trimmed.empty()) return false;
  char* end = nullptr;
  *out = std::strtod(trimmed.c_str(), &end);
  return end == trimmed.c_str() + trimmed.size() && std::isfinite(*out);
}

bool NumbersMatch(double gold, double got, double tolerance) {
  if (gold == 0) return got == 0;
  return std::fabs(got - gold) <= tolerance * std::fabs(gold) * (1 + 1e-12);
}

// The digits of an integral number, "" otherwise.
std::string IntegralText(const Value& v) {
  if (v.kind != Value::Kind::kNumber || v.number != std::floor(v.number) ||
      std::fabs(v.number) > 1e15) {
    return "";
  }
  return std::to_string(static_cast<long long>(v.number));
}

}  // namespace

bool IsIsoDate(const std::string& text) {
  if (text.size() == 4) return Digits(text, 0, 4);
  if (text.size() == 7)
    return Digits(text, 0, 4) && text[4] == '-' && Digits(text, 5, 2);
  if (text.size() == 10) {
    return Digits(text, 0, 4) && text[4] == '-' && Digits(text, 5, 2) &&
           text[7] == '-' && Digits(text, 8, 2);
  }
  return false;
}

bool ValuesMatch(const Value& gold, const Value& got,
                 double relative_tolerance) {
  switch (gold.kind) {
    case Value::Kind::kNull:
      return got.is_null();
    case Value::Kind::kNumber: {
      double n = 0;
      if (got.kind == Value::Kind::kNumber) {
        return NumbersMatch(gold.number, got.number, relative_tolerance);
      }
      return got.kind == Value::Kind::kString && ParseNumber(got.text, &n) &&
             NumbersMatch(gold.number, n, relative_tolerance);
    }
    case Value::Kind::kString: {
      if (IsIsoDate(gold.text)) {
        std::string text = got.kind == Value::Kind::kNumber
                               ? IntegralText(got)
                               : ValueKey(got.text);
        if (got.kind != Value::Kind::kString &&
            got.kind != Value::Kind::kNumber)
          return false;
        if (text.compare(0, gold.text.size(), gold.text) != 0) return false;
        return text.size() == gold.text.size() ||
               text[gold.text.size()] == '-' ||
               text[gold.text.size()] ==
                   't';  // ValueKey folded "T" of a timestamp
      }
      if (got.kind != Value::Kind::kString) return false;
      return ValueKey(gold.text) == ValueKey(got.text);
    }
    case Value::Kind::kBool:
    case Value::Kind::kOther:
      return got.kind == gold.kind && got.text == gold.text;
  }
  return false;
}

bool UnitsAgree(const std::string& gold, const std::string& got) {
  if (gold.empty() || got.empty()) return true;
  return ValueKey(gold) == ValueKey(got);
}

}  // namespace twinmap::eval
