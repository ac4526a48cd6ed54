// Phones, web addresses and e-mail at their edges: country codes read from
// "+0..." prefixes, all-zero numbers, trunk zeros after the country code,
// shared prefixes, unknown regions, fullwidth digits, hosts with bad labels,
// trailing punctuation, schemes in capitals, non-ASCII bytes before "@".
// Each row gives Scan's phone, url and email values in one line (type,
// span, text, pattern, parts), as the parsers produced them before they were
// made cheaper: the rewrite must not change a byte.
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
                                                   : nullptr;
  if (!type) return "";
  std::string s = std::string(type) + " " + std::to_string(v.span.begin) + ".." +
                  std::to_string(v.span.end) + " " + v.text + " " + v.pattern;
  for (const Part& p : v.parts) {
    s += " " + std::string(p.name) + "@" + std::to_string(p.span.begin) + ".." +
         std::to_string(p.span.end);
  }
  return s;
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
      {"CN", "x@y www.verylonglabelverylonglabelverylonglabelverylonglabelverylonglabel.com",
       ""},
  };
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

}  // namespace
}  // namespace values
}  // namespace twinmap
