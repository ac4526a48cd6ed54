// Screens that say cheaply where no date can start, so that ReadDate reads
// pieces (date_pieces.h) at few of the anchors it is asked about: per-pack
// tables of what can begin a month name, a joiner, a day suffix or a CJK
// marker (StartTables), and MayStartDateAt, which consults them; and the
// word tables that answer for the cue and weekday lists before a date
// (WordBeforeTable). They are exact, not guesses: each table is built from
// the very lists the piece readers match, and each byte test follows a
// rule of the readers (a day is 1..31, a year 1000..2099), so a screen
// says no only where the readers would find nothing ReadDate keeps
// (tests/values/date_prefilter_test.cc checks this in every pack).
// Internal to values/.
#ifndef TWINMAP_VALUES_DATE_SCREENS_H_
#define TWINMAP_VALUES_DATE_SCREENS_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "values/candidate.h"
#include "values/char_class.h"
#include "values/date_pieces.h"
#include "values/language_pack.h"
#include "values/phrase_list.h"

namespace twinmap {
namespace values {

inline int AsciiLetterIndex(unsigned char b) { return IsAsciiLetter(b) ? (b | 0x20) - 'a' : -1; }

inline bool HasBit(const uint64_t (&bits)[4], unsigned char b) {
  return (bits[b >> 6] >> (b & 63)) & 1;
}

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
  void Add(const PhraseList& list);
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

// PhraseList::MatchBefore at the end of an ASCII word, answered from the
// word alone where that is exact: the date cue or weekday before a date
// ("in 2016", "Monday, June 22") is most often a short ASCII word, which
// the list would find only after hashing it and comparing entries. With
// the word (its ASCII letters up to `pos`) after an ASCII byte that is no
// letter or digit, an entry can match only if it is the word, case aside
// (an entry inside the word fails its boundary, the lists being unglued),
// or ends with the word after a character matching that byte. So each word
// an entry ends with keeps the entry equal to it (the one the list itself
// picks, asked once at build) and the bytes before it where a longer entry
// may go on; there, and for anything else, the list is asked. For lists
// matched with their boundaries (not glued), as the cues and weekdays are.
class WordBeforeTable {
 public:
  enum Answer { kAsk, kNone, kFound };
  WordBeforeTable() = default;
  explicit WordBeforeTable(const PhraseList& list);

  // kFound (with *match as MatchBefore sets it) or kNone where MatchBefore
  // would answer so; kAsk where the list must be asked.
  Answer Find(std::string_view text, size_t pos, PhraseList::Match* match) const {
    if (pos == 0 || pos > text.size()) return kAsk;
    const char* s = text.data();
    int y = AsciiLetterIndex(static_cast<unsigned char>(s[pos - 1]));
    if (y < 0) return kAsk;
    // An entry ending at a letter ends with it, so needs no letter or digit
    // after it ("President2010-06-24").
    unsigned char after = pos < text.size() ? static_cast<unsigned char>(s[pos]) : ' ';
    if (IsAsciiDigit(after) || IsAsciiLetter(after)) return kNone;
    // Most words end with two or three letters no entry ends with: an entry
    // ending at letters ends with them, as only they fold to them.
    if (pos >= 2) {
      int x = AsciiLetterIndex(static_cast<unsigned char>(s[pos - 2]));
      if (x >= 0) {
        if (!((pair_ends_[y] >> x) & 1)) return kNone;
        int w = pos >= 3 ? AsciiLetterIndex(static_cast<unsigned char>(s[pos - 3])) : -1;
        unsigned k = unsigned((w * 26 + x) * 26 + y);
        if (w >= 0 && !((triple_ends_[k >> 6] >> (k & 63)) & 1)) return kNone;
      }
    }
    size_t p = pos;
    uint64_t key = 0;
    if (!AddLettersBefore(s, &p, &key)) return kAsk;
    // At the start of the text, as after a space: no longer entry matches,
    // but one ending with " word" is asked about all the same.
    unsigned char before = p > 0 ? static_cast<unsigned char>(s[p - 1]) : ' ';
    if (before >= 0x80 || IsAsciiDigit(before) || after >= 0x80) return kAsk;
    const Word* w = words_.Find(key);
    if (!w) return kNone;
    if ((w->longer_before[before >> 6] >> (before & 63)) & 1) return kAsk;
    if (w->equal < 0) return kNone;
    *match = PhraseList::Match{size_t(w->equal), p, pos};
    return kFound;
  }

