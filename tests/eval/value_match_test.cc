#include "eval/value_match.h"

#include <catch2/catch.hpp>

namespace twinmap::eval {
namespace {

Value N(double n) { return Value::Number(n, std::to_string(n)); }
Value S(const char* s) { return Value::String(s); }

TEST_CASE("Numbers match within the relative tolerance") {
  struct Row {
    double gold;
    double got;
    bool match;
  };
  const Row rows[] = {
      {96000000, 96000000, true},
      {96000000, 96400000, true},   // 0.42%
      {96000000, 95520000, true},   // exactly 0.5%
      {90000000, 90600000, false},  // 0.67%
      {96, 96000000, false},
      {0, 0, true},
      {0, 1, false},
      {1.2, 1.205, true},
  };
  for (const Row& row : rows) {
    INFO(row.gold << " vs " << row.got);
    CHECK(ValuesMatch(N(row.gold), N(row.got), 0.005) == row.match);
  }
}

TEST_CASE("A number written as a string compares as a number") {
  CHECK(ValuesMatch(N(1998), S("1998"), 0.005));
  CHECK(ValuesMatch(N(96000000), S(" 96000000 "), 0.005));
  CHECK_FALSE(ValuesMatch(N(12), S("12 km"), 0.005));
}

TEST_CASE("Dates match as an ISO prefix of the claim") {
  CHECK(ValuesMatch(S("2010"), S("2010-06-23"), 0.005));
  CHECK(ValuesMatch(S("2007-11"), S("2007-11-22"), 0.005));
  CHECK(ValuesMatch(S("2017-08-22"), S("2017-08-22"), 0.005));
  CHECK(ValuesMatch(S("1996"), N(1996), 0.005));
  CHECK_FALSE(ValuesMatch(S("2017-08-22"), S("2017"), 0.005));
  CHECK_FALSE(ValuesMatch(S("2010"), S("20101"), 0.005));
  CHECK_FALSE(ValuesMatch(S("2010"), S("2011-01-01"), 0.005));
}

TEST_CASE("Strings match case-insensitively after trimming") {
  CHECK(ValuesMatch(S("www.henan.gov.cn"), S(" WWW.Henan.gov.cn "), 0.005));
  CHECK(ValuesMatch(S("+8655162703790"), S("+8655162703790"), 0.005));
  CHECK_FALSE(ValuesMatch(S("www.henan.gov.cn"), S("henan.gov.cn"), 0.005));
  CHECK_FALSE(ValuesMatch(S("Maire de Nancy"), N(1), 0.005));
}

TEST_CASE("IsIsoDate accepts years, months and days only") {
  CHECK(IsIsoDate("2010"));
  CHECK(IsIsoDate("2010-06"));
  CHECK(IsIsoDate("2010-06-23"));
  CHECK_FALSE(IsIsoDate("201"));
  CHECK_FALSE(IsIsoDate("2010/06/23"));
  CHECK_FALSE(IsIsoDate("+86-551"));
}

TEST_CASE("Units disagree only when both are given and differ") {
  CHECK(UnitsAgree("CNY", "cny"));
  CHECK(UnitsAgree("", "persons"));
  CHECK(UnitsAgree("USD", ""));
  CHECK_FALSE(UnitsAgree("CNY", "USD"));
}

}  // namespace
}  // namespace twinmap::eval
