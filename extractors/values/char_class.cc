#include "values/char_class.h"

namespace twinmap {
namespace values {

CodePoint DecodeMultiAt(std::string_view text, size_t pos) {
  // One branch per length, three bytes first: Han, Hangul and most
  // punctuation of the pages are three bytes long.
  const auto* s = reinterpret_cast<const unsigned char*>(text.data());
  const size_t left = text.size() - pos;
  const unsigned char b = s[pos];
  constexpr CodePoint kInvalid{0xFFFD, 1};
  auto cont = [](unsigned char c) { return (c & 0xC0) == 0x80; };
  if (b >= 0xE0 && b <= 0xEF) {
    if (left < 3 || !cont(s[pos + 1]) || !cont(s[pos + 2])) return kInvalid;
    char32_t cp = (char32_t(b & 0x0F) << 12) | (char32_t(s[pos + 1] & 0x3F) << 6) |
                  char32_t(s[pos + 2] & 0x3F);
    // Overlong forms and surrogates are invalid: one replacement per byte.
    if (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF)) return kInvalid;
    return {cp, 3};
  }
  if (b >= 0xC2 && b <= 0xDF) {  // never overlong: C0 and C1 are excluded
    if (left < 2 || !cont(s[pos + 1])) return kInvalid;
    return {(char32_t(b & 0x1F) << 6) | char32_t(s[pos + 1] & 0x3F), 2};
  }
  if (b >= 0xF0 && b <= 0xF4) {
    if (left < 4 || !cont(s[pos + 1]) || !cont(s[pos + 2]) || !cont(s[pos + 3])) {
      return kInvalid;
    }
    char32_t cp = (char32_t(b & 0x07) << 18) | (char32_t(s[pos + 1] & 0x3F) << 12) |
                  (char32_t(s[pos + 2] & 0x3F) << 6) | char32_t(s[pos + 3] & 0x3F);
    if (cp < 0x10000 || cp > 0x10FFFF) return kInvalid;
    return {cp, 4};
  }
  return kInvalid;
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

namespace {

// Byte length of the multi-byte space (NBSP C2 A0, U+2000-U+200A and U+202F
// E2 80 xx, U+3000 E3 80 80) starting at `pos`, 0 when none: the bytes
// IsSpace(DecodeAt()) accepts, without decoding.
size_t MultiByteSpaceAt(const unsigned char* s, size_t size, size_t pos) {
  unsigned char b = s[pos];
  if (b == 0xC2) return pos + 1 < size && s[pos + 1] == 0xA0 ? 2 : 0;
  if ((b != 0xE2 && b != 0xE3) || pos + 2 >= size || s[pos + 1] != 0x80) return 0;
  unsigned char c = s[pos + 2];
  if (b == 0xE3) return c == 0x80 ? 3 : 0;
  return (c >= 0x80 && c <= 0x8A) || c == 0xAF ? 3 : 0;
}

// The same for the space ending at `pos` (pos > 0).
size_t MultiByteSpaceBefore(const unsigned char* s, size_t pos) {
  unsigned char c = s[pos - 1];
  if (c == 0xA0) return pos >= 2 && s[pos - 2] == 0xC2 ? 2 : 0;
  if (pos < 3 || s[pos - 2] != 0x80) return 0;
  unsigned char b = s[pos - 3];
  if (b == 0xE3) return c == 0x80 ? 3 : 0;
  return b == 0xE2 && ((c >= 0x80 && c <= 0x8A) || c == 0xAF) ? 3 : 0;
}

}  // namespace

size_t SkipSpacesSlow(std::string_view text, size_t pos) {
  const auto* s = reinterpret_cast<const unsigned char*>(text.data());
  while (pos < text.size()) {
    unsigned char b = s[pos];
    if (b == ' ' || b == '\t') {
      ++pos;
      continue;
    }
    if (b < 0x80) break;
    size_t len = MultiByteSpaceAt(s, text.size(), pos);
    if (len == 0) break;
    pos += len;
  }
  return pos;
}

size_t SkipSpacesBackSlow(std::string_view text, size_t pos) {
  if (pos > text.size()) return pos;
  const auto* s = reinterpret_cast<const unsigned char*>(text.data());
  while (pos > 0) {
    unsigned char b = s[pos - 1];
    if (b == ' ' || b == '\t') {
      --pos;
      continue;
    }
    if (b < 0x80) break;
    size_t len = MultiByteSpaceBefore(s, pos);
    if (len == 0) break;
    pos -= len;
  }
  return pos;
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
