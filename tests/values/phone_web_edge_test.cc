// Phones, web addresses, e-mail and postal addresses at their edges:
// country codes read from "+0..." prefixes, all-zero numbers, trunk zeros
// after the country code, shared prefixes, unknown regions, fullwidth
// digits, hosts with bad labels, trailing punctuation, schemes in capitals,
// non-ASCII bytes before "@", Han characters next to invalid UTF-8.
// Each row gives Scan's phone, url, email and address values in one line
// (type, span, text, pattern, parts), as the parsers produced them before
// they were made cheaper: the rewrite must not change a byte.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "values/values.h"

namespace twinmap {
namespace values {
namespace {

struct EdgeCase {
  const char* region;
  const char* text;
  const char* expected;  // values joined with " | "; "" when none
};

std::string Render(const Value& v) {
  const char* type = v.type == ValueType::kPhone ? "phone"
                     : v.type == ValueType::kUrl ? "url"
                     : v.type == ValueType::kEmail ? "email"
                     : v.type == ValueType::kPostalAddress ? "address"
                                                   : nullptr;
  if (!type) return "";
  std::string s = std::string(type) + " " + std::to_string(v.span.begin) + ".." +
                  std::to_string(v.span.end) + " " + v.text + " " + std::string(v.pattern.view());
  for (const Part& p : v.parts) {
    s += " " + std::string(p.name) + "@" + std::to_string(p.span.begin) + ".." +
         std::to_string(p.span.end);
  }
  return s;
}

void CheckCases(const std::vector<EdgeCase>& cases) {
  for (const EdgeCase& c : cases) {
    Context ctx;
    ctx.region = c.region;
    std::string got;
    for (const Value& v : Scan(c.text, ctx)) {
      std::string r = Render(v);
      if (!r.empty()) got += (got.empty() ? "" : " | ") + r;
    }
    INFO("region " << c.region << ": " << c.text);
    CHECK(got == c.expected);
  }
}

TEST_CASE("phones and web addresses: edge cases keep their readings") {
  const std::vector<EdgeCase> cases = {
      {"CN", "+01 23 45 67 89",
       ""},
      {"CN", "+33 (0)3 83 85 30 00",
       ""},
      {"CN", "+86-571-87001234 / 87005678 / 87005679",
       "phone 0..16 +8657187001234 phone:international country_code@0..3 number@4..16 | "
       "phone 19..27 +8657187005678 phone:shared_prefix subscriber@19..27 | "
       "phone 30..38 +8657187005679 phone:shared_prefix subscriber@30..38"},
      {"CN", "+86 571 8700 1234/5678",
       "phone 0..17 +8657187001234 phone:international country_code@0..3 number@4..17 | "
       "phone 18..22 +8657187005678 phone:shared_prefix subscriber@18..22"},
      {"CN", "+000 0000 0000",
       ""},
      {"CN", "+0 0000000",
       ""},
      {"CN", "+800 1234 5678",
       "phone 0..14 +80012345678 phone:international country_code@0..4 number@5..14"},
      {"CN", "+1 202-456-1111",
       "phone 0..15 +12024561111 phone:international country_code@0..2 number@3..15"},
      {"CN", "+999 1234567",
       ""},
      {"CN", "+44 (0)20 7946 0958",
       "phone 4..19 +862079460958 phone:national number@4..19"},
      {"CN", "+86 10 1234 5678 9012 3456 78",
       "phone 0..16 +861012345678 phone:international country_code@0..3 number@4..16"},
      {"CN", "\xEF\xBC\x8B\xEF\xBC\x98\xEF\xBC\x96 \xEF\xBC\x91\xEF\xBC\x93\xEF\xBC\x98"
       "\xEF\xBC\x91\xEF\xBC\x92\xEF\xBC\x93\xEF\xBC\x94\xEF\xBC\x95\xEF\xBC\x96"
       "\xEF\xBC\x97\xEF\xBC\x98",
       "phone 0..43 +8613812345678 phone:international country_code@0..5 number@6..43"},
      {"CN", "0571-87001234",
       "phone 0..13 +8657187001234 phone:national number@0..13"},
      {"", "0571-87001234",
       ""},
      {"cn", "0571-87001234",
       ""},
      {"ZZ", "0571-87001234",
       ""},
      {"001", "0571-87001234",
       ""},
      {"CN", "13812345678",
       "phone 0..11 +8613812345678 phone:national number@0..11"},
      {"CN", "(0551) 62703790",
       "phone 0..15 +8655162703790 phone:national number@0..15"},
      {"US", "(202) 456-1111",
       "phone 0..14 +12024561111 phone:national number@0..14"},
      {"FR", "03 83 85 30 00",
       "phone 0..14 +33383853000 phone:national number@0..14"},
      {"KR", "02-2100-2114",
       "phone 0..12 +82221002114 phone:national number@0..12"},
      {"GB", "020 7946 0958",
       "phone 0..13 +442079460958 phone:national number@0..13"},
      // E.164 forms written from the calling code and the library's national
      // significant number: leading and all-zero national numbers, codes of
      // one to three digits, a national number sharing its prefix.
      {"CN", "+39 06 6988 1234",
       "phone 0..16 +390669881234 phone:international country_code@0..3 number@4..16"},
      {"IT", "06 6988 1234",
       "phone 0..12 +390669881234 phone:national number@0..12"},
      {"CN", "+39 0000 0000",
       "phone 0..13 +39000000000 phone:international country_code@0..3 number@4..13"},
      {"CN", "+39 000000",
       "phone 0..10 +390000000 phone:international country_code@0..3 number@4..10"},
      {"CN", "+225 07 07 07 07 07",
       "phone 0..19 +2250707070707 phone:international country_code@0..4 number@5..19"},
      {"CN", "+420 212 345 678",
       "phone 0..16 +420212345678 phone:international country_code@0..4 number@5..16"},
      {"CN", "0971-8239560 / 8239561",
       "phone 0..12 +869718239560 phone:national number@0..12 | "
       "phone 15..22 +869718239561 phone:shared_prefix subscriber@15..22"},
      {"FR", "+33 3 83 85 30 00 / 01",
       "phone 0..17 +33383853000 phone:international country_code@0..3 number@4..17"},
      // Groups read a run of ASCII digits at once: fullwidth digits inside
      // or after a run, the 17-digit limit, other separators.
      {"CN", "+86 138\xEF\xBC\x91\xEF\xBC\x92" "345678",
       "phone 0..19 +8613812345678 phone:international country_code@0..3 number@4..19"},
      {"CN", "+86-138\xEF\xBC\x91" "234\xEF\xBC\x95" "678 / 5679",
       "phone 0..19 +8613812345678 phone:international country_code@0..3 number@4..19 | "
       "phone 22..26 +8613812345679 phone:shared_prefix subscriber@22..26"},
      {"CN", "+86 1381234567\xEF\xBC\x98",
       "phone 0..17 +8613812345678 phone:international country_code@0..3 number@4..17"},
      {"CN", "+86 13812345678901234",
       ""},
      {"CN", "+86 1381234567\xEF\xBC\x98\xEF\xBC\x99\xEF\xBC\x90\xEF\xBC\x91\xEF\xBC\x92",
       ""},
      {"CN", "+8613812345678",
       "phone 0..14 +8613812345678 phone:international country_code@0..3 number@3..14"},
      {"CN", "+86 571.8700 1234",
       "phone 0..17 +8657187001234 phone:international country_code@0..3 number@4..17"},
      {"CN", "+86 571 8700\t1234",
       "phone 0..12 +865718700 phone:international country_code@0..3 number@4..12"},
      {"CN", "+86 (0)571 87001234",
       "phone 4..19 +8657187001234 phone:national number@4..19"},
      {"CN", "WWW.Example.GOV.cn.",
       "url 0..18 www.example.gov.cn url:www host@0..18"},
      {"CN", "see http://Example.com:8080/path?x=1, then",
       "url 4..36 example.com url:scheme scheme@4..11 host@11..22 port@22..27 path@27..36"},
      {"CN", "mail \xC5\xBF" "am@example.com now",
       ""},
      {"CN", "\xE2\x84\xAA" "elvin@example.org",
       "email 3..20 elvin@example.org email user@3..8 host@9..20"},
      {"CN", "user_name+tag@Sub.Example.ORG.",
       "email 10..29 tag@sub.example.org email user@10..13 host@14..29"},
      {"CN", "sam.\xC5\xBF@example.com and x\xE2\x84\xAA@example.org",
       ""},
      {"CN", "a.-b.cn www.-bad.cn www.bad-.cn www.example.c0m www.a..cn",
       ""},
      {"CN", "sd.gov.cn word.xyz ftp://FTP.Site.fr/x HTTPS://A.example.com",
       "url 0..9 sd.gov.cn url:domain host@0..9 | "
       "url 19..38 ftp.site.fr url:scheme scheme@19..25 host@25..36 path@36..38 | "
       "url 39..60 a.example.com url:scheme scheme@39..47 host@47..60"},
      {"CN", "www.example.cn-. and www.example.cn.-.",
       "url 0..14 www.example.cn url:www host@0..14 | "
       "url 21..35 www.example.cn url:www host@21..35"},
      {"CN", "https://www.example.com/\xE8\xB7\xAF\xEF\xBC\x8Cnext",
       "url 0..27 www.example.com url:scheme scheme@0..8 host@8..23 path@23..27"},
      // A lower-case host past the string's inline buffer, then a short
      // capitalised one written into the same reading's memory.
      {"CN", "www.exampleabc.gov.cn, WWW.A.CN",
       "url 0..21 www.exampleabc.gov.cn url:www host@0..21 | "
       "url 23..31 www.a.cn url:www host@23..31"},
      {"CN", "x@y www.verylonglabelverylonglabelverylonglabelverylonglabelverylonglabel.com",
       ""},
  };
  CheckCases(cases);
}

// The cheap screens and fast paths in front of the full parsers: a phone
// anchor of 1..9 needs ten ASCII digits unless "(" precedes it; host bytes
// are read sixteen at a time (labels, capitals and bad labels across the
// block's edge); Han characters are decoded inline unless the lead byte is
// E0 or ED, and a suffix may be cut by the end of the text. Each row would
// fail if a screen said "no" where the full path reads something.
TEST_CASE("phones, web addresses and addresses: screens keep their readings") {
  const std::vector<EdgeCase> cases = {
      // Han runs next to invalid, overlong, surrogate, non-Han and cut bytes.
      {"CN", "\xE6\xB5\x99\xE6\xB1\x9F\xE7\x9C\x81\xE6\x9D\xAD\xE5\xB7\x9E\xE5\xB8\x82\xE8\xA5\xBF"
       "\xE6\xB9\x96\xE5\x8C\xBA\xE6\x96\x87\xE4\xB8\x89\xE8\xB7\xAF"
       "90\xE5\x8F\xB7\xE4\xB8\x9C\xE9\x83\xA8" "1\xE5\x8F\xB7\xE6\xA5\xBC",
       "address 0..54 "
       "\xE6\xB5\x99\xE6\xB1\x9F\xE7\x9C\x81\xE6\x9D\xAD\xE5\xB7\x9E\xE5\xB8\x82\xE8\xA5\xBF"
       "\xE6\xB9\x96\xE5\x8C\xBA\xE6\x96\x87\xE4\xB8\x89\xE8\xB7\xAF"
       "90\xE5\x8F\xB7\xE4\xB8\x9C\xE9\x83\xA8" "1\xE5\x8F\xB7\xE6\xA5\xBC "
       "address:province+city+district+street+street_number+remainder province@0..9 "
       "city@9..18 district@18..27 street@27..36 street_number@36..41 remainder@41..54"},
      {"CN", "\xE5\x9C\xB0\xE5\x9D\x80\xEF\xBC\x9A\xE6\x9D\xAD\xE5\xB7\x9E\xE5\xB8\x82\xE8\xA5\xBF"
       "\xE6\xB9\x96\xE5\x8C\xBA\xE6\x96\x87\xE4\xB8\x89\xE8\xB7\xAF" "90\xE5\x8F\xB7",
       "address 9..41 "
       "\xE6\x9D\xAD\xE5\xB7\x9E\xE5\xB8\x82\xE8\xA5\xBF\xE6\xB9\x96\xE5\x8C\xBA\xE6\x96\x87"
       "\xE4\xB8\x89\xE8\xB7\xAF"
       "90\xE5\x8F\xB7 address:city+district+street+street_number city@9..18 "
       "district@18..27 street@27..36 street_number@36..41"},
      {"CN", "\xE6\xB5\x99\xE6\xB1\x9F\xE7\x9C\x81\xED\xA0\x80\xE5\xB8\x82\xE6\x96\x87\xE4\xB8\x89"
       "\xE8\xB7\xAF" "1\xE5\x8F\xB7",
       ""},
      {"CN", "\xE6\xB5\x99\xE6\xB1\x9F\xE7\x9C\x81\xE0\xA4\x80\xE5\xB8\x82\xE6\x96\x87\xE4\xB8\x89"
       "\xE8\xB7\xAF" "1\xE5\x8F\xB7",
       ""},
      {"CN", "\xE6\xB5\x99\xE6\xB1\x9F\xE7\x9C\x81\xEF\xA4\x80\xE5\xB8\x82\xE6\x96\x87\xE4\xB8\x89"
       "\xE8\xB7\xAF" "1\xE5\x8F\xB7",
       "address 0..28 "
       "\xE6\xB5\x99\xE6\xB1\x9F\xE7\x9C\x81\xEF\xA4\x80\xE5\xB8\x82\xE6\x96\x87\xE4\xB8\x89"
       "\xE8\xB7\xAF"
       "1\xE5\x8F\xB7 address:province+city+street+street_number province@0..9 city@9..15 "
       "street@15..24 street_number@24..28"},
      {"CN", "\xE6\xB5\x99\xE6\xB1\x9F\xE7\x9C\x81\xE3\x90\x80\xE5\xB8\x82\xE6\x96\x87\xE4\xB8\x89"
       "\xE8\xB7\xAF" "1\xE5\x8F\xB7",
       "address 0..28 "
       "\xE6\xB5\x99\xE6\xB1\x9F\xE7\x9C\x81\xE3\x90\x80\xE5\xB8\x82\xE6\x96\x87\xE4\xB8\x89"
       "\xE8\xB7\xAF"
       "1\xE5\x8F\xB7 address:province+city+street+street_number province@0..9 city@9..15 "
       "street@15..24 street_number@24..28"},
      {"CN", "\xE6\xB5\x99\xE6\xB1\x9F\xE7\x9C\x81\xE3\x80\x87\xE5\xB8\x82\xE6\x96\x87\xE4\xB8\x89"
       "\xE8\xB7\xAF" "1\xE5\x8F\xB7",
       "address 0..28 "
       "\xE6\xB5\x99\xE6\xB1\x9F\xE7\x9C\x81\xE3\x80\x87\xE5\xB8\x82\xE6\x96\x87\xE4\xB8\x89"
       "\xE8\xB7\xAF"
       "1\xE5\x8F\xB7 address:province+city+street+street_number province@0..9 city@9..15 "
       "street@15..24 street_number@24..28"},
      {"CN", "\xE6\xB5\x99\xE6\xB1\x9F\xE7\x9C\x81\xEA\x80\x80\xE5\xB8\x82\xE6\x96\x87\xE4\xB8\x89"
       "\xE8\xB7\xAF" "1\xE5\x8F\xB7",
       ""},
      {"CN", "\xE6\xB5\x99\xE6\xB1\x9F\xE7\x9C\x81\xE4\xB7\x80\xE5\xB8\x82\xE6\x96\x87\xE4\xB8\x89"
       "\xE8\xB7\xAF" "1\xE5\x8F\xB7",
       ""},
      {"CN", "\xE6\xB5\x99\xE6\xB1\x9F\xE7\x9C\x81\xF0\xA0\x80\x80\xE5\xB8\x82\xE6\x96\x87\xE4\xB8"
       "\x89\xE8\xB7\xAF" "1\xE5\x8F\xB7",
       ""},
      {"CN", "\xE6\xB5\x99\xE6\xB1\x9F\xE7\x9C\x81\xE6\x9D\xAD\xE5\xB7\x9E\xE5\xB8\x82\xE6\x96\x87"
       "\xE4\xB8\x89\xE8\xB7\xAF" "90\xE5\x8F\xB7" "A\xE5\xBA\xA7" "3-1#\xE5\xAE\xA4\xE9",
       "address 0..43 "
       "\xE6\xB5\x99\xE6\xB1\x9F\xE7\x9C\x81\xE6\x9D\xAD\xE5\xB7\x9E\xE5\xB8\x82\xE6\x96\x87"
       "\xE4\xB8\x89\xE8\xB7\xAF" "90\xE5\x8F\xB7" "A\xE5\xBA\xA7"
       "3-1#\xE5\xAE\xA4 address:province+city+street+street_number+remainder province@0..9 "
       "city@9..18 street@18..27 street_number@27..32 remainder@32..43"},
      {"CN", "\xE6\xB5\x99\xE6\xB1\x9F\xE7\x9C\x81\xE6\x9D\xAD\xE5\xB7\x9E\xE5\xB8\x82\xE6\x96\x87"
       "\xE4\xB8\x89\xE8\xB7\xAF" "90\xE5\x8F\xB7\xE4\xB8",
       "address 0..32 "
       "\xE6\xB5\x99\xE6\xB1\x9F\xE7\x9C\x81\xE6\x9D\xAD\xE5\xB7\x9E\xE5\xB8\x82\xE6\x96\x87"
       "\xE4\xB8\x89\xE8\xB7\xAF"
       "90\xE5\x8F\xB7 address:province+city+street+street_number province@0..9 city@9..18 "
       "street@18..27 street_number@27..32"},
      {"CN", "\xE6\xB5\x99\xE6\xB1\x9F\xE7\x9C\x81\xE6\x9D\xAD\xE5\xB7\x9E\xE5\xB8",
       ""},
      {"CN", "\xE6\xB5\x99\xE6\xB1\x9F\xE7\x9C\x81\xE6\x9D\xAD\xE5\xB7\x9E\xE5\xB8\x82\xE8\xA5\xBF"
       "\xE6\xB9\x96\xE5\x8C",
       ""},
      {"CN", "\xE6\xB5\x99\xE6\xB1\x9F\xE7\x9C\x81\xE6\x9D\xAD\xE5\xB7\x9E\xE5\xB8\x82\xE8\xA5\xBF"
       "\xE6\xB9\x96\xE5\x8C\xBA\xE6\x96\x87\xE4\xB8\x89\xE8\xB7\xAF"
       "9\xEF\xBC\x90\xE5\x8F\xB7",
       "address 0..43 "
       "\xE6\xB5\x99\xE6\xB1\x9F\xE7\x9C\x81\xE6\x9D\xAD\xE5\xB7\x9E\xE5\xB8\x82\xE8\xA5\xBF"
       "\xE6\xB9\x96\xE5\x8C\xBA\xE6\x96\x87\xE4\xB8\x89\xE8\xB7\xAF"
       "9\xEF\xBC\x90\xE5\x8F\xB7 address:province+city+district+street+street_number "
       "province@0..9 city@9..18 district@18..27 street@27..36 street_number@36..43"},
      {"CN", "\xE5\x90\x89\xE6\x9E\x97\xE7\x9C\x81\xE9\x95\xBF\xE6\x98\xA5\xE5\xB8\x82\xE6\x96\xB0"
       "\xE5\x8F\x91\xE8\xB7\xAF" "300\xE5\x8F\xB7",
       "address 0..33 "
       "\xE5\x90\x89\xE6\x9E\x97\xE7\x9C\x81\xE9\x95\xBF\xE6\x98\xA5\xE5\xB8\x82\xE6\x96\xB0"
       "\xE5\x8F\x91\xE8\xB7\xAF"
       "300\xE5\x8F\xB7 address:province+city+street+street_number province@0..9 city@9..18 "
       "street@18..27 street_number@27..33"},
      {"CN", "\xE6\xB5\x99\xE6\xB1\x9F\xE7\x9C\x81\xE6\x9D\xAD\xE5\xB7\x9E\xE8\x87\xAA\xE6\xB2\xBB"
       "\xE5\xB7\x9E\xE6\x96\x87\xE4\xB8\x89\xE5\xA4\xA7\xE8\xA1\x97" "1\xE5\x8F\xB7",
       "address 0..40 "
       "\xE6\xB5\x99\xE6\xB1\x9F\xE7\x9C\x81\xE6\x9D\xAD\xE5\xB7\x9E\xE8\x87\xAA\xE6\xB2\xBB"
       "\xE5\xB7\x9E\xE6\x96\x87\xE4\xB8\x89\xE5\xA4\xA7\xE8\xA1\x97"
       "1\xE5\x8F\xB7 address:province+city+street+street_number province@0..9 city@9..24 "
       "street@24..36 street_number@36..40"},
      // Phone anchors of 1..9: ten digits exactly, nine, after "(", cut by
      // fullwidth digits.
      {"US", "2024561111",
       "phone 0..10 +12024561111 phone:national number@0..10"},
      {"US", "call 2024561111.",
       "phone 5..15 +12024561111 phone:national number@5..15"},
      {"US", "202456111",
       ""},
      {"US", "call (2024561111 now",
       "phone 5..16 +12024561111 phone:national number@5..16"},
      {"CN", "x(13812345678)",
       "phone 1..13 +8613812345678 phone:national number@1..13"},
      {"CN", "1381234567",
       ""},
      {"CN", "138123456789012",
       ""},
      {"CN", "96 2007 1 0 07",
       ""},
      {"CN", "a 13812345678",
       "phone 2..13 +8613812345678 phone:national number@2..13"},
      {"CN", "\xE4\xB8\xAD" "13812345678",
       "phone 3..14 +8613812345678 phone:national number@3..14"},
      {"US", "12024561111",
       "phone 0..11 +12024561111 phone:national number@0..11"},
      {"CN", "913812345678",
       ""},
      {"CN", "1.3812345678",
       ""},
      {"CN", "(1381234567",
       ""},
      {"CN", "138123\xEF\xBC\x94\xEF\xBC\x95\xEF\xBC\x96\xEF\xBC\x97\xEF\xBC\x98",
       ""},
      // The nine bytes after the anchor are tested eight at a time: each
      // digit 0..9 among the eight, 0, 1 and 9 as the ninth; then bytes
      // just outside '0'..'9' among the eight and as the ninth.
      {"CN", "13987654300",
       "phone 0..11 +8613987654300 phone:national number@0..11"},
      {"CN", "tel 13987654300",
       "phone 4..15 +8613987654300 phone:national number@4..15"},
      {"US", "3125557890",
       "phone 0..10 +13125557890 phone:national number@0..10"},
      {"US", "7185550199",
       "phone 0..10 +17185550199 phone:national number@0..10"},
      {"US", "2024561111 / 2",
       "phone 0..10 +12024561111 phone:national number@0..10"},
      {"US", "9876543210",
       ""},
      {"CN", "13987654:00",
       ""},
      {"CN", "139876543:0",
       ""},
      {"CN", "139876543/0",
       ""},
      {"CN", "139876543a0",
       ""},
      {"CN", "13987654,300",
       ""},
      // Hosts over one, two and five sixteen-byte blocks: capitals and bad
      // labels on either side of a block's edge, a 64-byte label.
      {"CN", "www.henan.gov.cn",
       "url 0..16 www.henan.gov.cn url:www host@0..16"},
      {"CN", "WWW.HENAN.GOV.CN",
       "url 0..16 www.henan.gov.cn url:www host@0..16"},
      {"CN", "wWw.henangov.gov.CN",
       "url 0..19 www.henangov.gov.cn url:www host@0..19"},
      {"CN", "wwW-henan.gov.cn",
       "url 0..16 www-henan.gov.cn url:domain host@0..16"},
      {"CN", "www.a-very-long-label-name.example.gov.cn",
       "url 0..41 www.a-very-long-label-name.example.gov.cn url:www host@0..41"},
      {"CN", "see www.example.example.example.COM/x now",
       "url 4..37 www.example.example.example.com url:www host@4..35 path@35..37"},
      {"CN", "www.exampleexam-.example.com",
       ""},
      {"CN", "www.examplexxxx..example.com",
       ""},
      {"CN", "www.xxxxxxxxxxx.-example.com",
       ""},
      {"CN", "www.aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.com",
       ""},
      {"CN", "www.aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.com",
       "url 0..71 www.aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.com "
       "url:www host@0..71"},
      {"CN", "www.example.com\xEF\xBC\x8C\xE4\xB8\x8B",
       "url 0..15 www.example.com url:www host@0..15"},
      {"CN", "first.last.name.long@example.com",
       "email 0..32 first.last.name.long@example.com email user@0..20 host@21..32"},
      {"CN", "longer-host-name.example.org/path",
       ""},
      {"CN", "www.example0123.com1",
       ""},
      {"CN", "www.example.com.cn-",
       "url 0..18 www.example.com.cn url:www host@0..18"},
      {"CN", "http://www.Example.com.cn",
       "url 0..25 www.example.com.cn url:scheme scheme@0..7 host@7..25"},
  };
  CheckCases(cases);
}

}  // namespace
}  // namespace values
}  // namespace twinmap
