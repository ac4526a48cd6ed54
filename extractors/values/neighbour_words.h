// The words right next to a bare number, as the lists the parsers read
// there see them, for the scanner's short way (bare_number.h): a word of
// ASCII letters on each side ("1 Henan 96 au centre") is most often in
// none of them. Per pack, built once. Internal to values/.
#ifndef TWINMAP_VALUES_NEIGHBOUR_WORDS_H_
#define TWINMAP_VALUES_NEIGHBOUR_WORDS_H_

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <initializer_list>

#include "values/language_pack.h"
#include "values/number_screens.h"
#include "values/phrase_list.h"

namespace twinmap {
namespace values {

// The first (last) runs of ASCII letters of a list's entries, by their
// first (last) two letters and their length: where the text holds a word
// of ASCII letters, an entry matches there only if its run is that very
// word (an ASCII letter matches only itself, case aside; the lists check
// the boundary beyond an entry). So a word shaped like no entry's run is
// in none, known without hashing it.
template <LetterScreen::Side kSide>
class WordShapes {
 public:
  void Add(const PhraseList& list);
  // False only where no entry's run is shaped like the ASCII letters
  // [word, word + size), size >= 1.
  bool May(const char* word, size_t size) const {
    return (lengths_[Slot(word, size)] >> LengthBit(size)) & 1;
  }

 private:
  // A run's first (last) letter & 31, then its second (last but one), or
  // 0 for a run of one letter; lengths from 31 on share a bit.
  static size_t Slot(const char* run, size_t size) {
    const bool start = kSide == LetterScreen::kStart;
    unsigned a = static_cast<unsigned char>(run[start ? 0 : size - 1]);
    unsigned b = size > 1 ? static_cast<unsigned char>(run[start ? 1 : size - 2]) : 0;
    return (a & 31u) * 32 + (b & 31u);
  }
  static int LengthBit(size_t size) { return size < 31 ? int(size) : 31; }

  // Bit min(length, 31) of [first & 31][second & 31, or 0 for none].
  uint32_t lengths_[32 * 32] = {};
};

// The same runs as a filter of whole words, for the words shaped like an
// entry's run ("Sichuan", "Henan" are shaped like some unit or number
// word): a word whose bit is clear is in no entry, known from one hash of
// its letters, read eight at a time.
class WordRuns {
 public:
  explicit WordRuns(LetterScreen::Side side) : side_(side) {}
  void Add(const PhraseList& list);

  // The bit of the ASCII letters [word, word + size), size >= 1, where
  // `readable` bytes from `word` may be read.
  static size_t BitOf(const char* word, size_t size, size_t readable) {
    uint64_t half[2] = {0, 0};
    if (readable >= 16) {
      std::memcpy(half, word, 16);
    } else {
      for (size_t i = 0; i < size && i < 16; ++i) {
        half[i / 8] |= uint64_t(static_cast<unsigned char>(word[i])) << (8 * (i % 8));
      }
    }
    // Only the word's first sixteen letters, lowercased; its size tells
    // longer words apart.
    const size_t m = size < 16 ? size : 16;
    if (m < 8) {
      half[0] &= (uint64_t(1) << (8 * m)) - 1;
      half[1] = 0;
    } else if (m < 16) {
      half[1] &= (uint64_t(1) << (8 * (m - 8))) - 1;
    }
    const uint64_t h = (half[0] | kLower) * 0x9E3779B97F4A7C15ull +
                       ((half[1] | kLower) ^ size) * 0xC2B2AE3D27D4EB4Full;
    return size_t((h ^ (h >> 29)) * 0xBF58476D1CE4E5B9ull >> (64 - kBits));
  }
  // False only where no entry's run is the word of `bit`.
  bool May(size_t bit) const { return (bits_[bit >> 6] >> (bit & 63)) & 1; }

 private:
  static constexpr int kBits = 13;
  static constexpr uint64_t kLower = 0x2020202020202020ull;
  LetterScreen::Side side_;
  uint64_t bits_[(size_t(1) << kBits) / 64] = {};
};

// The lists read next to a number of digits, when a space and a word of
// ASCII letters follow it and a word of ASCII letters and white space come
// before it: as shapes, then as runs, then as words.
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
  WordShapes<LetterScreen::kStart> after_number_shapes, after_day_shapes;
  WordRuns after_number_runs{LetterScreen::kStart}, after_day_runs{LetterScreen::kStart};
  WordScreen after_number{LetterScreen::kStart}, after_day{LetterScreen::kStart};
  // Before it: ordinal prefixes, identifier markers, currencies, hedges.
  WordShapes<LetterScreen::kEnd> before_shapes;
  WordRuns before_runs{LetterScreen::kEnd};
  WordScreen before{LetterScreen::kEnd};
  // Where the text before the number holds no word of ASCII letters
  // ("페이지\n9 Inner", "• 2010"): the ASCII bytes some entry of those lists
  // may end with, as MatchBefore's own first test says, and the characters
  // from U+0080, folded as MatchBefore keys them (its lookup).
  bool may_end_before[128] = {};
  WordMap<bool> last_chars_before;

  explicit NeighbourWords(const LanguagePack& p);
};

// The tables of a pack PackFor gives; null for any other pack.
const NeighbourWords* NeighbourWordsFor(const LanguagePack& pack);

}  // namespace values
}  // namespace twinmap

#endif  // TWINMAP_VALUES_NEIGHBOUR_WORDS_H_
