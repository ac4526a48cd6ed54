// The normalize stage's only door to utf8proc (internal; other stages use
// normalize.h). It answers per-character questions — decode, decompose, is
// this a segment starter — and composes one segment at a time, so the caller
// can keep offsets. Code points travel as int32_t, utf8proc's own type.
#ifndef TWINMAP_NORMALIZE_UTF8PROC_ADAPTER_H_
#define TWINMAP_NORMALIZE_UTF8PROC_ADAPTER_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace twinmap {
namespace normalize {
namespace internal {

enum class Form : uint8_t {
  kCanonical,          // NFC
  kCompatFold,         // NFKC + case fold, default ignorables dropped
  kCompatFoldNoMarks,  // kCompatFold with combining marks removed
};

inline constexpr int32_t kReplacementChar = 0xFFFD;
// Room Decompose may need for one character (utf8proc's longest is 18).
inline constexpr size_t kMaxDecomposition = 32;

// Decodes the character starting at `p` (`n` >= 1 bytes available) into *cp
// and returns its length in bytes. An invalid byte reads as U+FFFD of length
// 1 and sets *valid to false.
size_t Decode(const char* p, size_t n, int32_t* cp, bool* valid);

// Writes the full decomposition of `cp` under `form` to `out` (room for
// kMaxDecomposition code points) and returns how many were written (0 for
// a character the form drops). *starts_segment tells whether the first one
// written is a segment starter: combining class 0 and never the second half
// of a composition (Hangul medial and final jamo included), so nothing before
// it can reorder or compose with it. Hangul syllables are left whole: they
// are already composed, and composition still attaches a following final.
size_t Decompose(int32_t cp, Form form, int32_t* out, bool* starts_segment);

// Canonically reorders and composes the decomposed segment buf[0, n) in
// place; returns its new length.
size_t Compose(int32_t* buf, size_t n);

// Whole text through utf8proc_map with `form`'s flags: no map, no key
// substitutions. The yardstick tests and the benchmark compare against.
// Returns "" if utf8proc refuses the input (invalid UTF-8).
std::string ReferenceNormalize(std::string_view utf8, Form form);

}  // namespace internal
}  // namespace normalize
}  // namespace twinmap

#endif  // TWINMAP_NORMALIZE_UTF8PROC_ADAPTER_H_
