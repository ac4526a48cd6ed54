// OffsetMap: where each byte of a derived text came from in its input text.
//
// Every text rewrite (decoding to UTF-8, NFC, NFKC + case fold) returns one of
// these beside its output, so that a span found in any layer lands on raw
// bytes. The map is a sorted list of pieces; each piece says that output bytes
// [out_begin, out_begin + out_len) were produced from input bytes
// [in_begin, in_begin + in_len):
//   - a piece with out_len == in_len is linear: byte k of it maps to byte k;
//   - any other piece is atomic: a span touching it covers the whole unit.
//     (A unit whose lengths agree, such as "É" folded to "é", reads as linear;
//     that is harmless because spans start and end on character boundaries.)
// Input bytes that produced nothing (a BOM, a dropped control character) are
// simply not covered by any piece.
//
// Example (NFKC of "Ａ1"): input "\xEF\xBC\xA1" "1" (4 bytes), output "a1".
//   pieces {0,0,1,3} (atomic) and {1,3,1,1} (linear);
//   ToInput({0,1}) == {0,3}, ToInput({1,2}) == {3,4}, ToInput({0,2}) == {0,4}.
#ifndef TWINMAP_BASE_OFFSET_MAP_H_
#define TWINMAP_BASE_OFFSET_MAP_H_

#include <cstdint>
#include <vector>

#include "base/span.h"

namespace twinmap {

class OffsetMap {
 public:
  struct Piece {
    uint64_t out_begin;
    uint64_t in_begin;
    uint64_t out_len;
    uint64_t in_len;
    bool linear() const { return out_len == in_len; }
  };

  OffsetMap() = default;
  // The identity map over a text of `size` bytes.
  static OffsetMap Identity(uint64_t size);

  // Appends the next unit of output. Units must be added in output order and
  // with non-decreasing input offsets. Adjacent contiguous linear units merge,
  // so an all-ASCII text stays one piece.
  void AddUnit(uint64_t in_begin, uint64_t in_len, uint64_t out_len);
  // Marks the end of both texts: needed so the empty span at the very end,
  // and input bytes dropped at the end, map correctly.
  void Finish(uint64_t in_size);

  uint64_t out_size() const { return out_size_; }
  uint64_t in_size() const { return in_size_; }
  const std::vector<Piece>& pieces() const { return pieces_; }

  // Maps a span of the output to the smallest input span covering every unit
  // it touches. Requires span.end <= out_size().
  Span ToInput(Span span) const;
  // Maps one output offset (a position between bytes) to the input.
  uint64_t ToInput(uint64_t offset) const;

  // Given `this` mapping B -> A and `inner` mapping A -> R, returns B -> R.
  OffsetMap ComposeWith(const OffsetMap& inner) const;

 private:
  // Index of the piece holding output byte `pos`, or pieces_.size().
  size_t PieceAt(uint64_t pos) const;
  uint64_t BeginToInput(uint64_t pos) const;
  uint64_t EndToInput(uint64_t pos) const;

  std::vector<Piece> pieces_;
  uint64_t out_size_ = 0;
  uint64_t in_size_ = 0;
};

}  // namespace twinmap

#endif  // TWINMAP_BASE_OFFSET_MAP_H_
