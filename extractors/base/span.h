// Span: a half-open byte range into one text.
//
// Invariant: for a Span `s` over text `t`, `t.substr(s.begin, s.end - s.begin)`
// is the surface text, and begin <= end <= t.size(). Spans that point into a
// page's raw bytes are "raw spans"; every stage reports raw spans in the end.
#ifndef TWINMAP_BASE_SPAN_H_
#define TWINMAP_BASE_SPAN_H_

#include <cstdint>
#include <string_view>

namespace twinmap {

struct Span {
  uint64_t begin = 0;
  uint64_t end = 0;

  uint64_t size() const { return end - begin; }
  bool empty() const { return end == begin; }
  bool Contains(const Span& other) const {
    return begin <= other.begin && other.end <= end;
  }
  // The surface text of this span in `text`; the caller keeps the invariant.
  std::string_view In(std::string_view text) const {
    return text.substr(begin, end - begin);
  }
  friend bool operator==(const Span& a, const Span& b) {
    return a.begin == b.begin && a.end == b.end;
  }
  friend bool operator!=(const Span& a, const Span& b) { return !(a == b); }
  friend bool operator<(const Span& a, const Span& b) {
    return a.begin != b.begin ? a.begin < b.begin : a.end < b.end;
  }
};

}  // namespace twinmap

#endif  // TWINMAP_BASE_SPAN_H_
