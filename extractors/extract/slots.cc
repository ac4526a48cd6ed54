#include "extract/slots.h"

#include <algorithm>

namespace twinmap::extract {
namespace {

bool IsPlaceClass(const std::string& type) { return type.rfind("place", 0) == 0; }

std::string LocalType(const std::string& type) {
  if (type == "org") return "organization";
  return type;  // person, event, programme
}

// Trims white space and closing punctuation a name-like run may drag in.
Span Trim(std::string_view text, Span s) {
  auto space = [&](uint64_t i) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == ',' || c == ';' || c == ':';
  };
  while (s.begin < s.end && space(s.begin)) ++s.begin;
  while (s.end > s.begin && space(s.end - 1)) --s.end;
  return s;
}

resolve::Context ContextFor(const PageContext& pc, const std::string& name, const std::string& type,
                            const rules::Section* section, const Captures& known) {
  resolve::Context ctx;
  ctx.page = pc.source;
  ctx.lang = pc.lang;
  // Units of the page's own time: a 2007 page's "Centre" is the old region.
  auto date = pc.page_vars.find("date");
  if (date != pc.page_vars.end() && date->second.value) ctx.as_of = date->second.value->date;
  if (type == "place:cn") ctx.country = "CN";
  if (type == "place:fr") ctx.country = "FR";
  if (section) {
    auto t = section->types.find(name);
    if (t != section->types.end()) ctx.types = t->second;
    auto w = section->within.find(name);
    if (w != section->within.end()) {
      auto k = known.find(w->second);
      if (k != known.end() && k->second.ok && !k->second.entity_id.empty()) ctx.within = k->second.entity_id;
    }
  }
  return ctx;
}

void Record(PageContext& pc, const Capture& c, const resolve::Context& ctx,
            const resolve::Resolution& r) {
  ResolutionRecord rec;
  rec.source = pc.source;
  rec.span = pc.page->page.text_to_raw.ToInput(c.text);
  rec.surface = c.surface;
  rec.key = r.key;
  for (const auto& t : ctx.types) rec.wanted += (rec.wanted.empty() ? "" : ",") + t;
  if (!ctx.country.empty()) rec.wanted += " in " + ctx.country;
  if (!ctx.within.empty()) rec.wanted += " within " + ctx.within;
  rec.chosen = r.id();
  for (size_t i = 0; i < r.candidates.size() && i < 5; ++i) {
    rec.candidates.push_back({r.candidates[i].entity->id, r.candidates[i].score, r.candidates[i].match});
  }
  rec.evidence = r.evidence;
  pc.out->resolutions.push_back(std::move(rec));
}

Capture FromResolution(PageContext& pc, Capture c, const resolve::Resolution& r) {
  if (!r.resolved()) {
    c.ok = false;
    c.reason = "entity not resolved: '" + c.surface + "'";
    return c;
  }
  if (c.type == "place:foreign" && r.chosen->country == "CN") {
    c.ok = false;
    c.reason = "'" + c.surface + "' is in China, the slot wants a foreign place";
    return c;
  }
  EntityInfo info;
  info.id = r.chosen->id;
  info.type = DatasetType(*r.chosen);
  info.name = r.chosen->name;
  info.resolved = true;
  info.ref = r.chosen;
  c.entity_id = pc.NoteEntity(info, c.surface);
  c.ok = true;
  return c;
}

}  // namespace

Capture FillFromMention(PageContext& pc, const std::string& name, const std::string& type,
                        const Mention& mention, const rules::Section* section) {
  Capture c;
  c.name = name;
  c.type = type;
  c.text = mention.text;
  c.surface = mention.surface;
  resolve::Context ctx = ContextFor(pc, name, type, section, {});
  resolve::Resolution r = pc.knowledge->resolver->Resolve(c.surface, ctx);
  Record(pc, c, ctx, r);
  return FromResolution(pc, c, r);
}

