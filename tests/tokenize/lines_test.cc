// FindLines / FindBlocks over UTF-16 units (the internal line scanner).
#include "tokenize/lines.h"

#include <catch2/catch.hpp>

namespace twinmap {
namespace tokenize {
namespace {

std::vector<std::pair<int32_t, int32_t>> Lines(const std::u16string& text) {
  std::vector<LineRange> lines;
  FindLines(text.data(), static_cast<int32_t>(text.size()), &lines);
  std::vector<std::pair<int32_t, int32_t>> out;
  for (const LineRange& l : lines) out.emplace_back(l.begin, l.end);
  return out;
}

TEST_CASE("FindLines splits at LF, CRLF and CR") {
  using P = std::pair<int32_t, int32_t>;
  CHECK(Lines(u"").empty());
  CHECK(Lines(u"a") == std::vector<P>{{0, 1}});
  CHECK(Lines(u"\n") == std::vector<P>{{0, 0}});
  CHECK(Lines(u"a\n") == std::vector<P>{{0, 1}});
  CHECK(Lines(u"a\n\nb") == std::vector<P>{{0, 1}, {2, 2}, {3, 4}});
  CHECK(Lines(u"ab\r\n\n \ncd") ==
        std::vector<P>{{0, 2}, {4, 4}, {5, 6}, {7, 9}});
  CHECK(Lines(u"a\r\rb") == std::vector<P>{{0, 1}, {2, 2}, {3, 4}});
  CHECK(Lines(u"a\n\r") == std::vector<P>{{0, 1}, {2, 2}});
  // U+2028 and U+0085 are not line breaks here (ICU still ends sentences).
  CHECK(Lines(u"a\u2028b\u0085c") == std::vector<P>{{0, 5}});
}

// The plain definition, one unit at a time, to check the four-unit scan.
std::vector<std::pair<int32_t, int32_t>> NaiveLines(const std::u16string& t) {
  std::vector<std::pair<int32_t, int32_t>> out;
  int32_t begin = 0, n = static_cast<int32_t>(t.size());
  for (int32_t i = 0; i < n; ++i) {
    if (t[i] != u'\n' && t[i] != u'\r') continue;
    out.emplace_back(begin, i);
    if (t[i] == u'\r' && i + 1 < n && t[i + 1] == u'\n') ++i;
    begin = i + 1;
  }
  if (begin < n) out.emplace_back(begin, n);
  return out;
}

TEST_CASE("FindLines agrees with a unit-by-unit scan on generated texts") {
  // Units around the CR/LF range and above the sign bit of a 16-bit lane.
  const char16_t alphabet[] = {
      u'a', u'\n',     u'\r',     u'\t',     u'\v',     u'\x0e',  u'\x0d',
      u' ', u'\u00e9', u'\u4e2d', u'\uac00', u'\ufffd', u'\x8d0a'};
  uint32_t state = 12345;
  for (int round = 0; round < 5000; ++round) {
    std::u16string text;
    state = state * 1103515245u + 12345u;
    size_t length = (state >> 16) % 24;
    for (size_t i = 0; i < length; ++i) {
      state = state * 1103515245u + 12345u;
      text += alphabet[(state >> 16) % (sizeof alphabet / sizeof alphabet[0])];
    }
    REQUIRE(Lines(text) == NaiveLines(text));
  }
}

TEST_CASE("FindBlocks groups non-blank lines") {
  std::u16string text = u"ab\r\n\n \ncd\ne\n\u3000\u00a0\nf";
  std::vector<LineRange> lines;
  FindLines(text.data(), static_cast<int32_t>(text.size()), &lines);
  std::vector<BlockRange> blocks;
  FindBlocks(text.data(), lines, &blocks);
  REQUIRE(blocks.size() == 3);
  CHECK(blocks[0].begin == 0);
  CHECK(blocks[0].end == 2);
  CHECK(blocks[0].first_line == 0);
  CHECK(blocks[0].last_line == 0);
  CHECK(blocks[1].begin == 7);
  CHECK(blocks[1].end == 11);
  CHECK(blocks[1].first_line == 3);
  CHECK(blocks[1].last_line == 4);
  CHECK(blocks[2].first_line == 6);
  CHECK(blocks[2].last_line == 6);
}

TEST_CASE("A line holding only a zero-width space is not blank") {
  // U+200B is not White_Space: the line is text, if invisible.
  std::u16string text = u"a\n\u200b\nb";
  std::vector<LineRange> lines;
  FindLines(text.data(), static_cast<int32_t>(text.size()), &lines);
  std::vector<BlockRange> blocks;
  FindBlocks(text.data(), lines, &blocks);
  CHECK(blocks.size() == 1);
}

}  // namespace
}  // namespace tokenize
}  // namespace twinmap
