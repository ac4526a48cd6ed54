#include "ingest/utf8_decoder.h"

#include <cstring>

namespace twinmap::ingest {
namespace {

constexpr char kReplacement[] = "\xEF\xBF\xBD";  // U+FFFD
constexpr uint64_t kHighBits = 0x8080808080808080ull;

// Length of the well-formed sequence at s[0] (a byte >= 0x80, with `avail`
// bytes from s[0] to the end of input), or 0. Sets *truncated when the bytes
// are well-formed as far as the input goes but it ends too soon.
int SequenceLength(const uint8_t* s, uint64_t avail, bool* truncated) {
  const uint8_t lead = s[0];
  int len;
  uint8_t lo = 0x80, hi = 0xBF;  // allowed range of the second byte
  if (lead < 0xC2) {
    return 0;  // a continuation byte, or C0/C1 (always overlong)
  } else if (lead < 0xE0) {
    len = 2;
  } else if (lead < 0xF0) {
    len = 3;
    if (lead == 0xE0) lo = 0xA0;  // below is overlong
    if (lead == 0xED) hi = 0x9F;  // above are the surrogates
  } else if (lead < 0xF5) {
    len = 4;
    if (lead == 0xF0) lo = 0x90;  // below is overlong
    if (lead == 0xF4) hi = 0x8F;  // above is past U+10FFFF
  } else {
    return 0;
  }
  for (int k = 1; k < len; ++k) {
    if (static_cast<uint64_t>(k) >= avail) {
      *truncated = true;
      return 0;
    }
    const uint8_t c = s[k];
    if (k == 1 ? (c < lo || c > hi) : (c < 0x80 || c > 0xBF)) return 0;
  }
  return len;
}

}  // namespace

DecodedText DecodeUtf8(std::string_view raw, uint64_t begin,
                       Utf8Evidence* evidence) {
  DecodedText out;
  const auto* p = reinterpret_cast<const uint8_t*>(raw.data());
  const uint64_t n = raw.size();
  out.text.reserve(n - begin);

  // Well-formed stretches are appended whole: one copy and one map unit per
  // stretch, so a clean page costs a scan plus a memcpy.
  uint64_t run_start = begin;
  auto flush = [&](uint64_t until) {
    if (until > run_start) {
      out.text.append(raw.data() + run_start, until - run_start);
      out.map.AddUnit(run_start, until - run_start, until - run_start);
    }
  };

  uint64_t i = begin;
  while (i < n) {
    // ASCII eight bytes at a time.
    while (i + 8 <= n) {
      uint64_t word;
      std::memcpy(&word, p + i, 8);
      if (word & kHighBits) break;
      i += 8;
    }
    while (i < n && p[i] < 0x80) {
      ++i;
      if ((i & 7) == 0) break;  // aligned again: back to the word loop
    }
    if (i >= n || p[i] < 0x80) continue;

    bool truncated = false;
    const int len = SequenceLength(p + i, n - i, &truncated);
    if (len > 0) {
      i += len;
      ++evidence->multibyte_chars;
      continue;
    }
    // One U+FFFD for this byte alone; the next byte gets its own chance, so
    // a lone continuation byte after it is replaced too and nothing valid
    // is swallowed.
    if (truncated) evidence->truncated_tail = n - i;
    flush(i);
    out.text.append(kReplacement, 3);
    out.map.AddUnit(i, 1, 3);
    out.replaced.AddByte(i);
    ++i;
    run_start = i;
  }
  flush(n);
  out.map.Finish(n);
  return out;
}

}  // namespace twinmap::ingest
