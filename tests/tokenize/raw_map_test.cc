// Raw spans go through the caller's OffsetMap when it is not the identity.
#include <catch2/catch.hpp>

#include "base/offset_map.h"
#include "tokenize/tokenize.h"

namespace twinmap {
namespace tokenize {
namespace {

TEST_CASE("Each character from two raw bytes: raw spans are doubled") {
  // The raw page was UTF-16LE: every ASCII character came from 2 bytes.
  std::string text = "Hauts -de-\nSeine 12.";
  std::string raw;
  OffsetMap map;
  for (size_t i = 0; i < text.size(); ++i) {
    raw += text[i];
    raw += '\0';
    map.AddUnit(2 * i, 2, 1);
  }
  map.Finish(raw.size());
  Result<Segmentation> s = Segment(text, map);
  REQUIRE(s.ok());
  REQUIRE(!s->tokens.empty());
  for (const Token& t : s->tokens) {
    CHECK(t.raw == Span{2 * t.text.begin, 2 * t.text.end});
    // The raw bytes are the token's characters, each followed by a zero.
    std::string expected;
    for (char c : t.text.In(text)) expected += std::string{c, '\0'};
    CHECK(t.raw.In(raw) == expected);
  }
  for (const Line& l : s->lines) {
    CHECK(l.raw == Span{2 * l.text.begin, 2 * l.text.end});
  }
  for (const Block& b : s->blocks) {
    CHECK(b.raw == Span{2 * b.text.begin, 2 * b.text.end});
  }
  for (const Sentence& x : s->sentences) {
    CHECK(x.raw == Span{2 * x.text.begin, 2 * x.text.end});
  }
}

TEST_CASE("Latin-1 raw bytes: a two-byte é maps back to one raw byte") {
  std::string raw = "P\xE9kin 2007";       // Latin-1
  std::string text = "P\xC3\xA9kin 2007";  // UTF-8
  OffsetMap map;
  map.AddUnit(0, 1, 1);
  map.AddUnit(1, 1, 2);
  map.AddUnit(2, raw.size() - 2, raw.size() - 2);
  map.Finish(raw.size());
  Result<Segmentation> s = Segment(text, map);
  REQUIRE(s.ok());
  REQUIRE(s->tokens.size() == 3);
  CHECK(s->tokens[0].raw.In(raw) == "P\xE9kin");
  CHECK(s->tokens[2].raw.In(raw) == "2007");
  CHECK(s->tokens[2].raw == Span{6, 10});
  CHECK(s->tokens[2].column == 7);
}

TEST_CASE("A dropped byte-order mark shifts raw spans by three") {
  std::string text = "Nancy et Kunming";
  std::string raw = "\xEF\xBB\xBF" + text;
  OffsetMap map;
  map.AddUnit(3, text.size(), text.size());
  map.Finish(raw.size());
  Result<Segmentation> s = Segment(text, map);
  REQUIRE(s.ok());
  for (const Token& t : s->tokens) {
    CHECK(t.raw == Span{t.text.begin + 3, t.text.end + 3});
    CHECK(t.raw.In(raw) == t.text.In(text));
  }
  REQUIRE(s->lines.size() == 1);
  CHECK(s->lines[0].raw == Span{3, raw.size()});
}

TEST_CASE("A map of the wrong size is an invalid argument") {
  std::string text = "abc";
  Segmentation out;
  out.tokens.resize(4);  // must be cleared on error
  Status status = SegmentInto(text, OffsetMap::Identity(2), &out);
  CHECK(status.code() == Status::Code::kInvalidArgument);
  CHECK(status.message().find("3") != std::string::npos);
  CHECK(out.tokens.empty());
  CHECK_FALSE(Segment(text, OffsetMap::Identity(4)).ok());
}

TEST_CASE("SegmentInto reuses the output and matches Segment") {
  std::string first = "Une phrase. Une autre.\n\nTrois";
  std::string second = "Deux mots";
  Segmentation out;
  REQUIRE(SegmentInto(first, OffsetMap::Identity(first.size()), &out).ok());
  REQUIRE(SegmentInto(second, OffsetMap::Identity(second.size()), &out).ok());
  Result<Segmentation> fresh =
      Segment(second, OffsetMap::Identity(second.size()));
  REQUIRE(fresh.ok());
  REQUIRE(out.tokens.size() == fresh->tokens.size());
  for (size_t i = 0; i < out.tokens.size(); ++i) {
    CHECK(out.tokens[i].text == fresh->tokens[i].text);
    CHECK(out.tokens[i].kind == fresh->tokens[i].kind);
  }
  CHECK(out.blocks.size() == 1);
  CHECK(out.sentences.size() == 1);
  CHECK(out.lines.size() == 1);
}

}  // namespace
}  // namespace tokenize
}  // namespace twinmap
