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

  // `word` is lower case, without apostrophe.
  bool Contains(std::string_view word) const {
    return words_.Contains(word, Hash(word));
  }
  // `word` was written directly before an apostrophe ("l" of "l’intention").
  bool ContainsElision(std::string_view word) const {
    return elisions_.Contains(word, Hash(word));
  }
  // The same, with `hash` == Hash(word) computed once for several lists.
  bool Contains(std::string_view word, uint32_t hash) const {
    return words_.Contains(word, hash);
  }
  bool ContainsElision(std::string_view word, uint32_t hash) const {
    return elisions_.Contains(word, hash);
  }
  static uint32_t Hash(std::string_view word) {
    uint32_t h = 2166136261u;  // FNV-1a
    for (char c : word) h = (h ^ static_cast<unsigned char>(c)) * 16777619u;
    return h;
  }
  size_t size() const { return words_.size() + elisions_.size(); }
  // Bytes of the longest entry, words or elisions; 0 when empty.
  size_t longest() const {
    return std::max(words_.longest(), elisions_.longest());
  }

 private:
  // Open addressing over views, power-of-two slots, at most half full: langid
  // asks once per Latin word, and std::unordered_set's hashing and bucket
  // chains were most of its time.
  class ViewSet {
   public:
    // False when `word` was already there.
    bool Insert(std::string_view word);
    bool Contains(std::string_view word, uint32_t hash) const {
      if (word.size() > max_size_ || slots_.empty()) return false;
      size_t mask = slots_.size() - 1;
      for (size_t i = hash & mask;; i = (i + 1) & mask) {
        const std::string_view& slot = slots_[i];
        if (slot.data() == nullptr) return false;
        if (slot == word) return true;
      }
    }
    size_t size() const { return size_; }
    size_t longest() const { return max_size_; }

   private:
    std::vector<std::string_view> slots_;  // data() == nullptr: empty slot
    size_t size_ = 0;
    size_t max_size_ = 0;  // longest entry; 0 while empty, so no probing
  };

  ViewSet words_;
  ViewSet elisions_;
};

}  // namespace langid
}  // namespace twinmap

#endif  // TWINMAP_LANGID_STOP_WORDS_H_
