// Month and weekday names and the CJK date markers (年 月 日, 년 월 일) from
// ICU's locale data. The only file of values/ that includes ICU.
#ifndef TWINMAP_VALUES_CALENDAR_NAMES_H_
#define TWINMAP_VALUES_CALENDAR_NAMES_H_

#include <string>
#include <vector>

#include "base/status.h"

namespace twinmap {
namespace values {

struct CalendarNames {
  // Lower-cased month names, wide and abbreviated, format and stand-alone,
  // with a trailing "." dropped ("janv." -> "janv"); month 1..12.
  std::vector<std::pair<std::string, int>> months;
  // Lower-cased weekday names, wide and abbreviated.
  std::vector<std::string> weekdays;
  // The literal text ICU's year-month-day pattern puts after each field:
  // zh "年" "月" "日", ko "년" "월" "일"; empty where the pattern has none.
  std::string year_marker, month_marker, day_marker;
  // Field order of the locale's numeric date ("dd/MM/y" -> "dmy",
  // "M/d/y" -> "mdy", "y/M/d" -> "ymd").
  std::string numeric_order;
};

// Names for `locale` ("fr", "en", "ko", "zh"). Accented names also come
// without accents ("aout", "fevrier"), as they are often typed.
Result<CalendarNames> LoadCalendarNames(const std::string& locale);

}  // namespace values
}  // namespace twinmap

#endif  // TWINMAP_VALUES_CALENDAR_NAMES_H_
