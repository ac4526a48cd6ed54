#include "extract/create.h"

#include "extract/references.h"
#include "resolve/resolve.h"

namespace twinmap::extract {

void CreateEntities(PageContext& pc, const rules::Rule& rule, const std::string& extractor,
                    Captures& captures, const Captures& record, Span match) {
  for (const auto& [key, spec] : rule.create) {
    auto name = Interpolate(pc, spec.name, captures, record);
    if (!name || name->empty()) {
      pc.Trace(rule, extractor, match, "create", false, "a part of '" + spec.name + "' did not match");
      continue;
    }
    EntityInfo info;
    info.type = spec.type;
    info.id = resolve::LocalEntityId(info.type, *name);
    info.name = *name;
    for (const auto& [lang, text] : spec.names) {
      if (auto localized = Interpolate(pc, text, captures, record)) info.names[lang] = *localized;
    }
    Capture c;
    c.name = key;
    c.type = spec.type;
    // Cited where the page gives what the name is made of, else the match.
    Span parts = TemplateSpan(pc, spec.name, captures, record, match);
    c.text = parts.empty() ? match : parts;
    c.surface = *name;
    // Named by the rule, not written on the page: no surface to record.
    c.entity_id = pc.NoteEntity(info, "");
    c.ok = true;
    captures[key] = std::move(c);
  }
}

}  // namespace twinmap::extract
