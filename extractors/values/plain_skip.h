// The scanner's fast lane: sixteen bytes at a time, it passes over ASCII
// punctuation, spaces and words that can start no value, which is most of a
// page. Internal to values/.
#ifndef TWINMAP_VALUES_PLAIN_SKIP_H_
#define TWINMAP_VALUES_PLAIN_SKIP_H_

#include <cstddef>

#include "values/language_pack.h"

namespace twinmap {
namespace values {

// Where the byte-by-byte scan must resume at or after `pos`: the first byte
// that is a digit, '+' or non-ASCII, the first word that is an anchor word
// (or is shaped like one, by WordShape, and starts at `pos`) or runs into
// '.', '@' or a non-ASCII byte, or a word that reaches past the bytes read.
// Everything it passes over, the byte-by-byte scan would pass over too:
// ASCII bytes that are no letter, digit or '+', and ASCII words after an
// ASCII byte that are no anchor word.
size_t SkipPlainText(const unsigned char* bytes, size_t pos, size_t n,
                     const LanguagePack& pack);

}  // namespace values
}  // namespace twinmap

#endif  // TWINMAP_VALUES_PLAIN_SKIP_H_
