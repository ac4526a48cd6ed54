#include "values/phrase_list.h"

#include <algorithm>

#include "values/char_class.h"

namespace twinmap {
namespace values {
namespace {

constexpr size_t npos = std::string_view::npos;

bool IsAlnum(char32_t c) { return IsLatinLetter(c) || IsDigit(c); }

// Phrase characters are compared folded; a space in the phrase stands for
// any run of white space in the text.
bool IsPhraseSpace(char32_t c) { return IsSpace(c) || IsLineBreak(c); }

}  // namespace

char32_t FoldChar(char32_t c) {
  if (c >= 'A' && c <= 'Z') return c + 32;
  if (c >= 0xC0 && c <= 0xDE && c != 0xD7) return c + 32;
  if (c == 0x2019) return '\'';
  return c;
}

size_t MatchPhraseForward(std::string_view text, size_t pos,
                          std::string_view phrase, bool check_start,
                          bool check_end) {
  if (phrase.empty()) return npos;
  CodePoint first = DecodeAt(phrase, 0);
  if (check_start && IsAlnum(first.cp)) {
    CodePoint before = DecodeBefore(text, pos);
    if (before.len > 0 && IsAlnum(before.cp)) return npos;
  }
  size_t t = pos;
  size_t p = 0;
  char32_t last = 0;
  while (p < phrase.size()) {
    unsigned char pb = static_cast<unsigned char>(phrase[p]);
    if (pb < 0x80 && pb != ' ' && pb != '\'' && t < text.size()) {
      // ASCII fast path: one byte each side.
      unsigned char tb = static_cast<unsigned char>(text[t]);
      if (tb >= 0x80 || FoldChar(tb) != FoldChar(pb)) return npos;
      ++t;
      ++p;
      last = pb;
      continue;
    }
    CodePoint pc = DecodeAt(phrase, p);
    if (pc.cp == ' ') {
      size_t start = t;
      while (t < text.size()) {
        CodePoint tc = DecodeAt(text, t);
        if (!IsPhraseSpace(tc.cp)) break;
        t += tc.len;
      }
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

size_t MatchPhraseBackward(std::string_view text, size_t pos,
                           std::string_view phrase, bool check_start,
                           bool check_end) {
  if (phrase.empty()) return npos;
  CodePoint last = DecodeBefore(phrase, phrase.size());
  if (check_end && IsAlnum(last.cp)) {
    CodePoint after = DecodeAt(text, pos);
    if (after.len > 0 && IsAlnum(after.cp)) return npos;
  }
  size_t t = pos;
  size_t p = phrase.size();
  char32_t first = 0;
  while (p > 0) {
    CodePoint pc = DecodeBefore(phrase, p);
    if (pc.cp == ' ') {
      size_t start = t;
      while (t > 0) {
        CodePoint tc = DecodeBefore(text, t);
        if (!IsPhraseSpace(tc.cp)) break;
        t -= tc.len;
      }
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

// Marks in `bits` the first (or last) UTF-8 byte of every code point that
// FoldChar maps to `key`: the key itself, its capital, and U+2019 for "'".
void AddKeyBytes(char32_t key, bool last_byte, uint64_t (&bits)[4]) {
  auto mark = [&bits](unsigned char b) { bits[b >> 6] |= uint64_t(1) << (b & 63); };
  if (key == 0xFFFD) {  // what invalid UTF-8 decodes to: any byte may
    for (auto& w : bits) w = ~uint64_t(0);
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
  uint32_t bit = FilterBit(key);
  if (!(filter[bit >> 6] & (uint64_t(1) << (bit & 63)))) return nullptr;
  auto it = wide.find(key);
  return it == wide.end() ? nullptr : &it->second;
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
  if (IsLatinLetter(key)) {
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
  for (size_t index : *list) {
    size_t end = MatchPhraseForward(text, pos, phrases_[index], !glued_start_,
                                    !glued_end_);
    if (end == npos) continue;
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
  if (IsLatinLetter(key)) {
    uint64_t h = HashLatinWordBefore(text, pos);
    uint32_t bit = uint32_t(h >> 54);
    if (!(last_word_filter_[bit >> 6] & (uint64_t(1) << (bit & 63)))) return false;
    if (!glued_start_) {
      list = by_last_word_.Find(h);
      if (!list) return false;
    }
  }
  bool found = false;
  for (size_t index : *list) {
    size_t begin = MatchPhraseBackward(text, pos, phrases_[index],
                                       !glued_start_, !glued_end_);
    if (begin == npos) continue;
    if (!found || begin < match->begin) {
      *match = {index, begin, pos};
      found = true;
    }
  }
  return found;
}

}  // namespace values
}  // namespace twinmap