  // The ASCII letters ending at *p, at most kMaxLetters of them, folded
  // into *key, *p moved to their start; false when there are none or more.
  static bool AddLettersBefore(const char* s, size_t* p, uint64_t* key) {
    size_t q = *p;
    const size_t low = q > kMaxLetters ? q - kMaxLetters : 0;
    uint64_t k = *key;
    for (; q > low; --q) {
      // 0..25 exactly for an ASCII letter, either case.
      unsigned letter = (static_cast<unsigned char>(s[q - 1]) | 0x20u) - 'a';
      if (letter > 25) break;
      k = k << 5 | (letter + 1);
    }
    if (q == *p) return false;
    if (q == low && q > 0 && IsAsciiLetter(static_cast<unsigned char>(s[q - 1]))) return false;
    *key = k;
    *p = q;
    return true;
  }

 private:
  static constexpr size_t kMaxLetters = 12;  // five bits each in a key
  struct Word {
    int equal = -1;  // the entry MatchBefore finds when it is just this word
    // ASCII bytes before the word where an entry ending with it may match.
    uint64_t longer_before[2] = {};
  };
  WordMap<Word> words_;  // by the word's letters, folded, five bits each
  uint32_t pair_ends_[26] = {};  // bit x of [y]: an entry ends with letters x y
  // Bit (w * 26 + x) * 26 + y: an entry ends with letters w x y.
  std::vector<uint64_t> triple_ends_ = std::vector<uint64_t>((26 * 26 * 26 + 63) / 64);
};

// PhraseList::MatchAt at the start of a word, answered from the word alone
// where that is exact: a month name ("June", "août") is matched at words
// that MayStartDateAt and the piece readers come to, in a long list (the
// pack of all languages holds every one's months) whose entries the list
// compares one by one after hashing the word. The word is its letters
// from `pos`, ASCII and Latin-1 in lower case (capitals of ASCII only: a
// Latin-1 capital is left to the list), after an ASCII byte that is no
// letter or digit (or the start) and before one (or the end). An entry can
// match there only if it is the word, case aside (an entry ending inside
// the word fails its boundary, the list being unglued), or begins with the
// word and then a character matching the byte after it. So each word an
// entry begins with keeps the entry equal to it (the one the list itself
// picks, asked once at build) and the bytes after it where a longer entry
// may go on; there, and for anything else, the list is asked.
class WordAtTable {
 public:
  WordAtTable() = default;
  explicit WordAtTable(const PhraseList& list);

  // kFound (with *match as MatchAt sets it) or kNone where MatchAt would
  // answer so; kAsk where the list must be asked.
  WordBeforeTable::Answer Find(std::string_view text, size_t pos,
                               PhraseList::Match* match) const {
    const size_t size = text.size();
    const char* s = text.data();
    if (pos >= size) return WordBeforeTable::kAsk;
    if (pos > 0) {
      unsigned char before = static_cast<unsigned char>(s[pos - 1]);
      if (before >= 0x80 || IsAsciiDigit(before) || IsAsciiLetter(before)) {
        return WordBeforeTable::kAsk;
      }
    }
    size_t e = pos;
    uint64_t key;
    if (LettersAt(s, size, /*fold_latin1=*/false, &e, &key) != kWord) return WordBeforeTable::kAsk;
    unsigned char after = e < size ? static_cast<unsigned char>(s[e]) : ' ';
    if (IsAsciiDigit(after)) return WordBeforeTable::kAsk;
    const Word* w = words_.Find(key);
    if (!w) return WordBeforeTable::kNone;
    if ((w->longer_after[after >> 6] >> (after & 63)) & 1) return WordBeforeTable::kAsk;
    if (w->equal < 0) return WordBeforeTable::kNone;
    *match = PhraseList::Match{size_t(w->equal), pos, e};
    return WordBeforeTable::kFound;
  }

  // How LettersAt ends: at an ASCII byte that is no letter (or the end),
  // at another character, or with no letter or too many.
  enum Stop { kWord, kOther, kNoWord };
  // The letters from *p, ASCII and Latin-1 (U+00DF..U+00FF, and the
  // capitals before when `fold_latin1`, folded as FoldChar does), at most
  // kMaxLetters, six bits each into *key; *p moved past them.
  static Stop LettersAt(const char* s, size_t size, bool fold_latin1, size_t* p, uint64_t* key) {
    size_t q = *p, n = 0;
    uint64_t k = 0;
    while (q < size) {
      unsigned char b = static_cast<unsigned char>(s[q]);
      unsigned code;
      if (b < 0x80) {
        unsigned letter = (b | 0x20u) - 'a';  // 0..25 exactly for a letter, either case
        if (letter > 25) break;
        code = letter + 1;
        ++q;
      } else {
        // U+00C0..U+00FF are 0xC3 0x80..0xBF.
        unsigned c = q + 1 < size && b == 0xC3 ? static_cast<unsigned char>(s[q + 1]) : 0;
        if (c < 0x80 || c > 0xBF || c == 0x97 || c == 0xB7) break;  // no Latin-1 letter
        if (c < 0x9F) {  // a capital
          if (!fold_latin1) break;
          c += 0x20;
        }
        code = 27 + (c - 0x9F);  // 27..59
        q += 2;
      }
      if (++n > kMaxLetters) return kNoWord;
      k = k << 6 | code;
    }
    *p = q;
    *key = k;
    if (n == 0) return kNoWord;
    return q < size && static_cast<unsigned char>(s[q]) >= 0x80 ? kOther : kWord;
  }

