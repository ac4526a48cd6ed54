// Internal to ingest: the adapter to ICU (charset detection and conversion).
// No other file in the stage includes an ICU header or sees a UErrorCode.
#ifndef TWINMAP_INGEST_ICU_CHARSET_H_
#define TWINMAP_INGEST_ICU_CHARSET_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"
#include "ingest/decoded_text.h"

namespace twinmap::ingest {

// One answer of ICU's charset detector, in ICU's spelling ("ISO-8859-1").
struct IcuCharsetMatch {
  std::string name;
  int confidence;  // 0-100
};

// Every charset ICU's detector finds plausible for the start of `raw`, best
// first. Empty if ICU fails (detection then falls back on its own default).
std::vector<IcuCharsetMatch> DetectCharsets(std::string_view raw);

// Decodes raw[begin, end) from `encoding` (a canonical name, see
// CanonicalEncoding) into UTF-8, with the map from text bytes to raw bytes.
// Each byte ICU cannot decode becomes one U+FFFD and is logged. Internal if
// ICU cannot open the converter or fails outright.
Result<DecodedText> DecodeWithIcu(std::string_view raw, uint64_t begin,
                                  std::string_view encoding);

}  // namespace twinmap::ingest

#endif  // TWINMAP_INGEST_ICU_CHARSET_H_
