// JSON for a Value (nlohmann::json stays in this file) and the names of the
// enums used in JSON and on the command line.
#include <nlohmann/json.hpp>

#include <cmath>

#include "values/values.h"

namespace twinmap {
namespace values {
namespace {

constexpr std::pair<ValueType, std::string_view> kTypeNames[] = {
    {ValueType::kNumber, "number"},   {ValueType::kQuantity, "quantity"},
    {ValueType::kPercent, "percent"}, {ValueType::kRatio, "ratio"},
    {ValueType::kMoney, "money"},     {ValueType::kDate, "date"},
    {ValueType::kDateRange, "date_range"}, {ValueType::kPhone, "phone"},
    {ValueType::kUrl, "url"},         {ValueType::kEmail, "email"},
    {ValueType::kPostalAddress, "address"},
};

constexpr std::pair<Bound, std::string_view> kBoundNames[] = {
    {Bound::kExact, "exact"},
    {Bound::kApprox, "approx"},
    {Bound::kLower, "lower"},
    {Bound::kUpper, "upper"},
};

nlohmann::ordered_json NumberJson(double x) {
  // Whole numbers print without a fraction: 7000000, not 7e6 or 7000000.0.
  if (std::fabs(x) < 9e15 && x == std::floor(x)) return static_cast<int64_t>(x);
  return x;
}

nlohmann::ordered_json SpanJson(Span s) {
  return nlohmann::ordered_json::array({s.begin, s.end});
}

}  // namespace

std::string_view TypeName(ValueType type) {
  for (const auto& [t, name] : kTypeNames) {
    if (t == type) return name;
  }
  return "unknown";
}

std::string_view BoundName(Bound bound) {
  for (const auto& [b, name] : kBoundNames) {
    if (b == bound) return name;
  }
  return "unknown";
}

std::string_view PrecisionName(Precision precision) {
  switch (precision) {
    case Precision::kNone: return "none";
    case Precision::kYear: return "year";
    case Precision::kMonth: return "month";
    case Precision::kDay: return "day";
  }
  return "none";
}

Result<ValueType> TypeFromName(std::string_view name) {
  for (const auto& [t, n] : kTypeNames) {
    if (n == name) return t;
  }
  std::string known;
  for (const auto& [t, n] : kTypeNames) known += (known.empty() ? "" : ", ") + std::string(n);
  return Status::InvalidArgument("unknown value type '" + std::string(name) +
                                 "' (known: " + known + ")");
}

Result<Bound> BoundFromName(std::string_view name) {
  for (const auto& [b, n] : kBoundNames) {
    if (n == name) return b;
  }
  return Status::InvalidArgument("unknown bound '" + std::string(name) +
                                 "' (known: exact, approx, lower, upper)");
}

std::string ToJson(const Value& v, std::string_view text) {
  nlohmann::ordered_json j;
  j["type"] = TypeName(v.type);
  switch (v.type) {
    case ValueType::kNumber:
    case ValueType::kQuantity:
    case ValueType::kPercent:
    case ValueType::kMoney:
      j["value"] = NumberJson(v.number);
      if (!v.unit.empty()) j["unit"] = v.unit;
      j["bound"] = BoundName(v.bound);
      break;
    case ValueType::kRatio: {
      nlohmann::ordered_json terms = nlohmann::ordered_json::array();
      for (double t : v.ratio) terms.push_back(NumberJson(t));
      j["value"] = terms;
      break;
    }
    case ValueType::kDate:
      j["value"] = v.date;
      j["precision"] = PrecisionName(v.precision);
      break;
    case ValueType::kDateRange:
      j["value"] = v.date;
      j["end"] = v.date_end;
      j["precision"] = PrecisionName(v.precision);
      break;
    case ValueType::kPhone:
    case ValueType::kUrl:
    case ValueType::kEmail:
      j["value"] = v.text;
      break;
    case ValueType::kPostalAddress: {
      j["value"] = v.text;
      nlohmann::ordered_json a = nlohmann::ordered_json::object();
      auto put = [&a](const char* key, const std::string& s) {
        if (!s.empty()) a[key] = s;
      };
      put("province", v.address->province);
      put("city", v.address->city);
      put("district", v.address->district);
      put("street", v.address->street);
      put("number", v.address->number);
      put("remainder", v.address->remainder);
      j["address"] = a;
      break;
    }
  }
  j["span"] = SpanJson(v.span);
  bool with_text = !text.empty() && v.span.end <= text.size();
  if (with_text) j["text"] = std::string(v.span.In(text));
  nlohmann::ordered_json parts = nlohmann::ordered_json::array();
  for (const Part& p : v.parts) {
    nlohmann::ordered_json part;
    part["name"] = std::string(p.name);
    part["span"] = SpanJson(p.span);
    if (with_text && p.span.end <= text.size()) part["text"] = std::string(p.span.In(text));
    parts.push_back(part);
  }
  j["parts"] = parts;
  j["pattern"] = std::string(v.pattern.view());
  // Invalid UTF-8 in the text must not make dump() throw.
  return j.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
}

}  // namespace values
}  // namespace twinmap