 private:
  static constexpr size_t kMaxLetters = 10;  // six bits each in a key
  struct Word {
    int equal = -1;  // the entry MatchAt finds when it is just this word
    // ASCII bytes after the word where an entry beginning with it may match.
    uint64_t longer_after[2] = {};
  };
  WordMap<Word> words_;  // by the word's letters, folded, six bits each
};

// list.MatchAt(text, pos, match), from `words` where it answers.
inline bool MatchAtWithTable(const PhraseList& list, const WordAtTable* words,
                             std::string_view text, size_t pos, PhraseList::Match* match) {
  WordBeforeTable::Answer a = words ? words->Find(text, pos, match) : WordBeforeTable::kAsk;
  if (a == WordBeforeTable::kAsk) return list.MatchAt(text, pos, match);
  return a == WordBeforeTable::kFound;
}

// What can begin a month name, a joiner, a day suffix or a CJK marker in
// one pack, so that MayStartDateAt turns most text away without a lookup.
struct StartTables {
  const LanguagePack* pack;
  LetterPrefixes months, range_joiners, day_joiners, day_suffixes;
  // What ends before a date: a cue ("in", "en", "since") or a weekday.
  WordBeforeTable cues_before, weekdays_before;
  // Month names at a word ("June", "août").
  WordAtTable months_at;
  // The first bytes and the lengths (up to 63) of the lowercase words that
  // are no month ("may"), so that most month names are no string to hash.
  uint64_t not_month_first_bytes[4] = {};
  uint64_t not_month_lengths = 0;
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

  explicit StartTables(const LanguagePack& p);

  // False only where neither a month name nor a number word begins with `c`.
  bool CjkMayStartPiece(char32_t c) const {
    if (c < kCjkBegin || c >= kCjkEnd) return true;
    return (cjk_piece_starts[(c - kCjkBegin) >> 6] >> ((c - kCjkBegin) & 63)) & 1;
  }

