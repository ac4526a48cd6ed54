// Screens that say cheaply, next to a number, that no entry of the lists
// read there (number words, units, hedges, currencies...) can match: most
// text around a number is a word that begins (ends) like no entry, and a
// table lookup is cheaper than a PhraseList match. Exact, not heuristic:
// each screen says "no" only where PhraseList's own matching rules (an
// ASCII letter matches only itself, case aside; the boundary is checked)
// leave no entry that could match, so screened and full readings give the
// same values (number_screens_test checks this at every position of the
// corpus). Built once per pack, from its lists. Internal to values/.
#ifndef TWINMAP_VALUES_NUMBER_SCREENS_H_
#define TWINMAP_VALUES_NUMBER_SCREENS_H_

#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "values/char_class.h"
#include "values/language_pack.h"
#include "values/phrase_list.h"

namespace twinmap {
namespace values {

// An ASCII letter's index 0..25, case folded; 26 for any other byte.
constexpr std::array<uint8_t, 256> MakeLetterIndex() {
  std::array<uint8_t, 256> t{};
  for (int b = 0; b < 256; ++b) {
    t[b] = b >= 'a' && b <= 'z'   ? uint8_t(b - 'a')
           : b >= 'A' && b <= 'Z' ? uint8_t(b - 'A')
                                  : uint8_t(26);
  }
  return t;
}
inline constexpr std::array<uint8_t, 256> kLetterIndex = MakeLetterIndex();

// How the entries of a PhraseList begin (or end), as far as text of ASCII
// letters is concerned: a cheap "no" for most words next to a number.
// PhraseList matches an ASCII letter only with itself in either case (no
// other character folds to one; a space, an apostrophe or a non-ASCII
// character in an entry matches no ASCII letter). So where the text holds
// the ASCII letters x y, an entry matches only if it begins with x y; and
// if the text goes on with the letter z, only if its third byte is z or
// it is just "xy" matched without the boundary check. Backwards, the same
// with the last bytes of entry and text.
class LetterScreen {
 public:
  enum Side { kStart, kEnd };
  // `boundary`: the list checks the boundary beyond the entry's side (no
  // letter or digit after an entry, for kStart; before it, for kEnd).
  LetterScreen(const PhraseList& list, Side side, bool boundary);
  // The letters at (before) a position, as the screens test them: looked
  // up once where several lists are read at the same place.
  struct Key {
    int pair;   // row of the first two letters in thirds_
    int third;  // bit of the third
  };
  static Key KeyAt(std::string_view text, size_t pos) {
    if (pos + 1 >= text.size()) return {kAnyPair, 0};
    char z = pos + 2 < text.size() ? text[pos + 2] : ' ';
    return {Index(text[pos]) * 27 + Index(text[pos + 1]), Index(z)};
  }
  static Key KeyBefore(std::string_view text, size_t pos) {
    if (pos < 2 || pos > text.size()) return {kAnyPair, 0};
    char z = pos >= 3 ? text[pos - 3] : ' ';
    return {Index(text[pos - 1]) * 27 + Index(text[pos - 2]), Index(z)};
  }
  // Also screens what `other` screens: one lookup for several lists.
  void Add(const LetterScreen& other) {
    for (int i = 0; i < 27 * 27; ++i) thirds_[i] |= other.thirds_[i];
  }
  // False only where no entry can start (end) at the key's position.
  bool May(Key key) const { return (thirds_[key.pair] >> key.third) & 1; }
  bool MayMatchAt(std::string_view text, size_t pos) const { return May(KeyAt(text, pos)); }
  bool MayMatchBefore(std::string_view text, size_t pos) const {
    return May(KeyBefore(text, pos));
  }

