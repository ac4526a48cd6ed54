// The only file that includes <utf8proc.h>; see utf8proc_adapter.h.
#include "normalize/utf8proc_adapter.h"

#include <utf8proc.h>

#include <cstdlib>

namespace twinmap {
namespace normalize {
namespace internal {
namespace {

constexpr int32_t kHangulSyllableFirst = 0xAC00;
constexpr int32_t kHangulSyllableLast = 0xD7A3;

utf8proc_option_t Options(Form form) {
  int options = UTF8PROC_STABLE | UTF8PROC_COMPOSE;
  if (form != Form::kCanonical) {
    options |= UTF8PROC_COMPAT | UTF8PROC_CASEFOLD | UTF8PROC_IGNORE;
  }
  if (form == Form::kCompatFoldNoMarks) options |= UTF8PROC_STRIPMARK;
  return static_cast<utf8proc_option_t>(options);
}

bool IsMark(const utf8proc_property_t* p) {
  return p->category == UTF8PROC_CATEGORY_MN ||
         p->category == UTF8PROC_CATEGORY_MC ||
         p->category == UTF8PROC_CATEGORY_ME;
}

// utf8proc composes Hangul algorithmically rather than through comb_index:
// a medial vowel joins a leading consonant, a final (U+11A7 included, as
// utf8proc counts it) joins an LV syllable.
bool IsHangulSecond(int32_t cp) {
  return (cp >= 0x1161 && cp <= 0x1175) || (cp >= 0x11A7 && cp <= 0x11C2);
}

bool IsStarter(int32_t cp, const utf8proc_property_t* p) {
  // utf8proc 2.8 marks "can be the second of a pair" as comb_index >= 0x8000.
  bool second = p->comb_index != UINT16_MAX && p->comb_index >= 0x8000;
  return p->combining_class == 0 && !second && !IsHangulSecond(cp);
}

bool IsUnchanged(const utf8proc_property_t* p, Form form) {
  if (form == Form::kCanonical) {
    return p->decomp_seqindex == UINT16_MAX || p->decomp_type != 0;
  }
  return p->decomp_seqindex == UINT16_MAX &&
         p->casefold_seqindex == UINT16_MAX && !p->ignorable &&
         !(form == Form::kCompatFoldNoMarks && IsMark(p));
}

}  // namespace

size_t Decode(const char* p, size_t n, int32_t* cp, bool* valid) {
  utf8proc_int32_t c = -1;
  utf8proc_ssize_t len =
      utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(p),
                       static_cast<utf8proc_ssize_t>(n), &c);
  if (len <= 0 || c < 0) {
    *cp = kReplacementChar;
    *valid = false;
    return 1;
  }
  *cp = c;
  *valid = true;
  return static_cast<size_t>(len);
}

size_t Decompose(int32_t cp, Form form, int32_t* out, bool* starts_segment) {
  if (cp >= kHangulSyllableFirst && cp <= kHangulSyllableLast) {
    out[0] = cp;
    *starts_segment = true;
    return 1;
  }
  const utf8proc_property_t* prop = utf8proc_get_property(cp);
  // Most characters map to themselves; skip utf8proc's option walk for them.
  if (IsUnchanged(prop, form)) {
    out[0] = cp;
    *starts_segment = IsStarter(cp, prop);
    return 1;
  }
  utf8proc_ssize_t n = utf8proc_decompose_char(
      cp, out, static_cast<utf8proc_ssize_t>(kMaxDecomposition), Options(form),
      nullptr);
  if (n < 0 || n > static_cast<utf8proc_ssize_t>(kMaxDecomposition)) {
    // Not reachable for a decoded code point; keep the text readable anyway.
    out[0] = kReplacementChar;
    *starts_segment = true;
    return 1;
  }
  if (n == 0) {
    *starts_segment = false;  // dropped: belongs with what precedes it
    return 0;
  }
  *starts_segment =
      IsStarter(out[0], out[0] == cp ? prop : utf8proc_get_property(out[0]));
  return static_cast<size_t>(n);
}

size_t Compose(int32_t* buf, size_t n) {
  // Canonical ordering: a stable sort of each run of non-starters by
  // combining class (utf8proc does this in decompose, which we bypass).
  for (size_t i = 1; i < n; ++i) {
    int32_t c = buf[i];
    int cc = utf8proc_get_property(c)->combining_class;
    if (cc == 0) continue;
    size_t j = i;
    while (j > 0 && utf8proc_get_property(buf[j - 1])->combining_class > cc) {
      buf[j] = buf[j - 1];
      --j;
    }
    buf[j] = c;
  }
  utf8proc_ssize_t len = utf8proc_normalize_utf32(
      buf, static_cast<utf8proc_ssize_t>(n),
      static_cast<utf8proc_option_t>(UTF8PROC_STABLE | UTF8PROC_COMPOSE));
  return len < 0 ? n : static_cast<size_t>(len);
}

std::string ReferenceNormalize(std::string_view utf8, Form form) {
  utf8proc_uint8_t* out = nullptr;
  utf8proc_ssize_t len = utf8proc_map(
      reinterpret_cast<const utf8proc_uint8_t*>(utf8.data()),
      static_cast<utf8proc_ssize_t>(utf8.size()), &out, Options(form));
  std::string result;
  if (len >= 0 && out != nullptr) {
    result.assign(reinterpret_cast<const char*>(out), static_cast<size_t>(len));
  }
  std::free(out);
  return result;
}

}  // namespace internal
}  // namespace normalize
}  // namespace twinmap
