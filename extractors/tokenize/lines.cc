#include "tokenize/lines.h"

#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "tokenize/white_space.h"

namespace twinmap {
namespace tokenize {
namespace {

bool IsBlank(const char16_t* units, const LineRange& line) {
  for (int32_t i = line.begin; i < line.end; ++i) {
    // A surrogate is never white space, so unit-wise testing is exact.
    if (!IsWhiteSpace(units[i])) return false;
  }
  return true;
}

// True when one of the four units packed in `x` is below U+000E, the range
// holding CR and LF. (Borrows may flag a unit after a real hit, never miss
// one; the caller rechecks unit by unit.)
bool MayHoldLineBreak(uint64_t x) {
  return ((x - 0x000E000E000E000Eull) & ~x & 0x8000800080008000ull) != 0;
}

}  // namespace

void FindLines(const char16_t* units, int32_t size,
               std::vector<LineRange>* lines) {
  lines->clear();
  int32_t begin = 0;
  int32_t i = 0;
  while (i < size) {
    // Skip eight (SSE2) or four units at a time: this scan reads every unit
    // of every page.
#if defined(__SSE2__)
    while (i + 8 <= size) {
      const __m128i v =
          _mm_loadu_si128(reinterpret_cast<const __m128i*>(units + i));
      const int breaks = _mm_movemask_epi8(
          _mm_or_si128(_mm_cmpeq_epi16(v, _mm_set1_epi16('\n')),
                       _mm_cmpeq_epi16(v, _mm_set1_epi16('\r'))));
      if (breaks != 0) {
        i += __builtin_ctz(static_cast<unsigned>(breaks)) / 2;
        break;
      }
      i += 8;
    }
#endif
    while (i + 4 <= size) {
      uint64_t x;
      std::memcpy(&x, units + i, sizeof x);
      if (MayHoldLineBreak(x)) break;
      i += 4;
    }
    if (i >= size) break;
    char16_t c = units[i];
    if (c == u'\n' || c == u'\r') {
      lines->push_back(LineRange{begin, i});
      if (c == u'\r' && i + 1 < size && units[i + 1] == u'\n') ++i;
      begin = i + 1;
    }
    ++i;
  }
  if (begin < size) lines->push_back(LineRange{begin, size});
}

void FindBlocks(const char16_t* units, const std::vector<LineRange>& lines,
                std::vector<BlockRange>* blocks) {
  blocks->clear();
  bool open = false;
  for (uint32_t i = 0; i < lines.size(); ++i) {
    if (IsBlank(units, lines[i])) {
      open = false;
      continue;
    }
    if (open) {
      blocks->back().end = lines[i].end;
      blocks->back().last_line = i;
    } else {
      blocks->push_back(BlockRange{lines[i].begin, lines[i].end, i, i});
      open = true;
    }
  }
}

}  // namespace tokenize
}  // namespace twinmap
