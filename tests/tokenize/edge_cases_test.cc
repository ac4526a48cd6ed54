// Texts at the edges: empty, only white space, line-break styles, very long
// lines, characters outside the BMP.
#include <catch2/catch.hpp>
#include <thread>

#include "tokenize/segment_text.h"

namespace twinmap {
namespace tokenize {
namespace {

using testing::SegmentText;

TEST_CASE("Empty text has no lines, blocks, sentences or tokens") {
  Segmentation s = SegmentText("");
  CHECK(s.lines.empty());
  CHECK(s.blocks.empty());
  CHECK(s.sentences.empty());
  CHECK(s.tokens.empty());
}

TEST_CASE("Text of only white space has lines and space tokens, no block") {
  // Spaces, a tab, NBSP and IDEOGRAPHIC SPACE over three lines.
  std::string text = "  \t\n\xC2\xA0\n\xE3\x80\x80 ";
  Segmentation s = SegmentText(text);
  CHECK(s.lines.size() == 3);
  CHECK(s.blocks.empty());
  CHECK(s.sentences.empty());
  REQUIRE(!s.tokens.empty());
  uint64_t at = 0;
  for (const Token& t : s.tokens) {
    CHECK(t.kind == TokenKind::kSpace);
    CHECK(t.block == kNoIndex);
    CHECK(t.sentence == kNoIndex);
    CHECK(t.text.begin == at);
    at = t.text.end;
  }
  CHECK(at == text.size());
}

TEST_CASE("LF, CRLF and CR all end lines, a final break opens none") {
  std::string text = "one\ntwo\r\nthree\rfour\n";
  Segmentation s = SegmentText(text);
  REQUIRE(s.lines.size() == 4);
  CHECK(s.lines[0].text.In(text) == "one");
  CHECK(s.lines[1].text.In(text) == "two");
  CHECK(s.lines[2].text.In(text) == "three");
  CHECK(s.lines[3].text.In(text) == "four");
  const Token* four = testing::FindToken(text, s, "four");
  REQUIRE(four != nullptr);
  CHECK(four->line == 4);
  CHECK(four->column == 1);
  const Token* crlf = testing::FindToken(text, s, "\r\n");
  REQUIRE(crlf != nullptr);
  CHECK(crlf->line == 2);
  CHECK(crlf->column == 4);
  REQUIRE(s.blocks.size() == 1);
  CHECK(s.blocks[0].first_line == 1);
  CHECK(s.blocks[0].last_line == 4);
}

TEST_CASE("Blank lines separate blocks, including lines of NBSP") {
  std::string text = "a\n\nb\n \xC2\xA0 \nc\nd";
  Segmentation s = SegmentText(text);
  REQUIRE(s.blocks.size() == 3);
  CHECK(s.blocks[0].text.In(text) == "a");
  CHECK(s.blocks[1].text.In(text) == "b");
  CHECK(s.blocks[2].text.In(text) == "c\nd");
  CHECK(s.blocks[2].first_line == 5);
  CHECK(s.blocks[2].last_line == 6);
}

TEST_CASE("Columns count a character outside the BMP once") {
  std::string text = "\xF0\x9F\x98\x80 ab \xF0\xA0\x80\x80x";  // 😀 ab 𠀀x
  Segmentation s = SegmentText(text);
  const Token* ab = testing::FindToken(text, s, "ab");
  REQUIRE(ab != nullptr);
  CHECK(ab->column == 3);
  const Token* x = testing::FindToken(text, s, "x");
  REQUIRE(x != nullptr);
  CHECK(x->column == 7);
  const Token* han = testing::FindToken(text, s, "\xF0\xA0\x80\x80");
  REQUIRE(han != nullptr);
  CHECK(han->script == Script::kHan);
}

TEST_CASE("A very long single line (4 MB) is segmented whole") {
  std::string unit = "Nancy et Kunming ont sign\xC3\xA9 la lettre. ";
  std::string text;
  while (text.size() < (4u << 20)) text += unit;
  Segmentation s = SegmentText(text);
  CHECK(s.lines.size() == 1);
  CHECK(s.blocks.size() == 1);
  size_t repeats = text.size() / unit.size();
  CHECK(s.sentences.size() == repeats);
  // 7 words, 1 period and 7 spaces per repeat.
  CHECK(s.tokens.size() == repeats * 15);
  CHECK(s.tokens.back().text.end == text.size());
  CHECK(s.tokens.back().line == 1);
  // The last token (a space) is the 38th character of the last repeat: é
  // counts as one.
  CHECK(s.tokens.back().column == (repeats - 1) * 38 + 38);
}

TEST_CASE("Threads segment at the same time with their own iterators") {
  std::string text =
      "Le 22 ao\xC3\xBBt 2017. 安徽省合肥市 홈페이지\n\nSecond block.";
  Segmentation expected = SegmentText(text);
  std::vector<std::thread> threads;
  std::vector<int> same(4, 0);
  for (int i = 0; i < 4; ++i) {
    threads.emplace_back([&, i] {
      bool ok = true;
      for (int k = 0; k < 50; ++k) {
        Result<Segmentation> s =
            Segment(text, OffsetMap::Identity(text.size()));
        ok = ok && s.ok() && s->tokens.size() == expected.tokens.size() &&
             s->sentences.size() == expected.sentences.size();
      }
      same[i] = ok;
    });
  }
  for (std::thread& t : threads) t.join();
  CHECK(same == std::vector<int>{1, 1, 1, 1});
}

}  // namespace
}  // namespace tokenize
}  // namespace twinmap
