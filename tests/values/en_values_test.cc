// English values, one table per behaviour, written from English usage: the
// comma groups thousands and the dot is the decimal mark; numbers in words
// join tens and units with a hyphen and hundreds with "and"; hedges come
// before ("over", "nearly") or after ("or more"); numeric dates are
// month-first unless the first field cannot be a month.
#include "values/value_case_table.h"

namespace twinmap {
namespace values {
namespace testing {
namespace {

TEST_CASE("en: digits with English separators") {
  RunCases(
      {
          {"13,756", "", "number", "13756"},
          {"1,600", "", "number", "1600"},
          {"2.27", "", "number", "2.27"},
          {"0.5", "", "number", "0.5"},
          {"1,200,000", "", "number", "1200000"},
          {"1,234.56", "", "number", "1234.56"},
          {"10\u00A0600", "", "number", "10600"},
          {"２０１７", "", "number", "2017"},
          {"with 1600 cities", "1600", "number", "1600"},
          {"1, 2 and 3", "1", "number", "1"},
          {"54 sister-cities from 24 countries", "24", "number", "24"},
          {"The past 37 years", "37", "number", "37"},
      },
      Lang("en"));
}

TEST_CASE("en: numbers written in words") {
  RunCases(
      {
          {"twenty-one", "", "number", "21"},
          {"twenty one", "", "number", "21"},
          {"three hundred forty-five", "", "number", "345"},
          {"one hundred and five", "", "number", "105"},
          {"two thousand seven", "", "number", "2007"},
          {"ninety-nine", "", "number", "99"},
          {"Seventeen", "", "number", "17"},
          {"forty", "", "number", "40"},
          {"three million", "", "number", "3000000"},
          {"two million three hundred thousand", "", "number", "2300000"},
          {"five continents", "five", "number", "5"},
          {"a dozen", "dozen", "number", "12", "", "approx"},
          {"one thousand", "", "number", "1000"},
          {"one million people", "", "quantity", "1000000", "persons"},
      },
      Lang("en"));
}

TEST_CASE("en: scale words multiply the number") {
  RunCases(
      {
          {"2.27 million", "", "number", "2270000"},
          {"485.8 billion", "", "number", "485800000000"},
          {"82 thousand", "", "number", "82000"},
          {"5.5 million", "", "number", "5500000"},
          {"1.2 trillion", "", "number", "1200000000000"},
          {"3 bn", "", "number", "3000000000"},
          {"7 Million", "", "number", "7000000"},
          {"300 thousand people", "", "quantity", "300000", "persons"},
      },
      Lang("en"));
}

TEST_CASE("en: hedges keep their bound") {
  RunCases(
      {
          {"a population of over 30 million people", "over 30 million people",
           "quantity", "30000000", "persons", "lower"},
          {"over three million", "", "number", "3000000", "", "lower"},
          {"more than 200 guests", "more than 200", "number", "200", "", "lower"},
          {"more than 400 sister schools", "more than 400", "number", "400", "", "lower"},
          {"nearly 10 million", "", "number", "10000000", "", "approx"},
          {"about 500 people", "", "quantity", "500", "persons", "approx"},
          {"around 2,000 residents", "", "quantity", "2000", "persons", "approx"},
          {"approximately 15%", "", "percent", "15", "percent", "approx"},
          {"almost 4 million", "", "number", "4000000", "", "approx"},
          {"roughly 70 percent", "", "percent", "70", "percent", "approx"},
          {"some 500 delegates", "some 500", "number", "500", "", "approx"},
          {"at least 12 cities", "at least 12", "number", "12", "", "lower"},
          {"less than 50 people", "", "quantity", "50", "persons", "upper"},
          {"fewer than 20 cities", "fewer than 20", "number", "20", "", "upper"},
          {"up to 30%", "", "percent", "30", "percent", "upper"},
          {"under 1 million", "", "number", "1000000", "", "upper"},
          {"500 people or more", "", "quantity", "500", "persons", "lower"},
          {"Over 82 thousand km2", "", "quantity", "82000", "km2", "lower"},
      },
      Lang("en"));
}

TEST_CASE("en: units, money, percentages and ratios") {
  RunCases(
      {
          {"an area of 2305 km2", "2305 km2", "quantity", "2305", "km2"},
          {"an area of 21,473km2", "21,473km2", "quantity", "21473", "km2"},
          {"13,756 km²", "", "quantity", "13756", "km2"},
          {"18,600 square kilometres", "", "quantity", "18600", "km2"},
          {"500 sq km", "", "quantity", "500", "km2"},
          {"7 million inhabitants", "", "quantity", "7000000", "persons"},
          {"71%", "", "percent", "71", "percent"},
          {"64 percent", "", "percent", "64", "percent"},
          {"5.5 per cent", "", "percent", "5.5", "percent"},
          {"485.8 billion RMB", "", "money", "485800000000", "CNY"},
          {"7.2 billion yuan", "", "money", "7200000000", "CNY"},
          {"10,600 USD", "", "money", "10600", "USD"},
          {"14812 USD", "", "money", "14812", "USD"},
          {"$10,600", "", "money", "10600", "USD"},
          {"US$ 5 million", "", "money", "5000000", "USD"},
          {"€3 billion", "", "money", "3000000000", "EUR"},
          {"EUR 500", "", "money", "500", "EUR"},
          {"RMB 57 billion", "", "money", "57000000000", "CNY"},
          {"200 US dollars", "", "money", "200", "USD"},
          {"4.6 : 18.1 : 77.3", "", "ratio", "4.6:18.1:77.3"},
          {"15.0 : 55.1 : 29.9", "", "ratio", "15:55.1:29.9"},
          {"a ratio of 3 : 2", "3 : 2", "ratio", "3:2"},
      },
      Lang("en"));
}

TEST_CASE("en: dates") {
  RunCases(
      {
          {"June 23, 2010", "", "date", "2010-06-23"},
          {"22 June 2010", "", "date", "2010-06-22"},
          {"June 2010", "", "date", "2010-06"},
          {"in 1996", "", "date", "1996"},
          {"since 1998", "", "date", "1998"},
          {"In 2017, the city", "In 2017", "date", "2017"},
          {"its urbanization rate in 2016 is 71%", "in 2016", "date", "2016"},
          {"2010-06-24", "", "date", "2010-06-24"},
          {"President2010-06-24", "2010-06-24", "date", "2010-06-24"},
          {"06/24/2010", "", "date", "2010-06-24"},
          {"24/06/2010", "", "date", "2010-06-24"},
          {"Monday, June 22, 2010", "", "date", "2010-06-22"},
          {"Sept. 5, 2017", "", "date", "2017-09-05"},
          {"Dec 31, 1999", "", "date", "1999-12-31"},
          {"on 1 January 2020", "1 January 2020", "date", "2020-01-01"},
          {"June 22nd, 2010", "", "date", "2010-06-22"},
          {"June 22", "", "date", "--06-22"},
          {"was established in 1995", "in 1995", "date", "1995"},
      },
      Lang("en"));
}

TEST_CASE("en: a date without a year takes the reference year") {
  Context ctx = Lang("en");
  ctx.reference_year = 2010;
  RunCases({{"On June 22, Secretary", "June 22", "date", "2010-06-22"},
            {"June 23, Changsha, Hunan", "June 23", "date", "2010-06-23"},
            {"June 22 and 23", "", "date_range", "2010-06-22/2010-06-23"}},
           ctx);
}

TEST_CASE("en: date ranges") {
  RunCases(
      {
          {"June 22-23, 2010", "", "date_range", "2010-06-22/2010-06-23"},
          {"22-23 June 2010", "", "date_range", "2010-06-22/2010-06-23"},
          {"22 and 23 June 2010", "", "date_range", "2010-06-22/2010-06-23"},
          // A joiner that is no word ("&") between days.
          {"22 & 23 June 2010", "", "date_range", "2010-06-22/2010-06-23"},
          {"June 22 and 23, 2010", "", "date_range", "2010-06-22/2010-06-23"},
          {"from 1996 to 1998", "", "date_range", "1996/1998"},
          {"1996-1998", "", "date_range", "1996/1998"},
          {"June 30 to July 2, 2010", "", "date_range", "2010-06-30/2010-07-02"},
      },
      Lang("en"));
}

TEST_CASE("en: phones, web addresses and e-mail") {
  RunCases(
      {
          {"+86-551-62703790", "", "phone", "+8655162703790"},
          {"Tel: +86-27-87122256", "+86-27-87122256", "phone", "+862787122256"},
          {"0971-8239560", "", "phone", "+869718239560"},
          {"+1 202-456-1111", "", "phone", "+12024561111"},
          {"www.henan.gov.cn", "", "url", "www.henan.gov.cn"},
          {"see http://english.hunan.gov.cn/news/index.html.", 
           "http://english.hunan.gov.cn/news/index.html", "url", "english.hunan.gov.cn"},
          {"Visit www.iuc-asia.eu, or", "www.iuc-asia.eu", "url", "www.iuc-asia.eu"},
          {"info@iuc-asia.eu", "", "email", "info@iuc-asia.eu"},
          {"Mail Info@Example.COM.", "Info@Example.COM", "email", "info@example.com"},
      },
      Lang("en"));
  Context us = Lang("en");
  us.region = "US";
  RunCases({{"(202) 456-1111", "", "phone", "+12024561111"},
            {"call (202) 456-1111 today", "(202) 456-1111", "phone", "+12024561111"}},
           us);
}

TEST_CASE("en: look-alikes that are not values") {
  RunCases(
      {
          {"1st Annual Meeting", "", "none"},
          {"the 10th General Assembly", "", "none"},
          {"the 2nd biggest city", "", "none"},
          {"At around 6 p.m.", "", "none"},
          {"at 10:30", "", "none"},
          {"version 1.2.3", "", "none"},
          {"an A380", "", "none"},
          {"5G networks", "", "none"},
          {"May the Friendship Trees Be Evergreen", "", "none"},
          {"you may go", "", "none"},
          {"one of the cities", "", "none"},
          {"thousands of delegates", "", "none"},
          {"All Rights Reserved.湘ICP备08102974号", "", "none"},
          {"e.g. etc. U.S. p.m.", "", "none"},
          {"Node.js", "", "none"},
      },
      Lang("en"));
  RunNotCases(
      {
          {"its urbanization rate in 2016 is 71%", "2016", "number"},
          {"11 July 2007", "2007"},
          {"22.08.2017", "22.08.2017", "phone"},
          {"in 1996 and 1998", "1996 and 1998"},
          {"www.henan.gov.cn", "gov"},
      },
      Lang("en"));
}

}  // namespace
}  // namespace testing
}  // namespace values
}  // namespace twinmap
