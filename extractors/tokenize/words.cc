#include "tokenize/words.h"

#include <algorithm>
#include <cstdint>

#include "tokenize/icu_adapter.h"
#include "tokenize/word_segments.h"

namespace twinmap {
namespace tokenize {
namespace {

constexpr char16_t kReplacement = 0xFFFD;

bool AllReplacement(const char16_t* units, int32_t size) {
  for (int32_t i = 0; i < size; ++i) {
    if (units[i] != kReplacement) return false;
  }
  return true;
}

int32_t CountLowSurrogates(const char16_t* units, int32_t size) {
  int32_t count = 0;
  for (int32_t i = 0; i < size; ++i) count += (units[i] & 0xFC00) == 0xDC00;
  return count;
}

// What the previous token was, for joining U+FFFD to the word it touches.
struct JoinState {
  bool word = false;              // previous token is a word
  bool replacement_run = false;   // previous token is only U+FFFD
  bool ends_replacement = false;  // previous token ends with U+FFFD
};

}  // namespace

Status FindTokens(const Utf16Text& u16, const std::vector<LineRange>& lines,
                  const std::vector<BlockRange>& blocks,
                  const std::vector<SentenceRange>& sentences,
                  const RawMapper& raw, std::vector<Token>* tokens) {
  const char16_t* units = u16.units.data();
  const uint32_t* to_utf8 = u16.to_utf8.data();

  WordSegmenter segmenter;
  Status started = segmenter.Start(units, u16.size);
  if (!started.ok()) return started;

  // Latin text averages a little over three units per token (word + space);
  // CJK text (three UTF-8 bytes per unit) has nearer one token per two
  // units, hence the second term, which is small for Latin text.
  const size_t utf8_size = to_utf8[u16.size];
  const size_t units_size = static_cast<size_t>(u16.size);
  tokens->reserve(tokens->size() + units_size / 3 +
                  (utf8_size - units_size) / 2 + 16);
  // Everything the loop reads is copied to locals first: GCC lets any
  // pointer store (such as the vector's end after emplace_back) alias the
  // vectors' own pointers, and reloaded them all once per token.
  const bool join = u16.has_replacement;
  const bool supplementary = u16.has_supplementary;
  const bool identity = raw.identity();
  const LineRange* const line_at = lines.data();
  const size_t line_count = lines.size();
  const BlockRange* const block_at = blocks.data();
  const size_t block_count = blocks.size();
  const SentenceRange* const sentence_at = sentences.data();
  const size_t sentence_count = sentences.size();
  JoinState previous;
  size_t li = 0, bi = 0, si = 0;
  // Low surrogates before the current token and before the current line:
  // their difference turns a unit distance into a code point column.
  int64_t surrogates = 0, surrogates_at_line = 0;
  // The line, block and sentence of the current token stay those of the
  // previous one until a token starts at or after `next_change` (the next
  // line start, or where the current block or sentence ends or the next one
  // begins), so the cursors are moved only then, not once per token.
  uint32_t block = kNoIndex, sentence = kNoIndex;
  int32_t next_change = 0;
  // Segments come from ICU in batches, so this loop makes no calls. Each
  // batch's tokens are made room for at once and written through a pointer:
  // emplace_back per token checked the capacity and moved the vector's end
  // each time.
  constexpr int32_t kBatch = 64;
  icu_adapter::WordSegment batch[kBatch];
  size_t count = tokens->size();
  int32_t a = 0;
  uint64_t utf8_a = to_utf8[0];  // to_utf8[a], carried from the last token
  int32_t n;
  while ((n = segmenter.Next(batch, kBatch)) > 0) {
    tokens->resize(count + static_cast<size_t>(n));
    Token* const out = tokens->data();
    for (int32_t k = 0; k < n; a = batch[k].end, ++k) {
      const int32_t b = batch[k].end;
      const TokenKind kind = batch[k].kind;
      const Script script = batch[k].script;
      const uint64_t utf8_b = to_utf8[b];
      const uint64_t begin = utf8_a;
      utf8_a = utf8_b;
      int32_t surrogates_here =
          supplementary ? CountLowSurrogates(units + a, b - a) : 0;

      if (join) {
        bool run =
            kind == TokenKind::kSymbol && AllReplacement(units + a, b - a);
        bool word = kind == TokenKind::kWord;
        bool joins = count > 0 &&
                     ((run && (previous.word || previous.replacement_run)) ||
                      (word && previous.ends_replacement));
        if (joins) {
          Token& last = out[count - 1];
          last.text.end = utf8_b;
          last.raw = raw(last.text);
          if (word) last.kind = TokenKind::kWord;
          if (last.script == Script::kCommon) last.script = script;
          previous.word = last.kind == TokenKind::kWord;
          previous.replacement_run = previous.replacement_run && run;
          previous.ends_replacement = run;
          surrogates += surrogates_here;
          continue;
        }
        previous = JoinState{word, run, run};
      }

      if (a >= next_change) {
        // Every line start is a word boundary (ICU breaks after CR and LF),
        // so the token that opens a line is the one that crosses its start.
        while (li + 1 < line_count && line_at[li + 1].begin <= a) {
          ++li;
          surrogates_at_line = surrogates;
        }
        next_change = li + 1 < line_count ? line_at[li + 1].begin : INT32_MAX;
        while (bi < block_count && block_at[bi].end <= a) ++bi;
        block = kNoIndex;
        if (bi < block_count) {
          const bool inside = block_at[bi].begin <= a;
          if (inside) block = static_cast<uint32_t>(bi);
          next_change = std::min(
              next_change, inside ? block_at[bi].end : block_at[bi].begin);
        }
        while (si < sentence_count && sentence_at[si].end <= a) ++si;
        sentence = kNoIndex;
        if (si < sentence_count) {
          const bool inside = sentence_at[si].begin <= a;
          if (inside) sentence = static_cast<uint32_t>(si);
          next_change = std::min(next_change, inside ? sentence_at[si].end
                                                     : sentence_at[si].begin);
        }
      }
      const uint32_t column = static_cast<uint32_t>(
          (a - line_at[li].begin) - (surrogates - surrogates_at_line) + 1);
      surrogates += surrogates_here;

      // Field by field: building a Token on the stack and copying it stalled
      // on store forwarding. Likewise the raw span is written as two
      // integers, not a Span copy.
      Token& token = out[count++];
      token.text.begin = begin;
      token.text.end = utf8_b;
      if (identity) {
        token.raw.begin = begin;
        token.raw.end = utf8_b;
      } else {
        token.raw = raw(token.text);
      }
      token.kind = kind;
      token.script = script;
      token.line = static_cast<uint32_t>(li + 1);
      token.column = column;
      token.block = block;
      token.sentence = sentence;
    }
  }
  tokens->resize(count);  // drops the room left by joined segments
  return segmenter.status();
}

}  // namespace tokenize
}  // namespace twinmap
