// RawMapper: text span -> raw span for one Segment() call.
//
// Most pages come straight from UTF-8 with the identity map; for those the
// binary search of OffsetMap::ToInput is skipped. Borrows the map.
#ifndef TWINMAP_TOKENIZE_RAW_MAPPER_H_
#define TWINMAP_TOKENIZE_RAW_MAPPER_H_

#include <cstdint>

#include "base/offset_map.h"
#include "base/span.h"

namespace twinmap {
namespace tokenize {

class RawMapper {
 public:
  RawMapper(const OffsetMap& map, uint64_t text_size)
      : map_(map), identity_(IsIdentity(map, text_size)) {}
  // True when every span maps to itself.
  bool identity() const { return identity_; }
  Span operator()(Span text) const {
    return identity_ ? text : map_.ToInput(text);
  }

 private:
  // Identity means ToInput(s) == s for every span of the text, even the
  // empty span at the end (hence in_size() == size).
  static bool IsIdentity(const OffsetMap& map, uint64_t size) {
    if (map.out_size() != size || map.in_size() != size) return false;
    if (size == 0) return map.pieces().empty();
    if (map.pieces().size() != 1) return false;
    const OffsetMap::Piece& p = map.pieces()[0];
    return p.out_begin == 0 && p.in_begin == 0 && p.out_len == size &&
           p.in_len == size;
  }

  const OffsetMap& map_;
  bool identity_;
};

}  // namespace tokenize
}  // namespace twinmap

#endif  // TWINMAP_TOKENIZE_RAW_MAPPER_H_
