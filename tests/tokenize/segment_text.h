// Segment() over a literal text with the identity map, for short test cases.
#ifndef TWINMAP_TESTS_TOKENIZE_SEGMENT_TEXT_H_
#define TWINMAP_TESTS_TOKENIZE_SEGMENT_TEXT_H_

#include <catch2/catch.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "base/offset_map.h"
#include "tokenize/tokenize.h"

namespace twinmap {
namespace tokenize {
namespace testing {

inline Segmentation SegmentText(std::string_view text) {
  Result<Segmentation> result = Segment(text, OffsetMap::Identity(text.size()));
  REQUIRE(result.ok());
  return std::move(result).value();
}

// Texts of the tokens that are not white space, in order.
inline std::vector<std::string> NonSpaceTokens(std::string_view text,
                                               const Segmentation& s) {
  std::vector<std::string> out;
  for (const Token& t : s.tokens) {
    if (t.kind != TokenKind::kSpace) out.emplace_back(t.text.In(text));
  }
  return out;
}

// The first token whose text is `word`, or nullptr.
inline const Token* FindToken(std::string_view text, const Segmentation& s,
                              std::string_view word) {
  for (const Token& t : s.tokens) {
    if (t.text.In(text) == word) return &t;
  }
  return nullptr;
}

}  // namespace testing
}  // namespace tokenize
}  // namespace twinmap

#endif  // TWINMAP_TESTS_TOKENIZE_SEGMENT_TEXT_H_
