#include "values/plain_skip.h"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "values/phrase_list.h"

namespace twinmap {
namespace values {

size_t SkipPlainText(const unsigned char* bytes, size_t pos, size_t n,
                     const LanguagePack& pack) {
#if defined(__SSE2__)
  // Only a word at the very start may follow a letter (an accented one).
  const size_t start = pos;
  while (pos + 16 <= n) {
    __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(bytes + pos));
    // ASCII letters: (byte | 0x20) in 'a'..'z'; bytes >= 0x80 compare as
    // negative and fall outside.
    __m128i folded = _mm_or_si128(v, _mm_set1_epi8(0x20));
    __m128i letter = _mm_and_si128(_mm_cmpgt_epi8(folded, _mm_set1_epi8('a' - 1)),
                                   _mm_cmplt_epi8(folded, _mm_set1_epi8('z' + 1)));
    __m128i digit = _mm_and_si128(_mm_cmpgt_epi8(v, _mm_set1_epi8('0' - 1)),
                                  _mm_cmplt_epi8(v, _mm_set1_epi8('9' + 1)));
    __m128i plus = _mm_cmpeq_epi8(v, _mm_set1_epi8('+'));
    __m128i dot_at = _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('.')),
                                  _mm_cmpeq_epi8(v, _mm_set1_epi8('@')));
    unsigned letters = unsigned(_mm_movemask_epi8(letter));
    const unsigned dots = unsigned(_mm_movemask_epi8(dot_at));
    unsigned special = unsigned(_mm_movemask_epi8(_mm_or_si128(digit, plus))) |
                       unsigned(_mm_movemask_epi8(v));  // high bit: non-ASCII
    const int limit = special ? __builtin_ctz(special) : 16;
    unsigned inside = letters & ((1u << limit) - 1);
    unsigned starts = inside & ~(inside << 1);
    // Bits 16 and up of ~letters are set, so a word that runs to the end
    // of the sixteen bytes ends at 16.
    const unsigned not_letters = ~letters;
    int carry = 0;
    while (starts) {
      int s = __builtin_ctz(starts);
      int e = s + __builtin_ctz(not_letters >> s);
      if (e >= limit) {
        // A word cut by the end of the sixteen is read again from its
        // start in the next block (most blocks end inside a word); one
        // that fills the block or reaches a special byte is the caller's.
        if (limit == 16 && s > 0) carry = s;
        else return pos + s;
        break;
      }
      if ((dots >> e) & 1) return pos + s;  // may be a host or an e-mail
      // The word's WordShape() bit: by its first two letters (none for a
      // one-letter word), then its length, below 17 here.
      const unsigned char* word = bytes + pos + s;
      unsigned second = e - s >= 2 ? word[1] & 31u : 0u;
      if ((pack.ascii_word_lengths[(word[0] & 31u) * 32 + second] >> (e - s)) & 1) {
        // Shaped like an anchor word: the caller's if it is one, or if it
        // starts where a letter may come before it; else passed over here.
        if (pos + s == start) return start;
        uint64_t h = kWordHashSeed;
        for (int i = 0; i < e - s; ++i) h = WordHashStep(h, word[i] | 0x20u);
        if (pack.IsAnchorWord(h)) return pos + s;
      }
      starts &= starts - 1;
    }
    if (carry) {
      pos += size_t(carry);
      continue;
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
