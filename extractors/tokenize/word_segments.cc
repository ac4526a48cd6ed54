#include "tokenize/word_segments.h"

#include <cstring>

#include "tokenize/ascii_words.h"

namespace twinmap {
namespace tokenize {
namespace {

constexpr uint64_t kHighBits = 0xFF80FF80FF80FF80ull;

// The first unit at or after `from` that is not ASCII, or `size`. Four
// units at a time.
int32_t FindNonAscii(const char16_t* units, int32_t from, int32_t size) {
  int32_t i = from;
  for (; i + 4 <= size; i += 4) {
    uint64_t four;
    std::memcpy(&four, units + i, 8);
    if (four & kHighBits) break;
  }
  while (i < size && units[i] < 0x80) ++i;
  return i;
}

}  // namespace

Status WordSegmenter::Start(const char16_t* units, int32_t size) {
  units_ = units;
  size_ = size;
  pos_ = 0;
  in_icu_ = false;
  status_ = Status::Ok();
  Result<icu_adapter::Breaker*> breaker =
      icu_adapter::ThreadBreaker(icu_adapter::BreakType::kWord);
  if (!breaker.ok()) return status_ = breaker.status();
  breaker_ = *breaker;
  PlanIcuStretch();
  return Status::Ok();
}

void WordSegmenter::PlanIcuStretch() {
  const int32_t q = FindNonAscii(units_, pos_, size_);
  if (q == size_) {
    icu_begin_ = icu_end_ = size_;
    return;
  }
  // Back to the last sure boundary after pos_ (pos_ is a boundary itself),
  // forward to the first one after q.
  int32_t begin = q;
  while (begin > pos_ && !IsSureWordBoundary(units_, begin)) --begin;
  int32_t end = q + 1;
  while (end < size_ && !IsSureWordBoundary(units_, end)) ++end;
  icu_begin_ = begin;
  icu_end_ = end;
}

int32_t WordSegmenter::Next(icu_adapter::WordSegment* out, int32_t capacity) {
  int32_t n = 0;
  while (n < capacity && status_.ok()) {
    if (in_icu_) {
      // ICU reads only the stretch: its offsets start at icu_begin_.
      const int32_t got = icu_adapter::NextWordSegments(
          breaker_, units_ + icu_begin_, pos_ - icu_begin_, out + n,
          capacity - n);
      for (int32_t k = n; k < n + got; ++k) out[k].end += icu_begin_;
      n += got;
      if (got > 0) pos_ = out[n - 1].end;
      if (n == capacity) break;
      in_icu_ = false;  // past ICU's last boundary, the stretch's end
      PlanIcuStretch();
      continue;
    }
    if (pos_ < icu_begin_) {
      const int32_t got = NextAsciiWordSegments(units_, pos_, icu_begin_,
                                                out + n, capacity - n);
      n += got;
      pos_ = out[n - 1].end;
      continue;
    }
    if (pos_ == size_) break;
    status_ = icu_adapter::SetText(breaker_, units_ + icu_begin_,
                                   icu_end_ - icu_begin_);
    in_icu_ = true;
  }
  return n;
}

}  // namespace tokenize
}  // namespace twinmap
