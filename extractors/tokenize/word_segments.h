// WordSegmenter: the segments of ICU's word breaker over a whole UTF-16
// text, with ICU asked only where the text is not ASCII.
//
// The text is cut at boundaries that ICU always makes whatever surrounds
// them (IsSureWordBoundary in ascii_words.h). A stretch between two such
// boundaries that holds a non-ASCII unit goes to ICU alone; the ASCII in
// between is cut by ascii_words.h. The segments, kinds and scripts are those
// of ICU's word breaker over the whole text (tests/tokenize/
// ascii_words_test.cc compares them).
#ifndef TWINMAP_TOKENIZE_WORD_SEGMENTS_H_
#define TWINMAP_TOKENIZE_WORD_SEGMENTS_H_

#include <cstdint>

#include "base/status.h"
#include "tokenize/icu_adapter.h"

namespace twinmap {
namespace tokenize {

class WordSegmenter {
 public:
  // Uses the thread's ICU word breaker; the units must outlive the
  // segmenter. Internal error when ICU cannot build its breaker.
  Status Start(const char16_t* units, int32_t size);

  // The next segments, in order: fills up to `capacity` of `out` and
  // returns how many; 0 once the text is done or ICU failed (see status()).
  int32_t Next(icu_adapter::WordSegment* out, int32_t capacity);

  const Status& status() const { return status_; }

 private:
  // Finds the next stretch that needs ICU, at or after `pos_`.
  void PlanIcuStretch();

  const char16_t* units_ = nullptr;
  int32_t size_ = 0;
  int32_t pos_ = 0;  // the end of the last segment given out
  icu_adapter::Breaker* breaker_ = nullptr;
  // ASCII runs until icu_begin_; ICU then covers [icu_begin_, icu_end_).
  int32_t icu_begin_ = 0;
  int32_t icu_end_ = 0;
  bool in_icu_ = false;  // ICU has been set to the stretch and is reading it
  Status status_;
};

}  // namespace tokenize
}  // namespace twinmap

#endif  // TWINMAP_TOKENIZE_WORD_SEGMENTS_H_
