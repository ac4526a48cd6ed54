// Reading a number at a position: digit runs with each language's
// separators, number words in four languages, and the scale words that
// multiply them. Units, hedges and dates are read around these by the other
// parsers. Internal to values/.
//
//   ReadDigits   "13,756" (en) 13756 · "13 756" / "13.756" (fr) 13756 ·
//                "4,6" (fr) 4.6 · "1.200.000" 1200000 · "２０１７" 2017
//   ReadNumber   "2.27 million" 2270000 · "700万" 7000000 · "vingt-trois" 23 ·
//                "quatre-vingt-dix-sept" 97 · "twenty-one" 21 ·
//                "三万四千五百六十七" 34567 · "一万零四十" 10040 · "삼만" 30000 ·
//                "스물하나" 21 · "1억 2천만" 120000000
#ifndef TWINMAP_VALUES_NUMBERS_H_
#define TWINMAP_VALUES_NUMBERS_H_

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "base/span.h"
#include "values/language_pack.h"
#include "values/values.h"

namespace twinmap {
namespace values {

struct DigitRun {
  double value = 0;
  size_t begin = 0, end = 0;
  std::string digits;     // the integer digits in ASCII, separators dropped
  std::string decimals;   // the digits after the decimal mark, ASCII
  bool grouped = false;   // had a thousands separator
  bool fullwidth = false;
  // The text goes on with [.,]digit after what was read ("1.2.3",
  // "192.168.1.1"): the run is part of something that is not a number.
  bool trailing_junk = false;
  bool plain() const { return !grouped && decimals.empty(); }
};

// Reads digits starting at `pos` (which must hold a digit).
bool ReadDigits(std::string_view text, size_t pos, const LanguagePack& pack,
                DigitRun* run);

struct NumberExpr {
  double value = 0;
  Span span;
  // "number" pieces and "scale" words, in order (at most kMaxParts; a
  // longer number extends its last part).
  static constexpr int kMaxParts = 8;
  struct PartRef {
    std::string_view name;
    Span span;
  } parts[kMaxParts];
  int part_count = 0;
  bool has_digits = false;
  bool has_scale = false;   // a scale, group or multiplier word follows digits
  bool weak_only = false;   // one weak word ("one", "un", "五"): not a number
                            // unless a unit follows
  bool hangul_end = false;  // the last token is a Hangul word
  DigitRun first_run;       // the first digit run, when has_digits
  int tokens = 0;
};

struct NumberScreens;

// Reads a number expression at `pos` (a digit, or a number word of `pack`).
// False when nothing there is a number, or the words are not one
// ("trois et quatre", a `not_numbers` word, a `no_start` word first).
bool ReadNumber(std::string_view text, size_t pos, const LanguagePack& pack,
                NumberExpr* expr);
// Same, given NumberScreensFor(pack) (which may be null).
bool ReadNumber(std::string_view text, size_t pos, const LanguagePack& pack,
                const NumberScreens* screens, NumberExpr* expr);

// Scale words at `pos` ("万", "千万", "million"), after the infix hedge of
// "700余万": their product in *factor and the end in *end; false if none.
bool ReadScaleWords(std::string_view text, size_t pos, const LanguagePack& pack,
                    double* factor, size_t* end);

// Rounds away the binary noise of decimal arithmetic (2.27 * 1e6).
double CleanNumber(double x);

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
  // False only where no entry can start (end) at `pos`.
  bool MayMatchAt(std::string_view text, size_t pos) const {
    if (pos + 1 >= text.size()) return true;
    char z = pos + 2 < text.size() ? text[pos + 2] : ' ';
    return May(text[pos], text[pos + 1], z);
  }
  bool MayMatchBefore(std::string_view text, size_t pos) const {
    if (pos < 2 || pos > text.size()) return true;
    char z = pos >= 3 ? text[pos - 3] : ' ';
    return May(text[pos - 1], text[pos - 2], z);
  }

 private:
  static constexpr int kOther = 26;  // any byte but an ASCII letter
  static int Index(char c) { return kLetterIndex[static_cast<unsigned char>(c)]; }
  // Bit z of thirds_[x * 27 + y]: text x y z may match. Where x or y is no
  // letter, every bit is set.
  bool May(char x, char y, char z) const {
    return (thirds_[Index(x) * 27 + Index(y)] >> Index(z)) & 1;
  }
  uint32_t thirds_[27 * 27] = {};
};

// The screens of the lists read around a number, for one pack: most text
// next to a number is a word that begins (ends) like none of their entries.
struct NumberScreens {
  const LanguagePack* pack;
  LetterScreen number_words, joiners, units, unit_links, hedges_after, time_suffixes;
  LetterScreen ordinal_prefixes, identifier_markers, currency_before, hedges_before;
  explicit NumberScreens(const LanguagePack& p);
};

// The screens of a pack PackFor gives (those live as long as the process
// and never change); null for any other pack, which is then read in full.
const NumberScreens* NumberScreensFor(const LanguagePack& pack);

}  // namespace values
}  // namespace twinmap

#endif  // TWINMAP_VALUES_NUMBERS_H_
