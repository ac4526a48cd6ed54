// Sentences of a UTF-16 text, in UTF-16 unit offsets.
//
// ICU sentence segments inside each block, trimmed of White_Space; segments
// left empty by trimming are dropped.
//   block "Hosting it. Propose it" -> "Hosting it." "Propose it"
#ifndef TWINMAP_TOKENIZE_SENTENCES_H_
#define TWINMAP_TOKENIZE_SENTENCES_H_

#include <cstdint>
#include <vector>

#include "base/status.h"
#include "tokenize/lines.h"

namespace twinmap {
namespace tokenize {

struct SentenceRange {
  int32_t begin;
  int32_t end;
  uint32_t block;  // index into the blocks given to FindSentences
};

// Replaces the contents of `*sentences`. Fails only when ICU does.
Status FindSentences(const char16_t* units, const std::vector<LineRange>& lines,
                     const std::vector<BlockRange>& blocks,
                     std::vector<SentenceRange>* sentences);

}  // namespace tokenize
}  // namespace twinmap

#endif  // TWINMAP_TOKENIZE_SENTENCES_H_
