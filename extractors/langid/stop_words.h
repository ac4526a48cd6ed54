// StopWords: one language's list of function words, parsed from the format
// in rules/langid/README.md.
//
//   "# comment\nle\nl'\n" -> words {"le"}, elisions {"l"}
// The list holds views into the parsed data, which must outlive it (the
// embedded lists are static).
#ifndef TWINMAP_LANGID_STOP_WORDS_H_
#define TWINMAP_LANGID_STOP_WORDS_H_

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <string_view>
#include <vector>

#include "base/status.h"

namespace twinmap {
namespace langid {

class StopWords {
 public:
  // Parses `data`; `source` names it in errors ("rules/langid/fr.txt:12:
  // ..."). Errors: an entry with a space, digit or punctuation other than a
  // final apostrophe, an upper-case ASCII letter, or a repeated entry.
  static Result<StopWords> Parse(std::string_view data,
                                 std::string_view source);

  // A word prepared for lookups: its first eight bytes packed into an
  // integer (zero-filled) and its hash, computed once for several lists.
  struct Key {
    std::string_view word;
    uint64_t head;
    uint32_t hash;
  };
  static Key KeyOf(std::string_view word) {
    uint64_t head = 0;
    std::memcpy(&head, word.data(), std::min<size_t>(word.size(), 8));
    return Key{word, head, Hash(head, word.size())};
  }
  // The same for `size` bytes at `data`, where at least eight bytes can be
  // read (a word buffer): no byte loop.
  static Key KeyOfPadded(const char* data, size_t size) {
    uint64_t head;
    std::memcpy(&head, data, 8);
    if (size < 8) head &= (uint64_t{1} << (8 * size)) - 1;
    return Key{std::string_view(data, size), head, Hash(head, size)};
  }

  // `word` is lower case, without apostrophe.
  bool Contains(std::string_view word) const {
    return words_.Contains(KeyOf(word));
  }
  // `word` was written directly before an apostrophe ("l" of "l’intention").
  bool ContainsElision(std::string_view word) const {
    return elisions_.Contains(KeyOf(word));
  }
  bool Contains(const Key& key) const { return words_.Contains(key); }
  bool ContainsElision(const Key& key) const { return elisions_.Contains(key); }
  size_t size() const { return words_.size() + elisions_.size(); }
  // Bytes of the longest entry, words or elisions; 0 when empty.
  size_t longest() const {
    return std::max(words_.longest(), elisions_.longest());
  }

 private:
  // Multiplicative hash of the packed head and the size: one multiply
  // instead of a byte loop (longer words share the hash of their first
  // eight bytes and are told apart by the comparison).
  static uint32_t Hash(uint64_t head, size_t size) {
    return static_cast<uint32_t>(((head ^ size) * 0x9E3779B97F4A7C15ull) >> 32);
  }

  // Open addressing over views, power-of-two slots, at most half full: langid
  // asks once per Latin word, and std::unordered_set's hashing and bucket
  // chains were most of its time. Each slot keeps the packed head of its
  // word, so a lookup compares integers, not strings.
  class ViewSet {
   public:
    // False when `word` was already there.
    bool Insert(std::string_view word);
    bool Contains(const Key& key) const {
      if (key.word.size() > max_size_ || !MayContain(key.hash)) return false;
      size_t mask = slots_.size() - 1;
      for (size_t i = key.hash & mask;; i = (i + 1) & mask) {
        const Slot& slot = slots_[i];
        if (slot.word.data() == nullptr) return false;
        if (slot.head == key.head && slot.word.size() == key.word.size() &&
            (key.word.size() <= 8 || slot.word == key.word)) {
          return true;
        }
      }
    }
    size_t size() const { return size_; }
    size_t longest() const { return max_size_; }

   private:
    // One bit per value of the hash's top nine bits, set for every entry:
    // most words asked for are on neither list, and this cache line turns
    // them away without touching the slots.
    bool MayContain(uint32_t hash) const {
      return (filter_[hash >> 29] >> ((hash >> 23) & 63)) & 1;
    }
    void AddToFilter(uint32_t hash) {
      filter_[hash >> 29] |= uint64_t{1} << ((hash >> 23) & 63);
    }

    struct Slot {
      uint64_t head = 0;
      std::string_view word;  // data() == nullptr: empty slot
    };
    uint64_t filter_[8] = {};
    std::vector<Slot> slots_;
    size_t size_ = 0;
    size_t max_size_ = 0;  // longest entry; 0 while empty, so no probing
  };

  ViewSet words_;
  ViewSet elisions_;
};

}  // namespace langid
}  // namespace twinmap

#endif  // TWINMAP_LANGID_STOP_WORDS_H_
