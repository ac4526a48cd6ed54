// PartList: a value's parts, inline up to four (values.h).
#include <algorithm>

#include "values/values.h"

namespace twinmap {
namespace values {

PartList& PartList::operator=(const PartList& other) {
  if (this == &other) return *this;
  if (other.on_heap()) {
    heap_ = other.heap_;
  } else {
    heap_.clear();
    std::copy(other.inline_, other.inline_ + other.size_, inline_);
  }
  size_ = other.size_;
  return *this;
}

PartList& PartList::operator=(PartList&& other) noexcept {
  if (this == &other) return *this;
  if (other.on_heap()) {
    heap_ = std::move(other.heap_);
  } else {
    heap_.clear();
    std::copy(other.inline_, other.inline_ + other.size_, inline_);
  }
  size_ = other.size_;
  other.clear();
  return *this;
}

PartList& PartList::operator=(std::initializer_list<Part> parts) {
  clear();
  for (const Part& p : parts) push_back(p);
  return *this;
}

void PartList::push_back(const Part& part) {
  if (!on_heap()) {
    if (size_ < kInline) {
      inline_[size_++] = part;
      return;
    }
    heap_.reserve(2 * kInline);
    heap_.assign(inline_, inline_ + size_);
  }
  heap_.push_back(part);
  ++size_;
}

}  // namespace values
}  // namespace twinmap