  // False only where `word` is none of the pack's lowercase_not_months.
  bool MayBeLowercaseNotMonth(std::string_view word) const {
    if (word.empty() || !HasBit(not_month_first_bytes, static_cast<unsigned char>(word[0]))) {
      return false;
    }
    return word.size() > 63 || ((not_month_lengths >> word.size()) & 1);
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
inline thread_local const LanguagePack* last_start_pack = nullptr;
inline thread_local const StartTables* last_start_tables = nullptr;

const StartTables* StartTablesLookup(const LanguagePack& pack);

inline const StartTables* StartTablesFor(const LanguagePack& pack) {
  if (&pack == last_start_pack) return last_start_tables;
  return StartTablesLookup(pack);
}

// The tables when this thread last asked for `pack`, else null: for screens
// that leave a null to the full path, and so make no call.
inline const StartTables* StartTablesIfKnown(const LanguagePack& pack) {
  return &pack == last_start_pack ? last_start_tables : nullptr;
}

// The first of `markers` at `pos`; its first byte is compared before
// anything else, as most calls find none.
inline bool MarkerAt(std::string_view text, size_t pos, const std::vector<std::string>& markers,
                     size_t* end) {
  char first = pos < text.size() ? text[pos] : 0;
  for (const auto& m : markers) {
    if ((m.empty() || m[0] == first) && BytesAt(text, pos, m)) {
      *end = pos + m.size();
      return true;
    }
  }
  return false;
}

// list.MatchBefore(text, pos, match), from `words` where it answers.
inline bool MatchBeforeWithTable(const PhraseList& list, const WordBeforeTable* words,
                                 std::string_view text, size_t pos, PhraseList::Match* match) {
  WordBeforeTable::Answer a = words ? words->Find(text, pos, match) : WordBeforeTable::kAsk;
  if (a == WordBeforeTable::kAsk) return list.MatchBefore(text, pos, match);
  return a == WordBeforeTable::kFound;
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

// MayStartDateAt's steps past its first bytes (date_screens.cc), out of
// line: most calls end before them.
bool MayStartDateAtNonDigit(const ParseInput& in, size_t pos, MonthSeen* seen);
bool MayStartDateBeforeNonAscii(const ParseInput& in, size_t pos, size_t p, long long v,
                                size_t n, MonthSeen* seen);
bool MayStartDateBeforeAscii(const ParseInput& in, size_t pos, size_t p, long long v, size_t n,
                             MonthSeen* seen);
bool MayStartDateBeforeLetters(const ParseInput& in, size_t pos, size_t p, long long v,
                               size_t n, MonthSeen* seen);

// Whether the `n` ASCII digits from `pos`, worth `v` when n <= 9, may
// begin a date as a number ReadInt reads: a day, a month or a year. True
// for a year of four digits, which needs no more; else the caller reads on.
inline bool NumberMayBeDatePart(long long v, size_t n, bool* year) {
  // ReadInt reads at most nine digits.
  if (n > 9) return false;
  // Every piece's number is a day (1..31), a month or a year (1000..2099).
  if (!((v >= 1 && v <= 31) || (v >= kMinYear && v <= kMaxYear))) return false;
  *year = n == 4 && v >= kMinYear;  // a year, an ISO date
  return true;
}

// What MayStartDateBeforeAscii would make of a number of one or two digits
// ending at `p`, before an ASCII byte, from a byte or two looked up ("1
// Henan", "25\n"): StartTables::kDayStops where it would say no at once,
// kLettersDecide where the letters after one space decide, else kDayMayGoOn
// (also where it is not sure).
inline uint8_t DayNext(std::string_view t, size_t p, const StartTables* tables) {
  if (!tables || p + 1 >= t.size()) return StartTables::kDayMayGoOn;
  unsigned char b = static_cast<unsigned char>(t[p]);
  if (b != ' ') {
    return tables->day_may_go_on_at[b] ? StartTables::kDayMayGoOn : StartTables::kDayStops;
  }
  return tables->day_after_space[static_cast<unsigned char>(t[p + 1])];
}

// False only where MayStartDateAtNonDigit would say no at once: at a
// character from U+3000 to U+9FFF (three well-formed bytes, leads E3..E9:
// kana and Han, most anchors of a CJK page) that begins no month name or
// number word, so no piece (it is no digit of any script either). Answered
// inline, without the call and the decoding there.
inline bool CjkMayStartPieceAt(const ParseInput& in, size_t pos) {
  const auto* b = reinterpret_cast<const unsigned char*>(in.text.data()) + pos;
  if (unsigned(b[0]) - 0xE3 > 0xE9 - 0xE3 || in.text.size() - pos < 3) return true;
  if (((b[1] | b[2] << 8) & 0xC0C0) != 0x8080) return true;
  const StartTables* tables = StartTablesIfKnown(*in.pack);
  if (!tables) return true;
  return tables->CjkMayStartPiece(char32_t(b[0] & 0x0F) << 12 | char32_t(b[1] & 0x3F) << 6 |
                                  (b[2] & 0x3F));
}

// False only where no date ReadDate accepts can start at `pos`: most
// anchors ("96 au centre", "8 Shandong", "9th General", "www") are told
// apart in a few byte tests and per-pack tables, before any list lookup or
// piece is read. True for anything it does not screen (fullwidth digits,
// Hangul). A month name it matched on the way is left in `seen`, if given.
// Inline, so that ReadDate turns most anchors away without a call.
inline bool MayStartDateAt(const ParseInput& in, size_t pos, MonthSeen* seen = nullptr) {
  // Most calls are at numbers that start no date ("96 au centre"): the
  // digits are read here, and only those that may go on to a date go on.
  const char* s = in.text.data();
  const size_t size = in.text.size();
  if (pos >= size) return false;  // no piece is empty
  if (static_cast<unsigned>(static_cast<unsigned char>(s[pos]) - '0') > 9) {
    if (!CjkMayStartPieceAt(in, pos)) return false;
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
    const StartTables* tables = StartTablesIfKnown(*in.pack);
    uint8_t next = DayNext(in.text, p, tables);
    if (next == StartTables::kDayStops) return false;
    if (next == StartTables::kLettersDecide) {
      // DayNext's tables, so not null. Most words there begin no month
      // name or joiner ("1 Henan"): told here, without a call.
      if (!tables->after_number.MayMatchAt(in.text, p + 1)) return false;
      return MayStartDateBeforeLetters(in, pos, p, static_cast<long long>(v), n, seen);
    }
  }
  return MayStartDateBeforeAscii(in, pos, p, static_cast<long long>(v), n, seen);
}

}  // namespace values
}  // namespace twinmap

#endif  // TWINMAP_VALUES_DATE_SCREENS_H_
