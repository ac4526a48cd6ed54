#include "ingest/control_scan.h"

#include <cstring>

static_assert(__BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__,
              "ScanControls reads bytes eight at a time as little-endian words");

namespace twinmap::ingest {
namespace {

constexpr uint64_t kLow7 = 0x7F7F7F7F7F7F7F7Full;
constexpr uint64_t kHigh = 0x8080808080808080ull;
constexpr uint64_t k0x60 = 0x6060606060606060ull;
// Bit b set for the C0 controls that are text: \t (9), \n (10), \f (12), \r (13).
constexpr uint32_t kTextControls = (1u << 9) | (1u << 10) | (1u << 12) | (1u << 13);

void ScanByte(unsigned char b, uint64_t offset, ControlScan* scan) {
  if (b == 0) {
    if (scan->nuls++ == 0) scan->first_nul = offset;
  } else if (((kTextControls >> b) & 1) == 0) {
    if (scan->controls++ == 0) scan->first_control = offset;
  }
}

// Sum of the eight byte lanes of `lanes`.
uint64_t SumLanes(uint64_t lanes) {
  constexpr uint64_t kEven = 0x00FF00FF00FF00FFull;
  lanes = (lanes & kEven) + ((lanes >> 8) & kEven);  // four 16-bit lanes
  return (lanes * 0x0001000100010001ull) >> 48;
}

}  // namespace

ControlScan ScanControls(std::string_view text) {
  ControlScan scan;
  const auto* p = reinterpret_cast<const unsigned char*>(text.data());
  const uint64_t n = text.size();
  uint64_t continuations = 0;
  uint64_t i = 0;
  // Eight bytes at a time. A byte is below 0x20 iff its low seven bits plus
  // 0x60 stay below 0x80 and its own high bit is clear (adding to the low
  // seven bits cannot carry into the next byte); only those bytes, usually
  // a line feed or none, are looked at one by one. Continuation bytes
  // (10xxxxxx) are counted alongside to turn bytes into characters.
  while (i + 8 <= n) {
    // Per-byte-lane counts of continuation bytes, summed every 255 words
    // before a lane can overflow (no popcount instruction in baseline x86-64).
    uint64_t lanes = 0;
    for (int words = 0; words < 255 && i + 8 <= n; ++words, i += 8) {
      uint64_t word;
      std::memcpy(&word, p + i, 8);
      lanes += (word & ~(word << 1) & kHigh) >> 7;
      uint64_t below_0x20 = ~(((word & kLow7) + k0x60) | word) & kHigh;
      while (below_0x20 != 0) {
        // Lowest set bit first is lowest address first on little-endian.
        const uint64_t k = i + (__builtin_ctzll(below_0x20) >> 3);
        ScanByte(p[k], k, &scan);
        below_0x20 &= below_0x20 - 1;
      }
    }
    continuations += SumLanes(lanes);
  }
  for (; i < n; ++i) {
    if ((p[i] & 0xC0) == 0x80) ++continuations;
    if (p[i] < 0x20) ScanByte(p[i], i, &scan);
  }
  scan.characters = n - continuations;
  return scan;
}

}  // namespace twinmap::ingest
