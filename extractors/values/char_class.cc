#include "values/char_class.h"

namespace twinmap {
namespace values {

CodePoint DecodeMultiAt(std::string_view text, size_t pos) {
  const auto* s = reinterpret_cast<const unsigned char*>(text.data());
  unsigned char b = s[pos];
  size_t need;
  char32_t cp;
  if (b >= 0xC2 && b <= 0xDF) {
    need = 1;
    cp = b & 0x1F;
  } else if (b >= 0xE0 && b <= 0xEF) {
    need = 2;
    cp = b & 0x0F;
  } else if (b >= 0xF0 && b <= 0xF4) {
    need = 3;
    cp = b & 0x07;
  } else {
    return {0xFFFD, 1};
  }
  for (size_t k = 1; k <= need; ++k) {
    if (pos + k >= text.size()) return {0xFFFD, 1};
    unsigned char c = s[pos + k];
    if ((c & 0xC0) != 0x80) return {0xFFFD, 1};
    cp = (cp << 6) | (c & 0x3F);
  }
  // Overlong forms and surrogates are invalid: one replacement per byte.
  if ((need == 2 && cp < 0x800) || (need == 3 && (cp < 0x10000 || cp > 0x10FFFF)) ||
      (cp >= 0xD800 && cp <= 0xDFFF)) {
    return {0xFFFD, 1};
  }
  return {cp, need + 1};
}

CodePoint DecodeMultiBefore(std::string_view text, size_t pos) {
  // Walk back over at most three continuation bytes to the lead byte, then
  // check that the lead decodes to exactly this many bytes.
  size_t start = pos - 1;
  const auto* s = reinterpret_cast<const unsigned char*>(text.data());
  size_t steps = 0;
  while (start > 0 && (s[start] & 0xC0) == 0x80 && steps < 3) {
    --start;
    ++steps;
  }
  CodePoint c = DecodeAt(text, start);
  if (start + c.len == pos) return c;
  return {0xFFFD, 1};
}

bool IsLatinLetterSlow(char32_t c) {
  if (IsAsciiLetter(c)) return true;
  if (c < 0xC0) return false;
  if (c <= 0x24F) return c != 0xD7 && c != 0xF7;  // Latin-1 letters, Extended-A/B
  return c >= 0x1E00 && c <= 0x1EFF;               // Latin Extended Additional
}

bool IsSpace(char32_t c) {
  return c == ' ' || c == '\t' || c == 0xA0 || (c >= 0x2000 && c <= 0x200A) ||
         c == 0x202F || c == 0x3000;
}

size_t SkipSpacesSlow(std::string_view text, size_t pos) {
  while (pos < text.size()) {
    CodePoint c = DecodeAt(text, pos);
    if (!IsSpace(c.cp)) break;
    pos += c.len;
  }
  return pos;
}

size_t SkipSpacesBackSlow(std::string_view text, size_t pos) {
  while (pos > 0) {
    CodePoint c = DecodeBefore(text, pos);
    if (!IsSpace(c.cp)) break;
    pos -= c.len;
  }
  return pos;
}

size_t SkipGapBack(std::string_view text, size_t pos) {
  size_t p = SkipSpacesBack(text, pos);
  if (p > 0 && text[p - 1] == '\n') --p;
  if (p > 0 && text[p - 1] == '\r') --p;
  return SkipSpacesBack(text, p);
}

std::string LowerWord(std::string_view word) {
  std::string out(word);
  for (size_t i = 0; i < out.size(); ++i) {
    unsigned char b = out[i];
    if (b >= 'A' && b <= 'Z') {
      out[i] = char(b + 32);
    } else if (b == 0xC3 && i + 1 < out.size()) {
      unsigned char n = out[i + 1];
      // U+00C0..U+00DE except U+00D7 (multiplication sign).
      if (n >= 0x80 && n <= 0x9E && n != 0x97) out[i + 1] = char(n + 0x20);
      ++i;
    }
  }
  return out;
}

static inline char AsciiLower(char c) {
  return (c >= 'A' && c <= 'Z') ? char(c + 32) : c;
}

bool StartsWithAt(std::string_view text, size_t pos, std::string_view prefix) {
  if (pos > text.size() || text.size() - pos < prefix.size()) return false;
  for (size_t i = 0; i < prefix.size(); ++i) {
    if (AsciiLower(text[pos + i]) != AsciiLower(prefix[i])) return false;
  }
  return true;
}

bool EndsWithAt(std::string_view text, size_t pos, std::string_view suffix) {
  if (pos > text.size() || pos < suffix.size()) return false;
  return StartsWithAt(text, pos - suffix.size(), suffix);
}


}  // namespace values
}  // namespace twinmap
