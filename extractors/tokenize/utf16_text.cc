#include "tokenize/utf16_text.h"

#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace twinmap {
namespace tokenize {
namespace {

constexpr char16_t kReplacement = 0xFFFD;

bool IsContinuation(unsigned char b) { return (b & 0xC0) == 0x80; }

// Length of the well-formed UTF-8 sequence at p (1..4), or 0 if it is not
// one. Follows the Unicode table of well-formed byte sequences, so overlongs
// and surrogates are rejected.
int SequenceLength(const unsigned char* p, size_t left) {
  unsigned char b = p[0];
  if (b >= 0xC2 && b <= 0xDF) {
    return left >= 2 && IsContinuation(p[1]) ? 2 : 0;
  }
  if (b >= 0xE0 && b <= 0xEF) {
    if (left < 3 || !IsContinuation(p[2])) return 0;
    unsigned char lo = b == 0xE0 ? 0xA0 : 0x80;
    unsigned char hi = b == 0xED ? 0x9F : 0xBF;
    return p[1] >= lo && p[1] <= hi ? 3 : 0;
  }
  if (b >= 0xF0 && b <= 0xF4) {
    if (left < 4 || !IsContinuation(p[2]) || !IsContinuation(p[3])) return 0;
    unsigned char lo = b == 0xF0 ? 0x90 : 0x80;
    unsigned char hi = b == 0xF4 ? 0x8F : 0xBF;
    return p[1] >= lo && p[1] <= hi ? 4 : 0;
  }
  return 0;
}

// Eight ASCII bytes at p -> eight units at u, and map[j] = offset + j.
// GCC left the plain loop scalar (a store per unit and per index), so with
// SSE2 it is three vector stores.
void WidenAscii8(const unsigned char* p, char16_t* u, uint32_t* map,
                 uint32_t offset) {
#if defined(__SSE2__)
  const __m128i bytes = _mm_loadl_epi64(reinterpret_cast<const __m128i*>(p));
  _mm_storeu_si128(reinterpret_cast<__m128i*>(u),
                   _mm_unpacklo_epi8(bytes, _mm_setzero_si128()));
  const __m128i base = _mm_set1_epi32(static_cast<int>(offset));
  _mm_storeu_si128(reinterpret_cast<__m128i*>(map),
                   _mm_add_epi32(base, _mm_setr_epi32(0, 1, 2, 3)));
  _mm_storeu_si128(reinterpret_cast<__m128i*>(map + 4),
                   _mm_add_epi32(base, _mm_setr_epi32(4, 5, 6, 7)));
#else
  // Copied from a local, not read from p: stores to u and map could alias
  // p (a char pointer) and would force a reload per byte.
  unsigned char ascii[8];
  std::memcpy(ascii, p, 8);
  for (int j = 0; j < 8; ++j) {
    u[j] = ascii[j];
    map[j] = offset + static_cast<uint32_t>(j);
  }
#endif
}

}  // namespace

void ConvertToUtf16(std::string_view text, Utf16Text* out) {
  const size_t n = text.size();
  // At most one unit per byte, plus the end entry of the index.
  if (out->units.size() < n) out->units.resize(n);
  if (out->to_utf8.size() < n + 1) out->to_utf8.resize(n + 1);
  char16_t* u = out->units.data();
  uint32_t* map = out->to_utf8.data();
  const auto* p = reinterpret_cast<const unsigned char*>(text.data());
  bool supplementary = false, replacement = false;
  size_t i = 0, k = 0;
  while (i < n) {
    // ASCII runs dominate Latin pages: test eight bytes at a time.
    while (i + 8 <= n) {
      uint64_t word;
      std::memcpy(&word, p + i, 8);
      if (word & 0x8080808080808080ull) break;
      WidenAscii8(p + i, u + k, map + k, static_cast<uint32_t>(i));
      k += 8;
      i += 8;
    }
    if (i >= n) break;
    unsigned char b = p[i];
    if (b < 0x80) {
      u[k] = b;
      map[k++] = static_cast<uint32_t>(i++);
      continue;
    }
    int len = SequenceLength(p + i, n - i);
    char32_t c;
    switch (len) {
      case 2:
        c = (char32_t(b & 0x1F) << 6) | (p[i + 1] & 0x3F);
        break;
      case 3:
        c = (char32_t(b & 0x0F) << 12) | (char32_t(p[i + 1] & 0x3F) << 6) |
            (p[i + 2] & 0x3F);
        break;
      case 4:
        c = (char32_t(b & 0x07) << 18) | (char32_t(p[i + 1] & 0x3F) << 12) |
            (char32_t(p[i + 2] & 0x3F) << 6) | (p[i + 3] & 0x3F);
        break;
      default:  // a bad byte stands alone as U+FFFD
        c = kReplacement;
        len = 1;
        break;
    }
    if (c >= 0x10000) {
      // Four UTF-8 bytes become two units: never more units than bytes.
      c -= 0x10000;
      u[k] = static_cast<char16_t>(0xD800 + (c >> 10));
      map[k++] = static_cast<uint32_t>(i);
      u[k] = static_cast<char16_t>(0xDC00 + (c & 0x3FF));
      map[k++] = static_cast<uint32_t>(i);
      supplementary = true;
    } else {
      if (c == kReplacement) replacement = true;
      u[k] = static_cast<char16_t>(c);
      map[k++] = static_cast<uint32_t>(i);
    }
    i += len;
  }
  map[k] = static_cast<uint32_t>(n);
  out->size = static_cast<int32_t>(k);
  out->has_supplementary = supplementary;
  out->has_replacement = replacement;
}

}  // namespace tokenize
}  // namespace twinmap
