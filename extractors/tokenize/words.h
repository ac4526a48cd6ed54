// Word tokens of a UTF-16 text, with their line, column, block and sentence.
//
// Takes the segments of ICU's word breaker over the whole text (from
// WordSegmenter, which asks ICU only where the text is not ASCII) and
// appends one Token per segment (see Token in tokenize.h), so the tokens
// tile the text.
// Lines, blocks and sentences must come from the same text; they are walked
// with forward cursors, so each token costs O(1) beyond ICU's own work.
#ifndef TWINMAP_TOKENIZE_WORDS_H_
#define TWINMAP_TOKENIZE_WORDS_H_

#include <vector>

#include "base/status.h"
#include "tokenize/lines.h"
#include "tokenize/raw_mapper.h"
#include "tokenize/sentences.h"
#include "tokenize/tokenize.h"
#include "tokenize/utf16_text.h"

namespace twinmap {
namespace tokenize {

// Appends to `*tokens`. Fails only when ICU does.
Status FindTokens(const Utf16Text& u16, const std::vector<LineRange>& lines,
                  const std::vector<BlockRange>& blocks,
                  const std::vector<SentenceRange>& sentences,
                  const RawMapper& raw, std::vector<Token>* tokens);

}  // namespace tokenize
}  // namespace twinmap

#endif  // TWINMAP_TOKENIZE_WORDS_H_
