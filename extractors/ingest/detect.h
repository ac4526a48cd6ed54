// Internal to ingest: chooses the encoding of a page and decodes it, by the
// priors written down in README.md (BOM, then UTF-8, then ICU's detector).
#ifndef TWINMAP_INGEST_DETECT_H_
#define TWINMAP_INGEST_DETECT_H_

#include <string>
#include <string_view>

#include "base/status.h"
#include "ingest/decoded_text.h"

namespace twinmap::ingest {

struct DetectedText {
  std::string encoding;    // canonical
  int confidence = 0;      // 0-100
  bool had_bom = false;
  bool guessed = false;    // nothing matched: decoded with the fallback
  DecodedText decoded;
};

// Decodes non-empty `raw`. With `forced` (a canonical name) that encoding is
// used and only its own BOM is dropped; with "" the encoding is detected.
// Fails only when ICU does (Internal); binary input is decoded like any other
// and left to the caller's control-character check.
Result<DetectedText> DetectAndDecode(std::string_view raw,
                                     std::string_view forced);

}  // namespace twinmap::ingest

#endif  // TWINMAP_INGEST_DETECT_H_
