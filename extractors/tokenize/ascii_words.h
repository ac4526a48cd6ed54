// ASCII word breaks without ICU: the boundaries and rule statuses that ICU's
// root word breaker gives over a run of ASCII units.
//
// Most of a Latin page is ASCII, where ICU's rules (UAX #29 as ICU's root
// rules read it) come down to a few cases, and asking ICU cost about half
// of Segment(). For ASCII the rules are:
//   CR LF stays together; every other break after or before CR, LF, VT, FF;
//   runs of spaces stay together; letters (with "@", a letter to ICU's
//   root rules), digits and "_" join each other;
//   "." and "'" join letter.letter and digit.digit, "," and ";" join
//   digit,digit. ":" joins nothing (ICU's root rules drop it from
//   MidLetter). Anything else is a segment of its own.
// ICU's status is that of the last rule applied: a segment ending in a
// letter is a letter (200), ending in a digit a number (100), ending in "_"
// takes the status of the unit before it ("a_" 200, "1_" 100, "__" 200); a
// lone "_" and every other segment have none (0). So "km2" is a number and
// "2km" a word, as with ICU.
//
// tests/tokenize/ascii_words_test.cc compares these with ICU over every
// ASCII string up to length 3, and over longer strings of every class.
#ifndef TWINMAP_TOKENIZE_ASCII_WORDS_H_
#define TWINMAP_TOKENIZE_ASCII_WORDS_H_

#include <cstdint>

#include "tokenize/icu_adapter.h"

namespace twinmap {
namespace tokenize {

// ICU's word rule statuses (UBRK_WORD_NONE, _NUMBER, _LETTER).
inline constexpr int32_t kWordStatusNone = 0;
inline constexpr int32_t kWordStatusNumber = 100;
inline constexpr int32_t kWordStatusLetter = 200;

// The boundary after `begin` in units[begin, end), which must all be ASCII,
// with `begin` a boundary and `end` a boundary or the end of the text
// (nothing after `end` is read). Sets `*status` to ICU's rule status of the
// segment [begin, returned).
int32_t NextAsciiWordBoundary(const char16_t* units, int32_t begin, int32_t end,
                              int32_t* status);

// The segments of units[begin, end) (the same conditions), classified as
// icu_adapter::Classify() would: fills up to `capacity` of `out` and returns
// how many; the last ends at `end` unless `out` filled up first.
int32_t NextAsciiWordSegments(const char16_t* units, int32_t begin, int32_t end,
                              icu_adapter::WordSegment* out, int32_t capacity);

// Whether ICU's word breaker always breaks between units[at - 1] and
// units[at], whatever comes before or after them (0 < at): after a line
// break (but not between CR and LF), before a line break, and between an
// ASCII space and another ASCII unit. ICU can then be run on either side
// alone.
inline bool IsSureWordBoundary(const char16_t* units, int32_t at) {
  const char16_t x = units[at - 1], y = units[at];
  if (x == u'\n' || y == u'\r') return true;
  if (x == u'\r' || y == u'\n') return !(x == u'\r' && y == u'\n');
  if (x == u' ') return y < 0x80 && y != u' ';
  if (y == u' ') return x < 0x80;
  return false;
}

}  // namespace tokenize
}  // namespace twinmap

#endif  // TWINMAP_TOKENIZE_ASCII_WORDS_H_
