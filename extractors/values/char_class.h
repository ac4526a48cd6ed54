// Character classes over UTF-8 for the value parsers: decoding one code point,
// digits (ASCII and fullwidth), spaces (including NBSP and U+202F), letters,
// Han and Hangul. Internal to values/.
//
// Invalid UTF-8 decodes as U+FFFD one byte at a time, so a scanner never
// stalls and never reads past the end.
#ifndef TWINMAP_VALUES_CHAR_CLASS_H_
#define TWINMAP_VALUES_CHAR_CLASS_H_

#include <cstddef>
#include <string>

#include "base/utf8.h"
#include <string_view>

namespace twinmap {
namespace values {

struct CodePoint {
  char32_t cp = 0;
  size_t len = 0;  // bytes; 0 only at the end of the text
};

// Multi-byte halves of DecodeAt and DecodeBefore.
CodePoint DecodeMultiAt(std::string_view text, size_t pos);
CodePoint DecodeMultiBefore(std::string_view text, size_t pos);

// The code point starting at byte `pos` (len 0 when pos >= text.size()).
inline CodePoint DecodeAt(std::string_view text, size_t pos) {
  if (pos >= text.size()) return {0, 0};
  unsigned char b = static_cast<unsigned char>(text[pos]);
  if (b < 0x80) return {b, 1};
  return DecodeMultiAt(text, pos);
}
// The code point ending at byte `pos` (len 0 when pos == 0).
inline CodePoint DecodeBefore(std::string_view text, size_t pos) {
  if (pos == 0 || pos > text.size()) return {0, 0};
  unsigned char b = static_cast<unsigned char>(text[pos - 1]);
  if (b < 0x80) return {b, 1};
  return DecodeMultiBefore(text, pos);
}

inline bool IsAsciiDigit(char32_t c) { return c >= '0' && c <= '9'; }
inline bool IsFullwidthDigit(char32_t c) { return c >= 0xFF10 && c <= 0xFF19; }
inline bool IsDigit(char32_t c) { return IsAsciiDigit(c) || IsFullwidthDigit(c); }
inline int DigitValue(char32_t c) {
  return IsAsciiDigit(c) ? int(c - '0') : int(c - 0xFF10);
}
inline bool IsAsciiLetter(char32_t c) {
  // Setting bit 5 folds only 'A'..'Z' onto 'a'..'z': one compare, no branch.
  return char32_t((c | 0x20) - 'a') < 26u;
}
// Letters of Latin script, accented ones included ("é", "û", "œ").
inline bool IsLatinLetter(char32_t c) {
  if (c < 0x80) return IsAsciiLetter(c);
  // Latin-1 letters, Extended-A/B, then Latin Extended Additional.
  if (c <= 0x24F) return c >= 0xC0 && c != 0xD7 && c != 0xF7;
  return c >= 0x1E00 && c <= 0x1EFF;
}
inline bool IsHan(char32_t c) {
  return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) ||
         (c >= 0xF900 && c <= 0xFAFF) || c == 0x3007;  // 〇
}
inline bool IsHangul(char32_t c) { return c >= 0xAC00 && c <= 0xD7A3; }
// A letter of any script we read words in (Latin, Han, Hangul).
inline bool IsWordChar(char32_t c) {
  return IsLatinLetter(c) || IsHan(c) || IsHangul(c);
}
// Horizontal white space: space, tab, NBSP, U+2000-U+200A, U+202F, U+3000.
inline bool IsSpace(char32_t c) {
  if (c < 0x80) return c == ' ' || c == '\t';
  return c == 0xA0 || (c >= 0x2000 && c <= 0x200A) || c == 0x202F || c == 0x3000;
}
// Line breaks: \n, \r, U+2028, U+2029.
inline bool IsLineBreak(char32_t c) {
  return c == '\n' || c == '\r' || c == 0x2028 || c == 0x2029;
}
// The apostrophes French elides with: ' and U+2019.
inline bool IsApostrophe(char32_t c) { return c == '\'' || c == 0x2019; }

// Bytes below 0x80 other than space and tab: where SkipSpaces stops at once.
// A table, as the test runs inline at every call.
struct AsciiNonSpaceTable {
  bool at[256];
  constexpr AsciiNonSpaceTable() : at() {
    for (int b = 0; b < 0x80; ++b) at[b] = b != ' ' && b != '\t';
  }
};
inline constexpr AsciiNonSpaceTable kAsciiNonSpace{};
inline bool IsAsciiNonSpace(char c) { return kAsciiNonSpace.at[static_cast<unsigned char>(c)]; }

// End of the run of horizontal spaces starting at `pos`.
size_t SkipSpacesSlow(std::string_view text, size_t pos);
inline size_t SkipSpaces(std::string_view text, size_t pos) {
  // Most calls stop at once, on an ASCII byte that is no space.
  if (pos < text.size()) {
    if (IsAsciiNonSpace(text[pos])) return pos;
    // Next most common: one ASCII space, then an ASCII non-space.
    if (text[pos] == ' ' && pos + 1 < text.size() && IsAsciiNonSpace(text[pos + 1])) {
      return pos + 1;
    }
  }
  return SkipSpacesSlow(text, pos);
}
// Start of the run of horizontal spaces ending at `pos`.
size_t SkipSpacesBackSlow(std::string_view text, size_t pos);
inline size_t SkipSpacesBack(std::string_view text, size_t pos) {
  if (pos > 0 && pos <= text.size()) {
    if (IsAsciiNonSpace(text[pos - 1])) return pos;
    if (text[pos - 1] == ' ' && pos >= 2 && IsAsciiNonSpace(text[pos - 2])) return pos - 1;
  }
  return SkipSpacesBackSlow(text, pos);
}

// Start of the white space ending at `pos`, crossing at most one line break
// (PDF dumps break lines inside phrases; a blank line ends the phrase).
inline size_t SkipGapBack(std::string_view text, size_t pos) {
  size_t p = SkipSpacesBack(text, pos);
  if (p > 0 && text[p - 1] == '\n') --p;
  if (p > 0 && text[p - 1] == '\r') --p;
  return SkipSpacesBack(text, p);
}

// ASCII-only lower-casing plus the Latin-1 capitals À..Þ, which is what
// matching words against our lists needs; other bytes are kept.
std::string LowerWord(std::string_view word);

// True when `text` at `pos` starts with `s`, byte for byte; the first byte
// is tested inline, as most calls fail there.
inline bool BytesAt(std::string_view text, size_t pos, std::string_view s) {
  if (pos > text.size() || text.size() - pos < s.size()) return false;
  if (s.empty()) return true;
  return text[pos] == s[0] && text.compare(pos, s.size(), s) == 0;
}

// True when `text` at `pos` starts with `prefix`, ignoring ASCII case.
bool StartsWithAt(std::string_view text, size_t pos, std::string_view prefix);
// True when `text` ends at `pos` with `suffix`, ignoring ASCII case.
bool EndsWithAt(std::string_view text, size_t pos, std::string_view suffix);

using ::twinmap::AppendUtf8;

}  // namespace values
}  // namespace twinmap

#endif  // TWINMAP_VALUES_CHAR_CLASS_H_
