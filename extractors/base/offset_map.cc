#include "base/offset_map.h"

#include <algorithm>

namespace twinmap {

OffsetMap OffsetMap::Identity(uint64_t size) {
  OffsetMap map;
  if (size > 0) map.AddUnit(0, size, size);
  map.Finish(size);
  return map;
}

void OffsetMap::AddUnit(uint64_t in_begin, uint64_t in_len, uint64_t out_len) {
  if (out_len == 0) return;  // dropped input: nothing in the output to map
  if (!pieces_.empty()) {
    Piece& last = pieces_.back();
    // Merge contiguous linear units: keeps ASCII runs a single piece.
    if (in_len == out_len && last.linear() &&
        last.in_begin + last.in_len == in_begin &&
        last.out_begin + last.out_len == out_size_) {
      last.in_len += in_len;
      last.out_len += out_len;
      out_size_ += out_len;
      in_size_ = std::max(in_size_, in_begin + in_len);
      return;
    }
  }
  pieces_.push_back(Piece{out_size_, in_begin, out_len, in_len});
  out_size_ += out_len;
  in_size_ = std::max(in_size_, in_begin + in_len);
}

void OffsetMap::Finish(uint64_t in_size) {
  in_size_ = std::max(in_size_, in_size);
}

size_t OffsetMap::PieceAt(uint64_t pos) const {
  // First piece whose end is past pos.
  auto it = std::upper_bound(
      pieces_.begin(), pieces_.end(), pos,
      [](uint64_t p, const Piece& piece) { return p < piece.out_begin + piece.out_len; });
  return static_cast<size_t>(it - pieces_.begin());
}

uint64_t OffsetMap::BeginToInput(uint64_t pos) const {
  size_t i = PieceAt(pos);
  if (i == pieces_.size()) return in_size_;
  const Piece& p = pieces_[i];
  if (p.linear()) return p.in_begin + (pos - p.out_begin);
  return p.in_begin;  // inside an atomic unit: snap to its start
}

uint64_t OffsetMap::EndToInput(uint64_t pos) const {
  // The end of a span is the end of the unit holding its last byte.
  if (pos == 0) return BeginToInput(0);
  size_t i = PieceAt(pos - 1);
  if (i == pieces_.size()) return in_size_;
  const Piece& p = pieces_[i];
  if (p.linear()) return p.in_begin + (pos - p.out_begin);
  return p.in_begin + p.in_len;
}

Span OffsetMap::ToInput(Span span) const {
  if (span.empty()) {
    uint64_t at = BeginToInput(span.begin);
    return Span{at, at};
  }
  return Span{BeginToInput(span.begin), EndToInput(span.end)};
}

uint64_t OffsetMap::ToInput(uint64_t offset) const { return BeginToInput(offset); }

OffsetMap OffsetMap::ComposeWith(const OffsetMap& inner) const {
  OffsetMap out;
  for (const Piece& p : pieces_) {
    if (!p.linear()) {
      Span r = inner.ToInput(Span{p.in_begin, p.in_begin + p.in_len});
      out.pieces_.push_back(Piece{out.out_size_, r.begin, p.out_len, r.size()});
      out.out_size_ += p.out_len;
      out.in_size_ = std::max(out.in_size_, r.end);
      continue;
    }
    // A linear piece may straddle several inner pieces: split it there.
    uint64_t a = p.in_begin, end = p.in_begin + p.in_len;
    while (a < end) {
      size_t j = inner.PieceAt(a);
      if (j == inner.pieces_.size()) break;
      const Piece& q = inner.pieces_[j];
      uint64_t q_end = q.out_begin + q.out_len;
      uint64_t b = std::min(end, q_end);
      if (q.linear()) {
        out.AddUnit(q.in_begin + (a - q.out_begin), b - a, b - a);
      } else {
        out.pieces_.push_back(Piece{out.out_size_, q.in_begin, b - a, q.in_len});
        out.out_size_ += b - a;
        out.in_size_ = std::max(out.in_size_, q.in_begin + q.in_len);
      }
      a = b;
    }
  }
  out.Finish(inner.in_size_);
  return out;
}

}  // namespace twinmap
