// Internal to ingest: UTF-8 validation and copy, the hot path of every build.
#ifndef TWINMAP_INGEST_UTF8_DECODER_H_
#define TWINMAP_INGEST_UTF8_DECODER_H_

#include <cstdint>
#include <string_view>

#include "ingest/decoded_text.h"

namespace twinmap::ingest {

// What a UTF-8 decode saw, for the "is this UTF-8 at all?" prior.
struct Utf8Evidence {
  uint64_t multibyte_chars = 0;  // well-formed sequences of 2 to 4 bytes
  // Bytes of a well-formed sequence cut short by the end of the input
  // ("\xE4\xB8" at the very end), 0 if the input does not end that way.
  uint64_t truncated_tail = 0;
};

// Decodes raw[begin, end) as UTF-8 (RFC 3629: no overlongs, no surrogates,
// nothing past U+10FFFF). Well-formed text is copied as is; each byte that
// does not start a well-formed sequence becomes one U+FFFD and decoding goes
// on at the next byte. The map is over the whole of `raw`, so bytes before
// `begin` (a BOM) are covered by nothing.
DecodedText DecodeUtf8(std::string_view raw, uint64_t begin,
                       Utf8Evidence* evidence);

}  // namespace twinmap::ingest

#endif  // TWINMAP_INGEST_UTF8_DECODER_H_
