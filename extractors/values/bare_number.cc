// The scanner's short way for bare numbers: each test below is the first
// test of one parser, made where the parser makes it, so that the short way
// never says yes where a parser would read (bare_number_test asks every
// parser at every position it says yes).
#include "values/bare_number.h"

#include "values/char_class.h"
#include "values/date_screens.h"
#include "values/number_screens.h"
#include "values/numbers.h"

namespace twinmap {
namespace values {
namespace {

// Whether a host's or an e-mail's run ([A-Za-z0-9._%+-]) may go on with
// `b`, or `b` may begin what follows one ("@", "://"): the scanner's
// LooksLikeWeb says no at once after any other byte.
inline bool MayGoOnWebRun(unsigned char b) {
  return IsAsciiLetter(b) || IsAsciiDigit(b) || b == '.' || b == '_' || b == '%' || b == '+' ||
         b == '-' || b == '@' || b == ':';
}

}  // namespace

bool ReadBareNumber(const ParseInput& in, size_t pos, BareNumber* bare) {
  bare->no_date = false;
  const Context& ctx = *in.ctx;
  // A table's "in millions" turns a bare number into a quantity.
  if (ctx.default_scale != 1 || !ctx.default_unit.empty()) return false;
  std::string_view text = in.text;
  const size_t n = text.size();
  auto byte = [&](size_t i) { return static_cast<unsigned char>(text[i]); };
  // ReadPhone: without "+", "(" or a trunk zero, a phone is a run of ten
  // digits or more.
  if (pos >= n || byte(pos) < '1' || byte(pos) > '9') return false;
  if (pos > 0 && byte(pos - 1) == '(') return false;
  size_t digits_end = pos + 1;
  while (digits_end < n && IsAsciiDigit(byte(digits_end))) ++digits_end;
  if (digits_end - pos >= 10) return false;
  // ReadWeb runs only where LooksLikeWeb sees a host or an e-mail go on.
  if (digits_end < n && MayGoOnWebRun(byte(digits_end))) return false;
  // ReadDate.
  if (MayStartDateAt(in, pos)) return false;
  bare->no_date = true;
  // ReadQuantity's short way, with the same tests: a run of digits that is
  // no code, nothing around it. (Its percent prefix, tried first, begins
  // with no digit in any pack: bare_number_test.)
  const LanguagePack& pack = *in.pack;
  const NumberScreens* screens = NumberScreensFor(pack);
  if (!screens) return false;
  DigitRun run;
  if (!ReadDigits(text, pos, pack, &run) || run.trailing_junk ||
      !screens->NothingAroundDigits(text, pos, run.end)) {
    return false;
  }
  bare->value = CleanNumber(run.value);
  bare->end = run.end;
  return true;
}

void AppendBareNumber(size_t pos, const BareNumber& bare, std::vector<Value>* out) {
  out->emplace_back();
  Value& v = out->back();
  v.span = Span{pos, bare.end};
  v.number = bare.value;
  v.parts.push_back({"number", v.span});
  static const PatternName kNumber("number");
  v.pattern = kNumber;
}

}  // namespace values
}  // namespace twinmap
