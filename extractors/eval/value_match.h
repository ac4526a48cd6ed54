// When a claim's value says what a gold value says.
//
//   numbers   within a relative tolerance (0.5%): 96000000 ~ 96400000
//   dates     ISO prefix: gold "2010" ~ "2010-06-23"; gold "2017-08-22" !~
//   "2017" strings   ValueKey equality: "www.henan.gov.cn" ~ " WWW.Henan.gov.cn
//   "
// A number written as a string ("1998") compares as a number, and an
// integral number compares with a gold date by its digits (1998 ~ "1998").
#ifndef TWINMAP_EVAL_VALUE_MATCH_H_
#define TWINMAP_EVAL_VALUE_MATCH_H_

#include <string>

#include "eval/value.h"

namespace twinmap::eval {

// "YYYY", "YYYY-MM" or "YYYY-MM-DD".
bool IsIsoDate(const std::string& text);

bool ValuesMatch(const Value& gold, const Value& got,
                 double relative_tolerance);

// A unit disagrees only when both sides give one and they differ (ignoring
// case): the gold leaves "persons" and "percent" implicit.
bool UnitsAgree(const std::string& gold, const std::string& got);

}  // namespace twinmap::eval

#endif  // TWINMAP_EVAL_VALUE_MATCH_H_
