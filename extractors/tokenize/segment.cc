// Segment(): one UTF-16 conversion, one line scan, one sentence pass and one
// word pass per page, all in UTF-16 offsets; spans go back to UTF-8 through
// the conversion index and then to raw bytes through the caller's map.
#include <cstdint>
#include <string>

#include "tokenize/lines.h"
#include "tokenize/raw_mapper.h"
#include "tokenize/sentences.h"
#include "tokenize/tokenize.h"
#include "tokenize/utf16_text.h"
#include "tokenize/words.h"

namespace twinmap {
namespace tokenize {
namespace {

// Per-thread buffers, kept between pages so a page costs no allocation once
// the buffers have grown to the largest page seen.
struct Scratch {
  Utf16Text utf16;
  std::vector<LineRange> lines;
  std::vector<BlockRange> blocks;
  std::vector<SentenceRange> sentences;
};

}  // namespace

Status SegmentInto(std::string_view text, const OffsetMap& text_to_raw,
                   Segmentation* out) {
  out->blocks.clear();
  out->lines.clear();
  out->sentences.clear();
  out->tokens.clear();
  if (text_to_raw.out_size() != text.size()) {
    return Status::InvalidArgument("tokenize: the offset map covers " +
                                   std::to_string(text_to_raw.out_size()) +
                                   " text bytes but the text has " +
                                   std::to_string(text.size()));
  }
  if (text.size() > static_cast<size_t>(INT32_MAX)) {
    return Status::TooLarge("tokenize: a text of " +
                            std::to_string(text.size()) +
                            " bytes is over ICU's limit of 2147483647");
  }
  if (text.empty()) return Status::Ok();

  thread_local Scratch scratch;
  ConvertToUtf16(text, &scratch.utf16);
  const Utf16Text& u16 = scratch.utf16;
  const char16_t* units = u16.units.data();
  const uint32_t* to_utf8 = u16.to_utf8.data();
  FindLines(units, u16.size, &scratch.lines);
  FindBlocks(units, scratch.lines, &scratch.blocks);
  Status status =
      FindSentences(units, scratch.lines, scratch.blocks, &scratch.sentences);
  RawMapper raw(text_to_raw, text.size());
  if (status.ok()) {
    status = FindTokens(u16, scratch.lines, scratch.blocks, scratch.sentences,
                        raw, &out->tokens);
  }
  if (!status.ok()) {
    out->tokens.clear();
    return status;
  }

  out->lines.reserve(scratch.lines.size());
  for (size_t i = 0; i < scratch.lines.size(); ++i) {
    const LineRange& r = scratch.lines[i];
    Span span{to_utf8[r.begin], to_utf8[r.end]};
    out->lines.push_back(Line{span, raw(span), static_cast<uint32_t>(i + 1)});
  }
  out->blocks.reserve(scratch.blocks.size());
  for (const BlockRange& r : scratch.blocks) {
    Span span{to_utf8[r.begin], to_utf8[r.end]};
    out->blocks.push_back(
        Block{span, raw(span), r.first_line + 1, r.last_line + 1});
  }
  out->sentences.reserve(scratch.sentences.size());
  for (const SentenceRange& r : scratch.sentences) {
    Span span{to_utf8[r.begin], to_utf8[r.end]};
    out->sentences.push_back(Sentence{span, raw(span), r.block});
  }
  return Status::Ok();
}

Result<Segmentation> Segment(std::string_view text,
                             const OffsetMap& text_to_raw) {
  Segmentation segmentation;
  Status status = SegmentInto(text, text_to_raw, &segmentation);
  if (!status.ok()) return status;
  return segmentation;
}

}  // namespace tokenize
}  // namespace twinmap
