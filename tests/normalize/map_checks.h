// Checks on OffsetMaps produced by the normalize stage, shared by the map,
// corpus and differential tests.
#ifndef TWINMAP_TESTS_NORMALIZE_MAP_CHECKS_H_
#define TWINMAP_TESTS_NORMALIZE_MAP_CHECKS_H_

#include <catch2/catch.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "base/offset_map.h"
#include "base/span.h"
#include "normalize/normalize.h"

namespace twinmap {
namespace normalize {

// The byte span of each UTF-8 character of `text` (which must be valid).
inline std::vector<Span> CharSpans(std::string_view text) {
  std::vector<Span> spans;
  for (size_t i = 0; i < text.size();) {
    unsigned char b = static_cast<unsigned char>(text[i]);
    size_t len = b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4;
    spans.push_back(Span{i, i + len});
    i += len;
  }
  return spans;
}

// The pieces tile the output exactly: contiguous from 0 to out_size(), which
// is the text's size, and the input size is recorded.
inline void CheckMapTilesOutput(const Normalized& n, size_t input_size) {
  REQUIRE(n.to_input.out_size() == n.text.size());
  CHECK(n.to_input.in_size() == input_size);
  uint64_t next = 0;
  for (const OffsetMap::Piece& p : n.to_input.pieces()) {
    CHECK(p.out_begin == next);
    CHECK(p.out_len > 0);
    CHECK(p.in_begin + p.in_len <= input_size);
    next = p.out_begin + p.out_len;
  }
  CHECK(next == n.text.size());
}

// Maps every output character back to the input; characters that land on
// the same input span form one unit, and normalising that input text on its
// own (with `normalize_fn`) must give exactly the unit's output text.
template <typename Fn>
void CheckEachUnitRoundTrips(std::string_view input, const Normalized& n,
                             Fn normalize_fn) {
  std::vector<Span> chars = CharSpans(n.text);
  for (size_t i = 0; i < chars.size();) {
    Span in = n.to_input.ToInput(chars[i]);
    Span out = chars[i];
    size_t j = i + 1;
    while (j < chars.size() && n.to_input.ToInput(chars[j]) == in) {
      out.end = chars[j].end;
      ++j;
    }
    INFO("output bytes [" << out.begin << "," << out.end << ") \""
                          << out.In(n.text) << "\" <- input [" << in.begin
                          << "," << in.end << ") \"" << in.In(input) << "\"");
    REQUIRE(in.end <= input.size());
    CHECK(!in.empty());
    CHECK(normalize_fn(in.In(input)) == out.In(n.text));
    i = j;
  }
}

}  // namespace normalize
}  // namespace twinmap

#endif  // TWINMAP_TESTS_NORMALIZE_MAP_CHECKS_H_
