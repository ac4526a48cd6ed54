// Internal to ingest: what a decoder produces, whichever library did the work.
#ifndef TWINMAP_INGEST_DECODED_TEXT_H_
#define TWINMAP_INGEST_DECODED_TEXT_H_

#include <cstdint>
#include <string>
#include <vector>

#include "base/offset_map.h"

namespace twinmap::ingest {

// Raw bytes [offset, offset + size) that could not be decoded, each of which
// became one U+FFFD.
struct InvalidRun {
  uint64_t offset;
  uint64_t size;
};

// Counts replaced bytes and keeps the first kMaxKept runs of adjacent ones
// in full, so that a binary-ish page costs memory for its counts only.
class ReplacementLog {
 public:
  static constexpr size_t kMaxKept = 20;

  // Records that raw byte `offset` became U+FFFD. Offsets arrive in order.
  void AddByte(uint64_t offset) {
    ++bytes_;
    if (runs_ > 0 && offset == last_end_) {
      ++last_end_;
      if (kept_.size() == runs_) ++kept_.back().size;
      return;
    }
    if (runs_ == kMaxKept) first_unkept_offset_ = offset;
    ++runs_;
    last_end_ = offset + 1;
    if (kept_.size() < kMaxKept) kept_.push_back(InvalidRun{offset, 1});
  }

  uint64_t bytes() const { return bytes_; }
  uint64_t runs() const { return runs_; }
  const std::vector<InvalidRun>& kept() const { return kept_; }
  // Where the first run past kMaxKept starts; meaningful when runs() > kMaxKept.
  uint64_t first_unkept_offset() const { return first_unkept_offset_; }

 private:
  std::vector<InvalidRun> kept_;
  uint64_t bytes_ = 0;
  uint64_t runs_ = 0;
  uint64_t last_end_ = 0;
  uint64_t first_unkept_offset_ = 0;
};

struct DecodedText {
  std::string text;     // UTF-8
  OffsetMap map;        // text -> raw, finished with the raw size
  ReplacementLog replaced;
};

}  // namespace twinmap::ingest

#endif  // TWINMAP_INGEST_DECODED_TEXT_H_
