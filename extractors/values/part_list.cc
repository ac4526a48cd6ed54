// PartList: a value's parts, inline up to four (values.h); and the
// patterns their names spell, remembered per thread (candidate.h).
#include <algorithm>
#include <cstdint>
#include <cstring>
#include <memory>
#include <type_traits>

#include "values/candidate.h"
#include "values/values.h"

namespace twinmap {
namespace values {

static_assert(std::is_trivially_copyable<Part>::value, "PartList moves parts as bytes");

PartList& PartList::operator=(const PartList& other) {
  if (this == &other) return *this;
  if (other.on_heap()) {
    heap_ = other.heap_;
  } else {
    heap_.clear();
    std::uninitialized_copy(other.inline_.at, other.inline_.at + other.size_, inline_.at);
  }
  size_ = other.size_;
  return *this;
}

// Also self-assignment, which changes nothing.
PartList& PartList::MoveFromHeap(PartList&& other) noexcept {
  if (this != &other) {
    heap_ = std::move(other.heap_);
    size_ = other.size_;
    other.clear();
  }
  return *this;
}

PartList& PartList::operator=(std::initializer_list<Part> parts) {
  clear();
  for (const Part& p : parts) push_back(p);
  return *this;
}

void PartList::PushBackToHeap(const Part& part) {
  if (size_ == kInline) {
    heap_.reserve(2 * kInline);
    heap_.assign(inline_.at, inline_.at + size_);
  }
  heap_.push_back(part);
  ++size_;
}

void SetPatternFromParts(std::string_view head, const PartList& parts,
                         std::string_view tail, std::string* pattern) {
  // Sized first, so that the string is allocated once: most patterns are
  // too long for its inline buffer.
  auto compose = [&](auto&& put) {
    put(head);
    std::string_view last;
    char back = head.empty() ? '\0' : head.back();
    for (const Part& p : parts) {
      if (p.name == last) continue;
      if (back != '\0' && back != ':') {
        put("+");
        back = '+';
      }
      put(p.name);
      if (!p.name.empty()) back = p.name.back();
      last = p.name;
    }
    put(tail);
  };
  size_t size = 0;
  compose([&](std::string_view s) { size += s.size(); });
  // Most are short: composed on the stack, then copied in one go (each
  // append to the string is a library call).
  char buffer[128];
  if (size <= sizeof(buffer)) {
    size_t n = 0;
    compose([&](std::string_view s) {
      std::memcpy(buffer + n, s.data(), s.size());
      n += s.size();
    });
    pattern->assign(buffer, n);
    return;
  }
  pattern->clear();
  pattern->reserve(size);
  compose([&](std::string_view s) { pattern->append(s); });
}

namespace {

// One remembered pattern. Plain data (no string_view, whose constructor
// would give the per-thread table a guarded initialiser).
struct RememberedPattern {
  static constexpr size_t kMaxParts = 8;
  static constexpr size_t kMaxChars = 96;
  const char* head;  // nullptr marks an empty slot: a pattern has a head
  const char* tail;
  size_t count;
  const char* name_data[kMaxParts];  // each part's name, as data and size
  size_t name_size[kMaxParts];
  size_t size;
  char text[kMaxChars];

  bool Matches(const char* h, const Part* parts, size_t n, const char* t) const {
    if (head != h || tail != t || count != n) return false;
    for (size_t i = 0; i < n; ++i) {
      if (name_data[i] != parts[i].name.data() || name_size[i] != parts[i].name.size()) {
        return false;
      }
    }
    return true;
  }
};

// Sets of two: a page spells a score of patterns, and in a direct-mapped
// table a few of them shared a slot and were built again at every use.
// A miss replaces the way not used last.
constexpr int kRememberedBits = 6;
struct RememberedSet {
  RememberedPattern way[2];
  int last_used;
};
thread_local RememberedSet remembered[size_t(1) << kRememberedBits];

// Kept out of line: the common case, a remembered pattern, stays small.
__attribute__((noinline)) void BuildAndRemember(const char* head, const PartList& parts,
                                                const char* tail, RememberedPattern* r,
                                                std::string* pattern) {
  SetPatternFromParts(head, parts, tail, pattern);
  if (pattern->size() > RememberedPattern::kMaxChars) return;
  r->head = head;
  r->tail = tail;
  r->count = parts.size();
  for (size_t i = 0; i < r->count; ++i) {
    r->name_data[i] = parts[i].name.data();
    r->name_size[i] = parts[i].name.size();
  }
  r->size = pattern->size();
  std::copy(pattern->begin(), pattern->end(), r->text);
}

}  // namespace

void SetPatternRemembered(const char* head, const PartList& parts, const char* tail,
                          std::string* pattern) {
  const Part* p = parts.begin();
  const size_t n = parts.size();
  // One part between an empty head and tail spells just its name: the bare
  // number, most values of a page, needs no look-up.
  if (n == 1 && *head == '\0' && *tail == '\0') {
    pattern->clear();
    pattern->append(p[0].name.data(), p[0].name.size());
    return;
  }
  if (n > RememberedPattern::kMaxParts) {
    SetPatternFromParts(head, parts, tail, pattern);
    return;
  }
  constexpr uint64_t kMix = 0x9E3779B97F4A7C15ull;
  uint64_t h = (reinterpret_cast<uintptr_t>(head) * kMix) ^ reinterpret_cast<uintptr_t>(tail);
  for (size_t i = 0; i < n; ++i) {
    h = (h + reinterpret_cast<uintptr_t>(p[i].name.data()) + p[i].name.size()) * kMix;
  }
  RememberedSet& set = remembered[h >> (64 - kRememberedBits)];
  int w = set.last_used;
  if (!set.way[w].Matches(head, p, n, tail)) {
    w ^= 1;
    if (!set.way[w].Matches(head, p, n, tail)) {
      set.last_used = w;
      BuildAndRemember(head, parts, tail, &set.way[w], pattern);
      return;
    }
    set.last_used = w;
  }
  const RememberedPattern& r = set.way[w];
  pattern->clear();
  pattern->append(r.text, r.size);
}

}  // namespace values
}  // namespace twinmap
