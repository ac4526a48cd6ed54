// Entities a rule names itself (`create`), for what a page describes
// without naming: "Nancy et Kunming ont signé la lettre d'intention" is a
// signing event, named from a template by the rule.
#ifndef TWINMAP_EXTRACT_CREATE_H_
#define TWINMAP_EXTRACT_CREATE_H_

#include "extract/page_context.h"

namespace twinmap::extract {

// Adds each entity of `rule.create` to `captures` under its key, as an
// entity capture at `match`. An entity whose name template names a part
// that did not match is not made (its key stays unset).
void CreateEntities(PageContext& pc, const rules::Rule& rule, const std::string& extractor,
                    Captures& captures, const Captures& record, Span match);

}  // namespace twinmap::extract

#endif  // TWINMAP_EXTRACT_CREATE_H_