 private:
  static constexpr int kOther = 26;  // any byte but an ASCII letter
  // A row with every bit set (no letter at all): where the text is too
  // short to screen.
  static constexpr int kAnyPair = kOther * 27 + kOther;
  static int Index(char c) { return kLetterIndex[static_cast<unsigned char>(c)]; }
  // Bit z of thirds_[x * 27 + y]: text x y z may match. Where x or y is no
  // letter, every bit is set.
  uint32_t thirds_[27 * 27] = {};
};

// ASCII bytes at which (before which) an entry of some lists may match;
// every byte from 0x80 on counts as one (the callers read no further).
class AsciiScreen {
 public:
  // Adds the first (last) byte of every entry, as PhraseList matches it:
  // a letter in either case, a space as any white space.
  void Add(const PhraseList& list, LetterScreen::Side side);
  void AddByte(unsigned char b) {
    if (b < 0x80) bits_[b >> 6] |= uint64_t(1) << (b & 63);
  }
  void AddAll() { bits_[0] = bits_[1] = ~uint64_t(0); }
  bool May(unsigned char b) const { return b >= 0x80 || ((bits_[b >> 6] >> (b & 63)) & 1); }

 private:
  uint64_t bits_[2] = {};
};

// The ASCII words the entries of some lists begin (end) with: a sharper
// "no" than LetterScreen for a whole word next to a number ("au centre"
// begins like "au moins", "Hunan" like "hundred"), and a cheaper "maybe"
// than matching the lists. Where the text holds a word of ASCII letters,
// an entry matches only if its own run of ASCII letters there is that
// word (an ASCII letter matches only itself, case aside, and the lists
// check the boundary beyond the entry); where the entry goes on with one
// space and a second run, only if the text goes on with white space and
// that second word. Kept as hashes in a bit filter: a collision only lets
// more through.
class WordScreen {
 public:
  explicit WordScreen(LetterScreen::Side side) : side_(side) {}
  void Add(const PhraseList& list);
  // `pos` holds (`pos - 1` holds) an ASCII letter.
  bool MayMatchAt(std::string_view text, size_t pos) const;
  bool MayMatchBefore(std::string_view text, size_t pos) const;

 private:
  static constexpr uint64_t kSeed = 1469598103934665603ull;
  static uint64_t Step(uint64_t h, unsigned char b) { return (h ^ b) * 1099511628211ull; }
  // The filter's bit for a hash: its high bits, mixed first (those of
  // Step alone hardly change with a short word's last letters).
  static constexpr int kBits = 13;
  static size_t Bit(uint64_t h) { return size_t((h * 0x9E3779B97F4A7C15ull) >> (64 - kBits)); }
  void Set(uint64_t h) { bits_[Bit(h) >> 6] |= uint64_t(1) << (Bit(h) & 63); }
  bool Has(uint64_t h) const { return (bits_[Bit(h) >> 6] >> (Bit(h) & 63)) & 1; }
  LetterScreen::Side side_;
  // Hashes of one word, or of two with a space between.
  uint64_t bits_[(1 << kBits) / 64] = {};
};

// The screens of the lists read around a number, for one pack: most text
// next to a number is a word that begins (ends) like none of their entries.
struct NumberScreens {
  const LanguagePack* pack;
  LetterScreen number_words, joiners, units, unit_links, hedges_after, time_suffixes;
  LetterScreen ordinal_prefixes, identifier_markers, currency_before, hedges_before;
  explicit NumberScreens(const LanguagePack& p);

