#include "extract/references.h"

#include <algorithm>

namespace twinmap::extract {

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

namespace {

// Runs of white space (a name broken across lines) become one space.
std::string Collapsed(const std::string& s) {
  std::string out;
  bool space = false;
  for (char c : s) {
    if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += c;
  }
  return out;
}

}  // namespace

std::optional<std::string> Interpolate(const PageContext& pc, const std::string& text,
                                       const Captures& captures, const Captures& record) {
  std::string out;
  size_t pos = 0;
  for (size_t at = text.find("${"); at != std::string::npos; at = text.find("${", pos)) {
    size_t close = text.find('}', at);
    if (close == std::string::npos) return std::nullopt;  // the loader rejects these
    out += text.substr(pos, at - pos);
    std::string field;
    const Capture* c = Lookup(pc, "$" + text.substr(at + 2, close - at - 2), captures, record, &field);
    if (c == nullptr || !c->ok) return std::nullopt;
    if (!c->entity_id.empty() && field.empty()) {
      auto e = pc.out->entities.find(c->entity_id);
      out += e != pc.out->entities.end() ? e->second.name : c->surface;
    } else {
      out += Collapsed(AsString(*c, field));
    }
    pos = close + 1;
  }
  out += text.substr(pos);
  return out;
}

Span TemplateSpan(const PageContext& pc, const std::string& text, const Captures& captures,
                  const Captures& record, Span match) {
  Span out{match.end, match.begin};
  for (size_t at = text.find("${"); at != std::string::npos; at = text.find("${", at + 2)) {
    size_t close = text.find('}', at);
    if (close == std::string::npos) break;
    std::string field;
    const Capture* c = Lookup(pc, "$" + text.substr(at + 2, close - at - 2), captures, record, &field);
    if (c == nullptr || !c->ok || c->text.begin < match.begin || c->text.end > match.end) continue;
    out.begin = std::min(out.begin, c->text.begin);
    out.end = std::max(out.end, c->text.end);
  }
  return out.begin < out.end ? out : Span{};
}

}  // namespace twinmap::extract
