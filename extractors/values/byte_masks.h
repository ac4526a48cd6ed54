// The byte classes of a block of sixteen bytes, one bit per byte: the
// tests the scanner's fast lanes (SkipPlainText, LooksLikeWeb, ReadHostRun)
// share. A class is first a vector of lanes (0xFF where a byte is in it),
// so that a union of classes costs one movemask; MaskOf turns lanes into
// the sixteen bits. SSE2 only: callers keep a byte loop without it.
// Internal to values/.
#ifndef TWINMAP_VALUES_BYTE_MASKS_H_
#define TWINMAP_VALUES_BYTE_MASKS_H_

#if defined(__SSE2__)
#include <emmintrin.h>

namespace twinmap {
namespace values {

inline __m128i LoadSixteen(const unsigned char* p) {
  return _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
}

// Bit i: the high bit of byte i. Of the raw bytes: the non-ASCII ones.
inline unsigned MaskOf(__m128i lanes) { return unsigned(_mm_movemask_epi8(lanes)); }

// Bytes in [lo, lo + count): moved to the bottom of the signed range, one
// compare; bytes >= 0x80 land above it when lo < 0x80.
inline __m128i LanesInRange(__m128i v, unsigned char lo, unsigned char count) {
  __m128i moved = _mm_sub_epi8(v, _mm_set1_epi8(char(lo + 128)));
  return _mm_cmplt_epi8(moved, _mm_set1_epi8(char(-128 + count)));
}

// [A-Za-z]: (byte | 0x20) in 'a'..'z'.
inline __m128i AsciiLetterLanes(__m128i v) {
  return LanesInRange(_mm_or_si128(v, _mm_set1_epi8(0x20)), 'a', 26);
}
inline __m128i CapitalLanes(__m128i v) { return LanesInRange(v, 'A', 26); }
inline __m128i DigitLanes(__m128i v) { return LanesInRange(v, '0', 10); }
inline __m128i ByteLanes(__m128i v, char b) { return _mm_cmpeq_epi8(v, _mm_set1_epi8(b)); }

inline __m128i Union(__m128i a, __m128i b) { return _mm_or_si128(a, b); }
template <typename... More>
inline __m128i Union(__m128i a, __m128i b, More... more) {
  return Union(_mm_or_si128(a, b), more...);
}

inline unsigned AsciiLetterMask(__m128i v) { return MaskOf(AsciiLetterLanes(v)); }
inline unsigned ByteMask(__m128i v, char b) { return MaskOf(ByteLanes(v, b)); }

}  // namespace values
}  // namespace twinmap

#endif  // defined(__SSE2__)
#endif  // TWINMAP_VALUES_BYTE_MASKS_H_
