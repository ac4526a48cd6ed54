// The scanner's short way for bare numbers: each test below is the first
// test of one parser, made where the parser makes it, or the words around
// the digits looked up in every list the parsers read there, so that the
// short way never says yes where a parser would read (bare_number_test
// asks every parser at every position it says yes).
#include "values/bare_number.h"

#include "values/byte_masks.h"
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

// The end of the run of ASCII letters from `i`; sixteen bytes a step, as
// most words next to a number are read whole.
size_t LettersEnd(std::string_view text, size_t i) {
  const size_t n = text.size();
#if defined(__SSE2__)
  const auto* p = reinterpret_cast<const unsigned char*>(text.data());
  for (; i + 16 <= n; i += 16) {
    const unsigned others = ~AsciiLetterMask(LoadSixteen(p + i)) & 0xFFFFu;
    if (others != 0) return i + unsigned(__builtin_ctz(others));
  }
#endif
  while (i < n && IsAsciiLetter(static_cast<unsigned char>(text[i]))) ++i;
  return i;
}

// The start of the run of ASCII letters that ends at `i`.
size_t LettersStart(std::string_view text, size_t i) {
#if defined(__SSE2__)
  const auto* p = reinterpret_cast<const unsigned char*>(text.data());
  for (; i >= 16; i -= 16) {
    const unsigned others = ~AsciiLetterMask(LoadSixteen(p + i - 16)) & 0xFFFFu;
    if (others != 0) return i - (unsigned(__builtin_clz(others)) - 16);
  }
#endif
  while (i > 0 && IsAsciiLetter(static_cast<unsigned char>(text[i - 1]))) --i;
  return i;
}

// The start of the run of white space ([ \t\n\r]) that ends at `i`: the
// lines between a number and the word before it (a list's items) are
// often indented or blank.
size_t GapStart(std::string_view text, size_t i) {
  auto gap = [](unsigned char b) { return b == ' ' || b == '\t' || b == '\n' || b == '\r'; };
#if defined(__SSE2__)
  const auto* p = reinterpret_cast<const unsigned char*>(text.data());
  for (; i >= 16; i -= 16) {
    const __m128i v = LoadSixteen(p + i - 16);
    const unsigned others =
        ~MaskOf(Union(ByteLanes(v, ' '), ByteLanes(v, '\t'), ByteLanes(v, '\n'),
                      ByteLanes(v, '\r'))) &
        0xFFFFu;
    if (others != 0) return i - (unsigned(__builtin_clz(others)) - 16);
  }
#endif
  while (i > 0 && gap(static_cast<unsigned char>(text[i - 1]))) --i;
  return i;
}

// Whether the digits ending at `end` (< text.size()), followed by no space,
// are the whole run ReadDigits reads (ASCII, then no digit: no group or
// decimals; its short way) and nothing ReadQuantity reads after them
// begins there (NumberScreens::NothingAfterDigits, whose first test it is
// at any other byte than a space or a tab).
bool EndsRunAlone(std::string_view text, size_t end, const NumberScreens& screens) {
  auto byte = [&](size_t i) { return static_cast<unsigned char>(text[i]); };
  const unsigned char b = byte(end);
  if (b >= 0x80 || b == ' ' || b == '\t' || screens.glued_after_bytes.May(b)) return false;
  return end + 1 == text.size() || (byte(end + 1) < 0x80 && !IsAsciiDigit(byte(end + 1)));
}

// Whether ASCII digits ending at `end` are the whole run ReadDigits reads,
// by its own short way's test: the text ends, or an ASCII byte follows
// that no digit does.
bool IsRunAlone(std::string_view text, size_t end) {
  auto byte = [&](size_t i) { return static_cast<unsigned char>(text[i]); };
  return end >= text.size() ||
         (byte(end) < 0x80 &&
          (end + 1 >= text.size() || (byte(end + 1) < 0x80 && !IsAsciiDigit(byte(end + 1)))));
}

// What the words next to a number tell of the lists read there: none can
// match; a word passes the screens of a list ReadQuantity reads (most such
// words are in one: "7 million", "over 400"), so the parsers will read more
// than the digits; a word passes only a date's lists ("du 3 au 5"), so the
// date screen must say; or the text there is no plain word, and the
// parsers' screens must say all.
enum class Words { kNothing, kListWord, kDateWord, kUnsure };

