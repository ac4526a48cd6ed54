// Lines and blocks of a UTF-16 text, in UTF-16 unit offsets.
//
// Segment() finds them before the word pass so that each token can be given
// its line, column and block with forward-moving cursors.
//   "ab\r\n\n \ncd" -> lines [0,2) [4,4) [5,6) [7,9)
//                   -> blocks [0,2) lines 0-0, [7,9) lines 3-3
#ifndef TWINMAP_TOKENIZE_LINES_H_
#define TWINMAP_TOKENIZE_LINES_H_

#include <cstdint>
#include <vector>

namespace twinmap {
namespace tokenize {

struct LineRange {
  int32_t begin;  // first unit of the line
  int32_t end;    // the line break (or the text end); the break is excluded
};

struct BlockRange {
  int32_t begin;        // begin of the first line
  int32_t end;          // end of the last line
  uint32_t first_line;  // 0-based line indices, inclusive
  uint32_t last_line;
};

// Splits at "\n", "\r\n" and "\r". A break at the very end opens no new line;
// an empty text has no lines. Replaces the contents of `*lines`.
void FindLines(const char16_t* units, int32_t size,
               std::vector<LineRange>* lines);

// Groups maximal runs of non-blank lines (a blank line holds only White_Space)
// into blocks. Replaces the contents of `*blocks`.
void FindBlocks(const char16_t* units, const std::vector<LineRange>& lines,
                std::vector<BlockRange>* blocks);

}  // namespace tokenize
}  // namespace twinmap

#endif  // TWINMAP_TOKENIZE_LINES_H_
