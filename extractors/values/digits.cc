// Digit runs: ASCII and fullwidth digits, each language's thousands
// separators and decimal mark.
#include <cmath>
#include <string>

#include "values/char_class.h"
#include "values/numbers.h"

namespace twinmap {
namespace values {
namespace {

// A number's value built as its digits are read: exact in an integer while
// there are at most 18 digits (correctly rounded then), else summed in
// doubles.
class RunValue {
 public:
  void AddInteger(int d) {
    exact_ = exact_ * 10 + unsigned(d);
    approx_ = approx_ * 10 + d;
    ++count_;
  }
  void AddDecimal(int d) {
    exact_ = exact_ * 10 + unsigned(d);
    approx_ += d * scale_;
    scale_ /= 10;
    ++count_;
    ++decimals_;
  }
  double value() const {
    static const double kPow10[] = {1e0, 1e1, 1e2,  1e3,  1e4,  1e5,  1e6,  1e7,  1e8, 1e9,
                                    1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18};
    if (count_ > 18) return approx_;
    return decimals_ == 0 ? double(exact_) : double(exact_) / kPow10[decimals_];
  }

 private:
  unsigned long long exact_ = 0;  // wraps past 19 digits, when unused
  double approx_ = 0, scale_ = 0.1;
  int count_ = 0, decimals_ = 0;
};

// Reads digits at `pos` into `value` (integer digits, or decimals); returns
// where they end and adds their number to *count. ASCII digits, most of
// them, are taken a byte at a time.
size_t ReadDigitChars(std::string_view text, size_t pos, bool decimals, RunValue* value,
                      int* count, bool* fullwidth) {
  int n = 0;
  while (pos < text.size()) {
    unsigned char b = static_cast<unsigned char>(text[pos]);
    int d;
    size_t len = 1;
    if (b < 0x80) {
      if (!IsAsciiDigit(b)) break;
      d = b - '0';
    } else {
      CodePoint c = DecodeAt(text, pos);
      if (!IsDigit(c.cp)) break;
      if (IsFullwidthDigit(c.cp)) *fullwidth = true;
      d = DigitValue(c.cp);
      len = c.len;
    }
    if (decimals) {
      value->AddDecimal(d);
    } else {
      value->AddInteger(d);
    }
    ++n;
    pos += len;
  }
  *count += n;
  return pos;
}

// Digits followed by a non-digit (or the end): how many, and where they end.
size_t CountDigits(std::string_view text, size_t pos, size_t* end) {
  size_t count = 0;
  while (pos < text.size()) {
    unsigned char b = static_cast<unsigned char>(text[pos]);
    if (b < 0x80) {
      if (!IsAsciiDigit(b)) break;
      ++count;
      ++pos;
      continue;
    }
    CodePoint c = DecodeAt(text, pos);
    if (!IsDigit(c.cp)) break;
    ++count;
    pos += c.len;
  }
  *end = pos;
  return count;
}

bool IsGroupSeparator(char32_t c, const LanguagePack& pack) {
  if (c == 0xA0 || c == 0x202F || c == 0x2009) return true;
  if (c == ',') return pack.decimal != DecimalStyle::kComma;
  if (c == '.') return pack.dot_groups || pack.decimal == DecimalStyle::kEither;
  if (c == ' ') return pack.space_groups;
  for (const auto& s : pack.group_separators) {
    if (DecodeAt(s, 0).cp == c) return true;
  }
  return false;
}

// Exactly three digits at `pos`, then no digit: a thousands group.
bool GroupOfThreeAt(std::string_view text, size_t pos, size_t* end) {
  return CountDigits(text, pos, end) == 3;
}

// The value of the ASCII digits of `digits`, as RunValue reads them.
double AsciiIntegerValue(std::string_view digits) {
  if (digits.size() <= 18) {
    unsigned long long v = 0;
    for (char c : digits) v = v * 10 + unsigned(c - '0');
    return double(v);
  }
  double v = 0;
  for (char c : digits) v = v * 10 + (c - '0');
  return v;
}

}  // namespace

double CleanNumberSlow(double x) {
  if (x == 0 || !std::isfinite(x)) return x;
  // Whole: exact. (Below 9e15 the cast truncates exactly, and is cheaper
  // than std::floor, a library call on baseline x86-64.)
  if (std::fabs(x) < 9e15 && x == double(static_cast<long long>(x))) return x;
  double magnitude = std::ceil(std::log10(std::fabs(x)));
  double factor = std::pow(10.0, 12 - magnitude);
  return std::round(x * factor) / factor;
}

namespace {

// ReadDigits past its common case: fullwidth digits, thousands groups, a
// decimal mark. `run` is cleared. Not inlined, so that the common case
// stays small.
__attribute__((noinline)) bool ReadDigitsInFull(std::string_view text, size_t pos,
                                                const LanguagePack& pack, DigitRun* run) {
  RunValue value;
  size_t p = ReadDigitChars(text, pos, false, &value, &run->digit_count, &run->fullwidth);
  if (run->digit_count == 0) return false;
  run->leading_zero = DigitValue(DecodeAt(text, pos).cp) == 0;

  // Thousands groups: one separator kind per number, groups of exactly three.
  char32_t sep = 0;
  int groups = 0;
  while (p < text.size()) {
    CodePoint c = DecodeAt(text, p);
    if (sep != 0 && c.cp != sep) break;
    if (!IsGroupSeparator(c.cp, pack)) break;
    if (groups == 0 && run->digit_count > 3) break;
    size_t group_end;
    if (!GroupOfThreeAt(text, p + c.len, &group_end)) break;
    if (c.cp == '.' && !pack.dot_groups) {
      // The mixed pack reads "1.200.000" as grouped but "2.275" as 2.275.
      size_t next_end;
      bool another = groups > 0 ||
                     (DecodeAt(text, group_end).cp == '.' &&
                      GroupOfThreeAt(text, group_end + 1, &next_end));
      if (!another) break;
    }
    bool fw = false;
    ReadDigitChars(text, p + c.len, false, &value, &run->digit_count, &fw);
    p = group_end;
    sep = c.cp;
    ++groups;
  }
  run->grouped = groups > 0;

  // Decimal mark.
  CodePoint c = DecodeAt(text, p);
  bool decimal_mark = false;
  if (c.cp == '.' && sep != '.') decimal_mark = true;
  if (c.cp == ',' && sep != ',' && pack.decimal != DecimalStyle::kDot) {
    decimal_mark = true;
  }
  if (decimal_mark && IsDigit(DecodeAt(text, p + 1).cp)) {
    bool fw = false;
    p = ReadDigitChars(text, p + 1, true, &value, &run->decimal_count, &fw);
  }
  c = DecodeAt(text, p);
  if ((c.cp == '.' || c.cp == ',') && IsDigit(DecodeAt(text, p + 1).cp)) {
    run->trailing_junk = true;
  }
  run->end = p;
  run->value = value.value();
  return true;
}

// A character at `pos` that no digit, separator or decimal mark can be
// ("2007年", "5 à"): ReadDigitsInFull would stop there just the same. Not
// inlined, so that the common case stays small.
__attribute__((noinline)) bool EndsDigits(std::string_view text, size_t pos,
                                          const LanguagePack& pack) {
  CodePoint c = DecodeAt(text, pos);
  return !IsDigit(c.cp) && c.cp != '.' && c.cp != ',' && !IsGroupSeparator(c.cp, pack);
}

}  // namespace

bool ReadDigits(std::string_view text, size_t pos, const LanguagePack& pack,
                DigitRun* run) {
  run->value = 0;
  run->digit_count = run->decimal_count = 0;
  run->leading_zero = false;
  run->grouped = run->fullwidth = run->trailing_junk = false;
  run->begin = pos;
  // Most runs are ASCII digits, then an ASCII byte that no digit follows
  // ("14 Hangzhou", "1600 cities", "96."): no thousands group, decimals or
  // fullwidth digits can come next, and the run is read in one go.
  const size_t size = text.size();
  auto byte = [&](size_t i) { return static_cast<unsigned char>(text[i]); };
  size_t ascii_end = pos;
  unsigned long long v = 0;  // wraps past 19 digits, when unused
  while (ascii_end < size && IsAsciiDigit(byte(ascii_end))) {
    v = v * 10 + unsigned(byte(ascii_end) - '0');
    ++ascii_end;
  }
  if (ascii_end > pos) {
    bool simple = ascii_end >= size ||
                  (byte(ascii_end) < 0x80 &&
                   (ascii_end + 1 >= size ||
                    (byte(ascii_end + 1) < 0x80 && !IsAsciiDigit(byte(ascii_end + 1)))));
    if (simple || EndsDigits(text, ascii_end, pack)) {
      size_t n = ascii_end - pos;
      run->digit_count = int(n);
      run->leading_zero = text[pos] == '0';
      run->end = ascii_end;
      run->value = n <= 18 ? double(v) : AsciiIntegerValue(text.substr(pos, n));
      return true;
    }
  }
  return ReadDigitsInFull(text, pos, pack, run);
}

}  // namespace values
}  // namespace twinmap
