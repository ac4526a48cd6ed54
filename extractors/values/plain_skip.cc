#include "values/plain_skip.h"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace twinmap {
namespace values {

namespace {

// LanguagePack::WordShape() of a word of `length` ASCII letters: a
// one-letter word's second character is no letter (slot 26).
inline int WordShapeOfAscii(const unsigned char* word, size_t length) {
  int first = (word[0] | 0x20) - 'a';
  int second = length >= 2 ? (word[1] | 0x20) - 'a' : 26;
  return (first * 27 + second) * 32 + int(length < 31 ? length : 31);
}

}  // namespace

size_t SkipPlainText(const unsigned char* bytes, size_t pos, size_t n,
                     const LanguagePack& pack) {
#if defined(__SSE2__)
  // 17 bytes readable: the sixteen, and the one after a word that ends them.
  while (pos + 17 <= n) {
    __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(bytes + pos));
    // ASCII letters: (byte | 0x20) in 'a'..'z'; bytes >= 0x80 compare as
    // negative and fall outside.
    __m128i folded = _mm_or_si128(v, _mm_set1_epi8(0x20));
    __m128i letter = _mm_and_si128(_mm_cmpgt_epi8(folded, _mm_set1_epi8('a' - 1)),
                                   _mm_cmplt_epi8(folded, _mm_set1_epi8('z' + 1)));
    __m128i digit = _mm_and_si128(_mm_cmpgt_epi8(v, _mm_set1_epi8('0' - 1)),
                                  _mm_cmplt_epi8(v, _mm_set1_epi8('9' + 1)));
    __m128i plus = _mm_cmpeq_epi8(v, _mm_set1_epi8('+'));
    unsigned letters = unsigned(_mm_movemask_epi8(letter));
    unsigned special = unsigned(_mm_movemask_epi8(_mm_or_si128(digit, plus))) |
                       unsigned(_mm_movemask_epi8(v));  // high bit: non-ASCII
    const int limit = special ? __builtin_ctz(special) : 16;
    unsigned inside = letters & ((1u << limit) - 1);
    unsigned starts = inside & ~(inside << 1);
    // Bits 16 and up of ~letters are set, so a word that runs to the end
    // of the sixteen bytes ends at 16.
    const unsigned not_letters = ~letters;
    while (starts) {
      int s = __builtin_ctz(starts);
      int e = s + __builtin_ctz(not_letters >> s);
      if (e >= limit) return pos + s;  // reaches a special byte or the end
      unsigned char after = bytes[pos + e];
      if (after == '.' || after == '@') return pos + s;
      if (pack.MayBeAnchorWord(WordShapeOfAscii(bytes + pos + s, size_t(e - s)))) {
        return pos + s;
      }
      starts &= starts - 1;
    }
    pos += size_t(limit);
    if (limit < 16) return pos;  // the special byte
  }
#else
  (void)bytes;
  (void)n;
  (void)pack;
#endif
  return pos;
}

}  // namespace values
}  // namespace twinmap
