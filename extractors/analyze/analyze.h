// analyze: runs the whole text layer on one page.
//
//   raw bytes --ingest--> Page (UTF-8 text, text_to_raw)
//             --normalize--> match key (NFKC + case fold) with key_to_raw
//             --tokenize--> blocks, lines, sentences, tokens (raw spans)
//             --langid--> a language per block, and so per token
//
// Later stages (values, resolve, extract) read an AnalyzedPage and never go
// back to the file. Every span they report can be mapped to raw bytes:
// tokens carry raw spans; spans in `key` map through `key_to_raw`.
#ifndef TWINMAP_ANALYZE_ANALYZE_H_
#define TWINMAP_ANALYZE_ANALYZE_H_

#include <string>
#include <vector>

#include "base/diagnostics.h"
#include "base/offset_map.h"
#include "base/status.h"
#include "ingest/ingest.h"
#include "langid/langid.h"
#include "normalize/normalize.h"
#include "tokenize/tokenize.h"

namespace twinmap::analyze {

struct AnalyzedPage {
  ingest::Page page;                      // raw bytes, SHA-256, UTF-8 text
  std::string key;                        // match key of page.text
  OffsetMap key_to_raw;                   // key bytes -> raw bytes
  tokenize::Segmentation segmentation;    // spans into page.text and raw
  std::vector<langid::LangGuess> block_langs;  // one per segmentation.blocks

  langid::Lang TokenLang(const tokenize::Token& token) const {
    return langid::TokenLang(token, block_langs);
  }
};

// Reads and analyses one file. Refused input (missing, empty, binary, too
// large) comes back as a Status; repaired bytes are reported to `sink`.
Result<AnalyzedPage> AnalyzeFile(const std::string& path,
                                 const ingest::LoadOptions& options,
                                 DiagnosticSink* sink);
// The same for bytes already in memory; `source` names them in messages.
Result<AnalyzedPage> AnalyzeBytes(std::string raw, std::string source,
                                  const ingest::LoadOptions& options,
                                  DiagnosticSink* sink);
// The text layer on a Page that is already loaded.
Result<AnalyzedPage> AnalyzePage(ingest::Page page);

}  // namespace twinmap::analyze

#endif  // TWINMAP_ANALYZE_ANALYZE_H_
