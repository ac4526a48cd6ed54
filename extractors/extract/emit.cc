#include "extract/emit.h"

#include <cmath>
#include <cstdio>

namespace twinmap::extract {
namespace {

// What a "$..." reference names: a capture, or nothing for a literal.
const Capture* Lookup(const PageContext& pc, const std::string& ref, const Captures& captures,
                      const Captures& record, std::string* field) {
  if (ref.empty() || ref[0] != '$') return nullptr;
  std::string name = ref.substr(1);
  const Captures* where = &captures;
  if (name.rfind("record.", 0) == 0) {
    where = &record;
    name = name.substr(7);
  } else if (name.rfind("page.", 0) == 0) {
    where = &pc.page_vars;
    name = name.substr(5);
  }
  size_t dot = name.find('.');
  if (dot != std::string::npos) {
    *field = name.substr(dot + 1);  // "$d.end", "$page.date.year"
    name = name.substr(0, dot);
  }
  auto it = where->find(name);
  return it == where->end() ? nullptr : &it->second;
}

std::string BoundText(values::Bound b) { return std::string(values::BoundName(b)); }

// The string form of a capture, for qualifiers and string values.
std::string AsString(const Capture& c, const std::string& field) {
  if (c.value) {
    const values::Value& v = *c.value;
    if (field == "year" && v.date.size() >= 4) return v.date.substr(0, 4);
    if (field == "end") return v.date_end.empty() ? v.date : v.date_end;
    if (!v.date.empty()) return v.date;
    if (!v.text.empty()) return v.text;
  }
  if (field == "year" && c.surface.size() >= 4) return c.surface.substr(0, 4);
  return c.surface;
}

bool IsDateProperty(const std::string& p) { return p == "date" || p == "end_date"; }

FactValue ValueOf(const Capture& c, const std::string& field, const rules::Emit& emit) {
  FactValue out;
  if (c.value && !IsDateProperty(emit.property) && field.empty()) {
    const values::Value& v = *c.value;
    using VT = values::ValueType;
    switch (v.type) {
      case VT::kNumber:
      case VT::kQuantity:
      case VT::kMoney:
      case VT::kPercent: {
        out.kind = FactValue::Kind::kNumber;
        out.number = v.number;
        if (emit.scale > 0 && !v.HasPart("scale")) out.number *= emit.scale;
        out.unit = !v.unit.empty() ? v.unit : emit.unit;
        if (v.type == VT::kPercent) out.unit = "percent";
        if (!emit.unit.empty() && v.unit == "persons") out.unit = emit.unit;
        out.bound = emit.bound.empty() ? BoundText(v.bound) : emit.bound;
        return out;
      }
      default:
        break;
    }
  }
  out.kind = FactValue::Kind::kString;
  out.text = AsString(c, field);
  if (!IsDateProperty(emit.property) && c.value && c.value->precision == values::Precision::kYear &&
      (c.type == "year" || c.type == "int")) {
    out.kind = FactValue::Kind::kNumber;
    out.number = std::strtod(out.text.c_str(), nullptr);
    out.bound = emit.bound.empty() ? "exact" : emit.bound;
  }
  return out;
}

// Provenance covers the slots the fact rests on when they are close
// together, else the value or object alone.
// Provenance is where the page says the fact: the slots it rests on when
// they are in this match and close together; the match itself when one end
// comes from elsewhere (a page variable, a record's subject far above).
Span ProvenanceSpan(const Capture* subject, const Capture* other, Span match) {
  auto inside = [&](const Capture* c) {
    return c != nullptr && c->text.begin >= match.begin && c->text.end <= match.end;
  };
  constexpr uint64_t kMaxSpan = 300;
  if (other == nullptr) return inside(subject) || match.size() > kMaxSpan ? subject->text : match;
  if (inside(subject) && inside(other)) {
    Span both{std::min(subject->text.begin, other->text.begin),
              std::max(subject->text.end, other->text.end)};
    if (both.size() <= 160) return both;
    return other->text;
  }
  if (inside(other)) return other->text;
  return match.size() <= kMaxSpan ? match : other->text;
}

}  // namespace

size_t EmitFacts(PageContext& pc, const rules::Rule& rule, const std::string& extractor,
                 const Captures& captures, const Captures& record, Span span) {
  size_t made = 0;
  for (const rules::Emit& e : rule.emit) {
    std::string sf, vf, of;
    const Capture* subject = Lookup(pc, e.subject, captures, record, &sf);
    if (subject == nullptr || !subject->ok || subject->entity_id.empty()) {
      pc.Trace(rule, extractor, span, "claim", false, "no subject entity for " + e.property);
      continue;
    }
    Fact f;
    f.subject = subject->entity_id;
    f.property = e.property;
    const Capture* other = nullptr;
    if (!e.object.empty()) {
      other = Lookup(pc, e.object, captures, record, &of);
      if (other == nullptr || !other->ok || other->entity_id.empty()) {
        pc.Trace(rule, extractor, span, "relation", false, "no object entity for " + e.property);
        continue;
      }
      if (other->entity_id == f.subject) continue;  // "X partner of X" says nothing
      f.object = other->entity_id;
    } else {
      other = Lookup(pc, e.value, captures, record, &vf);
      if (other != nullptr) {
        if (!other->ok) {
          pc.Trace(rule, extractor, span, "value", false, other->reason);
          continue;
        }
        f.value = ValueOf(*other, vf, e);
      } else if (!e.value.empty() && e.value[0] == '$') {
        // An optional slot that did not match: no value, so no fact.
        pc.Trace(rule, extractor, span, "value", false, e.value + " did not match");
        continue;
      } else {
        f.value.kind = FactValue::Kind::kString;
        f.value.text = e.value;
      }
    }
    for (const auto& [name, ref] : e.qualifiers) {
      std::string field;
      const Capture* q = Lookup(pc, ref, captures, record, &field);
      if (ref.size() > 0 && ref[0] == '$') {
        if (q == nullptr || !q->ok) continue;  // an optional slot that did not match
        f.qualifiers[name] = q->entity_id.empty() ? AsString(*q, field) : q->entity_id;
      } else {
        f.qualifiers[name] = ref;
      }
    }
    f.provenance = pc.MakeProvenance(ProvenanceSpan(subject, other, span), extractor, rule);
    pc.Trace(rule, extractor, span, "claim", true, e.property);
    pc.out->facts.push_back(std::move(f));
    ++made;
  }
  return made;
}

}  // namespace twinmap::extract
