#include "eval/describe.h"

namespace twinmap::eval {
namespace {

// Long evidence and matched text would swamp a one-line report.
std::string Clip(const std::string& text, size_t max_bytes = 60) {
  std::string out;
  for (char c : text) out += (c == '\n' || c == '\r' || c == '\t') ? ' ' : c;
  if (out.size() <= max_bytes) return out;
  size_t cut = max_bytes;
  while (cut > 0 && (static_cast<unsigned char>(out[cut]) & 0xC0) == 0x80)
    --cut;
  return out.substr(0, cut) + "...";
}

std::string EntityName(const std::string& id, const Dataset& dataset) {
  const Entity* e = dataset.FindEntity(id);
  if (e == nullptr) return id + "(unknown)";
  return e->name.empty() ? id : e->name;
}

std::string QualifierText(const Qualifiers& qualifiers) {
  if (qualifiers.empty()) return "";
  std::string out = " {";
  bool first = true;
  for (const auto& [key, value] : qualifiers) {
    if (!first) out += ", ";
    first = false;
    out += key + ": " + value.ToString();
  }
  return out + "}";
}

}  // namespace

std::string DescribeRef(const EntityRef& ref) {
  std::string out = ref.name + " (" + ref.type;
  for (const auto& [key, code] : ref.codes) {
    if (key != "country" || ref.type == "country")
      out += ", " + key + " " + code;
  }
  return out + ")";
}

std::string DescribeFact(const GoldFact& fact) {
  switch (fact.kind) {
    case FactKind::kEntity:
      return "entity " + DescribeRef(fact.subject);
    case FactKind::kAttribute: {
      std::string out = fact.subject.name + " " + fact.property + " = " +
                        Clip(fact.value.ToString());
      if (!fact.unit.empty()) out += " " + fact.unit;
      if (fact.bound != "exact") out += " ~" + fact.bound;
      if (!fact.as_of.empty()) out += " as_of " + fact.as_of;
      return out;
    }
    case FactKind::kRelation:
      return fact.subject.name + " " + fact.property + " " + fact.object.name +
             QualifierText(fact.qualifiers);
  }
  return "";
}

std::string DescribeClaim(const Claim& claim, const Dataset& dataset) {
  std::string out = claim.id + " " + EntityName(claim.subject, dataset) + " " +
                    claim.property;
  if (claim.has_object) {
    out += " " + EntityName(claim.object, dataset);
  } else {
    out += " = " + Clip(claim.value.ToString());
    if (!claim.unit.empty()) out += " " + claim.unit;
    if (claim.bound != "exact") out += " ~" + claim.bound;
  }
  return out + QualifierText(claim.qualifiers);
}

std::string DescribeTrace(const TraceRecord& r) {
  std::string out = "line " + std::to_string(r.line) + " ";
  out += r.extractor.empty()
             ? r.rule
             : (r.rule.empty() ? r.extractor : r.extractor + "/" + r.rule);
  out += " " + r.stage + (r.ok ? " ok" : " failed");
  if (!r.matched.empty()) out += " \"" + Clip(r.matched, 40) + "\"";
  if (!r.reason.empty()) out += ": " + Clip(r.reason);
  if (!r.claim.empty()) out += " -> " + r.claim;
  return out;
}

}  // namespace twinmap::eval
