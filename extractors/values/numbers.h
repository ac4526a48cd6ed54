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
    const char* name;
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

// Reads a number expression at `pos` (a digit, or a number word of `pack`).
// False when nothing there is a number, or the words are not one
// ("trois et quatre", a `not_numbers` word, a `no_start` word first).
bool ReadNumber(std::string_view text, size_t pos, const LanguagePack& pack,
                NumberExpr* expr);

// Scale words at `pos` ("万", "千万", "million"), after the infix hedge of
// "700余万": their product in *factor and the end in *end; false if none.
bool ReadScaleWords(std::string_view text, size_t pos, const LanguagePack& pack,
                    double* factor, size_t* end);

// Rounds away the binary noise of decimal arithmetic (2.27 * 1e6).
double CleanNumber(double x);

}  // namespace values
}  // namespace twinmap

#endif  // TWINMAP_VALUES_NUMBERS_H_
