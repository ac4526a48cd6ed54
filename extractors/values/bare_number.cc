// The scanner's short way for bare numbers: each test below is the first
// test of one parser, made where the parser makes it, or the words around
// the digits looked up in every list the parsers read there, so that the
// short way never says yes where a parser would read (bare_number_test
// asks every parser at every position it says yes).
#include "values/bare_number.h"

#include "values/char_class.h"
#include "values/date_screens.h"
#include "values/neighbour_words.h"
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

// Whether no list read after the number, whose digits end at `end`, can
// match there, known from the words alone: the text ends, or one space and
// a word of ASCII letters follow, shaped like no entry or no entry at all
// (a day may also begin a date: more lists). False where unsure.
bool NothingAfter(std::string_view text, size_t end, bool day, const NeighbourWords& words) {
  const size_t n = text.size();
  if (end == n) return true;
  const size_t w = end + 1;
  if (text[end] != ' ' || w >= n || !IsAsciiLetter(static_cast<unsigned char>(text[w]))) {
    return false;
  }
  size_t e = w + 1;
  while (e < n && IsAsciiLetter(static_cast<unsigned char>(text[e]))) ++e;
  const WordShapes& shapes = day ? words.after_day_shapes : words.after_number_shapes;
  if (!shapes.May(text.data() + w, e - w)) return true;
  return !(day ? words.after_day : words.after_number).MayMatchAt(text, w);
}

// Whether no list read before the number at `start` can match there: it
// opens the text, or only white space comes before it, or a word of ASCII
// letters and one space, or white space with a line break, shaped like no
// entry or no entry at all. False where unsure.
bool NothingBefore(std::string_view text, size_t start, const NeighbourWords& words) {
  auto byte = [&](size_t i) { return static_cast<unsigned char>(text[i]); };
  size_t p = start;
  if (p == 0) return true;
  if (byte(p - 1) == ' ') {
    --p;
  } else if (byte(p - 1) == '\n' || byte(p - 1) == '\r') {
    while (p > 0 && (byte(p - 1) == ' ' || byte(p - 1) == '\t' || byte(p - 1) == '\n' ||
                     byte(p - 1) == '\r')) {
      --p;
    }
    if (p == 0) return true;
  } else {
    return false;
  }
  if (p == 0 || !IsAsciiLetter(byte(p - 1))) return false;
  size_t b = p - 1;
  while (b > 0 && IsAsciiLetter(byte(b - 1))) --b;
  if (!words.before_shapes.May(text.data() + b, p - b)) return true;
  return !words.before.MayMatchBefore(text, p);
}

}  // namespace

BareNumbers::BareNumbers(const ParseInput& in)
    : in_(in),
      enabled_(in.ctx->default_scale == 1 && in.ctx->default_unit.empty()),
      words_(NeighbourWordsFor(*in.pack)),
      screens_(NumberScreensFor(*in.pack)) {
  if (words_ && !words_->usable) words_ = nullptr;
}

bool BareNumbers::Read(size_t pos, BareNumber* bare) const {
  bare->no_date = false;
  // A table's "in millions" turns a bare number into a quantity.
  if (!enabled_ || !screens_) return false;
  std::string_view text = in_.text;
  const size_t n = text.size();
  auto byte = [&](size_t i) { return static_cast<unsigned char>(text[i]); };
  // ReadPhone: without "+", "(" or a trunk zero, a phone is a run of ten
  // digits or more.
  if (pos >= n || byte(pos) < '1' || byte(pos) > '9') return false;
  if (pos > 0 && byte(pos - 1) == '(') return false;
  size_t digits_end = pos + 1;
  uint32_t v = byte(pos) - '0';
  while (digits_end < n && IsAsciiDigit(byte(digits_end))) {
    v = v * 10 + (byte(digits_end) - '0');
    ++digits_end;
  }
  if (digits_end - pos >= 10) return false;
  // ReadWeb runs only where LooksLikeWeb sees a host or an e-mail go on.
  if (digits_end < n && MayGoOnWebRun(byte(digits_end))) return false;
  // Most bare numbers have plain words around them: then no list can read
  // there, and the digits, followed by a space and a letter or by nothing,
  // are read by ReadDigits alone. A date may start only at a day (1..31,
  // then a month name or a joiner after it) or a year (left to the screens
  // below).
  if (words_ && !(v >= 1000 && v <= 2099) && NothingAfter(text, digits_end, v <= 31, *words_) &&
      NothingBefore(text, pos, *words_)) {
    bare->value = v;
    bare->end = digits_end;
    return true;
  }
  // ReadDate.
  if (MayStartDateAt(in_, pos)) return false;
  bare->no_date = true;
  // ReadQuantity's short way, with the same tests: a run of digits that is
  // no code, nothing around it. (Its percent prefix, tried first, begins
  // with no digit in any pack: bare_number_test.)
  DigitRun run;
  if (!ReadDigits(text, pos, *in_.pack, &run) || run.trailing_junk ||
      !screens_->NothingAroundDigits(text, pos, run.end)) {
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
