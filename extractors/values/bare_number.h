// The scanner's short way for the commonest value of all: a run of ASCII
// digits that no parser reads more of than the digits ("1 Henan 96 au
// centre", "14 provinces"). Such a run is a bare number; knowing that from
// the screens the parsers themselves use, the scanner appends it without
// running the parsers, weighing readings or building a candidate.
// Internal to values/.
#ifndef TWINMAP_VALUES_BARE_NUMBER_H_
#define TWINMAP_VALUES_BARE_NUMBER_H_

#include <cstddef>
#include <cstdint>
#include <vector>

#include "values/candidate.h"
#include "values/date_pieces.h"
#include "values/neighbour_words.h"
#include "values/number_screens.h"
#include "values/numbers.h"
#include "values/values.h"

namespace twinmap {
namespace values {

// What ReadQuantity learns first at ASCII digits: ReadDigits' run there
// (no code: no trailing junk) and NumberScreens::ScreenAroundDigits' answer
// around it.
struct DigitsScreened {
  DigitRun run;
  NumberScreens::Around around;
};

// A bare number read at an anchor: its value and where its digits end.
// Where there is none, what the screens said, so that the parsers run next
// need not ask them again: the date screen said no (`no_date`); or it said
// a date may start, having seen `seen`, and every other parser would read
// nothing there but the bare number [pos, end), `value` (`only_date`): then
// only ReadDate is left to run, and its reading wins if it reaches `end`.
struct BareNumber {
  double value = 0;
  size_t end = 0;
  bool no_date = false;
  bool only_date = false;
  MonthSeen seen;
  // Where Read says false having read the digits as ReadDigits does (no
  // code) and screened them as ReadQuantity does: `digits`, for
  // ReadQuantity.
  bool screened = false;
  DigitsScreened digits;
};

// Reads bare numbers in one page: what does not change from one anchor to
// the next (the context, the pack's tables) is looked up once.
class BareNumbers {
 public:
  // `in` must outlive the reader; its floor may move between reads.
  explicit BareNumbers(const ParseInput& in);

  // True only where, at the ASCII digit `pos` (an anchor no letter is
  // glued to), every parser would read nothing but ReadQuantity, and it
  // the digits alone as a number: no web address (the digits end at a byte
  // no host or e-mail goes on with), no phone (ReadPhone's own screen: 1..9
  // first, fewer than ten digits, no "(" before), no date and nothing
  // around the digits. Those last two are known from the words next to the
  // digits where they are plain (NeighbourWords), else from the parsers'
  // own screens (MayStartDateAt, NumberScreens::NothingAroundDigits). False
  // wherever one of those may read, at once where a plain word next to the
  // digits passes the screens of a list ReadQuantity reads ("7 million",
  // "over 400"), and in a context whose defaults change bare numbers
  // (default_scale, default_unit): the caller then runs the parsers, or
  // ReadDate alone where `only_date` is set.
  bool Read(size_t pos, BareNumber* bare) const;

 private:
  // Read where the words around the digits do not decide: the parsers'
  // screens, kept out of line so that the words' way stays short.
  // `plain_end`, where nonzero: the words after the digits, which end
  // there with `value`, are plain; else the digits are read again.
  __attribute__((noinline)) bool ReadByScreens(size_t pos, size_t plain_end, uint32_t value,
                                               BareNumber* bare) const;

  // Where Read says false at a run of fewer than ten ASCII digits, 1..9
  // first, ending at `end` with `value`, that ReadDigits reads alone: the
  // run and ReadQuantity's screen around it, passed on (`screened`) so
  // that ReadQuantity need not read them again. Returns false.
  bool HandOver(size_t pos, size_t end, uint32_t value, BareNumber* bare) const;

  const ParseInput& in_;
  const NeighbourWords* words_;   // null where they cannot decide
  const NumberScreens* screens_;  // null: no short way (or the context
                                  // changes bare numbers)
};

// Appends the value ReadQuantity and the scanner would make of `bare` at
// `pos`: a number, exact, with one "number" part and pattern "number".
void AppendBareNumber(size_t pos, const BareNumber& bare, std::vector<Value>* out);

}  // namespace values
}  // namespace twinmap

#endif  // TWINMAP_VALUES_BARE_NUMBER_H_
