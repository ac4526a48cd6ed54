// Phone numbers: a cheap shape test at the anchor, then libphonenumber (the
// only file of values/ that includes it) validates the digits for the
// context's region; their E.164 is written as the library would format it.
// "+86-571-87001234 / 87005678" gives two numbers: the second shares the
// first one's leading digits.
#include <phonenumbers/phonenumberutil.h>

#include <algorithm>
#include <atomic>
#include <bitset>
#include <cstdint>
#include <cstring>
#include <set>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "values/candidate.h"
#include "values/char_class.h"

namespace twinmap {
namespace values {
namespace {

using i18n::phonenumbers::PhoneNumber;
using i18n::phonenumbers::PhoneNumberUtil;

// Longest digit run we read, and so the longest national number.
constexpr size_t kMaxDigits = 17;
// A national significant number is one digit longer when all its digits
// are zeros (libphonenumber writes the zero value after the zero prefix).
constexpr size_t kMaxNsnLength = kMaxDigits + 1;

// Makes *number the one libphonenumber reads from a country code and
// national digits: leading zeros are kept as "Italian" zeros. Cleared
// first, so that a reused message holds nothing of its last number.
void SetNumber(int country_code, std::string_view national, PhoneNumber* number) {
  uint64_t value = 0;
  for (char d : national) value = value * 10 + uint64_t(d - '0');
  number->Clear();
  number->set_country_code(country_code);
  number->set_national_number(value);
  if (national[0] == '0') {
    number->set_italian_leading_zero(true);
    size_t zeros = national.find_first_not_of('0');
    number->set_number_of_leading_zeros(
        int(zeros == std::string_view::npos ? national.size() : zeros));
  }
}

// What libphonenumber says of a country code or a region, which does not
// depend on the number: asked once, not at every phone.
class PhoneData {
 public:
  struct Region {
    int country_code = 0;
    std::string trunk;  // national (trunk) prefix, digits only: "0" for CN
  };

  static const PhoneData& Get() {
    static const PhoneData data;
    return data;
  }

  const PhoneNumberUtil& util() const { return util_; }

  // Whether `cc` is a country calling code (a region or a non-geographic
  // entity: GetRegionCodeForCountryCode is not "ZZ").
  bool IsCallingCode(int cc) const { return cc > 0 && cc < 1000 && calling_code_[cc]; }

  // The region's code and trunk prefix, or null for a region the library
  // does not know (GetCountryCodeForRegion gives 0).
  const Region* FindRegion(const std::string& region) const {
    auto it = regions_.find(region);
    return it == regions_.end() ? nullptr : &it->second;
  }

  // IsPossibleNumber of (cc, national) as SetNumber makes it. The library
  // tests only the national significant number's length against the
  // country code's possible lengths, so the answer is remembered per
  // (code, length).
  // `cc` is a calling code; `nsn_length` is 1..kMaxNsnLength.
  bool IsPossible(int cc, std::string_view national, size_t nsn_length) const {
    std::atomic<uint8_t>& known = possible_[cc][nsn_length];
    uint8_t answer = known.load(std::memory_order_relaxed);
    if (answer == kUnknown) {
      // Threads racing here compute and store the same answer.
      PhoneNumber number;
      SetNumber(cc, national, &number);
      answer = util_.IsPossibleNumber(number) ? kYes : kNo;
      known.store(answer, std::memory_order_relaxed);
    }
    return answer == kYes;
  }

 private:
  static constexpr uint8_t kUnknown = 0, kNo = 1, kYes = 2;

  PhoneData() : util_(*PhoneNumberUtil::GetInstance()) {
    std::string region;
    for (int cc = 1; cc < 1000; ++cc) {
      util_.GetRegionCodeForCountryCode(cc, &region);
      calling_code_[cc] = region != "ZZ";
    }
    std::set<std::string> supported;
    util_.GetSupportedRegions(&supported);
    for (const std::string& code : supported) {
      Region r;
      r.country_code = util_.GetCountryCodeForRegion(code);
      if (!r.country_code) continue;
      util_.GetNddPrefixForRegion(code, /*strip_non_digits=*/true, &r.trunk);
      regions_.emplace(code, std::move(r));
    }
    for (auto& row : possible_) {
      for (auto& cell : row) cell.store(kUnknown, std::memory_order_relaxed);
    }
  }

