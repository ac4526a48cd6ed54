// What the engine knows about the page it works on: the analysed page, its
// gazetteer mentions and scanned values, and the entities named so far.
// Internal to extract/.
#ifndef TWINMAP_EXTRACT_PAGE_CONTEXT_H_
#define TWINMAP_EXTRACT_PAGE_CONTEXT_H_

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "extract/extract.h"
#include "extract/mentions.h"
#include "values/values.h"

namespace twinmap::extract {

// A slot filled by a match: an entity, a value, or plain text.
struct Capture {
  std::string name;
  std::string type;       // slot type as written
  Span text;              // into page.text
  std::string surface;
  std::string entity_id;  // entity slots
  std::optional<values::Value> value;  // value slots
  bool ok = false;
  std::string reason;     // why not, when !ok
};

using Captures = std::map<std::string, Capture>;

struct PageContext {
  const analyze::AnalyzedPage* page = nullptr;
  std::string source;
  const Knowledge* knowledge = nullptr;
  std::vector<Mention> mentions;       // text order
  std::vector<values::Value> values;   // text order
  std::string lang;                    // "" when mixed
  Captures page_vars;                  // set by page rules: $page.x
  PageFacts* out = nullptr;
  bool trace = false;

  const std::string& text() const { return page->page.text; }
  // Registers an entity named at `surface` and returns its id.
  std::string NoteEntity(const EntityInfo& info, const std::string& surface);
  void Trace(const rules::Rule& rule, const std::string& extractor, Span text,
             const std::string& stage, bool ok, const std::string& reason);
  Provenance MakeProvenance(Span text, const std::string& extractor,
                            const rules::Rule& rule) const;
};

}  // namespace twinmap::extract

#endif  // TWINMAP_EXTRACT_PAGE_CONTEXT_H_
