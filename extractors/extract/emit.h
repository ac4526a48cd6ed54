// Turning a rule's captures into facts, as its `emit` entries say.
#ifndef TWINMAP_EXTRACT_EMIT_H_
#define TWINMAP_EXTRACT_EMIT_H_

#include "extract/page_context.h"

namespace twinmap::extract {

// Emits every fact of `rule` from `captures` (the match's own slots, with
// `record` for $record.x). `span` is the match, for provenance. Returns how
// many facts were made.
size_t EmitFacts(PageContext& pc, const rules::Rule& rule, const std::string& extractor,
                 const Captures& captures, const Captures& record, Span span);

}  // namespace twinmap::extract

#endif  // TWINMAP_EXTRACT_EMIT_H_
