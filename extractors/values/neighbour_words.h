// The words right next to a bare number, as the lists the parsers read
// there see them, for the scanner's short way (bare_number.h): a word of
// ASCII letters on each side ("1 Henan 96 au centre") is most often in
// none of them. Per pack, built once. Internal to values/.
#ifndef TWINMAP_VALUES_NEIGHBOUR_WORDS_H_
#define TWINMAP_VALUES_NEIGHBOUR_WORDS_H_

#include <cstddef>
#include <cstdint>
#include <initializer_list>

#include "values/language_pack.h"
#include "values/number_screens.h"

namespace twinmap {
namespace values {

// The first (last) runs of ASCII letters of a list's entries, by their
// first (last) two letters and their length: where the text holds a word
// of ASCII letters, an entry matches there only if its run is that very
// word (an ASCII letter matches only itself, case aside; the lists check
// the boundary beyond an entry). So a word shaped like no entry's run is
// in none, known without hashing it.
class WordShapes {
 public:
  explicit WordShapes(LetterScreen::Side side) : side_(side) {}
  void Add(const PhraseList& list);
  // False only where no entry's run is shaped like the ASCII letters
  // [word, word + size), size >= 1.
  bool May(const char* word, size_t size) const {
    return (lengths_[Slot(word, size)] >> LengthBit(size)) & 1;
  }

 private:
  // A run's first (last) letter & 31, then its second (last but one), or
  // 0 for a run of one letter; lengths from 31 on share a bit.
  size_t Slot(const char* run, size_t size) const {
    const bool start = side_ == LetterScreen::kStart;
    unsigned a = static_cast<unsigned char>(run[start ? 0 : size - 1]);
    unsigned b = size > 1 ? static_cast<unsigned char>(run[start ? 1 : size - 2]) : 0;
    return (a & 31u) * 32 + (b & 31u);
  }
  static int LengthBit(size_t size) { return size < 31 ? int(size) : 31; }

  LetterScreen::Side side_;
  // Bit min(length, 31) of [first & 31][second & 31, or 0 for none].
  uint32_t lengths_[32 * 32] = {};
};

// The lists read next to a number of digits, when a space and a word of
// ASCII letters follow it and a word of ASCII letters and white space come
// before it: as shapes, then as words.
struct NeighbourWords {
  const LanguagePack* pack;
  // False where the short way cannot rest on words alone: a list entry
  // begins (ends) with white space where one is read after (before) a
  // number, a date marker is empty or begins with an ASCII byte, or a
  // percent prefix begins with a digit.
  bool usable = true;
  // After the number: what ReadQuantity reads there (number words, units,
  // hedges, time suffixes); and with what a date reads after a day (month
  // names, joiners, day suffixes and the other date words).
  WordShapes after_number_shapes{LetterScreen::kStart}, after_day_shapes{LetterScreen::kStart};
  WordScreen after_number{LetterScreen::kStart}, after_day{LetterScreen::kStart};
  // Before it: ordinal prefixes, identifier markers, currencies, hedges.
  WordShapes before_shapes{LetterScreen::kEnd};
  WordScreen before{LetterScreen::kEnd};

  explicit NeighbourWords(const LanguagePack& p);
};

// The tables of a pack PackFor gives; null for any other pack.
const NeighbourWords* NeighbourWordsFor(const LanguagePack& pack);

}  // namespace values
}  // namespace twinmap

#endif  // TWINMAP_VALUES_NEIGHBOUR_WORDS_H_