Capture FillSlot(PageContext& pc, const rules::Slot& slot, Span span,
                 const rules::Section* section, const Captures& known) {
  Capture c;
  c.name = slot.name;
  c.type = slot.type;
  c.text = Trim(pc.text(), span);
  c.surface = std::string(c.text.In(pc.text()));
  if (slot.type == "year" || slot.type == "int") {
    values::Value v;
    v.type = values::ValueType::kNumber;
    v.span = c.text;
    v.number = std::strtod(c.surface.c_str(), nullptr);
    v.date = c.surface;
    v.precision = values::Precision::kYear;
    c.value = v;
    c.ok = !c.surface.empty();
    return c;
  }
  if (slot.type == "name" || slot.type == "text") {
    c.ok = !c.surface.empty();
    return c;
  }
  if (slot.is_entity()) {
    if (!IsPlaceClass(slot.type)) {
      EntityInfo info;
      info.type = LocalType(slot.type);
      info.id = resolve::LocalEntityId(info.type, c.surface);
      info.name = c.surface;
      c.entity_id = pc.NoteEntity(info, c.surface);
      c.ok = !c.surface.empty();
      return c;
    }
    resolve::Context ctx = ContextFor(pc, slot.name, slot.type, section, known);
    // Prefer the longest gazetteer name starting where the slot starts.
    auto m = std::lower_bound(pc.mentions.begin(), pc.mentions.end(), c.text.begin,
                              [](const Mention& x, uint64_t pos) { return x.text.begin < pos; });
    if (m != pc.mentions.end() && m->text.begin == c.text.begin) {
      Capture trimmed = c;
      trimmed.text = m->text;
      trimmed.surface = m->surface;
      resolve::Resolution res = pc.knowledge->resolver->Resolve(m->surface, ctx);
      Record(pc, trimmed, ctx, res);
      Capture r = FromResolution(pc, trimmed, res);
      if (r.ok) return r;
    }
    resolve::Resolution res = pc.knowledge->resolver->Resolve(c.surface, ctx);
    Record(pc, c, ctx, res);
    return FromResolution(pc, c, res);
  }
  // A value slot: the scanned value that starts where the slot starts.
  auto compatible = [&](values::ValueType t) {
    using VT = values::ValueType;
    const std::string& w = slot.type;
    if (w == "number") return t == VT::kNumber || t == VT::kQuantity;
    if (w == "quantity") return t == VT::kQuantity || t == VT::kNumber;
    if (w == "money") return t == VT::kMoney;
    if (w == "percent") return t == VT::kPercent;
    if (w == "ratio") return t == VT::kRatio;
    if (w == "date") return t == VT::kDate || t == VT::kDateRange;
    if (w == "daterange") return t == VT::kDateRange;
    if (w == "phone") return t == VT::kPhone;
    if (w == "url") return t == VT::kUrl;
    if (w == "email") return t == VT::kEmail;
    if (w == "address") return t == VT::kPostalAddress;
    return false;
  };
  // A value follows the slots before it: when an entity slot grew to its
  // whole gazetteer name ("Mongolie \nIntérieure"), look after that name.
  uint64_t start = c.text.begin;
  for (const auto& [name, k] : known) {
    if (k.ok && k.text.begin < c.text.begin && k.text.end > start) start = k.text.end;
  }
  const std::string& text = pc.text();
  while (start < text.size() && (text[start] == ' ' || text[start] == '\n' || text[start] == '\t' ||
                                 text[start] == '\r')) {
    ++start;
  }
  c.text.begin = start;
  auto v = std::lower_bound(pc.values.begin(), pc.values.end(), c.text.begin,
                            [](const values::Value& x, uint64_t pos) { return x.span.begin < pos; });
  for (; v != pc.values.end() && v->span.begin <= c.text.begin + 1; ++v) {
    if (compatible(v->type)) {
      c.value = *v;
      c.text = v->span;
      c.surface = std::string(v->span.In(pc.text()));
      c.ok = true;
      return c;
    }
  }
  // Or the value the slot starts inside: "depuis {d:date}" where the scanner
  // read "depuis 2005" as one date.
  auto inside = std::lower_bound(pc.values.begin(), pc.values.end(), c.text.begin,
                                 [](const values::Value& x, uint64_t pos) { return x.span.begin < pos; });
  for (int back = 0; back < 3 && inside != pc.values.begin(); ++back) {
    --inside;
    if (inside->span.begin < c.text.begin && c.text.begin < inside->span.end && compatible(inside->type)) {
      c.value = *inside;
      c.text = inside->span;
      c.surface = std::string(inside->span.In(pc.text()));
      c.ok = true;
      return c;
    }
  }
  c.ok = false;
  c.reason = "no " + slot.type + " value at '" + c.surface.substr(0, 40) + "'";
  return c;
}

}  // namespace twinmap::extract
