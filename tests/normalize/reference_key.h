// The yardstick for the segment-by-segment normaliser: utf8proc over the
// whole text at once, then the key substitutions.
#ifndef TWINMAP_TESTS_NORMALIZE_REFERENCE_KEY_H_
#define TWINMAP_TESTS_NORMALIZE_REFERENCE_KEY_H_

#include <string>
#include <string_view>

#include "map_checks.h"
#include "normalize/key_substitutions.h"
#include "normalize/utf8proc_adapter.h"

namespace twinmap {
namespace normalize {

inline std::string ReferenceKey(std::string_view text, internal::Form form) {
  std::string ref = internal::ReferenceNormalize(text, form);
  std::string out;
  for (const Span& c : CharSpans(ref)) {
    std::string_view ch = c.In(ref);
    int32_t cp;
    bool valid;
    internal::Decode(ch.data(), ch.size(), &cp, &valid);
    int32_t sub = internal::SubstituteForKey(cp);
    if (sub == cp) {
      out += ch;
    } else {
      out += static_cast<char>(sub);  // every substitute is ASCII
    }
  }
  return out;
}

}  // namespace normalize
}  // namespace twinmap

#endif  // TWINMAP_TESTS_NORMALIZE_REFERENCE_KEY_H_
