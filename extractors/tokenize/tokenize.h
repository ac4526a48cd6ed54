// tokenize: a page's text -> blocks, lines, sentences and tokens.
//
// Segment() takes the UTF-8 text layer of one page and the OffsetMap from that
// text to the raw page bytes, and cuts the text four ways at once:
//   - lines:     split at "\n", "\r\n" and "\r"; the break is not part of the
//                line; numbered from 1. A final line break does not open an
//                empty last line ("a\n" has one line, "a\n\nb" has three).
//   - blocks:    maximal runs of non-blank lines. A blank line holds only
//                Unicode White_Space (so NBSP and U+3000 lines are blank).
//   - sentences: ICU sentence boundaries inside each block, trimmed of
//                surrounding white space. ICU ends a sentence at every line
//                break, so a sentence never spans two lines.
//   - tokens:    ICU word boundaries (its dictionary splits Han and kana
//                runs; Hangul and Latin runs stay whole). White space and line
//                breaks are tokens too, so the tokens tile the text in order
//                with no gap. A U+FFFD that touches a word joins that word
//                ("Pr\uFFFDfecture" stays one token): it stands for a letter
//                the decoder could not read.
//
// Example: "Nancy et\n\n22 août 2017." gives
//   lines     1 "Nancy et", 2 "", 3 "22 août 2017."
//   blocks    "Nancy et" (lines 1-1), "22 août 2017." (lines 3-3)
//   sentences "Nancy et" (block 0), "22 août 2017." (block 1)
//   tokens    Nancy/word 1:1, " "/space 1:6, et/word 1:7, "\n"/space 1:9,
//             "\n"/space 2:1, 22/number 3:1, " "/space 3:3, août/word 3:4,
//             " "/space 3:8, 2017/number 3:9, "."/punctuation 3:13
//
// Every item carries two spans: `text` into the UTF-8 text given to
// Segment(), and `raw` = text_to_raw.ToInput(text) into the raw page bytes.
// With the identity map, raw == text.
//
// Speed: this is the hot path of the pipeline. Segment() converts the text to
// UTF-16 once, runs one word and one sentence iterator over it (each cloned
// once per thread from a process-wide prototype) and allocates nothing per
// token. The word iterator reads only the stretches that are not ASCII; ASCII
// is cut by the same rules without ICU (ascii_words.h), with the same
// result. It is safe to call from several threads at once.
#ifndef TWINMAP_TOKENIZE_TOKENIZE_H_
#define TWINMAP_TOKENIZE_TOKENIZE_H_

#include <cstdint>
#include <string_view>
#include <vector>

#include "base/offset_map.h"
#include "base/span.h"
#include "base/status.h"

namespace twinmap {
namespace tokenize {

enum class TokenKind : uint8_t {
  kWord,         // letters, kana or ideographs (ICU letter/kana/ideo status)
  kNumber,       // ICU's number status: "2007", "4.6", "21,473"
  kPunctuation,  // no word status and the first character is punctuation
  kSpace,        // white space and line breaks only
  kSymbol,       // anything else: "+", "&", "€", a lone U+FFFD
};

// Script of a token: that of its first character whose script is not Common
// or Inherited; kCommon when there is none (digits, punctuation, spaces).
enum class Script : uint8_t {
  kCommon,
  kLatin,
  kHan,
  kHangul,
  kKana,  // Hiragana or Katakana
  kCyrillic,
  kArabic,
  kOther,
};

// Index value for "none": a space token between two blocks has block ==
// kNoIndex; a space token between sentences has sentence == kNoIndex.
inline constexpr uint32_t kNoIndex = 0xFFFFFFFFu;

struct Token {
  Span text;  // into the UTF-8 text
  Span raw;   // into the raw page bytes
  TokenKind kind;
  Script script;
  uint32_t line;      // 1-based number of the line the token starts on
  uint32_t column;    // 1-based, in code points from that line's start
  uint32_t block;     // index into Segmentation::blocks, or kNoIndex
  uint32_t sentence;  // index into Segmentation::sentences, or kNoIndex
};

struct Line {
  Span text;  // without the line break
  Span raw;
  uint32_t number;  // 1-based
};

struct Block {
  Span text;  // from the start of first_line to the end of last_line
  Span raw;
  uint32_t first_line;  // line numbers, 1-based, inclusive
  uint32_t last_line;
};

struct Sentence {
  Span text;  // never empty, no leading or trailing white space
  Span raw;
  uint32_t block;  // index into Segmentation::blocks
};

// All four cuts of one text, each vector in text order.
struct Segmentation {
  std::vector<Block> blocks;
  std::vector<Line> lines;
  std::vector<Sentence> sentences;
  std::vector<Token> tokens;
};

// Segments `text` (UTF-8; an invalid byte is read as U+FFFD, never a crash).
// `text_to_raw` must map exactly text.size() bytes.
// Errors: InvalidArgument when the map does not fit the text; TooLarge past
// 2^31 - 1 bytes (ICU indexes text with int32_t); Internal when ICU cannot
// build its break iterators (missing ICU data).
// Memory: about 56 bytes per token, plus per-thread scratch of 6 bytes per
// text byte that is kept for the next call.
Result<Segmentation> Segment(std::string_view text,
                             const OffsetMap& text_to_raw);

// Same, reusing the vectors of `*out` (cleared first) to save allocations
// when segmenting many pages in a row. On error `*out` is left empty.
Status SegmentInto(std::string_view text, const OffsetMap& text_to_raw,
                   Segmentation* out);

// "word", "number", "punctuation", "space", "symbol".
const char* ToString(TokenKind kind);
// "common", "latin", "han", "hangul", "kana", "cyrillic", "arabic", "other".
const char* ToString(Script script);

// Script of one code point, with the same meaning as Token::script
// (kCommon for Common and Inherited characters).
Script ScriptOf(char32_t c);

}  // namespace tokenize
}  // namespace twinmap

#endif  // TWINMAP_TOKENIZE_TOKENIZE_H_
