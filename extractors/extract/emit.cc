#include "extract/emit.h"

#include "extract/references.h"

#include <cmath>
#include <cstdio>

namespace twinmap::extract {
namespace {

std::string BoundText(values::Bound b) { return std::string(values::BoundName(b)); }

// "--06-23" (a date the page wrote without its year) in the year `year`.
std::string CompleteYear(const std::string& iso, const std::string& year) {
  if (year.size() != 4 || iso.rfind("--", 0) != 0) return iso;
  return year + iso.substr(1);
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
    Capture composed;  // a template value's parts, for provenance
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
      other = rules::IsTemplate(e.value) ? nullptr : Lookup(pc, e.value, captures, record, &vf);
      if (rules::IsTemplate(e.value)) {
        auto text = Interpolate(pc, e.value, captures, record);
        if (!text) {
          pc.Trace(rule, extractor, span, "value", false, "a part of '" + e.value + "' did not match");
          continue;
        }
        f.value.kind = FactValue::Kind::kString;
        f.value.text = *text;
        // The value rests on its parts: cite them.
        Span parts = TemplateSpan(pc, e.value, captures, record, span);
        if (!parts.empty()) {
          composed.text = parts;
          composed.ok = true;
          other = &composed;
        }
      } else if (other != nullptr) {
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
      if (rules::IsTemplate(ref)) {
        auto text = Interpolate(pc, ref, captures, record);
        if (text) f.qualifiers[name] = *text;
        continue;
      }
      const Capture* q = Lookup(pc, ref, captures, record, &field);
      if (ref.size() > 0 && ref[0] == '$') {
        if (q == nullptr || !q->ok) continue;  // an optional slot that did not match
        f.qualifiers[name] = q->entity_id.empty() ? AsString(*q, field) : q->entity_id;
      } else {
        f.qualifiers[name] = ref;
      }
    }
    if (!e.year.empty()) {
      std::string field;
      const Capture* y = Lookup(pc, e.year, captures, record, &field);
      if (y != nullptr && y->ok) {
        std::string year = AsString(*y, field.empty() ? "year" : field);
        if (f.value.kind == FactValue::Kind::kString) f.value.text = CompleteYear(f.value.text, year);
        for (auto& [name, q] : f.qualifiers) q = CompleteYear(q, year);
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
