// Regex: the one adapter around RE2 for values/. Patterns are compiled once
// (static locals in the parsers) and matched anchored at a byte position,
// which is how the parsers use them: a cheap scanner finds where a value may
// start, then one precise pattern decides.
#ifndef TWINMAP_VALUES_REGEX_H_
#define TWINMAP_VALUES_REGEX_H_

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "base/span.h"
#include "base/status.h"

namespace re2 {
class RE2;
}

namespace twinmap {
namespace values {

class Regex {
 public:
  // Compiles `pattern` (UTF-8, RE2 syntax); the error names the pattern and
  // the bad fragment RE2 reports.
  static Result<Regex> Compile(std::string_view pattern);
  // Compiles a pattern written in the source; a bad one is a programming
  // error, reported once on stderr, and the Regex then never matches.
  static Regex MustCompile(std::string_view pattern);

  Regex(Regex&&) noexcept;
  Regex& operator=(Regex&&) noexcept;
  ~Regex();

  // Matches starting exactly at `pos`; on success fills `groups` with the
  // whole match (groups[0]) and each capturing group (empty spans at the
  // match start for groups that did not take part) and returns true.
  // The match may not extend past pos + max_len: callers pass the longest
  // the value can be, which keeps RE2's submatch search small.
  bool MatchAt(std::string_view text, size_t pos, std::vector<Span>* groups,
               size_t max_len = 512) const;
  // Whether the whole of `text` matches.
  bool FullMatch(std::string_view text) const;

 private:
  Regex();
  std::unique_ptr<re2::RE2> re_;
};

}  // namespace values
}  // namespace twinmap

#endif  // TWINMAP_VALUES_REGEX_H_
