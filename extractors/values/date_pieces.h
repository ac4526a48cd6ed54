// One date as written, possibly partial: "22" (a day of a range), "22 août
// 2017", "June 22", "2010-06-24", "22.08.2017", "2017年8月22日", "2014년 10월",
// "1996". dates.cc joins pieces into ranges and adds cues; date_screens.h
// says first where no piece can start. Internal to values/.
#ifndef TWINMAP_VALUES_DATE_PIECES_H_
#define TWINMAP_VALUES_DATE_PIECES_H_

#include <vector>

#include "values/candidate.h"
#include "values/phrase_list.h"

namespace twinmap {
namespace values {

// The years a piece reads.
constexpr int kMinYear = 1000;
constexpr int kMaxYear = 2099;

struct DatePiece {
  int year = 0, month = 0, day = 0;  // 0 where the text gives none
  size_t begin = 0, end = 0;
  Span day_span, month_span, year_span;  // empty where not written
  // The year is marked as one (年, 년, or in an ISO "2010-06" form), so it is
  // a date even without a cue.
  bool marked = false;
  bool day_only() const { return day && !month && !year; }
  bool year_only() const { return year && !month && !day; }
};

// A month name MayStartDateAt (date_screens.h) found at `pos` (its match in the pack's
// months), so that ReadDatePiece on the same text need not match it again.
struct MonthSeen {
  size_t pos = std::string_view::npos;
  // The match's entry and end, set with `pos`. Not initialised: ReadDate
  // makes a MonthSeen at every anchor, and most are never set.
  size_t index, end;
};

// The longest date piece starting at `pos`. A bare day ("22") is read only
// when `allow_bare_day`; a bare year ("1996") is always read, and the caller
// decides whether it stands as a date. `seen`, if given, is from
// MayStartDateAt on the same text.
bool ReadDatePiece(const ParseInput& in, size_t pos, bool allow_bare_day, DatePiece* piece,
                   const MonthSeen* seen = nullptr);

// Whether a numeric date ("22.08.2017", "08/22/2017") starts at `pos`, for
// MayStartDateAt.
bool NumericDateAt(const ParseInput& in, size_t pos);

// Days in a month (29 for February when the year is unknown).
int DaysInMonth(int year, int month);

}  // namespace values
}  // namespace twinmap

#endif  // TWINMAP_VALUES_DATE_PIECES_H_