  const PhoneNumberUtil& util_;
  std::bitset<1000> calling_code_;
  std::unordered_map<std::string, Region> regions_;
  mutable std::atomic<uint8_t> possible_[1000][kMaxNsnLength + 1];
};

bool IsPhoneSeparator(char32_t c) { return c == ' ' || c == '-' || c == '.' || c == 0xA0; }
bool IsAsciiSeparator(char b) { return b == ' ' || b == '-' || b == '.'; }

// Digit groups of a phone-shaped run: where each group ends, and the
// digits so far. Fixed arrays: this runs at every long digit run.
struct Shape {
  // Eight spare bytes: runs are copied eight bytes at a time.
  char digits[kMaxDigits + 8];
  size_t digit_count = 0;
  size_t group_ends[kMaxDigits];
  size_t digits_at_end[kMaxDigits];  // digit count at each group end
  size_t groups = 0;
  bool separated = false;

  std::string_view Digits() const { return std::string_view(digits, digit_count); }
};

// Whether a digit (ASCII or fullwidth) starts at `p`; ASCII is tested
// without decoding.
bool DigitAt(std::string_view text, size_t p) {
  if (p < text.size() && static_cast<unsigned char>(text[p]) < 0x80) {
    return text[p] >= '0' && text[p] <= '9';
  }
  return IsDigit(DecodeAt(text, p).cp);
}

bool IsAsciiDigitByte(char b) { return static_cast<unsigned char>(b - '0') < 10; }

// Copies the run of ASCII digits at `p`, at most `room` of them, to `to`
// (which has eight bytes to spare past `room`); returns how many.
size_t CopyAsciiDigits(std::string_view text, size_t p, size_t room, char* to) {
  size_t n = 0;
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
  constexpr uint64_t kHigh = 0xF0F0F0F0F0F0F0F0, kThrees = 0x3030303030303030;
  constexpr uint64_t kSixes = 0x0606060606060606;
  while (n < room && p + n + 8 <= text.size()) {
    uint64_t w;
    std::memcpy(&w, text.data() + p + n, 8);
    std::memcpy(to + n, &w, 8);
    // A byte is a digit when its high nibble is 3 and stays 3 once 6 is
    // added. A carry only leaves a byte that failed, so the first failing
    // byte is found exactly.
    uint64_t failed = ((w & kHigh) ^ kThrees) | (((w + kSixes) & kHigh) ^ kThrees);
    if (failed) return std::min(room, n + (__builtin_ctzll(failed) >> 3));
    n += 8;
  }
  if (n >= room) return room;
#endif
  while (n < room && p + n < text.size() && IsAsciiDigitByte(text[p + n])) {
    to[n] = text[p + n];
    ++n;
  }
  return n;
}

// Reads digit groups joined by single separators ("86-571-87001234",
// "0571 8700123", "(0)10"); stops before a separator not followed by a digit.
void ReadShape(std::string_view text, size_t pos, Shape* s) {
  size_t p = pos;
  // Counts kept in locals: a store to s->digits (chars) could alias them.
  size_t count = 0, groups = 0;
  bool separated = false;
  auto end_group = [&](size_t end) {
    s->group_ends[groups] = end;
    s->digits_at_end[groups] = count;
    ++groups;
  };
  while (p < text.size() && count < kMaxDigits) {
    // A run of ASCII digits, the common case, without decoding each one.
    if (IsAsciiDigitByte(text[p])) {
      size_t run = CopyAsciiDigits(text, p, kMaxDigits - count, s->digits + count);
      count += run;
      p += run;
      if (DigitAt(text, p)) continue;
      end_group(p);
      // The commonest joint, an ASCII separator before an ASCII digit, taken
      // at once; any other goes the long way below.
      if (count < kMaxDigits && p + 1 < text.size() && IsAsciiSeparator(text[p]) &&
          IsAsciiDigitByte(text[p + 1])) {
        separated = true;
        ++p;
      }
      continue;
    }
    CodePoint c = DecodeAt(text, p);
    if (IsDigit(c.cp)) {
      s->digits[count++] = char('0' + DigitValue(c.cp));
      p += c.len;
      if (!DigitAt(text, p)) end_group(p);
      continue;
    }
    // "(0)" trunk marks and "(10)" area codes.
    if (c.cp == '(' || c.cp == ')') {
      if (count == 0 && c.cp == ')') break;
      size_t q = p + 1;
      if (q < text.size() && (DigitAt(text, q) || text[q] == ' ')) {
        p = q;
        separated = true;
        continue;
      }
      break;
    }
    if (IsPhoneSeparator(c.cp) && count != 0 && DigitAt(text, p + c.len)) {
      separated = true;
      p += c.len;
      continue;
    }
    break;
  }
  s->digit_count = count;
  s->groups = groups;
  s->separated = separated;
}

bool AllZeros(std::string_view national) {
  return national.find_first_not_of('0') == std::string_view::npos;
}

// The longest E.164 we write: "+", a calling code, a national significant
// number.
constexpr size_t kMaxE164Length = 1 + 3 + kMaxNsnLength;

// Writes what Format(number, E164) gives for the number SetNumber makes of
// (country_code, national), without asking the library: "+", the code
// (1..999), then the national significant number. That is `national`
// itself, leading zeros kept as Italian zeros, except that all zeros get
// one more (the zero value is written after them). Returns the length.
size_t WriteE164(int country_code, std::string_view national, char* out) {
  size_t len = 0;
  out[len++] = '+';
  if (country_code >= 100) out[len++] = char('0' + country_code / 100);
  if (country_code >= 10) out[len++] = char('0' + country_code / 10 % 10);
  out[len++] = char('0' + country_code % 10);
  std::memcpy(out + len, national.data(), national.size());
  len += national.size();
  if (AllZeros(national)) out[len++] = '0';
  return len;
}

// A phone number split as libphonenumber would hold it.
struct PhoneDigits {
  int country_code = 0;
  std::string_view national;  // within the digits given to SplitPhone
};

// libphonenumber's Parse() costs about 20 µs (it normalises with ICU
// regexes); we already hold the digits, so we split off the country code
// and trunk prefix with its metadata and ask only the checks we need.
// A number written with "+" says it is a phone: possible lengths suffice.
// A national form ("0571-87001234") could be something else, so it must
// pass the full validity check (6 µs).
bool SplitPhone(std::string_view digits, bool international, const std::string& region,
                PhoneDigits* out) {
  const PhoneData& data = PhoneData::Get();
  int country_code = 0;
  std::string_view national;
  if (international) {
    // The shortest prefix that is a calling code; "01" reads as 1.
    int cc = 0;
    for (size_t n = 1; n <= 3 && n < digits.size(); ++n) {
      cc = cc * 10 + (digits[n - 1] - '0');
      if (data.IsCallingCode(cc)) {
        country_code = cc;
        national = digits.substr(n);
        break;
      }
    }
    if (!country_code) return false;
  } else {
    const PhoneData::Region* r = data.FindRegion(region);
    if (!r) return false;
    country_code = r->country_code;
    national = digits;
    if (!r->trunk.empty() && national.substr(0, r->trunk.size()) == r->trunk) {
      national.remove_prefix(r->trunk.size());
    }
  }
  // "+33 (0)3 83 85 30 00": a trunk zero kept after the country code.
  for (int attempt = 0; attempt < 2; ++attempt) {
    if (national.empty() || national.size() > kMaxDigits) return false;
    bool ok;
    if (international) {
      ok = data.IsPossible(country_code, national, national.size() + AllZeros(national));
    } else {
      // One message per thread, set afresh for each number: building and
      // destroying a protobuf message costs more than the rest of a phone.
      thread_local PhoneNumber number;
      SetNumber(country_code, national, &number);
      ok = data.util().IsValidNumber(number);
    }
    if (ok) {
      out->country_code = country_code;
      out->national = national;
      return true;
    }
    if (!international || national[0] != '0') return false;
    national.remove_prefix(1);
  }
  return false;
}

// A blank phone reading at the end of *out, built in place, its text the
// number's E.164.
Candidate& AddPhone(std::vector<Candidate>* out, size_t begin, size_t end,
                    const PhoneDigits& number, const PatternName& pattern) {
  // A text's first phone makes room for shared-prefix siblings too.
  if (out->capacity() == 0) out->reserve(4);
  Candidate& c = out->emplace_back();
  c.value.type = ValueType::kPhone;
  c.value.span = Span{begin, end};
  char e164[kMaxE164Length];
  c.value.text.assign(e164, WriteE164(number.country_code, number.national, e164));
  c.value.pattern = pattern;
  c.rank = kRankPhone;
  return c;
}

// The digits at `digits_pos` (after "+" when `plus`), once the cheap tests
// at the anchor passed: kept apart so that the many anchors those tests
// reject pay for no more.
[[gnu::noinline]] bool ReadPhoneDigits(const ParseInput& in, size_t pos, size_t digits_pos,
                                       size_t begin, bool plus, bool bracket,
                                       std::vector<Candidate>* out) {
  // Pooled once: naming a pattern by its text looks it up.
  static const PatternName kInternational("phone:international"),
      kNational("phone:national"), kSharedPrefix("phone:shared_prefix");
  std::string_view text = in.text;
  Shape shape;
  ReadShape(text, digits_pos, &shape);
  if (shape.digit_count < 7) return false;
  if (!plus && !bracket) {
    // National forms: a trunk "0" with separated groups (0571-87001234), or
    // one run of 10 to 12 digits (mobiles, 010...). Anything else is more
    // likely a quantity or a date.
    bool trunk = shape.digits[0] == '0' && (shape.separated || shape.digit_count >= 10);
    bool run = !shape.separated && shape.digit_count >= 10 && shape.digit_count <= 12;
    if (!trunk && !run) return false;
  }
  // Longest prefix of whole groups that is a valid number.
  for (size_t g = shape.groups; g-- > 0;) {
    size_t n = shape.digits_at_end[g];
    if (n < 7) break;
    std::string_view digits = shape.Digits().substr(0, n);
    PhoneDigits number;
    if (!SplitPhone(digits, plus, in.ctx->region, &number)) continue;
    size_t end = shape.group_ends[g];
    Candidate& phone =
        AddPhone(out, begin, end, number, plus ? kInternational : kNational);
    PartList& parts = phone.value.parts;
    if (plus) {
      int country_code = number.country_code;
      size_t cc_end = digits_pos + (country_code >= 100 ? 3 : country_code >= 10 ? 2 : 1);
      size_t rest = cc_end;
      while (rest < end && !IsDigit(DecodeAt(text, rest).cp)) ++rest;
      parts.emplace_back("country_code", Span{pos, cc_end});
      parts.emplace_back("number", Span{rest, end});
    } else {
      parts.emplace_back("number", Span{begin, end});
    }

    // "+86-571-87001234 / 87005678": more numbers sharing the prefix.
    size_t p = end;
    while (true) {
      size_t q = SkipSpaces(text, p);
      CodePoint slash = DecodeAt(text, q);
      if (slash.cp != '/' && slash.cp != 0xFF0F) break;
      size_t r = SkipSpaces(text, q + slash.len);
      Shape tail;
      ReadShape(text, r, &tail);
      if (tail.separated || tail.digit_count < 3 || tail.digit_count >= n) break;
      char shared[kMaxDigits];
      size_t kept = n - tail.digit_count;
      std::copy(digits.begin(), digits.begin() + kept, shared);
      std::copy(tail.digits, tail.digits + tail.digit_count, shared + kept);
      PhoneDigits more_number;
      if (!SplitPhone(std::string_view(shared, n), plus, in.ctx->region, &more_number)) break;
      size_t tail_end = tail.group_ends[tail.groups - 1];
      Candidate& more = AddPhone(out, r, tail_end, more_number, kSharedPrefix);
      more.value.parts.emplace_back("subscriber", Span{r, tail_end});
      p = tail_end;
    }
    return true;
  }
  return false;
}

// Whether the nine bytes after `pos` are ASCII digits: eight of them tested
// at once. A byte is a digit when its high nibble is 3 and stays 3 once 6
// is added (a carry out of a byte only follows a byte that already failed).
bool NineAsciiDigitsAfter(std::string_view text, size_t pos) {
  // The ninth alone first: it turns away most numbers, which are short.
  if (text.size() - pos < 10 || static_cast<unsigned char>(text[pos + 9] - '0') >= 10) {
    return false;
  }
  constexpr uint64_t kHigh = 0xF0F0F0F0F0F0F0F0, kThrees = 0x3030303030303030;
  constexpr uint64_t kSixes = 0x0606060606060606;
  uint64_t eight;
  std::memcpy(&eight, text.data() + pos + 1, 8);
  return (eight & kHigh) == kThrees && ((eight + kSixes) & kHigh) == kThrees;
}

// ReadPhone past its first screen.
[[gnu::noinline]] bool ReadPhoneAt(const ParseInput& in, size_t pos,
                                   std::vector<Candidate>* out) {
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
  return ReadPhoneDigits(in, pos, digits_pos, begin, plus, bracket, out);
}

}  // namespace

bool ReadPhone(const ParseInput& in, size_t pos, std::vector<Candidate>* out) {
  // Most digit anchors are short numbers ("96", "2007"). One that starts
  // with 1..9 (no "+", no trunk zero) and has no "(" before it is read only
  // as a run of at least 10 ASCII digits: answer "no" before any decoding.
  std::string_view text = in.text;
  if (pos < text.size() && text[pos] >= '1' && text[pos] <= '9' &&
      (pos == 0 || text[pos - 1] != '(') && !NineAsciiDigitsAfter(text, pos)) {
    return false;
  }
  return ReadPhoneAt(in, pos, out);
}

}  // namespace values
}  // namespace twinmap
