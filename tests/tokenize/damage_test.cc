// Text damaged by PDF extraction keeps its tokens and spans as they are.
#include <catch2/catch.hpp>

#include "tokenize/corpus_pages.h"
#include "tokenize/segment_text.h"

namespace twinmap {
namespace tokenize {
namespace {

using testing::SegmentText;

TEST_CASE("Hauts -de- across a line break keeps every piece") {
  std::string text = "Hauts -de- \nSeine";
  Segmentation s = SegmentText(text);
  std::vector<std::string> texts;
  std::vector<TokenKind> kinds;
  for (const Token& t : s.tokens) {
    texts.emplace_back(t.text.In(text));
    kinds.push_back(t.kind);
    CHECK(t.raw == t.text);
  }
  CHECK(texts == std::vector<std::string>{"Hauts", " ", "-", "de", "-", " ",
                                          "\n", "Seine"});
  CHECK(kinds ==
        std::vector<TokenKind>{TokenKind::kWord, TokenKind::kSpace,
                               TokenKind::kPunctuation, TokenKind::kWord,
                               TokenKind::kPunctuation, TokenKind::kSpace,
                               TokenKind::kSpace, TokenKind::kWord});
  CHECK(s.tokens.back().line == 2);
  CHECK(s.tokens.back().column == 1);
  REQUIRE(s.blocks.size() == 1);
  CHECK(s.blocks[0].text.In(text) == text);
  REQUIRE(s.lines.size() == 2);
  CHECK(s.lines[0].text.In(text) == "Hauts -de- ");
}

TEST_CASE("Hauts -de- Seine in page 000 is intact in its block") {
  const auto& page = twinmap::testing::CorpusPageStartingWith("000");
  Segmentation s = SegmentText(page.text);
  const std::string damaged = "Hauts -de- \nSeine";
  size_t at = page.text.find(damaged);
  REQUIRE(at != std::string::npos);
  // The tokens covering the damaged text rebuild it exactly.
  std::string rebuilt;
  for (const Token& t : s.tokens) {
    if (t.text.begin >= at && t.text.end <= at + damaged.size()) {
      rebuilt += t.raw.In(page.text);
    }
  }
  CHECK(rebuilt == damaged);
  // And one block holds all of it.
  bool in_one_block = false;
  for (const Block& b : s.blocks) {
    in_one_block |= b.text.Contains(Span{at, at + damaged.size()});
  }
  CHECK(in_one_block);
}

TEST_CASE("Hyphenated names and URLs split at ICU word boundaries") {
  std::string text = "Saône-et-Loire www.henan.gov.cn";
  Segmentation s = SegmentText(text);
  CHECK(testing::NonSpaceTokens(text, s) ==
        std::vector<std::string>{"Saône", "-", "et", "-", "Loire",
                                 "www.henan.gov.cn"});
}

}  // namespace
}  // namespace tokenize
}  // namespace twinmap
