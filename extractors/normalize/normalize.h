// normalize: UTF-8 text -> display text (NFC) and matching keys (NFKC + case
// fold), each with an OffsetMap back to its input.
//
// Entry header of the normalize stage; other stages include only this file.
// Both rewrites work one segment at a time, a segment being a starter and the
// combining characters after it (the stretch that normalisation cannot reach
// across). A segment that comes out unchanged is a linear piece of the map; a
// rewritten one is an atomic piece covering all its input bytes.
//
//   ToDisplay("Cafe\u0301")            -> "Café"      ("e\u0301" -> "é" atomic)
//   ToMatchKey("Île-de-France")        -> "île-de-france"
//   ToMatchKey("Île-de-France", {true}) -> "ile-de-france"
//   ToMatchKey("Ａ1")                   -> "a1"   map {0,1}->{0,3},
//   {1,2}->{3,4} ToMatchKey("ﬁ ㎢ ① １２３")          -> "fi km2 1 123"
//   ToMatchKey("l’Aube\u00A0– Straße")  -> "l'aube - strasse"
//
// Input should be valid UTF-8 (ingest guarantees it). Anything else is still
// handled: each invalid byte becomes U+FFFD, an atomic unit of one input byte.
// Functions are pure and thread-safe; results are owned by the caller.
#ifndef TWINMAP_NORMALIZE_NORMALIZE_H_
#define TWINMAP_NORMALIZE_NORMALIZE_H_

#include <string>
#include <string_view>

#include "base/offset_map.h"

namespace twinmap {
namespace normalize {

// A rewritten text and the map from its bytes back to the input's bytes
// (to_input.out_size() == text.size(), to_input.in_size() == input size).
struct Normalized {
  std::string text;
  OffsetMap to_input;
};

struct KeyOptions {
  // Also remove combining marks (accents): "Île-de-France" -> "ile-de-france".
  bool strip_marks = false;
};

// NFC, for display and for the tokenizer. Whitespace and case are kept.
Normalized ToDisplay(std::string_view utf8);

// The matching key. In order of effect:
//  - NFKC with Unicode case folding, dropping default-ignorable characters
//    (utf8proc's NFKC_Casefold): "ß" -> "ss", "ﬁ" -> "fi", "㎢" -> "km2",
//    "①" -> "1", fullwidth "１２３" / "ＡＢＣ" -> "123" / "abc", soft hyphen
//    and zero-width space dropped; Hangul and Han text unchanged;
//  - then odd spaces (tab, NBSP, U+2000-U+200A, U+202F, U+205F, U+3000)
//    -> ' ', apostrophes (U+2018, U+2019, U+02BC, U+FF07) -> '\'', and
//    dashes/hyphens/minus (U+2010-U+2015, U+2212, U+FE63, U+FF0D) -> '-';
//  - optionally, combining marks removed (KeyOptions::strip_marks).
// Line breaks ('\n', '\r') are kept as they are: layout matters downstream.
Normalized ToMatchKey(std::string_view utf8, KeyOptions options = {});

// The same key text as ToMatchKey, without building a map (gazetteer keys).
std::string MatchKey(std::string_view utf8, KeyOptions options = {});

}  // namespace normalize
}  // namespace twinmap

#endif  // TWINMAP_NORMALIZE_NORMALIZE_H_
