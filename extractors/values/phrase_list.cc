#include "values/phrase_list.h"

#include <algorithm>
#include <cstring>

#include "values/char_class.h"

namespace twinmap {
namespace values {
namespace {

constexpr size_t npos = std::string_view::npos;
// Lists of at most this many entries skip the word test (see MatchAtSlow).
constexpr size_t kWordTestAbove = 8;

bool IsAlnum(char32_t c) { return IsLatinLetter(c) || IsDigit(c); }

// FoldChar of each ASCII byte (and the byte itself above): one load where
// phrases are compared a byte at a time.
struct AsciiFold {
  unsigned char of[256];
  constexpr AsciiFold() : of() {
    for (int b = 0; b < 256; ++b) of[b] = static_cast<unsigned char>(b >= 'A' && b <= 'Z' ? b + 32 : b);
  }
};
constexpr AsciiFold kAsciiFold;

// Phrase characters are compared folded; a space in the phrase stands for
// any run of white space in the text.
bool IsPhraseSpace(char32_t c) { return IsSpace(c) || IsLineBreak(c); }
// IsPhraseSpace for a byte below 0x80, false for any other byte.
bool IsAsciiPhraseSpace(char b) { return b == ' ' || b == '\t' || b == '\n' || b == '\r'; }

}  // namespace

namespace {

// The white space a phrase's space matches, from text byte `t` on: where
// it ends (`t` itself where there is none).
size_t PhraseSpaceAfter(std::string_view text, size_t t) {
  while (t < text.size()) {
    if (IsAsciiPhraseSpace(text[t])) {
      ++t;
      continue;
    }
    CodePoint tc = DecodeAt(text, t);
    if (!IsPhraseSpace(tc.cp)) break;
    t += tc.len;
  }
  return t;
}

// The same backwards from `t`: where the white space before it begins.
size_t PhraseSpaceBefore(std::string_view text, size_t t) {
  while (t > 0) {
    if (t <= text.size() && IsAsciiPhraseSpace(text[t - 1])) {
      --t;
      continue;
    }
    CodePoint tc = DecodeBefore(text, t);
    if (!IsPhraseSpace(tc.cp)) break;
    t -= tc.len;
  }
  return t;
}

// MatchPhraseForward past its start check, from phrase byte `p` and text
// byte `t` on; `last` is the phrase character before `p` (0 at its start).
size_t MatchForwardFrom(std::string_view text, size_t t, std::string_view phrase,
                        size_t p, char32_t last, bool check_end) {
  while (p < phrase.size()) {
    unsigned char pb = static_cast<unsigned char>(phrase[p]);
    if (pb < 0x80 && pb != ' ' && pb != '\'' && t < text.size()) {
      // ASCII fast path: one byte each side.
      unsigned char tb = static_cast<unsigned char>(text[t]);
      if (tb >= 0x80 || kAsciiFold.of[tb] != kAsciiFold.of[pb]) return npos;
      ++t;
      ++p;
      last = pb;
      continue;
    }
    CodePoint pc = DecodeAt(phrase, p);
    if (pc.cp == ' ') {
      size_t start = t;
      t = PhraseSpaceAfter(text, t);
      if (t == start) return npos;
    } else {
      CodePoint tc = DecodeAt(text, t);
      if (tc.len == 0 || FoldChar(tc.cp) != FoldChar(pc.cp)) return npos;
      t += tc.len;
    }
    last = pc.cp;
    p += pc.len;
  }
  if (check_end && IsAlnum(last)) {
    CodePoint after = DecodeAt(text, t);
    if (after.len > 0 && IsAlnum(after.cp)) return npos;
  }
  return t;
}

// MatchPhraseBackward past its end check, from phrase byte `p` and text
// byte `t` backwards. `first`: the phrase character at `p` (0 at its end),
// for the start check when nothing is left to compare.
size_t MatchBackwardFrom(std::string_view text, size_t t, std::string_view phrase,
                         size_t p, bool check_start, char32_t first = 0) {
  while (p > 0) {
    unsigned char pb = static_cast<unsigned char>(phrase[p - 1]);
    if (pb < 0x80 && pb != ' ' && pb != '\'' && t > 0 && t <= text.size()) {
      // ASCII fast path: only an ASCII byte folds to an ASCII character
      // other than the apostrophe.
      unsigned char tb = static_cast<unsigned char>(text[t - 1]);
      if (tb >= 0x80 || kAsciiFold.of[tb] != kAsciiFold.of[pb]) return npos;
      --t;
      --p;
      first = pb;
      continue;
    }
    CodePoint pc = DecodeBefore(phrase, p);
    if (pc.cp == ' ') {
      size_t start = t;
      t = PhraseSpaceBefore(text, t);
      if (t == start) return npos;
    } else {
      CodePoint tc = DecodeBefore(text, t);
      if (tc.len == 0 || FoldChar(tc.cp) != FoldChar(pc.cp)) return npos;
      t -= tc.len;
    }
    first = pc.cp;
    p -= pc.len;
  }
  if (check_start && IsAlnum(first)) {
    CodePoint before = DecodeBefore(text, t);
    if (before.len > 0 && IsAlnum(before.cp)) return npos;
  }
  return t;
}

}  // namespace

size_t MatchPhraseForward(std::string_view text, size_t pos,
                          std::string_view phrase, bool check_start,
                          bool check_end) {
  if (phrase.empty()) return npos;
  CodePoint first = DecodeAt(phrase, 0);
  if (check_start && IsAlnum(first.cp)) {
    CodePoint before = DecodeBefore(text, pos);
    if (before.len > 0 && IsAlnum(before.cp)) return npos;
  }
  return MatchForwardFrom(text, pos, phrase, 0, 0, check_end);
}

size_t MatchPhraseBackward(std::string_view text, size_t pos,
                           std::string_view phrase, bool check_start,
                           bool check_end) {
  if (phrase.empty()) return npos;
  CodePoint last = DecodeBefore(phrase, phrase.size());
  if (check_end && IsAlnum(last.cp)) {
    CodePoint after = DecodeAt(text, pos);
    if (after.len > 0 && IsAlnum(after.cp)) return npos;
  }
  return MatchBackwardFrom(text, pos, phrase, phrase.size(), check_start);
}

uint64_t WordHash(std::string_view word) {
  uint64_t h = kWordHashSeed;
  for (size_t p = 0; p < word.size();) {
    CodePoint c = DecodeAt(word, p);
    h = WordHashStep(h, FoldChar(c.cp));
    p += c.len;
  }
  return h;
}

std::string_view LatinWordAt(std::string_view text, size_t pos) {
  size_t p = pos;
  while (p < text.size()) {
    CodePoint c = DecodeAt(text, p);
    if (!IsLatinLetter(c.cp)) break;
    p += c.len;
  }
  return text.substr(pos, p - pos);
}

namespace {

inline uint32_t FilterBit(char32_t key) { return (uint32_t(key) * 2654435761u) >> 22; }

// Marks in `bytes` the first (or last) UTF-8 byte of every code point that
// FoldChar maps to `key`: the key itself, its capital, and U+2019 for "'".
void AddKeyBytes(char32_t key, bool last_byte, bool (&bytes)[256]) {
  auto mark = [&bytes](unsigned char b) { bytes[b] = true; };
  if (key == 0xFFFD) {  // what invalid UTF-8 decodes to: any byte may
    for (bool& b : bytes) b = true;
    return;
  }
  std::vector<char32_t> sources{key};
  if ((key >= 'a' && key <= 'z') || (key >= 0xE0 && key <= 0xFE && key != 0xF7)) {
    sources.push_back(key - 32);
  }
  if (key == '\'') sources.push_back(0x2019);
  for (char32_t c : sources) {
    std::string utf8;
    AppendUtf8(c, &utf8);
    mark(static_cast<unsigned char>(last_byte ? utf8.back() : utf8.front()));
  }
}

// True when a character of an entry matches only its own bytes in the
// text, case aside: not a space (any run of white space), an apostrophe
// (' or U+2019), U+2019 itself or U+FFFD (invalid bytes).
bool IsScreenable(char32_t c) {
  if (c < 0x80) return c != ' ' && c != '\'';
  return c != 0x2019 && c != 0xFFFD;
}

// A Latin-1 letter FoldChar pairs with its other case: C3 80..9E and
// C3 A0..BE, the same bytes but for bit 0x20 of the second.
bool IsLatin1Cased(char32_t c) {
  return c >= 0xC0 && c <= 0xFE && c != 0xD7 && c != 0xF7 && c != 0xDF;
}

// Word layout of a screen: byte i of the array is byte i of the word, on
// any byte order, as for the text bytes loaded by TextWordAt/Before.
uint64_t WordOf(const unsigned char (&bytes)[8]) {
  uint64_t w;
  std::memcpy(&w, bytes, 8);
  return w;
}

// Fills `screen` from phrase bytes [begin, end), whole screenable
// characters, placed from byte `at` of the word on.
template <typename Screen>
void FillScreen(std::string_view phrase, size_t begin, size_t end, size_t at,
                Screen* screen) {
  unsigned char bytes[8] = {}, fold[8] = {}, keep[8] = {};
  for (size_t i = begin; i < end;) {
    CodePoint c = DecodeAt(phrase, i);
    for (size_t k = 0; k < c.len; ++k) {
      bytes[at + i - begin + k] = static_cast<unsigned char>(phrase[i + k]);
      keep[at + i - begin + k] = 0xFF;
    }
    // The case bit: the only one in which the text may differ.
    size_t cased = IsAsciiLetter(c.cp) ? 0 : IsLatin1Cased(c.cp) ? 1 : c.len;
    if (cased < c.len) {
      bytes[at + i - begin + cased] |= 0x20;
      fold[at + i - begin + cased] = 0x20;
    }
    i += c.len;
  }
  screen->bytes = WordOf(bytes);
  screen->fold = WordOf(fold);
  screen->keep = WordOf(keep);
  screen->len = end - begin;
}

// Up to 8 text bytes from `pos` (*avail of them), in the low bytes.
inline uint64_t TextWordAt(std::string_view text, size_t pos, size_t* avail) {
  size_t n = std::min<size_t>(8, text.size() - pos);
  *avail = n;
  uint64_t w = 0;
  if (n == 8) {
    std::memcpy(&w, text.data() + pos, 8);
    return w;
  }
  unsigned char bytes[8] = {};
  std::memcpy(bytes, text.data() + pos, n);
  return WordOf(bytes);
}

// Up to 8 text bytes ending at `pos` (*avail of them), in the high bytes.
inline uint64_t TextWordBefore(std::string_view text, size_t pos, size_t* avail) {
  size_t n = std::min<size_t>(8, pos);
  *avail = n;
  uint64_t w = 0;
  if (n == 8) {
    std::memcpy(&w, text.data() + pos - 8, 8);
    return w;
  }
  unsigned char bytes[8] = {};
  std::memcpy(bytes + 8 - n, text.data() + pos - n, n);
  return WordOf(bytes);
}

template <typename Screen>
inline bool Passes(const Screen& screen, uint64_t word, size_t avail) {
  return screen.len <= avail && ((word | screen.fold) & screen.keep) == screen.bytes;
}

}  // namespace

void PhraseList::Index::Insert(char32_t key, size_t index,
                               const std::vector<std::string>& phrases) {
  std::vector<size_t>& list = key < 128 ? ascii[key] : wide[key];
  auto longest_first = [&phrases](size_t a, size_t b) {
    return phrases[a].size() > phrases[b].size();
  };
  list.insert(std::upper_bound(list.begin(), list.end(), index, longest_first), index);
  uint32_t bit = FilterBit(key);
  filter[bit >> 6] |= uint64_t(1) << (bit & 63);
}

const std::vector<size_t>* PhraseList::Index::Find(char32_t key) const {
  // An ASCII key's list is its own filter.
  if (key < 128) return ascii[key].empty() ? nullptr : &ascii[key];
  return FindWide(key);
}

const std::vector<size_t>* PhraseList::Index::FindWide(char32_t key) const {
  uint32_t bit = FilterBit(key);
  if (!(filter[bit >> 6] & (uint64_t(1) << (bit & 63)))) return nullptr;
  return wide.Find(key);
}

std::string_view LatinWordBefore(std::string_view text, size_t pos) {
  size_t p = pos;
  while (p > 0) {
    CodePoint c = DecodeBefore(text, p);
    if (!IsLatinLetter(c.cp)) break;
    p -= c.len;
  }
  return text.substr(p, pos - p);
}

void PhraseList::Add(std::string phrase) {
  if (phrase.empty()) return;
  size_t index = phrases_.size();
  phrases_.push_back(std::move(phrase));
  const std::string& p = phrases_.back();
  auto longest_first = [this](size_t a, size_t b) {
    return phrases_[a].size() > phrases_[b].size();
  };
  auto insert = [&](std::vector<size_t>* list) {
    list->insert(std::upper_bound(list->begin(), list->end(), index, longest_first), index);
  };
  std::string_view word = LatinWordAt(p, 0);
  if (!word.empty()) {
    uint64_t h = WordHash(word);
    uint32_t bit = uint32_t(h >> 54);
    first_word_filter_[bit >> 6] |= uint64_t(1) << (bit & 63);
    insert(&by_first_word_[h]);
  }
  std::string_view last = LatinWordBefore(p, p.size());
  if (!last.empty()) {
    uint64_t h = WordHash(last);
    uint32_t bit = uint32_t(h >> 54);
    last_word_filter_[bit >> 6] |= uint64_t(1) << (bit & 63);
    insert(&by_last_word_[h]);
  }
  Entry entry;
  size_t head = 0;
  while (head < p.size()) {
    CodePoint c = DecodeAt(p, head);
    if (!IsScreenable(c.cp) || head + c.len > 8) break;
    head += c.len;
  }
  FillScreen(p, 0, head, 0, &entry.head);
  size_t tail = p.size();
  while (tail > 0) {
    CodePoint c = DecodeBefore(p, tail);
    if (!IsScreenable(c.cp) || p.size() - tail + c.len > 8) break;
    tail -= c.len;
  }
  FillScreen(p, tail, p.size(), 8 - (p.size() - tail), &entry.tail);
  // The word before the space the tail stops at ("more than": "more").
  Screen before_tail;
  if (tail >= 2 && tail < p.size() && p[tail - 1] == ' ' && p[tail - 2] != ' ') {
    size_t begin = tail - 1;
    while (begin > 0) {
      CodePoint c = DecodeBefore(p, begin);
      if (!IsScreenable(c.cp) || tail - 1 - begin + c.len > 8) break;
      begin -= c.len;
    }
    if (begin < tail - 1) {
      FillScreen(p, begin, tail - 1, 8 - (tail - 1 - begin), &before_tail);
      entry.has_before_tail = true;
    }
  }
  entry.whole = head == p.size() && tail == 0;
  entry.alnum_first = IsAlnum(DecodeAt(p, 0).cp);
  entry.alnum_last = IsAlnum(DecodeBefore(p, p.size()).cp);
  entries_.push_back(entry);
  before_tails_.push_back(before_tail);

  char32_t first_key = FoldChar(DecodeAt(p, 0).cp);
  char32_t last_key = FoldChar(DecodeBefore(p, p.size()).cp);
  by_first_.Insert(first_key, index, phrases_);
  by_last_.Insert(last_key, index, phrases_);
  AddKeyBytes(first_key, false, first_bytes_);
  AddKeyBytes(last_key, true, last_bytes_);
}

bool PhraseList::MatchAtSlow(std::string_view text, size_t pos, Match* match) const {
  if (pos >= text.size()) return false;
  unsigned char b = static_cast<unsigned char>(text[pos]);
  char32_t key = b < 0x80 ? FoldChar(b) : FoldChar(DecodeAt(text, pos).cp);
  const std::vector<size_t>* list = by_first_.Find(key);
  if (!list) return false;
  // A short list is screened faster than a word is hashed; without a glued
  // end the word test only drops entries that cannot match (their first
  // word is not the text's), so it may be left out.
  if (IsLatinLetter(key) && (glued_end_ || list->size() > kWordTestAbove)) {
    // Every entry starting with this letter starts with a Latin word; the
    // text's word there must be one of those words.
    uint64_t h = kWordHashSeed;
    size_t p = pos;
    while (p < text.size()) {
      unsigned char c = static_cast<unsigned char>(text[p]);
      if (c < 0x80) {
        if (!IsAsciiLetter(c)) break;
        h = WordHashStep(h, c | 0x20);
        ++p;
      } else {
        CodePoint cp = DecodeAt(text, p);
        if (!IsLatinLetter(cp.cp)) break;
        h = WordHashStep(h, FoldChar(cp.cp));
        p += cp.len;
      }
    }
    uint32_t bit = uint32_t(h >> 54);
    if (!(first_word_filter_[bit >> 6] & (uint64_t(1) << (bit & 63)))) return false;
    if (!glued_end_) {
      list = by_first_word_.Find(h);
      if (!list) return false;
    }
  }
  // Entries are sorted by byte length, which is not the matched length when
  // spaces stretch; take the longest actual match.
  bool found = false;
  size_t avail;
  const uint64_t word = TextWordAt(text, pos, &avail);
  int alnum_before = -1;  // read once, when an entry needs it
  for (size_t index : *list) {
    const Entry& entry = entries_[index];
    if (!Passes(entry.head, word, avail)) continue;
    if (!glued_start_ && entry.alnum_first) {
      if (alnum_before < 0) {
        CodePoint before = DecodeBefore(text, pos);
        alnum_before = before.len > 0 && IsAlnum(before.cp);
      }
      if (alnum_before) continue;
    }
    const std::string& phrase = phrases_[index];
    size_t end;
    if (entry.whole) {
      end = pos + phrase.size();
      if (!glued_end_ && entry.alnum_last) {
        CodePoint after = DecodeAt(text, end);
        if (after.len > 0 && IsAlnum(after.cp)) continue;
      }
    } else {
      end = MatchForwardFrom(text, pos + entry.head.len, phrase, entry.head.len, 0,
                             !glued_end_);
      if (end == npos) continue;
    }
    if (!found || end > match->end) {
      *match = {index, pos, end};
      found = true;
    }
  }
  return found;
}

namespace {

// WordHash(LatinWordBefore(text, pos)), ASCII letters taken a byte at a time.
uint64_t HashLatinWordBefore(std::string_view text, size_t pos) {
  size_t p = pos;
  while (p > 0) {
    unsigned char b = static_cast<unsigned char>(text[p - 1]);
    if (b < 0x80) {
      if (!IsAsciiLetter(b)) break;
      --p;
      continue;
    }
    CodePoint c = DecodeBefore(text, p);
    if (!IsLatinLetter(c.cp)) break;
    p -= c.len;
  }
  std::string_view word = text.substr(p, pos - p);
  uint64_t h = kWordHashSeed;
  for (size_t i = 0; i < word.size();) {
    unsigned char b = static_cast<unsigned char>(word[i]);
    if (b < 0x80) {  // an ASCII letter
      h = WordHashStep(h, b | 0x20);
      ++i;
      continue;
    }
    CodePoint c = DecodeAt(word, i);
    h = WordHashStep(h, FoldChar(c.cp));
    i += c.len;
  }
  return h;
}

}  // namespace

bool PhraseList::MatchBeforeSlow(std::string_view text, size_t pos,
                                 Match* match) const {
  if (pos == 0 || pos > text.size()) return false;
  unsigned char b = static_cast<unsigned char>(text[pos - 1]);
  char32_t key = b < 0x80 ? FoldChar(b) : FoldChar(DecodeBefore(text, pos).cp);
  const std::vector<size_t>* list = by_last_.Find(key);
  if (!list) return false;
  if (IsLatinLetter(key) && (glued_start_ || list->size() > kWordTestAbove)) {
    uint64_t h = HashLatinWordBefore(text, pos);
    uint32_t bit = uint32_t(h >> 54);
    if (!(last_word_filter_[bit >> 6] & (uint64_t(1) << (bit & 63)))) return false;
    if (!glued_start_) {
      list = by_last_word_.Find(h);
      if (!list) return false;
    }
  }
  bool found = false;
  size_t avail;
  const uint64_t word = TextWordBefore(text, pos, &avail);
  int alnum_after = -1;  // read once, when an entry needs it
  // The word before the space that begins a tail, read once per tail length.
  size_t spaced_tail = npos, space_begin = 0, before_avail = 0;
  uint64_t before_word = 0;
  for (size_t index : *list) {
    const Entry& entry = entries_[index];
    if (!Passes(entry.tail, word, avail)) continue;
    if (!glued_end_ && entry.alnum_last) {
      if (alnum_after < 0) {
        CodePoint after = DecodeAt(text, pos);
        alnum_after = after.len > 0 && IsAlnum(after.cp);
      }
      if (alnum_after) continue;
    }
    const std::string& phrase = phrases_[index];
    size_t begin;
    if (entry.whole) {
      begin = pos - phrase.size();
      if (!glued_start_ && entry.alnum_first) {
        CodePoint before = DecodeBefore(text, begin);
        if (before.len > 0 && IsAlnum(before.cp)) continue;
      }
    } else {
      if (entry.has_before_tail) {
        const size_t t = pos - entry.tail.len;
        if (t != spaced_tail) {
          spaced_tail = t;
          space_begin = PhraseSpaceBefore(text, t);
          before_word = TextWordBefore(text, space_begin, &before_avail);
        }
        if (space_begin == t || !Passes(before_tails_[index], before_word, before_avail)) continue;
        // The tail, the space and the word before it are matched: go on
        // before that word ("no" of "no more than"), where most entries
        // are whole already.
        const size_t word_len = before_tails_[index].len;
        const size_t p = phrase.size() - entry.tail.len - 1 - word_len;
        begin = MatchBackwardFrom(text, space_begin - word_len, phrase, p, !glued_start_,
                                  p == 0 ? DecodeAt(phrase, 0).cp : 0);
      } else {
        begin = MatchBackwardFrom(text, pos - entry.tail.len, phrase,
                                  phrase.size() - entry.tail.len, !glued_start_);
      }
      if (begin == npos) continue;
    }
    if (!found || begin < match->begin) {
      *match = {index, begin, pos};
      found = true;
    }
  }
  return found;
}

}  // namespace values
}  // namespace twinmap
