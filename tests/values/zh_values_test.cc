// Chinese values, one table per behaviour, written from Chinese usage:
// numbers count in 万 (10^4) and 亿 (10^8), numerals place 十 百 千 inside
// each 万 group with 零 for a skipped place, "一万五" abbreviates 15000;
// hedges come before (约, 超过, 近) or after (以上, 左右), 余/多 sit between
// the number and its scale; dates are 年月日; postal addresses run from
// the province down to the door.
#include "values/value_case_table.h"

namespace twinmap {
namespace values {
namespace testing {
namespace {

TEST_CASE("zh: digits and scale characters") {
  RunCases(
      {
          {"13,756", "", "number", "13756"},
          {"１２３", "", "number", "123"},
          {"1.5亿", "", "number", "150000000"},
          {"700万", "", "number", "7000000"},
          {"3万4千", "", "number", "34000"},
          {"1亿2000万", "", "number", "120000000"},
          {"5千万", "", "number", "50000000"},
          {"2.3万亿", "", "number", "2300000000000"},
          {"人口9600万", "9600万", "number", "96000000"},
          {"共有54个", "54", "number", "54"},
      },
      Lang("zh"));
}

TEST_CASE("zh: numbers written in characters") {
  RunCases(
      {
          {"三万四千五百六十七", "", "number", "34567"},
          {"一万零四十", "", "number", "10040"},
          {"七十一", "", "number", "71"},
          {"二十", "", "number", "20"},
          {"十五", "", "number", "15"},
          {"两千", "", "number", "2000"},
          {"一百零五", "", "number", "105"},
          {"三千万", "", "number", "30000000"},
          {"五万亿", "", "number", "5000000000000"},
          {"一万五", "", "number", "15000"},
          {"三百五", "", "number", "350"},
          {"四千五", "", "number", "4500"},
          {"壹仟贰佰", "", "number", "1200"},
          {"九十九", "", "number", "99"},
          {"十二亿", "", "number", "1200000000"},
          {"三人", "", "quantity", "3", "persons"},
      },
      Lang("zh"));
}

TEST_CASE("zh: hedges keep their bound") {
  RunCases(
      {
          {"约700万人", "", "quantity", "7000000", "persons", "approx"},
          {"超过3000万人", "", "quantity", "30000000", "persons", "lower"},
          {"近10万平方公里", "", "quantity", "100000", "km2", "approx"},
          {"700余万人", "", "quantity", "7000000", "persons", "lower"},
          {"300多万", "", "number", "3000000", "", "lower"},
          {"100多人", "", "quantity", "100", "persons", "lower"},
          {"10万人以上", "", "quantity", "100000", "persons", "lower"},
          {"500人左右", "", "quantity", "500", "persons", "approx"},
          {"不到100人", "", "quantity", "100", "persons", "upper"},
          {"将近2000人", "", "quantity", "2000", "persons", "approx"},
          {"大约3.5亿", "", "number", "350000000", "", "approx"},
          {"逾千万", "千万", "none"},
          {"至少5个城市", "至少5", "number", "5", "", "lower"},
          {"接近1万名", "", "quantity", "10000", "persons", "approx"},
          {"最近3年", "3", "number", "3", "", "exact"},
          {"附近5公里", "5", "number", "5", "", "exact"},
          {"約700萬人", "", "quantity", "7000000", "persons", "approx"},
      },
      Lang("zh"));
}

TEST_CASE("zh: units, money, percentages and ratios") {
  RunCases(
      {
          {"9600平方公里", "", "quantity", "9600", "km2"},
          {"1.2万平方千米", "", "quantity", "12000", "km2"},
          {"605㎢", "", "quantity", "605", "km2"},
          {"500公顷", "", "quantity", "5", "km2"},
          {"4858亿元", "", "money", "485800000000", "CNY"},
          {"72亿元人民币", "", "money", "7200000000", "CNY"},
          {"1060美元", "", "money", "1060", "USD"},
          {"300万欧元", "", "money", "3000000", "EUR"},
          {"￥5000", "", "money", "5000", "CNY"},
          {"500名学生", "500名", "quantity", "500", "persons"},
          {"71%", "", "percent", "71", "percent"},
          {"71％", "", "percent", "71", "percent"},
          {"百分之七十一", "", "percent", "71", "percent"},
          {"百分之5", "", "percent", "5", "percent"},
          {"4.6∶18.1∶77.3", "", "ratio", "4.6:18.1:77.3"},
          {"15.0：55.1：29.9", "", "ratio", "15:55.1:29.9"},
      },
      Lang("zh"));
}

TEST_CASE("zh: dates") {
  RunCases(
      {
          {"2017年8月22日", "", "date", "2017-08-22"},
          {"2017年08月22日", "", "date", "2017-08-22"},
          {"2017 年 8 月 22 日", "", "date", "2017-08-22"},
          {"二〇一七年八月二十二日", "", "date", "2017-08-22"},
          {"一九九六年", "", "date", "1996"},
          {"1996年", "", "date", "1996"},
          {"2014年10月", "", "date", "2014-10"},
          {"8月22日", "", "date", "--08-22"},
          {"8月22号", "", "date", "--08-22"},
          {"1996年以来", "", "date", "1996"},
          {"自1998年", "", "date", "1998"},
          {"于2007年", "", "date", "2007"},
          {"2010-06-24", "", "date", "2010-06-24"},
          {"2010/06/24", "", "date", "2010-06-24"},
          {"2010.06.24", "", "date", "2010-06-24"},
          {"十二月", "", "none"},
      },
      Lang("zh"));
  Context ctx = Lang("zh");
  ctx.reference_year = 2017;
  RunCases({{"8月22日", "", "date", "2017-08-22"},
            {"11月22日—23日", "", "date_range", "2017-11-22/2017-11-23"}},
           ctx);
}

TEST_CASE("zh: date ranges") {
  RunCases(
      {
          {"2005年至2010年", "", "date_range", "2005/2010"},
          {"2007年11月22日至23日", "", "date_range", "2007-11-22/2007-11-23"},
          {"2014年3月至5月", "", "date_range", "2014-03/2014-05"},
          {"2007年11月22日-2007年12月2日", "", "date_range", "2007-11-22/2007-12-02"},
          {"1996-1998年", "", "date_range", "1996/1998"},
      },
      Lang("zh"));
}

TEST_CASE("zh: phones") {
  RunCases(
      {
          {"0971-8239560", "", "phone", "+869718239560"},
          {"+86-551-62703790", "", "phone", "+8655162703790"},
          {"+86-27-87122256", "", "phone", "+862787122256"},
          {"电话：0371-65902281", "0371-65902281", "phone", "+8637165902281"},
          {"13912345678", "", "phone", "+8613912345678"},
          {"(0551) 62703790", "", "phone", "+8655162703790"},
          {"+86-731-82217493 / 82219825", "+86-731-82217493", "phone", "+8673182217493"},
          {"+86-731-82217493 / 82219825", "82219825", "phone", "+8673182219825"},
          {"0731-82217493/82219825", "82219825", "phone", "+8673182219825"},
      },
      Lang("zh"));
}

TEST_CASE("zh: postal addresses") {
  RunCases(
      {
          {"安徽省合肥市包河区中山路1号省行政中心3号楼", "", "address",
           "安徽省合肥市包河区中山路1号省行政中心3号楼"},
          {"甘肃省兰州市城关区南昌路805号", "", "address", "甘肃省兰州市城关区南昌路805号"},
          {"黑龙江省哈尔滨市南岗区果戈里大街300", "", "address",
           "黑龙江省哈尔滨市南岗区果戈里大街300"},
          {"吉林省长春市新发路300号", "", "address", "吉林省长春市新发路300号"},
          {"辽宁省沈阳市北陵大街45-4号", "", "address", "辽宁省沈阳市北陵大街45-4号"},
          {"内蒙古自治区呼和浩特市赛罕区敕勒川大街1号党政综合楼", "", "address",
           "内蒙古自治区呼和浩特市赛罕区敕勒川大街1号党政综合楼"},
          {"宁夏回族自治区银川市兴庆区凤凰北街106号", "", "address",
           "宁夏回族自治区银川市兴庆区凤凰北街106号"},
          {"山东省济南市历下区千佛山西路28-1", "", "address", "山东省济南市历下区千佛山西路28-1"},
          {"北京市东城区东长安街1号", "", "address", "北京市东城区东长安街1号"},
          {"地址：合肥市包河区中山路1号", "合肥市包河区中山路1号", "address",
           "合肥市包河区中山路1号"},
          {"广西壮族自治区南宁市青秀区民族大道103号", "", "address",
           "广西壮族自治区南宁市青秀区民族大道103号"},
          {"11 0971-8239560 青海省西宁市解放路14号 홈페이지", "青海省西宁市解放路14号", "address",
           "青海省西宁市解放路14号"},
      },
      Lang("zh"));
}

TEST_CASE("zh: an address splits into its administrative parts") {
  struct Row {
    const char* input;
    const char* province;
    const char* city;
    const char* district;
    const char* street;
    const char* number;
    const char* remainder;
  };
  const Row rows[] = {
      {"安徽省合肥市包河区中山路1号省行政中心3号楼", "安徽省", "合肥市", "包河区", "中山路",
       "1号", "省行政中心3号楼"},
      {"吉林省长春市新发路300号", "吉林省", "长春市", "", "新发路", "300号", ""},
      {"内蒙古自治区呼和浩特市赛罕区敕勒川大街1号党政综合楼", "内蒙古自治区", "呼和浩特市",
       "赛罕区", "敕勒川大街", "1号", "党政综合楼"},
      {"黑龙江省哈尔滨市南岗区果戈里大街300", "黑龙江省", "哈尔滨市", "南岗区", "果戈里大街",
       "300", ""},
      {"北京市东城区东长安街1号", "北京市", "", "东城区", "东长安街", "1号", ""},
      {"山东省济南市历下区千佛山西路28-1", "山东省", "济南市", "历下区", "千佛山西路", "28-1", ""},
  };
  for (const Row& r : rows) {
    INFO(r.input);
    Result<Value> v = Parse(r.input, ValueType::kPostalAddress, Lang("zh"));
    REQUIRE(v.ok());
    CHECK(v->address->province == r.province);
    CHECK(v->address->city == r.city);
    CHECK(v->address->district == r.district);
    CHECK(v->address->street == r.street);
    CHECK(v->address->number == r.number);
    CHECK(v->address->remainder == r.remainder);
  }
}

TEST_CASE("zh: web addresses") {
  RunCases(
      {
          {"www.henan.gov.cn", "", "url", "www.henan.gov.cn"},
          {"http://www.gov.cn/", "", "url", "www.gov.cn"},
          {"网址：henan.gov.cn。", "henan.gov.cn", "url", "henan.gov.cn"},
          {"邮箱：fao@henan.gov.cn", "fao@henan.gov.cn", "email", "fao@henan.gov.cn"},
      },
      Lang("zh"));
}

TEST_CASE("zh: look-alikes that are not values") {
  RunCases(
      {
          {"湘ICP备08102974号", "", "none"},
          {"京ICP证030173号", "", "none"},
          {"第3届", "", "none"},
          {"第十届", "", "none"},
          {"一带一路", "", "none"},
          {"统一", "", "none"},
          {"五大洲", "", "none"},
          {"十分重要", "", "none"},
          {"万一", "", "none"},
          {"千万不要", "", "none"},
          {"三峡", "", "none"},
          {"湖南省长沙市", "", "none"},
          {"百姓", "", "none"},
      },
      Lang("zh"));
  RunNotCases(
      {
          {"2017年8月22日", "2017"},
          {"湘ICP备08102974号", "08102974"},
          {"湘ICP备08102974号", "08102974", "phone"},
          {"22.08.2017", "22.08.2017", "phone"},
          {"安徽省合肥市包河区中山路1号", "1"},
          // Twelve positional digits make no year (nor an int overflow).
          {"二〇一七二〇一七二〇一七年", "二〇一七二〇一七二〇一七年", "date"},
      },
      Lang("zh"));
}

}  // namespace
}  // namespace testing
}  // namespace values
}  // namespace twinmap
