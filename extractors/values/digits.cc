// Digit runs: ASCII and fullwidth digits, each language's thousands
// separators and decimal mark.
#include <cmath>
#include <string>

#include "values/char_class.h"
#include "values/numbers.h"

namespace twinmap {
namespace values {
namespace {

size_t ReadDigitChars(std::string_view text, size_t pos, std::string* out,
                      bool* fullwidth) {
  while (pos < text.size()) {
    CodePoint c = DecodeAt(text, pos);
    if (!IsDigit(c.cp)) break;
    if (IsFullwidthDigit(c.cp)) *fullwidth = true;
    out->push_back(char('0' + DigitValue(c.cp)));
    pos += c.len;
  }
  return pos;
}

// Digits followed by a non-digit (or the end): how many, and where they end.
size_t CountDigits(std::string_view text, size_t pos, size_t* end) {
  size_t count = 0;
  while (pos < text.size()) {
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

// The value of ASCII digits "227" with two decimals: 2.27, correctly rounded
// for up to 18 digits.
double DigitsValue(const std::string& integer, const std::string& decimals) {
  static const double kPow10[] = {1e0, 1e1, 1e2,  1e3,  1e4,  1e5,  1e6,  1e7,  1e8, 1e9,
                                  1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18};
  if (integer.size() + decimals.size() <= 18) {
    unsigned long long v = 0;
    for (char c : integer) v = v * 10 + unsigned(c - '0');
    for (char c : decimals) v = v * 10 + unsigned(c - '0');
    return decimals.empty() ? double(v) : double(v) / kPow10[decimals.size()];
  }
  double v = 0;
  for (char c : integer) v = v * 10 + (c - '0');
  double scale = 0.1;
  for (char c : decimals) {
    v += (c - '0') * scale;
    scale /= 10;
  }
  return v;
}

}  // namespace

double CleanNumber(double x) {
  if (x == 0 || !std::isfinite(x)) return x;
  // Whole: exact. (Below 9e15 the cast truncates exactly, and is cheaper
  // than std::floor, a library call on baseline x86-64.)
  if (std::fabs(x) < 9e15 && x == double(static_cast<long long>(x))) return x;
  double magnitude = std::ceil(std::log10(std::fabs(x)));
  double factor = std::pow(10.0, 12 - magnitude);
  return std::round(x * factor) / factor;
}

bool ReadDigits(std::string_view text, size_t pos, const LanguagePack& pack,
                DigitRun* run) {
  run->value = 0;
  run->digits.clear();
  run->decimals.clear();
  run->grouped = run->fullwidth = run->trailing_junk = false;
  run->begin = pos;
  // Most runs are ASCII digits, then an ASCII byte that no digit follows
  // ("14 Hangzhou", "1600 cities", "96."): no thousands group, decimals or
  // fullwidth digits can come next, and the run is read in one go.
  const size_t size = text.size();
  size_t ascii_end = pos;
  while (ascii_end < size && IsAsciiDigit(static_cast<unsigned char>(text[ascii_end]))) {
    ++ascii_end;
  }
  if (ascii_end > pos) {
    auto byte = [&](size_t i) { return static_cast<unsigned char>(text[i]); };
    bool simple = ascii_end >= size ||
                  (byte(ascii_end) < 0x80 &&
                   (ascii_end + 1 >= size ||
                    (byte(ascii_end + 1) < 0x80 && !IsAsciiDigit(byte(ascii_end + 1)))));
    if (simple) {
      run->digits.assign(text.data() + pos, ascii_end - pos);
      run->end = ascii_end;
      run->value = DigitsValue(run->digits, run->decimals);
      return true;
    }
  }
  size_t p = ReadDigitChars(text, pos, &run->digits, &run->fullwidth);
  if (run->digits.empty()) return false;

  // Thousands groups: one separator kind per number, groups of exactly three.
  char32_t sep = 0;
  int groups = 0;
  while (p < text.size()) {
    CodePoint c = DecodeAt(text, p);
    if (sep != 0 && c.cp != sep) break;
    if (!IsGroupSeparator(c.cp, pack)) break;
    if (groups == 0 && run->digits.size() > 3) break;
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
    ReadDigitChars(text, p + c.len, &run->digits, &fw);
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
    p = ReadDigitChars(text, p + 1, &run->decimals, &fw);
  }
  c = DecodeAt(text, p);
  if ((c.cp == '.' || c.cp == ',') && IsDigit(DecodeAt(text, p + 1).cp)) {
    run->trailing_junk = true;
  }
  run->end = p;
  run->value = DigitsValue(run->digits, run->decimals);
  return true;
}

}  // namespace values
}  // namespace twinmap