  // True only where no number word or digits can go on a number whose
  // digit run ends at `end` (ReadNumber then reads the run alone): most
  // runs are followed by a space and a word.
  bool NothingFollowsDigits(std::string_view text, size_t end) const;
  // True only where no number word can go on a Latin number word ending
  // at `end`, nor a joiner ("vingt et un") come next: one space or tab,
  // then a word of ASCII letters that begins none (most words after one).
  bool NothingFollowsWord(std::string_view text, size_t end) const;
  // True only where nothing ReadQuantity reads around a digit run read
  // alone, [start, end), is there: no ordinal, time, ratio or date mark,
  // no unit, hedge or currency, no letter glued to the digits. The run is
  // then a bare number. One screen for all the lists read at each place,
  // then their words; before the number, only the lists whose own screens
  // let a word through match it in full (after it, such a word is left to
  // the full reading: most match).
  bool NothingAroundDigits(std::string_view text, size_t start, size_t end) const;
  // The same for ReadQuantity, which matches the lists before the digits
  // itself: kNothing where nothing may be read after the digits and the
  // screens alone (no full match) leave no list a place to end before
  // them; kOnlyBefore where nothing may be read after them (ReadNumber
  // reads the run alone, and ReadQuantity nothing after it) but a list
  // may end before them, to be matched once by the caller; else
  // kMayFollow.
  enum class Around { kNothing, kOnlyBefore, kMayFollow };
  Around ScreenAroundDigits(std::string_view text, size_t start, size_t end) const;
  // False only where `words` (words read as a number) is none of the
  // pack's `not_numbers`: most are not the length of one, or begin as none.
  bool MayBeNotNumber(std::string_view words) const {
    if (words.empty() || words.size() >= 64) return true;
    unsigned char b = static_cast<unsigned char>(words[0]);
    return ((not_number_sizes >> words.size()) & 1) &&
           ((not_number_first_bytes[b >> 6] >> (b & 63)) & 1);
  }
  uint64_t not_number_sizes = 0;  // bit n: an entry of n bytes (n < 64)
  uint64_t not_number_first_bytes[4] = {};

  // False only where ReadQuantity can read nothing at `pos`: no digit is
  // there, and no number word, approximate noun ("dizaine") or percent
  // prefix ("百分之") begins with its character. Most words a scan tries
  // are in no list (a Han word after a phone number, "+86", "June").
  bool MayBeginQuantityAt(std::string_view text, size_t pos) const {
    if (pos >= text.size()) return false;
    unsigned char b = static_cast<unsigned char>(text[pos]);
    char32_t key = b < 0x80 ? FoldChar(b) : FoldChar(DecodeAt(text, pos).cp);
    if (key >= kKeyedBelow) return true;
    return (first_keys[key >> 6] >> (key & 63)) & 1;
  }
  static constexpr char32_t kKeyedBelow = 0x10000;
  // Bit k: a digit is k, or an entry of those lists begins with a character
  // FoldChar makes k (PhraseList indexes its entries by that key, and tries
  // no other; FoldChar keeps a digit as it is).
  uint64_t first_keys[kKeyedBelow / 64] = {};

  // False only where no month or day marker ("月", "日") begins at `pos`:
  // most numbers are followed by a byte that begins none.
  bool MayHaveDateMarkerAt(std::string_view text, size_t pos) const {
    if (any_empty_marker) return true;
    if (pos >= text.size()) return false;
    unsigned char b = static_cast<unsigned char>(text[pos]);
    return (marker_first_bytes[b >> 6] >> (b & 63)) & 1;
  }
  uint64_t marker_first_bytes[4] = {};
  // The halves of NothingAroundDigits and ScreenAroundDigits: nothing may
  // be read after the digits ending at `end`; no list read before the
  // digits starting at `start` matches (kInFull: its lists are matched in
  // full where their screens let a word through; else a screen's "maybe"
  // is taken for a match).
  bool NothingAfterDigits(std::string_view text, size_t end) const;
  template <bool kInFull>
  bool NoneBeforeDigits(std::string_view text, size_t start) const;
  bool any_empty_marker = false;

  // For the two screens above: every list read right after the digits
  // (with ':' and the markers), where the gap after them ends (with ':'),
  // and right before the digits or the gap before them; the letters of the
  // last two as one screen each.
  AsciiScreen number_word_bytes, glued_after_bytes, after_gap_bytes, before_bytes;
  LetterScreen after_gap_letters, before_letters;
  // The same lists' words, where their letters let a word through.
  WordScreen after_gap_words{LetterScreen::kStart}, before_words{LetterScreen::kEnd};
};

// The screens of a pack PackFor gives (those live as long as the process
// and never change); null for any other pack, which is then read in full.
const NumberScreens* NumberScreensFor(const LanguagePack& pack);

}  // namespace values
}  // namespace twinmap

#endif  // TWINMAP_VALUES_NUMBER_SCREENS_H_