// After the number, whose digits end at `end`: the text ends, or one
// space and a word of ASCII letters follow, shaped like no entry's run, or
// the run of none, or in no entry's screen (a day may also begin a date:
// more lists).
Words WordsAfter(std::string_view text, size_t end, bool day, const NeighbourWords& words) {
  const size_t n = text.size();
  if (end == n) return Words::kNothing;
  const size_t w = end + 1;
  if (text[end] != ' ' || w >= n || !IsAsciiLetter(static_cast<unsigned char>(text[w]))) {
    return Words::kUnsure;
  }
  const char* word = text.data() + w;
  const size_t size = LettersEnd(text, w + 1) - w;
  // The day's lists hold the number's: one look for most words.
  if (!(day ? words.after_day_shapes : words.after_number_shapes).May(word, size)) {
    return Words::kNothing;
  }
  const size_t bit = WordRuns::BitOf(word, size, n - w);
  if ((!day || words.after_number_shapes.May(word, size)) && words.after_number_runs.May(bit) &&
      words.after_number.MayMatchAt(text, w)) {
    return Words::kListWord;
  }
  if (!day || !words.after_day_runs.May(bit)) return Words::kNothing;
  return words.after_day.MayMatchAt(text, w) ? Words::kDateWord : Words::kNothing;
}

// Where the text before `p` (p > 0) is no word of ASCII letters: whether
// no list read before a number can end at `p`. The lists are matched
// there, or within the white space between `p` and the number, where none
// ends (NeighbourWords::usable); but the skips before a number go on past
// a space of other scripts, so the character before `p` must be none
// (told loosely by its bytes: NBSP's last, U+2000..U+3000's first two).
bool EndsNoEntry(std::string_view text, size_t p, const NeighbourWords& words) {
  auto byte = [&](size_t i) { return static_cast<unsigned char>(text[i]); };
  const unsigned char last = byte(p - 1);
  if (last == ' ' || last == '\t' || last == '\n' || last == '\r' || last == 0xA0) return false;
  if (p >= 3 && byte(p - 2) == 0x80 && (byte(p - 3) == 0xE2 || byte(p - 3) == 0xE3)) return false;
  if (last < 0x80) return !words.may_end_before[last];
  return !words.last_chars_before.Contains(FoldChar(DecodeBefore(text, p).cp));
}

// Before the number at `start`: it opens the text, or only white space
// comes before it, or a word of ASCII letters and one space, or white
// space with a line break, shaped like no entry's run, or the run of none,
// or in no entry's screen; or, glued to the digits or before that space
// or white space, a byte that ends no entry.
Words WordsBefore(std::string_view text, size_t start, const NeighbourWords& words) {
  auto byte = [&](size_t i) { return static_cast<unsigned char>(text[i]); };
  size_t p = start;
  if (p == 0) return Words::kNothing;
  if (byte(p - 1) == ' ') {
    --p;
  } else if (byte(p - 1) == '\n' || byte(p - 1) == '\r') {
    p = GapStart(text, p - 1);
    if (p == 0) return Words::kNothing;
  } else {
    return EndsNoEntry(text, p, words) ? Words::kNothing : Words::kUnsure;
  }
  if (p == 0) return Words::kUnsure;
  if (!IsAsciiLetter(byte(p - 1))) {
    return EndsNoEntry(text, p, words) ? Words::kNothing : Words::kUnsure;
  }
  const size_t b = LettersStart(text, p - 1);
  if (!words.before_shapes.May(text.data() + b, p - b) ||
      !words.before_runs.May(WordRuns::BitOf(text.data() + b, p - b, text.size() - b))) {
    return Words::kNothing;
  }
  return words.before.MayMatchBefore(text, p) ? Words::kListWord : Words::kNothing;
}

}  // namespace

BareNumbers::BareNumbers(const ParseInput& in)
    : in_(in),
      words_(NeighbourWordsFor(*in.pack)),
      screens_(NumberScreensFor(*in.pack)) {
  if (words_ && !words_->usable) words_ = nullptr;
  // A table's "in millions" turns a bare number into a quantity.
  if (in.ctx->default_scale != 1 || !in.ctx->default_unit.empty()) screens_ = nullptr;
}

