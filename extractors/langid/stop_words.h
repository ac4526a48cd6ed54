// StopWords: one language's list of function words, parsed from the format
// in rules/langid/README.md.
//
//   "# comment\nle\nl'\n" -> words {"le"}, elisions {"l"}
// The list holds views into the parsed data, which must outlive it (the
// embedded lists are static).
#ifndef TWINMAP_LANGID_STOP_WORDS_H_
#define TWINMAP_LANGID_STOP_WORDS_H_

#include <string_view>
#include <unordered_set>

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
  bool Contains(std::string_view word) const { return words_.count(word) > 0; }
  // `word` was written directly before an apostrophe ("l" of "l’intention").
  bool ContainsElision(std::string_view word) const {
    return elisions_.count(word) > 0;
  }
  size_t size() const { return words_.size() + elisions_.size(); }

 private:
  std::unordered_set<std::string_view> words_;
  std::unordered_set<std::string_view> elisions_;
};

}  // namespace langid
}  // namespace twinmap

#endif  // TWINMAP_LANGID_STOP_WORDS_H_
