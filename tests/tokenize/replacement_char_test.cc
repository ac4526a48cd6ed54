// U+FFFD (a character the decoder could not read) and invalid UTF-8 bytes.
#include <catch2/catch.hpp>

#include "tokenize/segment_text.h"

namespace twinmap {
namespace tokenize {
namespace {

using testing::NonSpaceTokens;
using testing::SegmentText;

const std::string kFffd = "\xEF\xBF\xBD";

TEST_CASE("U+FFFD inside a word joins the word") {
  std::string text = "Pr" + kFffd + "fecture";
  Segmentation s = SegmentText(text);
  REQUIRE(s.tokens.size() == 1);
  CHECK(s.tokens[0].kind == TokenKind::kWord);
  CHECK(s.tokens[0].script == Script::kLatin);
  CHECK(s.tokens[0].text == Span{0, text.size()});
  CHECK(s.tokens[0].raw == Span{0, text.size()});
}

TEST_CASE("U+FFFD at the start or end of a word joins the word") {
  std::string text = kFffd + kFffd + "cole caf" + kFffd + " du";
  Segmentation s = SegmentText(text);
  CHECK(NonSpaceTokens(text, s) ==
        std::vector<std::string>{kFffd + kFffd + "cole", "caf" + kFffd, "du"});
  CHECK(s.tokens[0].kind == TokenKind::kWord);
  CHECK(s.tokens[0].script == Script::kLatin);
  CHECK(s.tokens[2].kind == TokenKind::kWord);
  // Columns after the joined tokens still count code points.
  CHECK(s.tokens[4].column == 13);  // "du"
}

TEST_CASE("A lone U+FFFD is a symbol and does not join numbers") {
  std::string text = "12 " + kFffd + " 3" + kFffd;
  Segmentation s = SegmentText(text);
  CHECK(NonSpaceTokens(text, s) ==
        std::vector<std::string>{"12", kFffd, "3", kFffd});
  CHECK(s.tokens[2].kind == TokenKind::kSymbol);
}

TEST_CASE("An invalid byte inside a word stays in the word, spans on bytes") {
  // "Pr\xE9fet": Latin-1 é that was never decoded.
  std::string text =
      "Le Pr\xE9"
      "fet";
  Segmentation s = SegmentText(text);
  REQUIRE(s.tokens.size() == 3);
  CHECK(s.tokens[2].text == Span{3, 9});
  CHECK(s.tokens[2].raw == Span{3, 9});
  CHECK(s.tokens[2].kind == TokenKind::kWord);
}

TEST_CASE("Truncated and stray UTF-8 sequences never crash") {
  const std::string inputs[] = {
      "\xC3",
      "\xE4\xB8",
      "\xF0\x9F\x98",
      "\x80\x80"
      "abc",
      "ab\xFF\xFE"
      "cd",
      "\xED\xA0\x80",
      "\xC0\xAF",
      "a\xF4\x90\x80\x80",
  };
  for (const std::string& text : inputs) {
    Segmentation s = SegmentText(text);
    uint64_t at = 0;
    for (const Token& t : s.tokens) {
      CHECK(t.text.begin == at);
      at = t.text.end;
    }
    CHECK(at == text.size());
  }
}

}  // namespace
}  // namespace tokenize
}  // namespace twinmap
