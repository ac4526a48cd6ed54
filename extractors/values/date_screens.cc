#include "values/date_screens.h"

#include "values/char_class.h"
#include "values/date_pieces.h"
#include "values/language_pack.h"
#include "values/phrase_list.h"

namespace twinmap {
namespace values {

void LetterPrefixes::Add(const PhraseList& list) {
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

namespace {

// Marks in `bits` the ASCII bytes that the character `k` of an entry, next
// to a word, matches: any white space for a space, else the byte itself;
// none for a character beyond ASCII.
void MarkAsciiMatches(char32_t k, uint64_t (&bits)[2]) {
  auto mark = [&bits](unsigned b) { bits[b >> 6] |= uint64_t(1) << (b & 63); };
  if (k == ' ') {
    for (unsigned b = 0; b <= ' '; ++b) mark(b);
    mark(0x7F);
  } else if (k < 0x80) {
    mark(unsigned(k));
  }
}

}  // namespace

WordBeforeTable::WordBeforeTable(const PhraseList& list) {
  for (size_t i = 0; i < list.size(); ++i) {
    const std::string& entry = list.phrase(i);
    if (entry.size() >= 2) {
      int x = AsciiLetterIndex(static_cast<unsigned char>(entry[entry.size() - 2]));
      int y = AsciiLetterIndex(static_cast<unsigned char>(entry.back()));
      if (x >= 0 && y >= 0) pair_ends_[y] |= uint32_t(1) << x;
      int w = entry.size() >= 3
                  ? AsciiLetterIndex(static_cast<unsigned char>(entry[entry.size() - 3]))
                  : -1;
      if (w >= 0 && x >= 0 && y >= 0) {
        unsigned k = unsigned((w * 26 + x) * 26 + y);
        triple_ends_[k >> 6] |= uint64_t(1) << (k & 63);
      }
    }
    size_t start = entry.size();
    uint64_t key = 0;
    if (!AddLettersBefore(entry.data(), &start, &key)) continue;  // ends with no ASCII letter
    Word& w = words_[key];
    if (start == 0) {
      // Let the list say which entry it finds at the word alone (duplicates).
      std::string alone = entry + " ";
      PhraseList::Match m;
      if (list.MatchBefore(alone, entry.size(), &m) && m.begin == 0) {
        w.equal = int(m.index);
      } else {
        for (uint64_t& bits : w.longer_before) bits = ~uint64_t(0);  // not understood: ask
      }
      continue;
    }
    // A longer entry: the character before the word must match the text's.
    MarkAsciiMatches(FoldChar(DecodeBefore(entry, start).cp), w.longer_before);
  }
}

WordAtTable::WordAtTable(const PhraseList& list) {
  for (size_t i = 0; i < list.size(); ++i) {
    const std::string& entry = list.phrase(i);
    size_t end = 0;
    uint64_t key;
    // An entry that begins with no letter, or with more than a key holds,
    // matches at no word Find answers for.
    if (LettersAt(entry.data(), entry.size(), /*fold_latin1=*/true, &end, &key) == kNoWord) {
      continue;
    }
    Word& w = words_[key];
    if (end == entry.size()) {
      // Let the list say which entry it finds at the word alone (duplicates).
      std::string alone = " " + entry + " ";
      PhraseList::Match m;
      if (list.MatchAt(alone, 1, &m) && m.end == entry.size() + 1) {
        w.equal = int(m.index);
      } else {
        for (uint64_t& bits : w.longer_after) bits = ~uint64_t(0);  // not understood: ask
      }
      continue;
    }
    // A longer entry: the character after the word must match the text's.
    MarkAsciiMatches(FoldChar(DecodeAt(entry, end).cp), w.longer_after);
  }
}

namespace {

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

}  // namespace

StartTables::StartTables(const LanguagePack& p)
    : pack(&p),
      months(p.months),
      range_joiners(p.range_joiners),
      day_joiners(p.day_joiners),
      day_suffixes(p.day_suffixes),
      cues_before(p.date_cues),
      weekdays_before(p.weekdays),
      months_at(p.months) {
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
  for (const std::string& word : p.lowercase_not_months) {
    if (word.empty()) continue;  // no month name is empty
    unsigned char b = static_cast<unsigned char>(word[0]);
    not_month_first_bytes[b >> 6] |= uint64_t(1) << (b & 63);
    if (word.size() <= 63) not_month_lengths |= uint64_t(1) << word.size();
  }
  for (const PhraseList* list : {&p.months, &p.number_words}) {
    for (size_t i = 0; i < list->size(); ++i) {
      char32_t key = FoldChar(DecodeAt(list->phrase(i), 0).cp);
      if (key < kCjkBegin || key >= kCjkEnd) continue;
      cjk_piece_starts[(key - kCjkBegin) >> 6] |= uint64_t(1) << ((key - kCjkBegin) & 63);
    }
  }
}

__attribute__((noinline, cold)) const StartTables* StartTablesLookup(const LanguagePack& pack) {
  last_start_tables = DerivedTablesFor<StartTables>(pack);
  last_start_pack = &pack;
  return last_start_tables;
}

namespace {

// months.MatchAt at `pos`, turned away by the tables where they can; a
// match is kept in `seen` (if given) for ReadMonthWord.
inline bool MonthAt(std::string_view text, size_t pos, const LanguagePack& pack,
                    const StartTables* tables, MonthSeen* seen) {
  if (tables && !tables->months.MayMatchAt(text, pos)) return false;
  PhraseList::Match m;
  if (!MatchAtWithTable(pack.months, tables ? &tables->months_at : nullptr, text, pos, &m)) {
    return false;
  }
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
    if (NumericDateAt(in, pos)) return true;
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

}  // namespace

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
// at `p` decide, and they may begin a month name or a joiner ("22 août",
// "15 au nord").
__attribute__((noinline)) bool MayStartDateBeforeLetters(const ParseInput& in, size_t pos,
                                                         size_t p, long long v, size_t n,
                                                         MonthSeen* seen) {
  const StartTables* tables = StartTablesIfKnown(*in.pack);  // DayNext's, so not null
  if (!tables) return MayStartDateBeforeAscii(in, pos, p, v, n, seen);
  std::string_view t = in.text;
  const size_t q = p + 1;  // the letter after the one space
  // What MayStartDateAfterNumber comes to here, without its other tests:
  // no numeric date or day suffix begins with the space, and no marker with
  // the letter (DayNext's tables say so), which leaves a month name, or a
  // joiner and another piece.
  if (MonthAt(t, q, *in.pack, tables, seen)) return true;
  PhraseList::Match m;
  return JoinerAt(t, q, *in.pack, tables, &m) &&
         OtherPieceMayStartAt(in, SkipSpaces(t, m.end), tables, seen);
}

}  // namespace values
}  // namespace twinmap
