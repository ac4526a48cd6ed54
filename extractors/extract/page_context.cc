#include "extract/page_context.h"

#include <algorithm>

namespace twinmap::extract {

std::string PageContext::NoteEntity(const EntityInfo& info, const std::string& surface) {
  EntityInfo& e = out->entities[info.id];
  if (e.id.empty()) e = info;
  if (!surface.empty() &&
      std::find(e.surfaces.begin(), e.surfaces.end(), surface) == e.surfaces.end()) {
    e.surfaces.push_back(surface);
  }
  return info.id;
}

Provenance PageContext::MakeProvenance(Span text_span, const std::string& extractor,
                                       const rules::Rule& rule) const {
  Provenance p;
  p.source = source;
  p.sha256 = page->page.sha256;
  p.span = page->page.text_to_raw.ToInput(text_span);
  p.text = std::string(p.span.In(page->page.raw));
  // Line of the span's start: count line breaks before it in the text.
  const auto& lines = page->segmentation.lines;
  auto it = std::upper_bound(lines.begin(), lines.end(), text_span.begin,
                             [](uint64_t pos, const tokenize::Line& l) { return pos < l.text.begin; });
  p.line = it == lines.begin() ? 1 : (it - 1)->number;
  p.extractor = extractor;
  p.rule = rule.id;
  p.rule_origin = rule.origin.ToString();
  return p;
}

void PageContext::Trace(const rules::Rule& rule, const std::string& extractor, Span text_span,
                        const std::string& stage, bool ok, const std::string& reason) {
  if (!trace) return;
  TraceRecord r;
  r.source = source;
  r.span = page->page.text_to_raw.ToInput(text_span);
  r.line = MakeProvenance(text_span, extractor, rule).line;
  r.extractor = extractor;
  r.rule = rule.id;
  r.property = rule.emit.empty() ? "" : rule.emit.front().property;
  r.stage = stage;
  r.ok = ok;
  r.matched = std::string(text_span.In(text())).substr(0, 200);
  r.reason = reason;
  out->trace.push_back(std::move(r));
}

}  // namespace twinmap::extract
