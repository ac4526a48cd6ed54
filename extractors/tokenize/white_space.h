// IsWhiteSpace: the Unicode White_Space property, without a library call.
//
// Used on every character of every page (blank lines, space tokens, sentence
// trimming), so it is a table in code. The property has been this exact set
// of 25 code points since Unicode 4.1 (PropList.txt).
#ifndef TWINMAP_TOKENIZE_WHITE_SPACE_H_
#define TWINMAP_TOKENIZE_WHITE_SPACE_H_

namespace twinmap {
namespace tokenize {

// True for TAB, LF, VT, FF, CR, SPACE, NEL, NBSP, U+1680, U+2000..U+200A,
// LINE SEPARATOR, PARAGRAPH SEPARATOR, U+202F, U+205F and IDEOGRAPHIC SPACE.
inline bool IsWhiteSpace(char32_t c) {
  if (c <= 0x20) return c == 0x20 || (c >= 0x09 && c <= 0x0D);
  if (c < 0x85) return false;
  if (c < 0x2000) return c == 0x85 || c == 0xA0 || c == 0x1680;
  if (c <= 0x200A) return true;
  return c == 0x2028 || c == 0x2029 || c == 0x202F || c == 0x205F ||
         c == 0x3000;
}

}  // namespace tokenize
}  // namespace twinmap

#endif  // TWINMAP_TOKENIZE_WHITE_SPACE_H_
