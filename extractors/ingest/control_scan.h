// Internal to ingest: finds the control characters that make a text binary.
#ifndef TWINMAP_INGEST_CONTROL_SCAN_H_
#define TWINMAP_INGEST_CONTROL_SCAN_H_

#include <cstdint>
#include <string_view>

namespace twinmap::ingest {

// C0 controls in a UTF-8 text. NUL is counted apart; tab, line feed, form
// feed and carriage return are text and not counted at all.
struct ControlScan {
  uint64_t nuls = 0;
  uint64_t first_nul = 0;       // text offset; meaningful when nuls > 0
  uint64_t controls = 0;        // other C0 controls (0x01-0x1F less \t\n\f\r)
  uint64_t first_control = 0;   // text offset; meaningful when controls > 0
  uint64_t characters = 0;      // code points in the text
};

// `text` must be UTF-8 (characters are counted as non-continuation bytes).
ControlScan ScanControls(std::string_view text);

}  // namespace twinmap::ingest

#endif  // TWINMAP_INGEST_CONTROL_SCAN_H_
