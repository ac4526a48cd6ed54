// Phone numbers: a cheap shape test at the anchor, then libphonenumber (the
// only file of values/ that includes it) validates the digits for the
// context's region and formats them as E.164. "+86-571-87001234 / 87005678"
// gives two numbers: the second shares the first one's leading digits.
#include <phonenumbers/phonenumberutil.h>

#include "values/candidate.h"
#include "values/char_class.h"

namespace twinmap {
namespace values {
namespace {

using i18n::phonenumbers::PhoneNumber;
using i18n::phonenumbers::PhoneNumberUtil;

bool IsPhoneSeparator(char32_t c) { return c == ' ' || c == '-' || c == '.' || c == 0xA0; }

// Digit groups of a phone-shaped run: where each group ends, and the
// digits so far.
struct Shape {
  std::vector<size_t> group_ends;
  std::vector<size_t> digits_at_end;  // digit count at each group end
  std::string digits;
  bool separated = false;
};

// Reads digit groups joined by single separators ("86-571-87001234",
// "0571 8700123", "(0)10"); stops before a separator not followed by a digit.
Shape ReadShape(std::string_view text, size_t pos) {
  Shape s;
  size_t p = pos;
  while (p < text.size() && s.digits.size() < 17) {
    CodePoint c = DecodeAt(text, p);
    if (IsDigit(c.cp)) {
      s.digits.push_back(char('0' + DigitValue(c.cp)));
      p += c.len;
      CodePoint n = DecodeAt(text, p);
      if (!IsDigit(n.cp)) {
        s.group_ends.push_back(p);
        s.digits_at_end.push_back(s.digits.size());
      }
      continue;
    }
    // "(0)" trunk marks and "(10)" area codes.
    if (c.cp == '(' || c.cp == ')') {
      if (s.digits.empty() && c.cp == ')') break;
      size_t q = p + 1;
      if (q < text.size() && (IsDigit(DecodeAt(text, q).cp) || text[q] == ' ')) {
        p = q;
        s.separated = true;
        continue;
      }
      break;
    }
    if (IsPhoneSeparator(c.cp) && !s.digits.empty() &&
        IsDigit(DecodeAt(text, p + c.len).cp)) {
      s.separated = true;
      p += c.len;
      continue;
    }
    break;
  }
  return s;
}

// libphonenumber's Parse() costs about 20 µs (it normalises with ICU
// regexes); we already hold the digits, so we split off the country code
// and trunk prefix with its metadata and ask only the checks we need.
// A number written with "+" says it is a phone: possible lengths suffice
// (0.2 µs). A national form ("0571-87001234") could be something else, so it
// must pass the full validity check (6 µs).
bool E164Of(const std::string& digits, bool international, const std::string& region,
            std::string* e164, int* country_code_out = nullptr) {
  const PhoneNumberUtil* util = PhoneNumberUtil::GetInstance();
  int country_code = 0;
  std::string national;
  if (international) {
    for (size_t n = 1; n <= 3 && n < digits.size(); ++n) {
      int cc = std::stoi(digits.substr(0, n));
      std::string r;
      util->GetRegionCodeForCountryCode(cc, &r);
      if (r != "ZZ") {
        country_code = cc;
        national = digits.substr(n);
        break;
      }
    }
    if (!country_code) return false;
  } else {
    country_code = util->GetCountryCodeForRegion(region);
    if (!country_code) return false;
    std::string trunk;
    util->GetNddPrefixForRegion(region, /*strip_non_digits=*/true, &trunk);
    national = digits;
    if (!trunk.empty() && national.compare(0, trunk.size(), trunk) == 0) {
      national = national.substr(trunk.size());
    }
  }
  // "+33 (0)3 83 85 30 00": a trunk zero kept after the country code.
  for (int attempt = 0; attempt < 2; ++attempt) {
    if (national.empty() || national.size() > 17) return false;
    PhoneNumber number;
    number.set_country_code(country_code);
    number.set_national_number(std::stoull(national));
    if (national[0] == '0') {
      number.set_italian_leading_zero(true);
      size_t zeros = national.find_first_not_of('0');
      number.set_number_of_leading_zeros(int(zeros == std::string::npos ? national.size() : zeros));
    }
    bool ok = international ? util->IsPossibleNumber(number) : util->IsValidNumber(number);
    if (ok) {
      util->Format(number, PhoneNumberUtil::E164, e164);
      if (country_code_out) *country_code_out = country_code;
      return true;
    }
    if (!international || national[0] != '0') return false;
    national = national.substr(1);
  }
  return false;
}

Candidate MakePhone(size_t begin, size_t end, const std::string& e164,
                    std::vector<Part> parts, const char* pattern) {
  Candidate c;
  c.value.type = ValueType::kPhone;
  c.value.span = Span{begin, end};
  c.value.text = e164;
  c.value.parts = std::move(parts);
  c.value.pattern = pattern;
  c.rank = kRankPhone;
  return c;
}

}  // namespace

bool ReadPhone(const ParseInput& in, size_t pos, std::vector<Candidate>* out) {
  std::string_view text = in.text;
  CodePoint first = DecodeAt(text, pos);
  bool plus = first.cp == '+' || first.cp == 0xFF0B;
  size_t digits_pos = plus ? pos + first.len : pos;
  if (!IsDigit(DecodeAt(text, digits_pos).cp)) return false;
  // Phone numbers never continue a word or a number.
  CodePoint before = DecodeBefore(text, pos);
  if (IsLatinLetter(before.cp) || IsDigit(before.cp)) return false;

  // "(0551) 62703790", "(202) 456-1111": the area code in brackets.
  bool bracket = !plus && before.cp == '(';
  size_t begin = bracket ? pos - 1 : pos;
  if (bracket && begin < in.floor) return false;
  if (!plus && !bracket && text[digits_pos] != '0') {
    // Without "+", "(" or a trunk zero only a long run of digits can be one.
    size_t run = digits_pos;
    while (run < text.size() && text[run] >= '0' && text[run] <= '9') ++run;
    if (run - digits_pos < 10) return false;
  }
  Shape shape = ReadShape(text, digits_pos);
  if (shape.digits.size() < 7) return false;
  if (!plus && !bracket) {
    // National forms: a trunk "0" with separated groups (0571-87001234), or
    // one run of 10 to 12 digits (mobiles, 010...). Anything else is more
    // likely a quantity or a date.
    bool trunk = shape.digits[0] == '0' && (shape.separated || shape.digits.size() >= 10);
    bool run = !shape.separated && shape.digits.size() >= 10 && shape.digits.size() <= 12;
    if (!trunk && !run) return false;
  }
  // Longest prefix of whole groups that is a valid number.
  for (size_t g = shape.group_ends.size(); g-- > 0;) {
    size_t n = shape.digits_at_end[g];
    if (n < 7) break;
    std::string digits = shape.digits.substr(0, n);
    std::string e164;
    int country_code = 0;
    if (!E164Of(digits, plus, in.ctx->region, &e164, &country_code)) continue;
    size_t end = shape.group_ends[g];
    std::vector<Part> parts;
    if (plus) {
      std::string cc = std::to_string(country_code);
      size_t cc_end = digits_pos + cc.size();
      size_t rest = cc_end;
      while (rest < end && !IsDigit(DecodeAt(text, rest).cp)) ++rest;
      parts.push_back({"country_code", Span{pos, cc_end}});
      parts.push_back({"number", Span{rest, end}});
    } else {
      parts.push_back({"number", Span{begin, end}});
    }
    out->push_back(MakePhone(begin, end, e164, parts,
                             plus ? "phone:international" : "phone:national"));

    // "+86-571-87001234 / 87005678": more numbers sharing the prefix.
    size_t p = end;
    while (true) {
      size_t q = SkipSpaces(text, p);
      CodePoint slash = DecodeAt(text, q);
      if (slash.cp != '/' && slash.cp != 0xFF0F) break;
      size_t r = SkipSpaces(text, q + slash.len);
      Shape tail = ReadShape(text, r);
      if (tail.separated || tail.digits.size() < 3 || tail.digits.size() >= n) break;
      std::string shared = digits.substr(0, n - tail.digits.size()) + tail.digits;
      std::string e2;
      if (!E164Of(shared, plus, in.ctx->region, &e2)) break;
      size_t tail_end = tail.group_ends.back();
      out->push_back(MakePhone(r, tail_end, e2, {{"subscriber", Span{r, tail_end}}},
                               "phone:shared_prefix"));
      p = tail_end;
    }
    return true;
  }
  return false;
}

}  // namespace values
}  // namespace twinmap
