// Utf16Text: a UTF-8 text converted to UTF-16 for ICU, with the way back.
//
// ICU's break iterators run fastest over UTF-16, so Segment() converts each
// page once and maps every boundary ICU returns back to a UTF-8 offset with
// `to_utf8`. Invalid UTF-8 (which the decoder upstream should already have
// replaced) becomes one U+FFFD per bad byte, mapped to that byte.
//
// Example: "aé" (bytes 61 C3 A9) -> units {0x61, 0xE9}, to_utf8 {0, 1, 3}.
#ifndef TWINMAP_TOKENIZE_UTF16_TEXT_H_
#define TWINMAP_TOKENIZE_UTF16_TEXT_H_

#include <cstdint>
#include <string_view>
#include <vector>

namespace twinmap {
namespace tokenize {

struct Utf16Text {
  // The UTF-16 code units; only the first `size` are meaningful (the vectors
  // keep their capacity between pages).
  std::vector<char16_t> units;
  // to_utf8[i] is the UTF-8 offset where unit i's character starts (both
  // halves of a surrogate pair give the pair's start); to_utf8[size] is the
  // UTF-8 size.
  std::vector<uint32_t> to_utf8;
  int32_t size = 0;
  bool has_supplementary = false;  // at least one surrogate pair
  bool has_replacement = false;    // at least one U+FFFD
};

// Converts `text` into `*out`, reusing its buffers. Requires
// text.size() <= INT32_MAX (the caller checks and reports).
void ConvertToUtf16(std::string_view text, Utf16Text* out);

}  // namespace tokenize
}  // namespace twinmap

#endif  // TWINMAP_TOKENIZE_UTF16_TEXT_H_
