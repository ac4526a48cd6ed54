#include "values/date_pieces.h"

#include <algorithm>

#include "values/char_class.h"
#include "values/date_screens.h"
#include "values/language_pack.h"
#include "values/numbers.h"

namespace twinmap {
namespace values {
namespace {

// Plain digits at `pos` (no separators): value, end, count.
bool ReadInt(std::string_view text, size_t pos, int* value, size_t* end,
             int* count) {
  *value = 0;
  *count = 0;
  size_t p = pos;
  // ASCII digits first, without decoding.
  while (p < text.size() && *count < 9 && IsAsciiDigit(static_cast<unsigned char>(text[p]))) {
    *value = *value * 10 + (text[p] - '0');
    ++*count;
    ++p;
  }
  // Before ASCII (or the end) there is nothing to decode.
  if (p >= text.size() || static_cast<unsigned char>(text[p]) < 0x80) {
    if (*count == 0 || (p < text.size() && IsAsciiDigit(static_cast<unsigned char>(text[p])))) {
      return false;
    }
    *end = p;
    return true;
  }
  while (p < text.size() && *count < 9) {
    CodePoint c = DecodeAt(text, p);
    if (!IsDigit(c.cp)) break;
    *value = *value * 10 + DigitValue(c.cp);
    ++*count;
    p += c.len;
  }
  if (*count == 0 || IsDigit(DecodeAt(text, p).cp)) return false;
  *end = p;
  return true;
}

// ReadInt at the start of a piece, read once for the forms that all begin
// with it (ISO, numeric, year, CJK).
struct IntRead {
  bool ok = false;
  int value = 0, count = 0;
  size_t end = 0;
};

IntRead ReadIntAt(std::string_view text, size_t pos) {
  IntRead r;
  r.ok = ReadInt(text, pos, &r.value, &r.end, &r.count);
  return r;
}

bool ValidDay(int year, int month, int day) {
  return month >= 1 && month <= 12 && day >= 1 &&
         day <= DaysInMonth(year, month);
}

// A number in a CJK date: digits, a positional year "二〇一七", or number
// words "二十二".
bool ReadCjkInt(const ParseInput& in, size_t pos, int* value, size_t* end) {
  int count;
  CodePoint c = DecodeAt(in.text, pos);
  if (IsDigit(c.cp)) return ReadInt(in.text, pos, value, end, &count);
  // Positional: every character a single digit (〇 and 零 for zero).
  const LanguagePack& pack = *in.pack;
  size_t p = pos;
  // Past nine digits the value is held at 10^9, which is no day, month or
  // year (and fits an int).
  constexpr long long kTooBig = 1000000000;
  long long v = 0;
  int n = 0;
  PhraseList::Match m;
  while (pack.number_words.MatchAt(in.text, p, &m)) {
    const NumberWord& w = pack.number_word_info[m.index];
    bool digit = (w.kind == WordKind::kAdditive && w.value < 10) ||
                 w.kind == WordKind::kZero;
    if (!digit || !IsHan(DecodeAt(in.text, p).cp)) break;
    v = std::min(v * 10 + static_cast<long long>(w.value), kTooBig);
    ++n;
    p = m.end;
  }
  if (n >= 3) {
    *value = int(v);
    *end = p;
    return true;
  }
  NumberExpr expr;
  if (!ReadNumber(in.text, pos, pack, &expr) || expr.has_digits) return false;
  if (expr.value != int(expr.value) || expr.value > 9999) return false;
  *value = int(expr.value);
  *end = expr.span.end;
  return true;
}

// A month name at `pos` (with the "." of an abbreviation).
bool ReadMonthWord(const ParseInput& in, size_t pos, const MonthSeen* seen, int* month,
                   size_t* end) {
  PhraseList::Match m;
  const StartTables* tables = StartTablesFor(*in.pack);
  if (seen && seen->pos == pos) {
    m = PhraseList::Match{seen->index, pos, seen->end};
  } else {
    if (tables && !tables->months.MayMatchAt(in.text, pos)) return false;
    if (!MatchAtWithTable(in.pack->months, tables ? &tables->months_at : nullptr, in.text, pos,
                          &m)) {
      return false;
    }
  }
  std::string_view surface = in.text.substr(m.begin, m.end - m.begin);
  if (IsAsciiLetter(DecodeAt(surface, 0).cp) && surface[0] >= 'a' &&
      (!tables || tables->MayBeLowercaseNotMonth(surface)) &&
      !in.pack->lowercase_not_months.empty() &&
      in.pack->lowercase_not_months.count(std::string(surface))) {
    return false;
  }
  *month = in.pack->month_numbers[m.index];
  *end = m.end;
  if (DecodeAt(in.text, *end).cp == '.') ++*end;
  return true;
}

// The rest of ReadDay once its `count` digits, worth `v`, end at `p`.
bool FinishDay(const ParseInput& in, int v, int count, size_t p, int* day,
               size_t* number_end, size_t* end) {
  if (count > 2 || v < 1 || v > 31) return false;
  *day = v;
  *number_end = p;
  PhraseList::Match m;
  if (in.pack->day_suffixes.MatchAt(in.text, p, &m)) p = m.end;
  if (IsLatinLetter(DecodeAt(in.text, p).cp)) return false;  // "3D", "5G"
  *end = p;
  return true;
}

// A day number 1..31 with an optional "er", "st", "nd"...
bool ReadDay(const ParseInput& in, size_t pos, int* day, size_t* number_end,
             size_t* end) {
  int count;
  size_t p;
  CodePoint c = DecodeAt(in.text, pos);
  if (!IsDigit(c.cp)) return false;
  // A day's digits may be followed by a suffix letter, so read them raw.
  int v = 0;
  count = 0;
  p = pos;
  while (count < 3) {
    CodePoint d = DecodeAt(in.text, p);
    if (!IsDigit(d.cp)) break;
    v = v * 10 + DigitValue(d.cp);
    ++count;
    p += d.len;
  }
  return FinishDay(in, v, count, p, day, number_end, end);
}

// ReadDay at the start of a piece, from its digits read once: ReadDay's
// raw read gives the same digits when there are at most two (ReadInt stops
// before a digit), and fails as this does on three or more.
bool DayFrom(const ParseInput& in, const IntRead& first, int* day, size_t* number_end,
             size_t* end) {
  return first.ok && FinishDay(in, first.value, first.count, first.end, day, number_end, end);
}

// A year, given ReadInt at its start.
bool YearFrom(std::string_view text, const IntRead& first, int* year, size_t* end) {
  if (!first.ok) return false;
  *year = first.value;
  *end = first.end;
  if (first.count != 4 || *year < kMinYear || *year > kMaxYear) return false;
  return !IsLatinLetter(DecodeAt(text, *end).cp);
}

bool ReadYear(std::string_view text, size_t pos, int* year, size_t* end) {
  return YearFrom(text, ReadIntAt(text, pos), year, end);
}

void Keep(const DatePiece& p, DatePiece* best, bool* found) {
  if (!*found || p.end > best->end) {
    *best = p;
    *found = true;
  }
}

// "2010-06-24", "2010/06/24", "2014. 10. 22.", "2010-06".
void TryIso(const ParseInput& in, size_t pos, const IntRead& first, DatePiece* best,
            bool* found) {
  std::string_view t = in.text;
  int m, d, n;
  size_t e2, e3;
  if (!first.ok || first.count != 4) return;
  int y = first.value;
  size_t e1 = first.end;
  if (y < kMinYear || y > kMaxYear) return;
  char sep = e1 < t.size() ? t[e1] : 0;
  if (sep != '-' && sep != '/' && sep != '.') return;
  size_t p = e1 + 1;
  if (sep == '.') p = SkipSpaces(t, p);
  if (!ReadInt(t, p, &m, &e2, &n) || n > 2 || m < 1 || m > 12) return;
  DatePiece piece;
  piece.begin = pos;
  piece.year_span = Span{pos, e1};
  piece.month_span = Span{p, e2};
  piece.year = y;
  piece.month = m;
  piece.marked = true;
  piece.end = e2;
  if (e2 < t.size() && t[e2] == sep) {
    size_t q = e2 + 1;
    if (sep == '.') q = SkipSpaces(t, q);
    if (ReadInt(t, q, &d, &e3, &n) && n <= 2 && ValidDay(y, m, d)) {
      piece.day = d;
      piece.day_span = Span{q, e3};
      piece.end = e3;
      if (sep == '.' && e3 < t.size() && t[e3] == '.' &&
          !IsDigit(DecodeAt(t, e3 + 1).cp)) {
        piece.end = e3 + 1;
      }
    }
  }
  if (sep == '.' && !piece.day) return;  // "2014.10" is a decimal number
  if (IsDigit(DecodeAt(t, piece.end).cp) || IsAsciiLetter(DecodeAt(t, piece.end).cp)) return;
  Keep(piece, best, found);
}

// "22.08.2017", "22/08/2017", "08/22/2017".
void TryNumeric(const ParseInput& in, size_t pos, const IntRead& lead, DatePiece* best,
                bool* found) {
  std::string_view t = in.text;
  int b, y, n2, n3;
  size_t e2, e3;
  if (!lead.ok || lead.count > 2) return;
  int a = lead.value;
  size_t e1 = lead.end;
  char sep = e1 < t.size() ? t[e1] : 0;
  if (sep != '/' && sep != '.' && sep != '-') return;
  if (!ReadInt(t, e1 + 1, &b, &e2, &n2) || n2 > 2) return;
  if (e2 >= t.size() || t[e2] != sep) return;
  if (!ReadInt(t, e2 + 1, &y, &e3, &n3) || n3 != 4 || y < kMinYear || y > kMaxYear) return;
  bool month_first = in.pack->numeric_order == DateOrder::kMdy;
  if (a > 12) month_first = false;
  if (b > 12) month_first = true;
  int month = month_first ? a : b, day = month_first ? b : a;
  if (!ValidDay(y, month, day)) return;
  DatePiece piece;
  piece.begin = pos;
  piece.end = e3;
  piece.year = y;
  piece.month = month;
  piece.day = day;
  piece.marked = true;
  Span first{pos, e1}, second{e1 + 1, e2};
  piece.month_span = month_first ? first : second;
  piece.day_span = month_first ? second : first;
  piece.year_span = Span{e2 + 1, e3};
  Keep(piece, best, found);
}

// 2017年8月22日, 2014년 10월, 8月22日, 23日 (a bare day, in ranges).
void TryCjk(const ParseInput& in, size_t pos, const IntRead& first, bool allow_bare_day,
            DatePiece* best, bool* found) {
  const LanguagePack& pack = *in.pack;
  if (pack.month_markers.empty()) return;
  const StartTables* tables = StartTablesFor(pack);
  std::string_view t = in.text;
  DatePiece piece;
  piece.begin = pos;
  size_t p = pos, e, m_end;
  int v;
  if (IsDigit(DecodeAt(t, p).cp)) {  // ReadCjkInt reads digits as ReadInt does
    if (!first.ok) return;
    v = first.value;
    e = first.end;
  } else if (!ReadCjkInt(in, p, &v, &e)) {
    return;
  }
  size_t after = SkipSpaces(t, e);
  if (MarkerOfKindAt(t, after, pack, tables, 0, &m_end)) {
    if (v < kMinYear || v > kMaxYear) return;
    piece.year = v;
    piece.marked = true;
    piece.year_span = Span{p, e};
    piece.end = m_end;
    p = SkipSpaces(t, m_end);
    if (!ReadCjkInt(in, p, &v, &e)) {
      Keep(piece, best, found);
      return;
    }
    after = SkipSpaces(t, e);
  }
  if (MarkerOfKindAt(t, after, pack, tables, 1, &m_end)) {
    if (v < 1 || v > 12) return;
    piece.month = v;
    piece.month_span = Span{p, e};
    piece.end = m_end;
    p = SkipSpaces(t, m_end);
    if (!ReadCjkInt(in, p, &v, &e)) {
      // "8月" alone is no date, but may end a range ("2014年3月至5月").
      if (piece.year || allow_bare_day) Keep(piece, best, found);
      return;
    }
    after = SkipSpaces(t, e);
  } else if (piece.year) {
    Keep(piece, best, found);
    return;
  }
  if (MarkerOfKindAt(t, after, pack, tables, 2, &m_end)) {
    if (!piece.month && !allow_bare_day) return;
    if (v < 1 || v > (piece.month ? DaysInMonth(piece.year, piece.month) : 31)) {
      return;
    }
    piece.day = v;
    piece.day_span = Span{p, e};
    piece.end = m_end;
  }
  // "8月" alone is no date, but may end a range ("2014年3月至5月").
  if (piece.month && !piece.day && !piece.year && !allow_bare_day) return;
  if (piece.day || piece.year || piece.month) Keep(piece, best, found);
}

// "22 août 2017", "11 Juillet 2007", "1er janvier", "22nd June, 2010", "22".
void TryDayMonth(const ParseInput& in, size_t pos, const IntRead& first, bool allow_bare_day,
                 const MonthSeen* seen, DatePiece* best, bool* found) {
  std::string_view t = in.text;
  int day, month, year;
  size_t number_end, day_end, month_end, year_end;
  if (!DayFrom(in, first, &day, &number_end, &day_end)) return;
  DatePiece piece;
  piece.begin = pos;
  piece.day = day;
  piece.end = day_end;
  piece.day_span = Span{pos, number_end};
  size_t q = SkipSpaces(t, day_end);
  if (q > day_end && ReadMonthWord(in, q, seen, &month, &month_end) &&
      day <= DaysInMonth(0, month)) {
    piece.month = month;
    piece.end = month_end;
    piece.month_span = Span{q, month_end};
    size_t r = month_end;
    if (r < t.size() && t[r] == ',') ++r;
    r = SkipSpaces(t, r);
    if (r > month_end && ReadYear(t, r, &year, &year_end)) {
      if (!ValidDay(year, month, day)) return;  // "29 février 2015"
      piece.year = year;
      piece.end = year_end;
      piece.year_span = Span{r, year_end};
    }
    Keep(piece, best, found);
    return;
  }
  if (allow_bare_day && !IsDigit(DecodeAt(t, day_end).cp)) Keep(piece, best, found);
}

// "June 22", "June 23, 2010", "November 2007".
void TryMonthFirst(const ParseInput& in, size_t pos, const MonthSeen* seen, DatePiece* best,
                   bool* found) {
  std::string_view t = in.text;
  int month, day, year;
  size_t month_end, number_end, day_end, year_end;
  if (!ReadMonthWord(in, pos, seen, &month, &month_end)) return;
  size_t q = SkipSpaces(t, month_end);
  if (q == month_end) return;
  DatePiece piece;
  piece.begin = pos;
  piece.month = month;
  piece.month_span = Span{pos, month_end};
  if (ReadYear(t, q, &year, &year_end)) {
    piece.year = year;
    piece.end = year_end;
    piece.year_span = Span{q, year_end};
    Keep(piece, best, found);
    return;
  }
  if (!ReadDay(in, q, &day, &number_end, &day_end) ||
      day > DaysInMonth(0, month) || IsDigit(DecodeAt(t, day_end).cp)) {
    return;
  }
  piece.day = day;
  piece.end = day_end;
  piece.day_span = Span{q, number_end};
  size_t r = day_end;
  if (r < t.size() && t[r] == ',') ++r;
  r = SkipSpaces(t, r);
  if (ReadYear(t, r, &year, &year_end)) {
    if (!ValidDay(year, month, day)) return;
    piece.year = year;
    piece.end = year_end;
    piece.year_span = Span{r, year_end};
  }
  Keep(piece, best, found);
}

}  // namespace

int DaysInMonth(int year, int month) {
  static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month < 1 || month > 12) return 0;
  if (month != 2) return kDays[month - 1];
  if (year == 0) return 29;
  bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return leap ? 29 : 28;
}

bool NumericDateAt(const ParseInput& in, size_t pos) {
  DatePiece numeric;
  bool found = false;
  TryNumeric(in, pos, ReadIntAt(in.text, pos), &numeric, &found);
  return found;
}

namespace {

// ReadDatePiece at four ASCII digits of a year followed by ASCII text that
// no other form reads on ("in 2016 is", "en 2007,", "in 2004."): no digit
// or letter, no ISO separator before a month, and no CJK marker after the
// spaces. Most dates are such years after a cue; this spares them the
// other readers. False (and `piece` untouched) for anything else.
bool ReadBareYear(const ParseInput& in, size_t pos, DatePiece* piece) {
  std::string_view t = in.text;
  if (pos + 4 >= t.size()) return false;
  int v = 0;
  for (size_t i = pos; i < pos + 4; ++i) {
    unsigned d = static_cast<unsigned char>(t[i]) - unsigned('0');
    if (d > 9) return false;
    v = v * 10 + int(d);
  }
  const size_t end = pos + 4;
  unsigned char c = static_cast<unsigned char>(t[end]);
  if (v < kMinYear || v > kMaxYear || c >= 0x80 || IsAsciiDigit(c) || IsAsciiLetter(c)) {
    return false;
  }
  if (c == '-' || c == '/' || c == '.') {
    // TryIso reads a month after the separator (and, after ".", spaces).
    size_t q = c == '.' ? SkipSpaces(t, end + 1) : end + 1;
    unsigned char d = q < t.size() ? static_cast<unsigned char>(t[q]) : 'x';
    if (d >= 0x80 || IsAsciiDigit(d)) return false;
  }
  // TryCjk looks for a marker after spaces. Only with the pack's tables, so
  // that a copy of a pack (tests) reads every year the long way.
  const StartTables* tables = StartTablesFor(*in.pack);
  if (!tables) return false;
  if (!in.pack->month_markers.empty()) {
    size_t after = SkipSpaces(t, end);
    if (after >= t.size() || tables->MarkerMayStartWith(static_cast<unsigned char>(t[after]))) {
      return false;
    }
  }
  *piece = DatePiece();
  piece->begin = pos;
  piece->end = end;
  piece->year = v;
  piece->year_span = Span{pos, end};
  return true;
}

// Up to two ASCII digits at `p`, before a byte that is no digit of any
// script (ASCII, or the end): their value and end; false for anything else.
bool ReadShortAsciiInt(std::string_view t, size_t p, int* value, size_t* end) {
  size_t q = p;
  int v = 0;
  while (q < t.size() && q - p < 3 && IsAsciiDigit(static_cast<unsigned char>(t[q]))) {
    v = v * 10 + (t[q] - '0');
    ++q;
  }
  if (q == p || q - p > 2) return false;
  if (q < t.size() && static_cast<unsigned char>(t[q]) >= 0x80) return false;  // may be a digit
  *value = v;
  *end = q;
  return true;
}

// ReadDatePiece at an ISO day of ASCII digits, "2010-06-24" or
// "2010/6/4", before ASCII that is no letter or digit (or the end), as in
// "President2010-06-24\n": TryIso's piece, which no other form outreads
// (the numeric and day forms want at most two digits first, and the
// pack's tables say no CJK marker begins with the separator). False (and
// `piece` untouched) for anything else.
bool ReadIsoDay(const ParseInput& in, size_t pos, DatePiece* piece) {
  std::string_view t = in.text;
  if (pos + 4 >= t.size()) return false;
  int y = 0;
  for (size_t i = pos; i < pos + 4; ++i) {
    unsigned d = static_cast<unsigned char>(t[i]) - unsigned('0');
    if (d > 9) return false;
    y = y * 10 + int(d);
  }
  const char sep = t[pos + 4];
  if ((sep != '-' && sep != '/') || y < kMinYear || y > kMaxYear) return false;
  const StartTables* tables = StartTablesFor(*in.pack);
  if (!tables || tables->MarkerMayStartWith(static_cast<unsigned char>(sep))) return false;
  int m, d;
  size_t month_end, day_end;
  if (!ReadShortAsciiInt(t, pos + 5, &m, &month_end) || month_end >= t.size() ||
      t[month_end] != sep || !ReadShortAsciiInt(t, month_end + 1, &d, &day_end) ||
      !ValidDay(y, m, d)) {
    return false;
  }
  if (day_end < t.size()) {
    unsigned char c = static_cast<unsigned char>(t[day_end]);
    if (IsAsciiDigit(c) || IsAsciiLetter(c)) return false;  // as TryIso wants
  }
  *piece = DatePiece();
  piece->begin = pos;
  piece->end = day_end;
  piece->year = y;
  piece->month = m;
  piece->day = d;
  piece->marked = true;
  piece->year_span = Span{pos, pos + 4};
  piece->month_span = Span{pos + 5, month_end};
  piece->day_span = Span{month_end + 1, day_end};
  return true;
}

}  // namespace

bool ReadDatePiece(const ParseInput& in, size_t pos, bool allow_bare_day, DatePiece* piece,
                   const MonthSeen* seen) {
  if (ReadBareYear(in, pos, piece) || ReadIsoDay(in, pos, piece)) return true;
  bool found = false;
  CodePoint c = DecodeAt(in.text, pos);
  IntRead first;
  if (IsDigit(c.cp)) first = ReadIntAt(in.text, pos);
  if (IsDigit(c.cp)) {
    TryIso(in, pos, first, piece, &found);
    TryNumeric(in, pos, first, piece, &found);
    TryDayMonth(in, pos, first, allow_bare_day, seen, piece, &found);
    int year;
    size_t year_end;
    if (YearFrom(in.text, first, &year, &year_end)) {
      DatePiece y;
      y.begin = pos;
      y.end = year_end;
      y.year = year;
      y.year_span = Span{pos, year_end};
      Keep(y, piece, &found);
    }
  } else {
    TryMonthFirst(in, pos, seen, piece, &found);
  }
  if (IsDigit(c.cp) || IsHan(c.cp)) TryCjk(in, pos, first, allow_bare_day, piece, &found);
  return found;
}

}  // namespace values
}  // namespace twinmap
