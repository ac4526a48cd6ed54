#include "values/date_pieces.h"

#include "values/char_class.h"
#include "values/language_pack.h"
#include "values/numbers.h"

namespace twinmap {
namespace values {
namespace {

constexpr int kMinYear = 1000;
constexpr int kMaxYear = 2099;

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
  int v = 0, n = 0;
  PhraseList::Match m;
  while (pack.number_words.MatchAt(in.text, p, &m)) {
    const NumberWord& w = pack.number_word_info[m.index];
    bool digit = (w.kind == WordKind::kAdditive && w.value < 10) ||
                 w.kind == WordKind::kZero;
    if (!digit || !IsHan(DecodeAt(in.text, p).cp)) break;
    v = v * 10 + int(w.value);
    ++n;
    p = m.end;
  }
  if (n >= 3) {
    *value = v;
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

// The first of `markers` at `pos`; its first byte is compared before
// anything else, as most calls find none.
bool MarkerAt(std::string_view text, size_t pos,
              const std::vector<std::string>& markers, size_t* end) {
  char first = pos < text.size() ? text[pos] : 0;
  for (const auto& m : markers) {
    if ((m.empty() || m[0] == first) && BytesAt(text, pos, m)) {
      *end = pos + m.size();
      return true;
    }
  }
  return false;
}

int AsciiLetterIndex(unsigned char b) { return IsAsciiLetter(b) ? (b | 0x20) - 'a' : -1; }

bool HasBit(const uint64_t (&bits)[4], unsigned char b) { return (bits[b >> 6] >> (b & 63)) & 1; }

// How the entries of a PhraseList begin, as far as text of ASCII letters
// is concerned. PhraseList matches an ASCII letter only with itself in
// either case (no other character folds to one, and a space or apostrophe
// in an entry matches no letter); so at two ASCII letters x y an entry
// matches only if it begins with them (bit y of pairs[x]), or is the one
// letter x (bit x of singles). At three letters x y z, likewise, only if it
// begins with all three (a triple), or with x y, or is x (all triples from
// those: kept loose, though such an entry needs no letter after it). At x y
// and then ASCII that is no letter, only if it is x, or begins with x y and
// no third letter (bit y of pair_ends[x]).
struct LetterPrefixes {
  uint32_t pairs[26] = {};
  uint32_t pair_ends[26] = {};
  uint32_t singles = 0;
  std::vector<uint64_t> triples = std::vector<uint64_t>((26 * 26 * 26 + 63) / 64);

  LetterPrefixes() = default;
  explicit LetterPrefixes(const PhraseList& list) { Add(list); }
  void Add(const PhraseList& list) {
    for (size_t i = 0; i < list.size(); ++i) {
      const std::string& entry = list.phrase(i);
      int x = entry.empty() ? -1 : AsciiLetterIndex(static_cast<unsigned char>(entry[0]));
      if (x < 0) continue;  // never matches at an ASCII letter
      if (entry.size() == 1) {
        singles |= uint32_t(1) << x;
        for (int k = 0; k < 26 * 26; ++k) SetTriple(x * 26 * 26 + k);
        continue;
      }
      int y = AsciiLetterIndex(static_cast<unsigned char>(entry[1]));
      if (y < 0) continue;  // never before a letter
      pairs[x] |= uint32_t(1) << y;
      if (entry.size() == 2 || AsciiLetterIndex(static_cast<unsigned char>(entry[2])) < 0) {
        pair_ends[x] |= uint32_t(1) << y;
      }
      if (entry.size() == 2) {
        for (int z = 0; z < 26; ++z) SetTriple((x * 26 + y) * 26 + z);
        continue;
      }
      int z = AsciiLetterIndex(static_cast<unsigned char>(entry[2]));
      if (z >= 0) SetTriple((x * 26 + y) * 26 + z);  // else never before a third letter
    }
  }
  // False only where no entry can match at `pos`.
  bool MayMatchAt(std::string_view text, size_t pos) const {
    if (pos + 1 >= text.size()) return true;
    int x = AsciiLetterIndex(static_cast<unsigned char>(text[pos]));
    int y = AsciiLetterIndex(static_cast<unsigned char>(text[pos + 1]));
    if (x < 0 || y < 0) return true;
    if ((singles >> x) & 1) return true;
    if (!((pairs[x] >> y) & 1)) return false;
    unsigned char c = pos + 2 < text.size() ? static_cast<unsigned char>(text[pos + 2]) : 0;
    if (c >= 0x80) return true;
    int z = AsciiLetterIndex(c);
    if (z < 0) return (pair_ends[x] >> y) & 1;
    unsigned k = unsigned((x * 26 + y) * 26 + z);
    return (triples[k >> 6] >> (k & 63)) & 1;
  }

 private:
  void SetTriple(int k) { triples[k >> 6] |= uint64_t(1) << (k & 63); }
};

void SetBit(uint64_t (&bits)[4], unsigned char b) { bits[b >> 6] |= uint64_t(1) << (b & 63); }

// Every ASCII byte at which an entry of `list` may match, and all bytes from
// 0x80 (left to the lists themselves). PhraseList keys an entry on its first
// character folded, and at an ASCII byte matches only that key or its
// capital; U+2019, the one other character folding to ASCII, keys as "'".
void AddPhraseFirstBytes(const PhraseList& list, uint64_t (&bits)[4]) {
  for (int b = 0x80; b < 0x100; ++b) SetBit(bits, static_cast<unsigned char>(b));
  SetBit(bits, '\'');
  for (size_t i = 0; i < list.size(); ++i) {
    const std::string& entry = list.phrase(i);
    if (entry.empty()) continue;  // never added
    unsigned char b = static_cast<unsigned char>(entry[0]);
    if (b >= 0x80) continue;
    SetBit(bits, b);
    if (IsAsciiLetter(b)) SetBit(bits, b ^ 0x20);
  }
}

// What can begin a month name, a joiner, a day suffix or a CJK marker in
// one pack, so that MayStartDateAt turns most text away without a lookup.
struct StartTables {
  const LanguagePack* pack;
  LetterPrefixes months, range_joiners, day_joiners, day_suffixes;
  // First bytes of the year, month and day markers (all bytes for an
  // empty one, which BytesAt finds anywhere).
  uint64_t marker_bytes[3][4] = {};
  // What may follow a number in a date, all at once: a month name or a
  // joiner (first bytes, then letters), or a marker (first bytes).
  LetterPrefixes after_number;
  uint64_t after_number_phrase_bytes[4] = {};
  uint64_t after_number_marker_bytes[4] = {};
  // Bytes at which a day suffix may match.
  uint64_t day_suffix_bytes[4] = {};
  // Whether every day suffix that begins with an ASCII letter is all ASCII
  // letters ("th", "er"): one read at a letter then ends within that word.
  bool letter_suffixes_are_words = true;
  // The characters from U+3000 to U+9FFF that begin a month name or a
  // number word, keyed as PhraseList keys them (these fold to themselves).
  static constexpr char32_t kCjkBegin = 0x3000, kCjkEnd = 0xA000;
  // MayStartDateAt's look at the byte b after a day number (one or two
  // digits, before ASCII): day_may_go_on_at[b] is false where
  // MayStartDateBeforeAscii would say no at once, as no separator, suffix,
  // marker or word begins with b. After one space, day_after_space[c] for
  // the byte c after it: kDayStops likewise, kLettersDecide where c is a
  // letter that may begin a month name or a joiner but no marker, so that
  // `after_number` decides ("1 Henan": no "he" begins one).
  static constexpr uint8_t kDayStops = 0, kDayMayGoOn = 1, kLettersDecide = 2;
  bool day_may_go_on_at[256] = {};
  uint8_t day_after_space[256] = {};
  std::vector<uint64_t> cjk_piece_starts = std::vector<uint64_t>((kCjkEnd - kCjkBegin) / 64);

  explicit StartTables(const LanguagePack& p)
      : pack(&p),
        months(p.months),
        range_joiners(p.range_joiners),
        day_joiners(p.day_joiners),
        day_suffixes(p.day_suffixes) {
    const std::vector<std::string>* lists[3] = {&p.year_markers, &p.month_markers,
                                                &p.day_markers};
    for (int k = 0; k < 3; ++k) {
      for (const std::string& m : *lists[k]) {
        if (m.empty()) {
          for (uint64_t& w : marker_bytes[k]) w = ~uint64_t(0);
          continue;
        }
        unsigned char b = static_cast<unsigned char>(m[0]);
        marker_bytes[k][b >> 6] |= uint64_t(1) << (b & 63);
      }
      for (int w = 0; w < 4; ++w) after_number_marker_bytes[w] |= marker_bytes[k][w];
    }
    for (const PhraseList* list : {&p.months, &p.range_joiners, &p.day_joiners}) {
      after_number.Add(*list);
      AddPhraseFirstBytes(*list, after_number_phrase_bytes);
    }
    AddPhraseFirstBytes(p.day_suffixes, day_suffix_bytes);
    for (size_t i = 0; i < p.day_suffixes.size(); ++i) {
      const std::string& entry = p.day_suffixes.phrase(i);
      if (entry.empty() || !IsAsciiLetter(static_cast<unsigned char>(entry[0]))) continue;
      for (char c : entry) {
        if (!IsAsciiLetter(static_cast<unsigned char>(c))) letter_suffixes_are_words = false;
      }
    }
    for (int c = 0; c < 256; ++c) {
      unsigned char b = static_cast<unsigned char>(c);
      bool word = HasBit(after_number_marker_bytes, b) || HasBit(after_number_phrase_bytes, b);
      bool unread = b >= 0x80 || b == ' ' || b == '\t';
      day_may_go_on_at[c] = unread || word || b == '-' || b == '/' || b == '.' ||
                            HasBit(day_suffix_bytes, b);
      if (unread || HasBit(after_number_marker_bytes, b) || HasBit(day_suffix_bytes, ' ')) {
        day_after_space[c] = kDayMayGoOn;
      } else if (HasBit(after_number_phrase_bytes, b)) {
        day_after_space[c] = IsAsciiLetter(b) ? kLettersDecide : kDayMayGoOn;
      }
    }
    for (const PhraseList* list : {&p.months, &p.number_words}) {
      for (size_t i = 0; i < list->size(); ++i) {
        char32_t key = FoldChar(DecodeAt(list->phrase(i), 0).cp);
        if (key < kCjkBegin || key >= kCjkEnd) continue;
        cjk_piece_starts[(key - kCjkBegin) >> 6] |= uint64_t(1) << ((key - kCjkBegin) & 63);
      }
    }
  }

  // False only where neither a month name nor a number word begins with `c`.
  bool CjkMayStartPiece(char32_t c) const {
    if (c < kCjkBegin || c >= kCjkEnd) return true;
    return (cjk_piece_starts[(c - kCjkBegin) >> 6] >> ((c - kCjkBegin) & 63)) & 1;
  }

  // False only where no marker can begin with the byte `b`.
  bool MarkerMayStartWith(unsigned char b) const { return HasBit(after_number_marker_bytes, b); }
  // False only where neither a month name nor a joiner can begin at `pos`,
  // an ASCII byte.
  bool WordMayFollowNumberAt(std::string_view text, size_t pos) const {
    unsigned char b = static_cast<unsigned char>(text[pos]);
    if (!HasBit(after_number_phrase_bytes, b)) return false;
    return !IsAsciiLetter(b) || after_number.MayMatchAt(text, pos);
  }
};

// DerivedTablesFor, remembered per thread for the last pack: a scan asks
// at every anchor, always for the same pack. The lookup is kept out of line
// so that callers on the common path need no frame for it.
thread_local const LanguagePack* last_start_pack = nullptr;
thread_local const StartTables* last_start_tables = nullptr;

__attribute__((noinline, cold)) const StartTables* StartTablesLookup(const LanguagePack& pack) {
  last_start_tables = DerivedTablesFor<StartTables>(pack);
  last_start_pack = &pack;
  return last_start_tables;
}

inline const StartTables* StartTablesFor(const LanguagePack& pack) {
  if (&pack == last_start_pack) return last_start_tables;
  return StartTablesLookup(pack);
}

// The tables when this thread last asked for `pack`, else null: for screens
// that leave a null to the full path, and so make no call.
inline const StartTables* StartTablesIfKnown(const LanguagePack& pack) {
  return &pack == last_start_pack ? last_start_tables : nullptr;
}

// months.MatchAt at `pos`, turned away by the tables where they can; a
// match is kept in `seen` (if given) for ReadMonthWord.
inline bool MonthAt(std::string_view text, size_t pos, const LanguagePack& pack,
                    const StartTables* tables, MonthSeen* seen) {
  if (tables && !tables->months.MayMatchAt(text, pos)) return false;
  PhraseList::Match m;
  if (!pack.months.MatchAt(text, pos, &m)) return false;
  if (seen) {
    seen->pos = pos;
    seen->index = m.index;
    seen->end = m.end;
  }
  return true;
}

// ReadDate's joiner at `pos`: the longest range joiner, else a day joiner.
bool JoinerAt(std::string_view text, size_t pos, const LanguagePack& pack,
              const StartTables* tables, PhraseList::Match* m) {
  if (!tables || tables->range_joiners.MayMatchAt(text, pos)) {
    if (pack.range_joiners.MatchAt(text, pos, m)) return true;
  }
  if (tables && !tables->day_joiners.MayMatchAt(text, pos)) return false;
  return pack.day_joiners.MatchAt(text, pos, m);
}

// MarkerAt for list `k` (0 year, 1 month, 2 day), first byte from the tables.
inline bool MarkerOfKindAt(std::string_view text, size_t pos, const LanguagePack& pack,
                           const StartTables* tables, int k, size_t* end) {
  if (tables && pos < text.size() &&
      !HasBit(tables->marker_bytes[k], static_cast<unsigned char>(text[pos]))) {
    return false;
  }
  const std::vector<std::string>* lists[3] = {&pack.year_markers, &pack.month_markers,
                                              &pack.day_markers};
  return MarkerAt(text, pos, *lists[k], end);
}

// Whether TryCjk may keep the number `v` (digits) before `pos`: a marker
// there that `v` fits — a year 1000..2099, a month 1..12, a day 1..31.
bool CjkMarkerFits(std::string_view text, size_t pos, long long v, const LanguagePack& pack,
                   const StartTables* tables) {
  if (pack.month_markers.empty()) return false;  // TryCjk reads nothing then
  size_t end;
  if (v >= kMinYear) return v <= kMaxYear && MarkerOfKindAt(text, pos, pack, tables, 0, &end);
  if (v < 1 || v > 31) return false;
  return (v <= 12 && MarkerOfKindAt(text, pos, pack, tables, 1, &end)) ||
         MarkerOfKindAt(text, pos, pack, tables, 2, &end);
}

// A month name at `pos` (with the "." of an abbreviation).
bool ReadMonthWord(const ParseInput& in, size_t pos, const MonthSeen* seen, int* month,
                   size_t* end) {
  PhraseList::Match m;
  if (seen && seen->pos == pos) {
    m = PhraseList::Match{seen->index, pos, seen->end};
  } else {
    const StartTables* tables = StartTablesFor(*in.pack);
    if (tables && !tables->months.MayMatchAt(in.text, pos)) return false;
    if (!in.pack->months.MatchAt(in.text, pos, &m)) return false;
  }
  std::string_view surface = in.text.substr(m.begin, m.end - m.begin);
  if (IsAsciiLetter(DecodeAt(surface, 0).cp) && surface[0] >= 'a' &&
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

// Whether ReadDatePiece may find a piece at `pos`, for anything but ASCII
// digits: digits of other scripts, a month name ("June 22") or, from Han,
// a CJK number before its marker ("二〇一七年"); ReadCjkInt's numbers begin
// with a number word, as ReadNumber's first token is one or digits.
bool OtherPieceMayStartAt(const ParseInput& in, size_t pos, const StartTables* tables,
                          MonthSeen* seen) {
  CodePoint c = DecodeAt(in.text, pos);
  if (IsDigit(c.cp)) return true;
  if (tables && !tables->CjkMayStartPiece(c.cp)) return false;
  if (MonthAt(in.text, pos, *in.pack, tables, seen)) return true;
  PhraseList::Match m;
  return IsHan(c.cp) && in.pack->number_words.MatchAt(in.text, pos, &m);
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

namespace {

// The rest of MayStartDateAt once a number worth `v`, of `n` ASCII digits
// from `pos`, ends at `p`.
__attribute__((noinline)) bool MayStartDateAfterNumber(const ParseInput& in, size_t pos,
                                                       size_t p, long long v, size_t n,
                                                       const StartTables* tables,
                                                       MonthSeen* seen) {
  std::string_view t = in.text;
  const LanguagePack& pack = *in.pack;
  char b = p < t.size() ? t[p] : 0;
  if (n <= 2 && (b == '-' || b == '/' || b == '.')) {  // "22.08.2017"
    DatePiece numeric;
    bool found = false;
    TryNumeric(in, pos, ReadIntAt(t, pos), &numeric, &found);
    if (found) return true;
  }
  // Left: a day before a month or a joiner and another piece ("22 août",
  // "1er et 2 mai"), or a CJK number before its marker ("8月", "22日").
  size_t after = SkipSpaces(t, p);
  if (n <= 2) {
    size_t day_end = p;
    PhraseList::Match m;
    if ((!tables || tables->day_suffixes.MayMatchAt(t, p)) && pack.day_suffixes.MatchAt(t, p, &m)) {
      day_end = m.end;
    }
    if (!IsLatinLetter(DecodeAt(t, day_end).cp)) {
      size_t q = day_end == p ? after : SkipSpaces(t, day_end);
      if (q > day_end && MonthAt(t, q, pack, tables, seen)) return true;
      if (JoinerAt(t, q, pack, tables, &m) &&
          OtherPieceMayStartAt(in, SkipSpaces(t, m.end), tables, seen)) {
        return true;
      }
    }
  }
  return CjkMarkerFits(t, after, v, pack, tables);
}

// MayStartDateAt at anything but an ASCII digit.
__attribute__((noinline)) bool MayStartDateAtNonDigit(const ParseInput& in, size_t pos,
                                                      MonthSeen* seen) {
  const StartTables* tables = StartTablesFor(*in.pack);
  // Of the pieces, only a month name begins with an ASCII letter.
  if (IsAsciiLetter(static_cast<unsigned char>(in.text[pos]))) {
    return MonthAt(in.text, pos, *in.pack, tables, seen);
  }
  return OtherPieceMayStartAt(in, pos, tables, seen);
}

// Whether TryNumeric may read a date from a number of one or two digits
// ending at `p`: a separator, one or two digits, the same separator. Left
// to it where a digit of other scripts may come.
bool NumericDateMayFollow(std::string_view t, size_t p) {
  char sep = p < t.size() ? t[p] : 0;
  if (sep != '-' && sep != '/' && sep != '.') return false;
  size_t r = p + 1;
  while (r < t.size() && IsAsciiDigit(static_cast<unsigned char>(t[r]))) ++r;
  if (r >= t.size()) return false;
  if (static_cast<unsigned char>(t[r]) >= 0x80) return true;
  return r - (p + 1) >= 1 && r - (p + 1) <= 2 && t[r] == sep;
}

// Whether the `n` ASCII digits from `pos`, worth `v` when n <= 9, may
// begin a date as a number ReadInt reads: a day, a month or a year. True
// for a year of four digits, which needs no more; else the caller reads on.
bool NumberMayBeDatePart(long long v, size_t n, bool* year) {
  // ReadInt reads at most nine digits.
  if (n > 9) return false;
  // Every piece's number is a day (1..31), a month or a year (1000..2099).
  if (!((v >= 1 && v <= 31) || (v >= kMinYear && v <= kMaxYear))) return false;
  *year = n == 4 && v >= kMinYear;  // a year, an ISO date
  return true;
}

// MayStartDateAt once its digits end at `p`, before a byte from 0x80.
__attribute__((noinline)) bool MayStartDateBeforeNonAscii(const ParseInput& in, size_t pos,
                                                          size_t p, long long v, size_t n,
                                                          MonthSeen* seen) {
  // A fullwidth digit goes on with the number: leave it to the parsers.
  if (IsDigit(DecodeAt(in.text, p).cp)) return true;
  bool year;
  if (!NumberMayBeDatePart(v, n, &year)) return false;
  if (year) return true;
  return MayStartDateAfterNumber(in, pos, p, v, n, StartTablesFor(*in.pack), seen);
}

// What MayStartDateBeforeAscii would make of a number of one or two digits
// ending at `p`, before an ASCII byte, from a byte or two looked up ("1
// Henan", "25\n"): StartTables::kDayStops where it would say no at once,
// kLettersDecide where the letters after one space decide, else kDayMayGoOn
// (also where it is not sure).
inline uint8_t DayNext(std::string_view t, size_t p, const StartTables* tables) {
  if (!tables || p + 1 >= t.size()) return StartTables::kDayMayGoOn;
  unsigned char b = static_cast<unsigned char>(t[p]);
  if (b != ' ') return tables->day_may_go_on_at[b] ? StartTables::kDayMayGoOn : StartTables::kDayStops;
  return tables->day_after_space[static_cast<unsigned char>(t[p + 1])];
}

// MayStartDateAt once its digits end at `p`, before an ASCII byte or the
// end, and are a day or month (NumberMayBeDatePart, not a year).
__attribute__((noinline)) bool MayStartDateBeforeAscii(const ParseInput& in, size_t pos,
                                                       size_t p, long long v, size_t n,
                                                       MonthSeen* seen) {
  std::string_view t = in.text;
  const size_t size = t.size();
  const unsigned char b = p < size ? static_cast<unsigned char>(t[p]) : 0;
  const StartTables* tables = StartTablesFor(*in.pack);
  // Most numbers are followed by ASCII text that starts nothing a date
  // needs ("6 Henan", "25\n", "9th General", "7.2 billion"): a look at the
  // bytes where a marker, a month name or a joiner would begin.
  if (tables && !(n <= 2 && NumericDateMayFollow(t, p))) {
    // A day suffix at an ASCII letter ends within the letters there.
    size_t word_end = p;
    bool suffix = n <= 2 && HasBit(tables->day_suffix_bytes, b);
    if (suffix && IsAsciiLetter(b) && tables->letter_suffixes_are_words) {
      while (word_end < size && IsAsciiLetter(static_cast<unsigned char>(t[word_end]))) {
        ++word_end;
      }
      suffix = false;
    }
    size_t q = word_end;  // where a month name or a joiner may begin
    while (q < size && (t[q] == ' ' || t[q] == '\t')) ++q;
    size_t after = word_end == p ? q : p;  // SkipSpaces(t, p): where a marker may
    if (!suffix && q < size && static_cast<unsigned char>(t[q]) < 0x80 &&
        !tables->MarkerMayStartWith(static_cast<unsigned char>(t[after])) &&
        !tables->WordMayFollowNumberAt(t, q)) {
      return false;
    }
  }
  return MayStartDateAfterNumber(in, pos, p, v, n, tables, seen);
}

// MayStartDateBeforeAscii where DayNext says the letters after the space
// at `p` decide: most begin no month name or joiner ("1 Henan").
__attribute__((noinline)) bool MayStartDateBeforeLetters(const ParseInput& in, size_t pos,
                                                         size_t p, long long v, size_t n,
                                                         MonthSeen* seen) {
  const StartTables* tables = StartTablesIfKnown(*in.pack);  // DayNext's, so not null
  if (tables && !tables->after_number.MayMatchAt(in.text, p + 1)) return false;
  return MayStartDateBeforeAscii(in, pos, p, v, n, seen);
}

}  // namespace

bool MayStartDateAt(const ParseInput& in, size_t pos, MonthSeen* seen) {
  // Most calls are at numbers that start no date ("96 au centre"): the
  // digits are read here, and only those that may go on to a date go on.
  const char* s = in.text.data();
  const size_t size = in.text.size();
  if (pos >= size) return false;  // no piece is empty
  if (static_cast<unsigned>(static_cast<unsigned char>(s[pos]) - '0') > 9) {
    return MayStartDateAtNonDigit(in, pos, seen);
  }
  size_t p = pos;
  unsigned long long v = 0;  // wraps past 19 digits, where n > 9 decides
  unsigned d;
  while (p < size && (d = static_cast<unsigned char>(s[p]) - '0') <= 9) {
    v = v * 10 + d;
    ++p;
  }
  size_t n = p - pos;
  if (p < size && static_cast<unsigned char>(s[p]) >= 0x80) {
    return MayStartDateBeforeNonAscii(in, pos, p, static_cast<long long>(v), n, seen);
  }
  bool year;
  if (!NumberMayBeDatePart(static_cast<long long>(v), n, &year)) return false;
  if (year) return true;
  if (n <= 2) {
    uint8_t next = DayNext(in.text, p, StartTablesIfKnown(*in.pack));
    if (next == StartTables::kDayStops) return false;
    if (next == StartTables::kLettersDecide) {
      return MayStartDateBeforeLetters(in, pos, p, static_cast<long long>(v), n, seen);
    }
  }
  return MayStartDateBeforeAscii(in, pos, p, static_cast<long long>(v), n, seen);
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

}  // namespace

bool ReadDatePiece(const ParseInput& in, size_t pos, bool allow_bare_day, DatePiece* piece,
                   const MonthSeen* seen) {
  if (ReadBareYear(in, pos, piece)) return true;
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
