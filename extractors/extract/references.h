// What a rule's "$..." references and "${...}" templates stand for on a
// page: a capture of the match, of the record ($record.x) or of the page
// ($page.x), possibly one field of it ($d.year, $d.end).
#ifndef TWINMAP_EXTRACT_REFERENCES_H_
#define TWINMAP_EXTRACT_REFERENCES_H_

#include <optional>
#include <string>

#include "extract/page_context.h"

namespace twinmap::extract {

// The capture "$ref" names, or null for a literal or a name nothing holds;
// *field gets the part after the name's dot ("year" for "$d.year").
const Capture* Lookup(const PageContext& pc, const std::string& ref, const Captures& captures,
                      const Captures& record, std::string* field);

// A capture as a string: a date's ISO form (or its year or end, by field),
// a value's text, or what the page wrote.
std::string AsString(const Capture& c, const std::string& field);

// Fills a template's "${ref}" parts: an entity by its name, a value by its
// string form, a text with its white space collapsed. Empty when a part
// names nothing that matched.
std::optional<std::string> Interpolate(const PageContext& pc, const std::string& text,
                                       const Captures& captures, const Captures& record);

// Where a template's parts are on the page: the smallest span holding
// every capture its "${ref}"s name that lies inside `match` (empty if none).
Span TemplateSpan(const PageContext& pc, const std::string& text, const Captures& captures,
                  const Captures& record, Span match);

}  // namespace twinmap::extract

#endif  // TWINMAP_EXTRACT_REFERENCES_H_
