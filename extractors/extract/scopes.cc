#include "extract/scopes.h"

#include <re2/re2.h>

#include "extract/slots.h"

namespace twinmap::extract {
namespace {

bool LineMatches(const std::shared_ptr<re2::RE2>& re, std::string_view line) {
  return re && RE2::PartialMatch(re2::StringPiece(line.data(), line.size()), *re);
}

bool IsBlank(std::string_view line) {
  for (char c : line) {
    if (c != ' ' && c != '\t' && c != '\r') {
      // NBSP and U+3000 lines count as blank too
      if (static_cast<unsigned char>(c) < 0x80) return false;
    }
  }
  return true;
}

}  // namespace

std::vector<rules::Slot> FillOrder(const std::vector<rules::Slot>& slots,
                                   const rules::Section* section) {
  // A slot resolved `within` another comes after it.
  std::vector<rules::Slot> first, later;
  for (const rules::Slot& slot : slots) {
    (section && section->within.count(slot.name) ? later : first).push_back(slot);
  }
  first.insert(first.end(), later.begin(), later.end());
  return first;
}

std::vector<Span> SectionInstances(const PageContext& pc, const rules::Section& s) {
  std::vector<Span> out;
  const auto& lines = pc.page->segmentation.lines;
  const std::string& text = pc.text();
  if (!s.start) {
    uint64_t end = text.size();
    if (s.end) {
      for (const auto& l : lines) {
        if (LineMatches(s.end, l.text.In(text))) {
          end = l.text.begin;
          break;
        }
      }
    }
    out.push_back(Span{0, end});
    return out;
  }
  bool open = false;
  uint64_t begin = 0;
  for (const auto& l : lines) {
    std::string_view line = l.text.In(text);
    if (LineMatches(s.start, line)) {
      if (open) out.push_back(Span{begin, l.text.begin});
      open = true;
      begin = l.text.end;
      continue;
    }
    if (open && LineMatches(s.end, line)) {
      out.push_back(Span{begin, l.text.begin});
      open = false;
    }
  }
  if (open) out.push_back(Span{begin, text.size()});
  return out;
}

std::vector<Scope> RecordScopes(PageContext& pc, const rules::Section& s, Span instance) {
  std::vector<Scope> out;
  const re2::RE2& re = *s.record.re;
  const std::string& text = pc.text();
  int groups = re.NumberOfCapturingGroups();
  std::vector<re2::StringPiece> sub(groups + 1);
  const auto& names = re.NamedCapturingGroups();
  uint64_t pos = instance.begin;
  while (pos < instance.end) {
    if (!re.Match(text, pos, instance.end, RE2::UNANCHORED, sub.data(), groups + 1)) break;
    uint64_t mbegin = sub[0].data() - text.data();
    uint64_t mend = mbegin + sub[0].size();
    Captures caps;
    bool ok = true;
    for (const rules::Slot& slot : FillOrder(s.record.slots, &s)) {
      const re2::StringPiece& g = sub[names.at(slot.name)];
      if (g.data() == nullptr) continue;  // optional slot not taken
      uint64_t b = g.data() - text.data();
      Capture c = FillSlot(pc, slot, Span{b, b + g.size()}, &s, caps);
      if (!c.ok && slot.is_entity() && slot.type.rfind("place", 0) == 0) ok = false;
      caps[slot.name] = std::move(c);
    }
    if (ok) {
      if (!out.empty()) out.back().text.end = mbegin;
      out.push_back(Scope{Span{mbegin, instance.end}, std::move(caps)});
    }
    // Go on after the match (a record pattern starts at a line start, so the
    // next record starts on a later line); never re-match inside this one.
    if (ok) {
      pos = std::max<uint64_t>(mend, mbegin + 1);
    } else {
      size_t nl = text.find('\n', mbegin);
      pos = (nl == std::string::npos || nl >= instance.end) ? instance.end : nl + 1;
    }
  }
  return out;
}

std::vector<Scope> ListScopes(const PageContext& pc, const rules::Section& s, Span instance) {
  static const re2::RE2 kBullet("^\\s*(?:[•·▪◦‣\\-\\*]|\\d{1,3}[.)])\\s+");
  std::vector<Scope> out;
  const std::string& text = pc.text();
  bool open = false;
  for (const auto& l : pc.page->segmentation.lines) {
    if (l.text.begin < instance.begin || l.text.end > instance.end) continue;
    std::string_view line = l.text.In(text);
    bool starts = s.item ? LineMatches(s.item, line)
                         : RE2::PartialMatch(re2::StringPiece(line.data(), line.size()), kBullet);
    if (starts) {
      out.push_back(Scope{l.text, {}});
      open = true;
    } else if (open && !IsBlank(line)) {
      out.back().text.end = l.text.end;
    } else {
      open = false;
    }
  }
  return out;
}

std::vector<Scope> ProseScopes(const PageContext& pc, Span instance) {
  std::vector<Scope> out;
  for (const auto& b : pc.page->segmentation.blocks) {
    if (b.text.end <= instance.begin || b.text.begin >= instance.end) continue;
    Span s{std::max(b.text.begin, instance.begin), std::min(b.text.end, instance.end)};
    out.push_back(Scope{s, {}});
  }
  return out;
}

}  // namespace twinmap::extract
