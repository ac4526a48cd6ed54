// Filling a pattern's slots: entity slots are resolved against the
// gazetteer (place types) or become local entities; value slots take the
// value the scanner found where the slot begins.
#ifndef TWINMAP_EXTRACT_SLOTS_H_
#define TWINMAP_EXTRACT_SLOTS_H_

#include "extract/page_context.h"

namespace twinmap::extract {

// Fills one slot captured at `span` (into page.text). `section` gives the
// entity types and `within` constraints; `known` holds slots already filled.
Capture FillSlot(PageContext& pc, const rules::Slot& slot, Span span,
                 const rules::Section* section, const Captures& known);

// The entity an `each: place...` item or a slot resolved to, from a mention.
Capture FillFromMention(PageContext& pc, const std::string& name, const std::string& type,
                        const Mention& mention, const rules::Section* section);

}  // namespace twinmap::extract

#endif  // TWINMAP_EXTRACT_SLOTS_H_
