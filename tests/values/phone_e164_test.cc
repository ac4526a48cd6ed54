// Phones' E.164 text, which phones.cc writes itself ("+", the calling code,
// the national digits) instead of asking libphonenumber: checked against
// the library's Format(E164) over every region's and non-geographic
// entity's example numbers (valid and invalid, of every type), numbers
// with one or more Italian leading zeros and all-zero numbers. And the
// digit runs phones.cc copies eight bytes at a time, at every length and
// position against the end of the text, against the library's own
// possible lengths.
#include <catch2/catch.hpp>

#include <phonenumbers/phonenumberutil.h>

#include <set>
#include <string>

#include "values/values.h"

namespace twinmap {
namespace values {
namespace {

using i18n::phonenumbers::PhoneNumber;
using i18n::phonenumbers::PhoneNumberUtil;

const PhoneNumberUtil& Util() { return *PhoneNumberUtil::GetInstance(); }

std::string E164(const PhoneNumber& number) {
  std::string s;
  Util().Format(number, PhoneNumberUtil::E164, &s);
  return s;
}

// The phone Scan reads over the whole of `text`, or "" when it reads none
// there.
std::string WholePhone(const std::string& text, const std::string& region,
                       const char* pattern) {
  Context ctx;
  ctx.region = region;
  for (const Value& v : Scan(text, ctx)) {
    if (v.type == ValueType::kPhone && v.span.begin == 0 && v.span.end == text.size() &&
        v.pattern == pattern) {
      return v.text;
    }
  }
  return "";
}

// The reader reads phones of 7 to 17 digits, calling code included.
constexpr size_t kMinDigits = 7, kMaxDigits = 17;

// "+<code> <national significant number>": read whenever the library calls
// the number possible, and then written as the library formats it.
// Returns whether it was read.
bool CheckInternational(const PhoneNumber& number) {
  std::string nsn;
  Util().GetNationalSignificantNumber(number, &nsn);
  std::string code = std::to_string(number.country_code());
  size_t digits = code.size() + nsn.size();
  if (digits < kMinDigits || digits > kMaxDigits || !Util().IsPossibleNumber(number)) {
    return false;
  }
  std::string text = "+" + code + " " + nsn;
  INFO(text);
  CHECK(WholePhone(text, "CN", "phone:international") == E164(number));
  return true;
}

// The national form, trunk prefix first, in the number's region: when
// read, written as the library formats it.
bool CheckNational(const PhoneNumber& number, const std::string& region) {
  std::string nsn, trunk;
  Util().GetNationalSignificantNumber(number, &nsn);
  Util().GetNddPrefixForRegion(region, /*strip_non_digits=*/true, &trunk);
  std::string text = trunk + nsn;
  std::string got = WholePhone(text, region, "phone:national");
  if (got.empty()) return false;
  INFO(region << ": " << text);
  CHECK(got == E164(number));
  return true;
}

TEST_CASE("phones: E.164 as libphonenumber formats every example number") {
  std::set<std::string> regions;
  Util().GetSupportedRegions(&regions);
  size_t international = 0, national = 0;
  for (const std::string& region : regions) {
    std::set<PhoneNumberUtil::PhoneNumberType> types;
    Util().GetSupportedTypesForRegion(region, &types);
    PhoneNumber number;
    for (PhoneNumberUtil::PhoneNumberType type : types) {
      if (!Util().GetExampleNumberForType(region, type, &number)) continue;
      international += CheckInternational(number);
      national += CheckNational(number, region);
    }
    if (Util().GetInvalidExampleNumber(region, &number)) {
      international += CheckInternational(number);
    }
  }
  std::set<int> codes;
  Util().GetSupportedGlobalNetworkCallingCodes(&codes);
  for (int code : codes) {
    PhoneNumber number;
    if (Util().GetExampleNumberForNonGeoEntity(code, &number)) {
      international += CheckInternational(number);
    }
  }
  // Most of them are read: the comparison is not vacuous.
  CHECK(international > 1000);
  CHECK(national > 300);
}

// The number the reader makes of a calling code and national digits:
// leading zeros kept as Italian zeros, all of them when all are zeros.
PhoneNumber WithLeadingZeros(int code, const std::string& national) {
  PhoneNumber number;
  number.set_country_code(code);
  number.set_national_number(std::stoull(national));
  size_t zeros = national.find_first_not_of('0');
  if (zeros == std::string::npos) zeros = national.size();
  if (zeros > 0) {
    number.set_italian_leading_zero(true);
    number.set_number_of_leading_zeros(int(zeros));
  }
  return number;
}

TEST_CASE("phones: E.164 keeps Italian leading zeros and all-zero numbers") {
  size_t read = 0;
  for (int code : {39, 225, 242, 378, 379, 44, 86, 7, 1, 800, 979}) {
    for (std::string national :
         {"0236618300", "00236618300", "000236618300", "0612345678", "312345678", "0000000",
          "00000000", "000000000", "0000000000", "0", "01", "0012345", "10000000"}) {
      PhoneNumber number = WithLeadingZeros(code, national);
      std::string text = "+" + std::to_string(code) + " " + national;
      bool possible = Util().IsPossibleNumber(number);
      INFO(text << (possible ? " (possible)" : ""));
      std::string got = WholePhone(text, "CN", "phone:international");
      if (possible) {
        CHECK(got == E164(number));
        ++read;
      } else if (!got.empty()) {
        // Read without a trunk zero: "+33 (0)3 ...".
        CHECK(national[0] == '0');
        CHECK(got == E164(WithLeadingZeros(code, national.substr(1))));
      }
    }
  }
  CHECK(read > 30);
}

// What the reader writes for "+86" and these national digits: nothing
// outside 7..17 digits or when the library calls the number impossible.
std::string ChineseE164(const std::string& national) {
  size_t digits = 2 + national.size();
  if (digits < kMinDigits || digits > kMaxDigits) return "";
  PhoneNumber number = WithLeadingZeros(86, national);
  return Util().IsPossibleNumber(number) ? E164(number) : "";
}

TEST_CASE("phones: digit runs of every length, against the end of the text") {
  // Runs shorter and longer than eight digits, after area codes of several
  // lengths (so that the run starts with more or less room left), at
  // offsets that put the text's end anywhere in an eight-byte read; ASCII
  // and fullwidth digits.
  const std::string digits = "5512703790123456789";
  const std::string fullwidth_five = "\xEF\xBC\x95";  // "５"
  size_t read = 0;
  for (const std::string& lead : {std::string(), std::string("5 "), std::string("55-"),
                                  std::string("551 ")}) {
    std::string lead_digits = lead.empty() ? "" : lead.substr(0, lead.size() - 1);
    for (size_t length = 1; length <= digits.size(); ++length) {
      std::string national = digits.substr(0, length);
      for (const char* after : {"", " ", "x", "-", "\xE5\x8F\xB7", "/ ", "12"}) {
        // Digits after the run make it a longer one.
        std::string after_text = after;
        std::string want = ChineseE164(lead_digits + national +
                                       (after_text == "12" ? after_text : ""));
        for (const std::string& prefix : {std::string(), std::string("Tel "),
                                          std::string("\xE7\x94\xB5\xE8\xAF\x9D ")}) {
          for (bool fullwidth : {false, true}) {
            std::string run = fullwidth ? fullwidth_five + national.substr(1) : national;
            std::string number_text = "+86 " + lead + run;
            if (after_text == "12") number_text += after_text;
            std::string text = prefix + number_text + (after_text == "12" ? "" : after_text);
            INFO(text);
            Context ctx;
            ctx.region = "CN";
            std::string got;
            size_t end = 0;
            for (const Value& v : Scan(text, ctx)) {
              if (v.type == ValueType::kPhone && v.span.begin == prefix.size() &&
                  v.pattern == "phone:international") {
                got = v.text;
                end = v.span.end;
              }
            }
            CHECK(got == want);
            if (!got.empty()) {
              CHECK(end == prefix.size() + number_text.size());
              ++read;
            }
          }
        }
      }
    }
  }
  CHECK(read > 300);
}

}  // namespace
}  // namespace values
}  // namespace twinmap