bool BareNumbers::Read(size_t pos, BareNumber* bare) const {
  bare->no_date = false;
  bare->only_date = false;
  bare->screened = false;
  if (!screens_) return false;
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
  // (Most digits end at a space: asked first.) A "." that ends a sentence
  // ("in 2004. The") lets none go on: LooksLikeWeb reads past it only
  // into a byte a run may go on with.
  if (digits_end < n && byte(digits_end) != ' ' && MayGoOnWebRun(byte(digits_end)) &&
      !(byte(digits_end) == '.' &&
        (digits_end + 1 == n || !MayGoOnWebRun(byte(digits_end + 1))))) {
    // "6th", "64%": ReadQuantity reads the digits next, and most are a run
    // alone.
    if (IsRunAlone(text, digits_end)) HandOver(pos, digits_end, v, bare);
    return false;
  }
  // Most bare numbers have plain words around them: then no list can read
  // there, and the digits, followed by a space and a letter or by nothing,
  // are read by ReadDigits alone. A date may start only at a day (1..31,
  // then a month name or a joiner after it) or a year: there the date
  // screen says. A word in a list ReadQuantity reads is left to the parsers
  // at once.
  if (words_) {
    Words after = WordsAfter(text, digits_end, v <= 31, *words_);
    // A space and a letter follow: the digits are a run alone.
    if (after == Words::kListWord) return HandOver(pos, digits_end, v, bare);
    // A byte glued to the digits that nothing read after them begins
    // ("2017,", "in 2004.", "1996\n"): the run is the digits alone; only
    // the date screen knows what a day or year there begins.
    bool ask_date = after == Words::kDateWord;
    if (after == Words::kUnsure && EndsRunAlone(text, digits_end, *screens_)) {
      after = Words::kNothing;
      ask_date = true;
    }
    // Not plain after the digits: the parsers' screens say, whatever is
    // before them.
    if (after == Words::kUnsure) return ReadByScreens(pos, 0, 0, bare);
    // Plain after the digits, or a byte there that ends them: a run alone.
    const Words before = WordsBefore(text, pos, *words_);
    if (before == Words::kListWord) return HandOver(pos, digits_end, v, bare);
    if (before != Words::kUnsure) {
      bare->value = v;
      bare->end = digits_end;
      if (ask_date || (v >= 1000 && v <= 2099)) {
        bare->seen.pos = std::string_view::npos;
        if (MayStartDateAt(in_, pos, &bare->seen)) {
          bare->only_date = true;
          return false;
        }
        bare->no_date = true;
      }
      return true;
    }
    // Plain after the digits, not before them ("Henan  9 Inner", "$9"):
    // the digits alone are the run ReadDigits reads.
    return ReadByScreens(pos, digits_end, v, bare);
  }
  return ReadByScreens(pos, 0, 0, bare);
}

bool BareNumbers::ReadByScreens(size_t pos, size_t plain_end, uint32_t value,
                                BareNumber* bare) const {
  // ReadDate. Where it may read, the rest is still asked: if they leave
  // only the bare number, ReadDate alone is left to run.
  bare->seen.pos = std::string_view::npos;
  const bool date = MayStartDateAt(in_, pos, &bare->seen);
  bare->no_date = !date;
  // ReadQuantity's short way, with the same tests: a run of digits that is
  // no code, nothing around it. (Its percent prefix, tried first, begins
  // with no digit in any pack: bare_number_test.)
  if (plain_end == 0) {
    DigitRun& run = bare->digits.run;
    if (!ReadDigits(in_.text, pos, *in_.pack, &run) || run.trailing_junk) return false;
    plain_end = run.end;
    bare->value = CleanNumber(run.value);
    bare->end = plain_end;
    // ReadQuantity's own screen, whose answer is passed on where the digits
    // are no bare number: where it says a list may end before the digits,
    // those lists are matched in full (kNothing says none can).
    const NumberScreens::Around around = screens_->ScreenAroundDigits(in_.text, pos, plain_end);
    if (around == NumberScreens::Around::kMayFollow ||
        (around == NumberScreens::Around::kOnlyBefore &&
         !screens_->NothingAroundDigits(in_.text, pos, plain_end))) {
      bare->digits.around = around;
      bare->screened = true;
      return false;
    }
  } else {
    bare->value = value;
    bare->end = plain_end;
    if (!screens_->NothingAroundDigits(in_.text, pos, plain_end)) {
      return HandOver(pos, plain_end, value, bare);
    }
  }
  bare->only_date = date;
  return !date;
}

bool BareNumbers::HandOver(size_t pos, size_t end, uint32_t value, BareNumber* bare) const {
  // The run as ReadDigits' short way makes it (the first digit is 1..9).
  DigitRun& run = bare->digits.run;
  run = DigitRun();
  run.value = value;
  run.begin = pos;
  run.end = end;
  run.digit_count = int(end - pos);
  bare->digits.around = screens_->ScreenAroundDigits(in_.text, pos, end);
  bare->screened = true;
  return false;
}

void AppendBareNumber(size_t pos, const BareNumber& bare, std::vector<Value>* out) {
  out->emplace_back();
  Value& v = out->back();
  const Span span{pos, bare.end};
  v.span = span;
  v.number = bare.value;
  v.parts.emplace_back("number", span);
  static const PatternName kNumber("number");
  v.pattern = kNumber;
}

}  // namespace values
}  // namespace twinmap
