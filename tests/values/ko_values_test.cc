// Korean values, one table per behaviour, written from Korean usage: digits
// group by the comma; large numbers count in 만 (10^4), 억 (10^8) and 조
// (10^12), with Sino-Korean (일 이 삼...) and native (하나 둘 셋... 스물)
// numerals; counters and hedges follow the number (명, 이상, 가까이, 여),
// except 약 and 최소/최대 before it; dates are year-month-day with 년 월 일.
#include "values/value_case_table.h"

namespace twinmap {
namespace values {
namespace testing {
namespace {

TEST_CASE("ko: digits and scale words") {
  RunCases(
      {
          {"13,756", "", "number", "13756"},
          {"2.5", "", "number", "2.5"},
          {"300만", "", "number", "3000000"},
          {"1,000만", "", "number", "10000000"},
          {"1억 2천만", "", "number", "120000000"},
          {"1억2천만", "", "number", "120000000"},
          {"5조", "", "number", "5000000000000"},
          {"3천", "", "number", "3000"},
          {"2.5억", "", "number", "250000000"},
          {"4조 5천억", "", "number", "4500000000000"},
          {"１２만", "", "number", "120000"},
          {"인구는 970만이다", "970만", "number", "9700000"},
          {"3년 만에", "3", "number", "3"},
      },
      Lang("ko"));
}

TEST_CASE("ko: numbers written in words") {
  RunCases(
      {
          {"삼만", "", "number", "30000"},
          {"천만", "", "number", "10000000"},
          {"백만", "", "number", "1000000"},
          {"십만", "", "number", "100000"},
          {"이천십칠", "", "number", "2017"},
          {"삼백오십", "", "number", "350"},
          {"칠십일", "", "number", "71"},
          {"오천만", "", "number", "50000000"},
          {"스물하나", "", "number", "21"},
          {"서른둘", "", "number", "32"},
          {"마흔다섯", "", "number", "45"},
          {"다섯", "", "number", "5"},
          {"아흔아홉", "", "number", "99"},
          {"스무 명", "", "quantity", "20", "persons"},
          {"세 명", "", "quantity", "3", "persons"},
          {"열 명", "", "quantity", "10", "persons"},
          {"삼만 명", "", "quantity", "30000", "persons"},
          {"다섯은", "다섯", "number", "5"},
      },
      Lang("ko"));
}

TEST_CASE("ko: hedges keep their bound") {
  RunCases(
      {
          {"약 300만 명", "", "quantity", "3000000", "persons", "approx"},
          {"약 500명", "", "quantity", "500", "persons", "approx"},
          {"500명 이상", "", "quantity", "500", "persons", "lower"},
          {"1000만 명이 넘는", "", "quantity", "10000000", "persons", "lower"},
          {"천만 명 가까이", "", "quantity", "10000000", "persons", "approx"},
          {"300여 명", "", "quantity", "300", "persons", "lower"},
          {"300여만 명", "", "quantity", "3000000", "persons", "lower"},
          {"최소 10명", "", "quantity", "10", "persons", "lower"},
          {"최대 20명", "", "quantity", "20", "persons", "upper"},
          {"20명 미만", "", "quantity", "20", "persons", "upper"},
          {"30명 이하", "", "quantity", "30", "persons", "upper"},
          {"100명 정도", "", "quantity", "100", "persons", "approx"},
          {"200명가량", "", "quantity", "200", "persons", "approx"},
          {"100명 남짓", "", "quantity", "100", "persons", "lower"},
          {"약 5조 원", "", "money", "5000000000000", "KRW", "approx"},
          {"대략 70%", "", "percent", "70", "percent", "approx"},
          {"500만 명을 넘는", "", "quantity", "5000000", "persons", "lower"},
          {"삼만이 넘는", "", "number", "30000", "", "lower"},
      },
      Lang("ko"));
}

TEST_CASE("ko: units, money and percentages") {
  RunCases(
      {
          {"300만 명", "", "quantity", "3000000", "persons"},
          {"500명", "", "quantity", "500", "persons"},
          {"1,000명", "", "quantity", "1000", "persons"},
          {"12,345㎢", "", "quantity", "12345", "km2"},
          {"605.2km²", "", "quantity", "605.2", "km2"},
          {"10,000제곱킬로미터", "", "quantity", "10000", "km2"},
          {"5조 원", "", "money", "5000000000000", "KRW"},
          {"500억원", "", "money", "50000000000", "KRW"},
          {"100달러", "", "money", "100", "USD"},
          {"50유로", "", "money", "50", "EUR"},
          {"3,000위안", "", "money", "3000", "CNY"},
          {"7%", "", "percent", "7", "percent"},
          {"71퍼센트", "", "percent", "71", "percent"},
          {"₩5,000", "", "money", "5000", "KRW"},
          {"4.6 : 18.1 : 77.3", "", "ratio", "4.6:18.1:77.3"},
      },
      Lang("ko"));
}

TEST_CASE("ko: dates") {
  RunCases(
      {
          {"2014년 10월", "", "date", "2014-10"},
          {"2017년 8월 22일", "", "date", "2017-08-22"},
          {"2017년8월22일", "", "date", "2017-08-22"},
          {"1996년", "", "date", "1996"},
          {"1996년부터", "", "date", "1996"},
          {"2014. 10. 22.", "", "date", "2014-10-22"},
          {"2014.10.22", "", "date", "2014-10-22"},
          {"2010-06-24", "", "date", "2010-06-24"},
          {"10월 22일", "", "date", "--10-22"},
          {"2023년에 가입", "2023년", "date", "2023"},
          {"2014년 3월 ~ 5월", "", "date_range", "2014-03/2014-05"},
          {"1996년 ~ 1998년", "", "date_range", "1996/1998"},
          {"2017년 8월 22일~24일", "", "date_range", "2017-08-22/2017-08-24"},
      },
      Lang("ko"));
  Context ctx = Lang("ko");
  ctx.reference_year = 2014;
  RunCases({{"10월 22일", "", "date", "2014-10-22"}}, ctx);
}

TEST_CASE("ko: phones and web addresses") {
  Context kr = Lang("ko");
  kr.region = "KR";
  RunCases(
      {
          {"02-2100-2114", "", "phone", "+82221002114"},
          {"+82-2-2100-2114", "", "phone", "+82221002114"},
          {"054-880-2114", "", "phone", "+82548802114"},
          {"010-1234-5678", "", "phone", "+821012345678"},
          {"+86-551-62703790", "", "phone", "+8655162703790"},
          {"홈페이지 www.neargov.org", "www.neargov.org", "url", "www.neargov.org"},
          {"www.gb.go.kr", "", "url", "www.gb.go.kr"},
          {"이메일: near@neargov.org", "near@neargov.org", "email", "near@neargov.org"},
      },
      kr);
}

TEST_CASE("ko: look-alikes that are not values") {
  RunCases(
      {
          {"삼성", "", "none"},
          {"일본", "", "none"},
          {"구조", "", "none"},
          {"이 사람", "", "none"},
          {"한국", "", "none"},
          {"사이", "", "none"},
          {"세계", "", "none"},
          {"동북아시아지방정부연합", "", "none"},
          {"홈페이지", "", "none"},
          {"이상", "", "none"},
          {"만약", "", "none"},
          {"제10회 총회", "", "none"},
          {"3번째", "", "none"},
          {"오후 3시", "", "none"},
          {"백두산", "", "none"},
          {"지역단체 목록", "", "none"},
      },
      Lang("ko"));
  RunNotCases(
      {
          {"2017년 8월 22일", "2017"},
          {"2017년 8월 22일", "22"},
          {"22.08.2017", "22.08.2017", "phone"},
          {"3년 만에", "만"},
      },
      Lang("ko"));
}

}  // namespace
}  // namespace testing
}  // namespace values
}  // namespace twinmap
