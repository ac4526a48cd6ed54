// PhraseList: a small dictionary of words and phrases ("more than", "plus d'",
// "平方公里") matched at a position of a text, forwards or backwards, longest
// entry first. Internal to values/.
//
// Matching is loose where writing is: ASCII and Latin-1 letters ignore case;
// one space in an entry matches any run of white space (line breaks too,
// since PDF dumps break phrases); an apostrophe matches ' or U+2019. An entry
// that begins (ends) with a Latin letter or digit only matches where the text
// has no letter or digit just before (after) it, so "ten" never matches inside
// "often". Han and Hangul entries have no such boundary.
#ifndef TWINMAP_VALUES_PHRASE_LIST_H_
#define TWINMAP_VALUES_PHRASE_LIST_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace twinmap {
namespace values {

// A map keyed by WordHash() values, open addressing in one array: a lookup,
// made for many words of a page, reads one or two neighbouring slots where
// std::unordered_map follows a bucket to a node. Keys are already hashes.
template <typename V>
class WordMap {
 public:
  // The value for `key`, inserted default-constructed if missing.
  V& operator[](uint64_t key) {
    if ((size_ + 1) * 2 > slots_.size()) Grow();
    Slot* s = &slots_[Home(key)];
    while (s->used && s->key != key) s = Next(s);
    if (!s->used) {
      s->used = true;
      s->key = key;
      ++size_;
    }
    return s->value;
  }
  const V* Find(uint64_t key) const {
    if (slots_.empty()) return nullptr;
    const Slot* s = &slots_[Home(key)];
    while (s->used) {
      if (s->key == key) return &s->value;
      s = Next(s);
    }
    return nullptr;
  }
  bool Contains(uint64_t key) const { return Find(key) != nullptr; }
  size_t size() const { return size_; }
  // Calls f(key, value) for every entry.
  template <typename F>
  void ForEach(F f) const {
    for (const Slot& s : slots_) {
      if (s.used) f(s.key, s.value);
    }
  }

 private:
  struct Slot {
    uint64_t key = 0;
    bool used = false;
    V value{};
  };
  size_t Home(uint64_t key) const { return size_t((key * 0x9E3779B97F4A7C15ull) >> shift_); }
  Slot* Next(Slot* s) { return s + 1 == slots_.data() + slots_.size() ? slots_.data() : s + 1; }
  const Slot* Next(const Slot* s) const {
    return s + 1 == slots_.data() + slots_.size() ? slots_.data() : s + 1;
  }
  void Grow() {
    std::vector<Slot> old;
    old.swap(slots_);
    size_t capacity = old.empty() ? 16 : old.size() * 2;
    slots_.resize(capacity);
    shift_ = 64 - __builtin_ctzll(capacity);
    size_ = 0;
    for (Slot& s : old) {
      if (s.used) (*this)[s.key] = std::move(s.value);
    }
  }

  std::vector<Slot> slots_;  // size a power of two, at most half used
  size_t size_ = 0;
  int shift_ = 64;
};

class PhraseList {
 public:
  struct Match {
    size_t index = 0;  // Add() order of the entry
    size_t begin = 0;
    size_t end = 0;
  };

  // A list of suffixes ("st" in "1st", "km2" in "21,473km2") matches right
  // after a letter or digit: the boundary before an entry is not checked.
  // Likewise `glued_end` for prefixes ("RMB" in "RMB500").
  PhraseList() = default;
  PhraseList(bool glued_start, bool glued_end)
      : glued_start_(glued_start), glued_end_(glued_end) {}

  // Entries are kept in Add() order; `index` in a Match refers to it.
  void Add(std::string phrase);
  size_t size() const { return phrases_.size(); }
  const std::string& phrase(size_t index) const { return phrases_[index]; }

  // The longest entry starting exactly at `pos`; false when none.
  // Inline byte test first: most calls are at text no entry can start.
  bool MatchAt(std::string_view text, size_t pos, Match* match) const {
    if (pos >= text.size() || !first_bytes_[static_cast<unsigned char>(text[pos])]) {
      return false;
    }
    return MatchAtSlow(text, pos, match);
  }
  // The longest entry ending exactly at `pos`; false when none.
  bool MatchBefore(std::string_view text, size_t pos, Match* match) const {
    return MayEndAt(text, pos) && MatchBeforeSlow(text, pos, match);
  }
  // MatchBefore's first test: false only where no entry can end at `pos`
  // (the byte before it ends none).
  bool MayEndAt(std::string_view text, size_t pos) const {
    return pos > 0 && pos <= text.size() && last_bytes_[static_cast<unsigned char>(text[pos - 1])];
  }

 private:
  bool MatchAtSlow(std::string_view text, size_t pos, Match* match) const;
  bool MatchBeforeSlow(std::string_view text, size_t pos, Match* match) const;

