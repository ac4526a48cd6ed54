// Dates and date ranges: joins date pieces ("22" + "et" + "23 novembre
// 2007"), fills what one piece of a range leaves out from the other, reads
// the cue before ("in", "since", "depuis", "du") or after ("以来", "부터"),
// and decides whether a bare year is a date (only with a cue or marker).
#include <cstdio>
#include <cstring>
#include <utility>
#include <string_view>
#include <tuple>

#include "values/candidate.h"
#include "values/char_class.h"
#include "values/date_pieces.h"
#include "values/date_screens.h"

namespace twinmap {
namespace values {
namespace {

// "00".."99": dates are written two digits at a time.
struct DigitPairs {
  char at[200] = {};
  constexpr DigitPairs() {
    for (int i = 0; i < 100; ++i) {
      at[2 * i] = char('0' + i / 10);
      at[2 * i + 1] = char('0' + i % 10);
    }
  }
};
inline constexpr DigitPairs kDigitPairs{};

// Writes `v` as `width` (2 or 4) zero-padded digits, as printf's "%0*d"
// does for 0 <= v < 10^width; false for anything else.
bool PutPadded(int v, int width, char** out) {
  if (v < 0 || v >= (width == 4 ? 10000 : 100)) return false;
  char* p = *out;
  if (width == 4) {
    std::memcpy(p, kDigitPairs.at + 2 * (v / 100), 2);
    p += 2;
    v %= 100;
  }
  std::memcpy(p, kDigitPairs.at + 2 * v, 2);
  *out = p + 2;
  return true;
}

std::string Iso(int year, int month, int day) {
  char buf[16];
  // The usual cases by hand: snprintf costs more than the rest of a date.
  char* p = buf;
  bool ok;
  if (year) {
    ok = PutPadded(year, 4, &p);
    if (ok && month) ok = (*p++ = '-', PutPadded(month, 2, &p));
    if (ok && month && day) ok = (*p++ = '-', PutPadded(day, 2, &p));
  } else {
    *p++ = '-';
    *p++ = '-';
    ok = PutPadded(month, 2, &p) && (*p++ = '-', PutPadded(day, 2, &p));
  }
  if (ok) return std::string(buf, p - buf);
  if (!year) {
    std::snprintf(buf, sizeof buf, "--%02d-%02d", month, day);
  } else if (!month) {
    std::snprintf(buf, sizeof buf, "%04d", year);
  } else if (!day) {
    std::snprintf(buf, sizeof buf, "%04d-%02d", year, month);
  } else {
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
  }
  return buf;
}

Precision PrecisionOf(const DatePiece& p) {
  if (p.day) return Precision::kDay;
  if (p.month) return Precision::kMonth;
  return p.year ? Precision::kYear : Precision::kNone;
}

// Joins p1 <joiner> p2 into a range, filling each side's missing fields
// from the other. False when the two do not make one range.
bool JoinRange(DatePiece* p1, DatePiece* p2, bool day_joiner) {
  if (day_joiner) {
    // "22 et 23 novembre 2007", "June 22 and 23": days only.
    if (!p1->day || !p2->day) return false;
  }
  if (p1->day_only()) {
    if (!p2->month) return false;
    p1->month = p2->month;
    p1->year = p2->year;
  } else if (p2->day_only()) {
    if (!p1->month) return false;
    p2->month = p1->month;
    p2->year = p1->year;
  } else if (p1->year_only() || p2->year_only()) {
    if (!p1->year_only() || !p2->year_only()) return false;
  } else {
    // Both have a month: "30 novembre au 2 décembre 2007", "2014年3月至5月".
    if (!p1->month || !p2->month) return false;
    if (bool(p1->day) != bool(p2->day)) return false;
    if (!p1->year) p1->year = p2->year;
    if (!p2->year) p2->year = p1->year;
  }
  if (p1->day > DaysInMonth(p1->year, p1->month) && p1->month) return false;
  auto key = [](const DatePiece& p) {
    return std::make_tuple(p.year, p.month, p.day);
  };
  return key(*p1) < key(*p2);
}

// Appends a piece's parts to `out` in text order (a piece writes its
// fields in any order: "June 22", "22 June", "2010-06-22").
void AddParts(const DatePiece& piece, bool end, PartList* out) {
  using std::string_view_literals::operator""sv;
  static constexpr std::string_view kNames[2][3] = {{"day"sv, "month"sv, "year"sv},
                                                    {"day_end"sv, "month_end"sv, "year_end"sv}};
  // Most pieces are a bare year ("in 2016"): one part, nothing to order.
  if (piece.day_span.empty() && piece.month_span.empty()) {
    if (!piece.year_span.empty()) out->push_back({kNames[end][2], piece.year_span});
    return;
  }
  const Span* spans[3] = {&piece.day_span, &piece.month_span, &piece.year_span};
  int order[3];
  int n = 0;
  for (int k = 0; k < 3; ++k) {
    if (!spans[k]->empty()) order[n++] = k;
  }
  for (int i = 1; i < n; ++i) {
    for (int j = i; j > 0 && spans[order[j]]->begin < spans[order[j - 1]]->begin; --j) {
      std::swap(order[j], order[j - 1]);
    }
  }
  for (int i = 0; i < n; ++i) out->push_back({kNames[end][order[i]], *spans[order[i]]});
}

// ReadDate past its screen. Not inlined: most calls stop at the screen,
// and should not pay for this one's frame.
__attribute__((noinline)) bool ReadDateAt(const ParseInput& in, size_t pos,
                                          const MonthSeen& seen, Candidate* out) {
  std::string_view text = in.text;
  const LanguagePack& pack = *in.pack;
  DatePiece p1, p2;
  if (!ReadDatePiece(in, pos, /*allow_bare_day=*/true, &p1, &seen)) return false;
  const StartTables* tables = StartTablesFor(pack);

  // A range: p1 <joiner> p2.
  bool range = false;
  Span joiner_span;
  PhraseList::Match j;
  size_t q = SkipSpaces(text, p1.end);
  bool day_joiner = false;
  // The tables turn away most words after a piece ("in 2016 is").
  bool joined = (!tables || tables->range_joiners.MayMatchAt(text, q)) &&
                pack.range_joiners.MatchAt(text, q, &j);
  if (!joined && (!tables || tables->day_joiners.MayMatchAt(text, q)) &&
      pack.day_joiners.MatchAt(text, q, &j)) {
    joined = day_joiner = true;
  }
  if (joined) {
    size_t r = SkipSpaces(text, j.end);
    DatePiece a = p1;
    if (ReadDatePiece(in, r, true, &p2, &seen) && JoinRange(&a, &p2, day_joiner)) {
      p1 = a;
      range = true;
      joiner_span = Span{j.begin, j.end};
    }
  }
  DatePiece& last = range ? p2 : p1;
  // "June 22-23, 2010": a year after the range belongs to both ends.
  if (range && !p2.year && p2.month) {
    size_t r = p2.end;
    if (r < text.size() && text[r] == ',') ++r;
    r = SkipSpaces(text, r);
    DatePiece y;
    if (r > p2.end && ReadDatePiece(in, r, false, &y, &seen) && y.year_only()) {
      p1.year = p2.year = y.year;
      p2.year_span = Span{y.begin, y.end};
      p2.end = y.end;
      if (p1.day > DaysInMonth(p1.year, p1.month) ||
          p2.day > DaysInMonth(p2.year, p2.month)) {
        return false;
      }
    }
  }
  if (!range && p1.day_only()) return false;
  if (!range && !p1.year && !p1.day) return false;  // a month alone

  // The parts around the pieces, each where one was found: the text
  // orders them (weekday, cue, p1, joiner, p2, since).
  Part cue, since, weekday;
  size_t begin = p1.begin, end = last.end;
  // Cues: "since 1998", "en 2007", "du 22 au 23", "以来", "부터".
  bool cued = false;
  PhraseList::Match m;
  size_t b = SkipSpacesBack(text, begin);
  if (b >= in.floor) {
    if (range && pack.range_openers.MatchBefore(text, b, &m) && m.begin >= in.floor) {
      cue = {"prep", Span{m.begin, m.end}};
      begin = m.begin;
      cued = true;
    } else if (MatchBeforeWithTable(pack.date_cues, tables ? &tables->cues_before : nullptr, text,
                                    b, &m) &&
               m.begin >= in.floor) {
      cue = {pack.cue_parts[m.index], Span{m.begin, m.end}};
      begin = m.begin;
      cued = true;
    }
  }
  if (pack.since_after.MatchAt(text, end, &m)) {
    since = {"since", Span{m.begin, m.end}};
    end = m.end;
    cued = true;
  }
  // A bare year is a date only when something says so.
  if (!range && p1.year_only() && !p1.marked && !cued) return false;
  // "Monday, June 22": the weekday belongs to the date.
  size_t w = SkipSpacesBack(text, begin);
  if (w > 0 && text[w - 1] == ',') w = SkipSpacesBack(text, w - 1);
  if (w >= in.floor &&
      MatchBeforeWithTable(pack.weekdays, tables ? &tables->weekdays_before : nullptr, text, w,
                           &m) &&
      m.begin >= in.floor) {
    weekday = {"weekday", Span{m.begin, m.end}};
    begin = m.begin;
  }

  out->Reset();
  Candidate& c = *out;
  Value& v = c.value;
  int year1 = p1.year, year2 = p2.year;
  const char* pattern = range ? "range:" : "date:";
  if (!year1 && p1.month && in.ctx->reference_year) {
    year1 = in.ctx->reference_year;
    if (range && !year2) year2 = year1;
    pattern = range ? "range+reference_year:" : "date+reference_year:";
    if (p1.day > DaysInMonth(year1, p1.month)) return false;
  }
  // Without a year only a month and day can be written ("--06-22").
  if (!year1 && (!p1.day || (range && !p2.day))) return false;
  v.type = range ? ValueType::kDateRange : ValueType::kDate;
  v.date = Iso(year1, p1.month, p1.day);
  if (range) v.date_end = Iso(year2 ? year2 : year1, p2.month, p2.day);
  v.precision = PrecisionOf(last);
  v.span = Span{begin, end};
  // A found part's span is never empty.
  if (!weekday.span.empty()) v.parts.push_back(weekday);
  if (!cue.span.empty()) v.parts.push_back(cue);
  AddParts(p1, false, &v.parts);
  if (range) {
    v.parts.emplace_back("joiner", joiner_span);
    AddParts(p2, true, &v.parts);
  }
  if (!since.span.empty()) v.parts.push_back(since);
  c.pattern_head = pattern;
  c.rank = kRankDate;
  return true;
}

}  // namespace

bool ReadDate(const ParseInput& in, size_t pos, Candidate* out) {
  MonthSeen seen;
  return MayStartDateAt(in, pos, &seen) && ReadDateAt(in, pos, seen, out);
}

bool ReadDateAfterScreen(const ParseInput& in, size_t pos, const MonthSeen& seen,
                         Candidate* out) {
  return ReadDateAt(in, pos, seen, out);
}

}  // namespace values
}  // namespace twinmap
