#include "eval/page_text.h"

#include <algorithm>
#include <fstream>
#include <iterator>

namespace twinmap::eval {

PageText::PageText(std::string raw) : raw_(std::move(raw)) {
  line_starts_.push_back(0);
  for (uint64_t i = 0; i < raw_.size(); ++i) {
    if (raw_[i] == '\n' && i + 1 < raw_.size()) line_starts_.push_back(i + 1);
  }
}

Result<PageText> PageText::Read(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::NotFound(path + ": cannot open corpus page");
  std::string raw((std::istreambuf_iterator<char>(in)),
                  std::istreambuf_iterator<char>());
  if (in.bad()) return Status::IoError(path + ": read failed");
  return PageText(std::move(raw));
}

std::vector<Span> PageText::FindAll(std::string_view needle) const {
  std::vector<Span> out;
  if (needle.empty()) return out;
  for (size_t at = raw_.find(needle); at != std::string::npos;
       at = raw_.find(needle, at + 1)) {
    out.push_back(Span{at, at + needle.size()});
  }
  return out;
}

uint64_t PageText::LineOf(uint64_t offset) const {
  auto it = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
  return static_cast<uint64_t>(it - line_starts_.begin());
}

Span PageText::LinesSpan(uint64_t first, uint64_t last) const {
  if (first < 1) first = 1;
  if (last > line_starts_.size()) last = line_starts_.size();
  if (first > last) return Span{raw_.size(), raw_.size()};
  uint64_t end = last < line_starts_.size() ? line_starts_[last] : raw_.size();
  return Span{line_starts_[first - 1], end};
}

}  // namespace twinmap::eval