  // The first (last) bytes of an entry, up to 8, that the text must hold
  // byte for byte, case aside: they stop before the first character the
  // loose rules let other bytes match (a space, an apostrophe). Lets a list
  // of entries sharing a first character be screened with one compare each.
  struct Screen {
    uint64_t bytes = 0;  // the entry's bytes, case bits set
    uint64_t fold = 0;   // 0x20 where a letter's case bit is: the text's is free
    uint64_t keep = 0;   // 0xFF under each screened byte
    size_t len = 0;      // screened bytes
  };
  struct Entry {
    Screen head;  // bytes from the start, in the low bytes of a word
    Screen tail;  // bytes to the end, in the high bytes of a word
    bool has_before_tail = false;  // before_tails_ holds a screen for it
    bool whole = false;  // the screen is the whole entry: only boundaries remain
    // Begins (ends) with a letter or digit: a boundary to check there.
    bool alnum_first = false;
    bool alnum_last = false;
  };
  std::vector<Entry> entries_;  // by Add() order, like phrases_
  // Where an entry's tail stops at a space, the word before it ("more" in
  // "more than"), in the high bytes: the text must hold it before its white
  // space there (entries sharing a last word, "less than", "no more than",
  // most often differ in it). By Add() order; apart from the entries, which
  // every match reads.
  std::vector<Screen> before_tails_;

  // Every byte that can begin (end) a text character folding to an entry's
  // first (last) key: the first (last) byte test of MatchAt (MatchBefore).
  // A byte table, not bits: the test runs inline at every call.
  bool first_bytes_[256] = {};
  bool last_bytes_[256] = {};
  // Entries keyed by their first (last) code point, folded; longest first.
  // Most calls find nothing, so a small bit filter answers "no" before the
  // map is touched; ASCII keys index an array directly.
  struct Index {
    std::vector<size_t> ascii[128];
    WordMap<std::vector<size_t>> wide;  // keyed by the code point
    uint64_t filter[16] = {};  // bit per folded key, hashed into 1024
    void Insert(char32_t key, size_t index, const std::vector<std::string>& phrases);
    inline const std::vector<size_t>* Find(char32_t key) const;
    const std::vector<size_t>* FindWide(char32_t key) const;  // key >= 128
  };
  Index by_first_, by_last_;
  // WordHash() of the first Latin word of each entry that starts with a
  // Latin letter, as a 1024-bit filter: text whose word at `pos` is in no
  // entry is rejected before any comparison.
  uint64_t first_word_filter_[16] = {};
  uint64_t last_word_filter_[16] = {};  // same, for the last Latin word
  // Entries by WordHash() of their first (last) Latin word, longest first:
  // a word that passes the filter is then compared with only the entries
  // that begin (end) with it. Not used for a glued end (start), where an
  // entry that is one word may match the start (end) of a longer word.
  WordMap<std::vector<size_t>> by_first_word_, by_last_word_;
  std::vector<std::string> phrases_;
  bool glued_start_ = false;
  bool glued_end_ = false;
};

// Matches `phrase` at `pos` under PhraseList's loose rules (boundaries
// included); returns the end offset, or std::string_view::npos.
size_t MatchPhraseForward(std::string_view text, size_t pos,
                          std::string_view phrase, bool check_start = true,
                          bool check_end = true);
// Same, for `phrase` ending at `pos`; returns its begin offset or npos.
size_t MatchPhraseBackward(std::string_view text, size_t pos,
                           std::string_view phrase, bool check_start = true,
                           bool check_end = true);

// The fold PhraseList keys on: ASCII and Latin-1 capitals lowered, U+2019 as
// an apostrophe.
inline char32_t FoldChar(char32_t c) {
  if (c < 0x80) return c >= 'A' && c <= 'Z' ? c + 32 : c;
  if (c >= 0xC0 && c <= 0xDE && c != 0xD7) return c + 32;
  if (c == 0x2019) return '\'';
  return c;
}

// A hash of a run of Latin letters under FoldChar, the same for "Juillet"
// and "juillet"; lets the scanner test a word without copying it.
uint64_t WordHash(std::string_view word);
// The steps of WordHash, for scanners that hash while they read.
constexpr uint64_t kWordHashSeed = 1469598103934665603ull;
inline uint64_t WordHashStep(uint64_t h, char32_t folded) {
  return (h ^ uint64_t(folded)) * 1099511628211ull;
}
// The run of Latin letters at `pos` (may be empty).
std::string_view LatinWordAt(std::string_view text, size_t pos);
// The run of Latin letters ending at `pos` (may be empty).
std::string_view LatinWordBefore(std::string_view text, size_t pos);

}  // namespace values
}  // namespace twinmap

#endif  // TWINMAP_VALUES_PHRASE_LIST_H_
