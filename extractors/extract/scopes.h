// Where rules run: a section's instances, cut into records, list items or
// prose blocks. Spans are into page.text.
#ifndef TWINMAP_EXTRACT_SCOPES_H_
#define TWINMAP_EXTRACT_SCOPES_H_

#include <vector>

#include "extract/page_context.h"

namespace twinmap::extract {

// Each stretch of the page a section covers: from a line matching `start`
// (the page start without one) to the line before one matching `end`, the
// next `start`, or the page end.
std::vector<Span> SectionInstances(const PageContext& pc, const rules::Section& section);

// Slots in the order to fill them: one resolved `within` another comes
// after it.
std::vector<rules::Slot> FillOrder(const std::vector<rules::Slot>& slots,
                                   const rules::Section* section);

struct Scope {
  Span text;
  Captures record;  // records only: the record pattern's slots
};

// Records: each starts where the record pattern matches with its slots all
// filled; it runs to the next record or the end of the instance.
std::vector<Scope> RecordScopes(PageContext& pc, const rules::Section& section, Span instance);
// List items: each starts at a line matching `item` (a bullet by default)
// and runs over its continuation lines up to a blank line or the next item.
std::vector<Scope> ListScopes(const PageContext& pc, const rules::Section& section, Span instance);
// Prose: each block (paragraph) of the instance.
std::vector<Scope> ProseScopes(const PageContext& pc, Span instance);

}  // namespace twinmap::extract

#endif  // TWINMAP_EXTRACT_SCOPES_H_
