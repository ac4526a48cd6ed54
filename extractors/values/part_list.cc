// PartList: a value's parts, inline up to four (values.h); and the
// patterns their names spell, pooled once per program (PatternName) and
// remembered per thread (candidate.h).
#include <algorithm>
#include <cstdint>
#include <cstring>
#include <memory>
#include <mutex>
#include <string>
#include <type_traits>
#include <unordered_set>

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

const std::string* PatternName::Keep(std::string_view text) {
  if (text.empty()) return nullptr;
  // Each thread remembers the pooled copies it met, by their text: most
  // names are found there, without taking the pool's lock.
  constexpr size_t kRecentBits = 6;
  thread_local const std::string* recent[size_t(1) << kRecentBits];
  uint32_t hash = 2166136261u;  // FNV-1a: names are short
  for (char c : text) hash = (hash ^ static_cast<unsigned char>(c)) * 16777619u;
  const std::string*& slot = recent[hash >> (32 - kRecentBits)];
  if (slot != nullptr && *slot == text) return slot;
  // Never destroyed: other threads may still read their copies at exit.
  static std::mutex* const pool_lock = new std::mutex;
  static std::unordered_set<std::string>* const pool = new std::unordered_set<std::string>;
  std::lock_guard<std::mutex> hold(*pool_lock);
  // A set's elements stay where they are when it grows.
  slot = &*pool->insert(std::string(text)).first;
  return slot;
}

namespace {

// One remembered pattern: the texts' addresses and sizes it was built from
// (no string_view, which would cost a compare of each name's bytes), and
// the pooled result. Two cache lines; the first holds everything a pattern
// of up to two parts is compared on: the table is cold at every value (the
// values written since evict it), and each line read is a wait.
struct alignas(64) RememberedPattern {
  static constexpr size_t kMaxParts = 8;
  // Longer names are not remembered (none is near).
  static constexpr size_t kMaxNameSize = UINT16_MAX;
  const char* head;  // nullptr marks an empty slot: a pattern has a head
  const char* tail;
  PatternName pattern;
  uint32_t count;
  uint16_t name_size[kMaxParts];
  const char* name_data[kMaxParts];  // each part's name, as data and size

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
static_assert(sizeof(RememberedPattern) == 128, "two cache lines");

// Sets of two: a page spells a score of patterns, and in a direct-mapped
// table a few of them shared a slot and were built again at every use.
// A miss replaces the way not used last; which one that is sits apart,
// in one line for all the sets.
constexpr int kRememberedBits = 6;
thread_local RememberedPattern remembered[size_t(1) << kRememberedBits][2];
thread_local uint8_t remembered_last_used[size_t(1) << kRememberedBits];

// The pooled pattern, built: kept out of line, so that the common case, a
// remembered pattern, stays small.
__attribute__((noinline)) PatternName BuildPattern(const char* head, const PartList& parts,
                                                   const char* tail) {
  std::string built;
  SetPatternFromParts(head, parts, tail, &built);
  return PatternName(built);
}

}  // namespace

void SetPatternRemembered(const char* head, const PartList& parts, const char* tail,
                          PatternName* pattern) {
  const Part* p = parts.begin();
  const size_t n = parts.size();
  if (n > RememberedPattern::kMaxParts) {
    *pattern = BuildPattern(head, parts, tail);
    return;
  }
  constexpr uint64_t kMix = 0x9E3779B97F4A7C15ull;
  uint64_t h = (reinterpret_cast<uintptr_t>(head) * kMix) ^ reinterpret_cast<uintptr_t>(tail);
  size_t sizes = 0;  // every name's size or'ed: one test for all
  for (size_t i = 0; i < n; ++i) {
    sizes |= p[i].name.size();
    h = (h + reinterpret_cast<uintptr_t>(p[i].name.data()) + p[i].name.size()) * kMix;
  }
  if (sizes > RememberedPattern::kMaxNameSize) {
    *pattern = BuildPattern(head, parts, tail);
    return;
  }
  const size_t set = h >> (64 - kRememberedBits);
  RememberedPattern* way = remembered[set];
  int w = remembered_last_used[set];
  if (!way[w].Matches(head, p, n, tail)) {
    w ^= 1;
    if (!way[w].Matches(head, p, n, tail)) {
      RememberedPattern& r = way[w];
      r.pattern = BuildPattern(head, parts, tail);
      r.head = head;
      r.tail = tail;
      r.count = uint32_t(n);
      for (size_t i = 0; i < n; ++i) {
        r.name_data[i] = p[i].name.data();
        r.name_size[i] = uint16_t(p[i].name.size());
      }
    }
    remembered_last_used[set] = uint8_t(w);
  }
  *pattern = way[w].pattern;
}

}  // namespace values
}  // namespace twinmap
