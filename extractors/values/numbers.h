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

#include <string>
#include <string_view>
#include <vector>

#include "base/span.h"
#include "values/char_class.h"
#include "values/language_pack.h"
#include "values/values.h"

namespace twinmap {
namespace values {

struct DigitRun {
  double value = 0;
  size_t begin = 0, end = 0;
  // Counts, not copies, of the digits: a number's digits are read once, into
  // `value`, and only their number and the first matter after that.
  int digit_count = 0;    // integer digits, separators not counted
  int decimal_count = 0;  // digits after the decimal mark
  bool leading_zero = false;  // the first integer digit is 0
  bool grouped = false;   // had a thousands separator
  bool fullwidth = false;
  // The text goes on with [.,]digit after what was read ("1.2.3",
  // "192.168.1.1"): the run is part of something that is not a number.
  bool trailing_junk = false;
  bool plain() const { return !grouped && decimal_count == 0; }
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
  // Plain data, set only as parts are added: no constructor clears the
  // array of every expression read.
  struct PartRef {
    bool scale;  // a "scale" part, else a "number" part
    size_t begin, end;
    std::string_view name() const { return scale ? "scale" : "number"; }
    Span span() const { return Span{begin, end}; }
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

// The screens of number_screens.h, which turn away most words next to a
// number before the lists are read.
struct NumberScreens;

// Reads a number expression at `pos` (a digit, or a number word of `pack`).
// False when nothing there is a number, or the words are not one
// ("trois et quatre", a `not_numbers` word, a `no_start` word first).
bool ReadNumber(std::string_view text, size_t pos, const LanguagePack& pack,
                NumberExpr* expr);
// Same, given NumberScreensFor(pack) (which may be null).
bool ReadNumber(std::string_view text, size_t pos, const LanguagePack& pack,
                const NumberScreens* screens, NumberExpr* expr);

// Same, where the digits at `pos` are read already: `digits` is what
// ReadDigits gave there (it may be &expr->first_run), or null to read them.
bool ReadNumberFrom(std::string_view text, size_t pos, const LanguagePack& pack,
                    const NumberScreens* screens, const DigitRun* digits, NumberExpr* expr);

// Makes *expr the digits of `run` (read at `pos`) alone, as ReadNumber
// reads them where nothing goes on the number.
void SetDigitsAlone(const DigitRun& run, size_t pos, NumberExpr* expr);

// Scale words at `pos` ("万", "千万", "million"), after the infix hedge of
// "700余万": their product in *factor and the end in *end; false if none.
bool ReadScaleWords(std::string_view text, size_t pos, const LanguagePack& pack,
                    double* factor, size_t* end);

// SkipSpaces, SkipSpacesBack and SkipGapBack with the gap most numbers
// have, one ASCII space next to an ASCII byte that is no white space
// ("in 96 cities"), read inline.
inline size_t SkipNumberGap(std::string_view text, size_t pos) {
  if (pos + 1 < text.size() && text[pos] == ' ') {
    unsigned char b = static_cast<unsigned char>(text[pos + 1]);
    if (b < 0x80 && b != ' ' && b != '\t') return pos + 1;
  }
  return SkipSpaces(text, pos);
}
inline size_t SkipNumberGapBack(std::string_view text, size_t pos) {
  if (pos >= 2 && pos <= text.size() && text[pos - 1] == ' ') {
    unsigned char b = static_cast<unsigned char>(text[pos - 2]);
    if (b < 0x80 && b != ' ' && b != '\t') return pos - 1;
  }
  return SkipSpacesBack(text, pos);
}
// Across one line break too, as SkipGapBack.
inline size_t SkipNumberGapAndBreakBack(std::string_view text, size_t pos) {
  if (pos >= 2 && pos <= text.size() && text[pos - 1] == ' ') {
    unsigned char b = static_cast<unsigned char>(text[pos - 2]);
    if (b < 0x80 && b != ' ' && b != '\t' && b != '\n' && b != '\r') return pos - 1;
  }
  return SkipGapBack(text, pos);
}

// Rounds away the binary noise of decimal arithmetic (2.27 * 1e6).
double CleanNumberSlow(double x);
inline double CleanNumber(double x) {
  // Whole numbers, most of them, are exact: tested inline. (Below 9e15 the
  // cast truncates exactly, and is cheaper than std::floor.)
  if (x > -9e15 && x < 9e15 && x == double(static_cast<long long>(x))) return x;
  return CleanNumberSlow(x);
}

}  // namespace values
}  // namespace twinmap

#endif  // TWINMAP_VALUES_NUMBERS_H_
