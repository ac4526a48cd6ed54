// PageText: one corpus page's raw bytes with its line starts, so evidence can
// be located (byte spans, 1-based lines) the way provenance spans are.
#ifndef TWINMAP_EVAL_PAGE_TEXT_H_
#define TWINMAP_EVAL_PAGE_TEXT_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "base/span.h"
#include "base/status.h"

namespace twinmap::eval {

class PageText {
 public:
  explicit PageText(std::string raw);
  // Reads a page file byte for byte; NotFound names the path.
  static Result<PageText> Read(const std::string& path);

  const std::string& raw() const { return raw_; }
  // Every occurrence of `needle` (possibly overlapping), in page order.
  std::vector<Span> FindAll(std::string_view needle) const;
  // 1-based line holding byte `offset` (offsets past the end: the last line).
  uint64_t LineOf(uint64_t offset) const;
  // Bytes of lines [first, last], 1-based and inclusive, clamped to the page.
  Span LinesSpan(uint64_t first, uint64_t last) const;
  uint64_t line_count() const { return line_starts_.size(); }

 private:
  std::string raw_;
  std::vector<uint64_t> line_starts_;
};

}  // namespace twinmap::eval

#endif  // TWINMAP_EVAL_PAGE_TEXT_H_
