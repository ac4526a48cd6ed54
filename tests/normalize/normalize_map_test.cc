// The offset maps themselves: every output character maps back to exactly
// the input character(s) it came from, maps compose, and edge inputs (empty,
// marks only, invalid bytes) keep a sound map.
#include <catch2/catch.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "base/offset_map.h"
#include "map_checks.h"
#include "normalize/normalize.h"

namespace twinmap {
namespace normalize {
namespace {

struct MapRow {
  const char* what;
  std::string_view input;
  bool display;  // ToDisplay, else ToMatchKey
  std::string_view expected_text;
  std::vector<Span> expected;  // input span of each output character
};

const std::vector<MapRow>& MapRows() {
  static const std::vector<MapRow> rows = {
      {"fullwidth A then ASCII", "Ａ1", false, "a1", {{0, 3}, {3, 4}}},
      {"decomposed accent is one unit",
       "Cafe\u0301!",
       false,
       "café!",
       {{0, 1}, {1, 2}, {2, 3}, {3, 6}, {6, 7}}},
      {"same in display",
       "Cafe\u0301!",
       true,
       "Café!",
       {{0, 1}, {1, 2}, {2, 3}, {3, 6}, {6, 7}}},
      {"precomposed capital folds in place",
       "ÉA",
       false,
       "éa",
       {{0, 2}, {2, 3}}},
      {"ligature expands, both letters map to it",
       "\uFB01"
       "1",
       false,
       "fi1",
       {{0, 3}, {0, 3}, {3, 4}}},
      {"sharp s expands",
       "Straße",
       false,
       "strasse",
       {{0, 1}, {1, 2}, {2, 3}, {3, 4}, {4, 6}, {4, 6}, {6, 7}}},
      {"IJ: same length, two letters",
       "\u0132x",
       false,
       "ijx",
       {{0, 2}, {0, 2}, {2, 3}}},
      {"jamo compose into one syllable",
       "한\u1100\u1161\u11A8",
       false,
       "한각",
       {{0, 3}, {3, 12}}},
      {"halfwidth voiced mark joins its kana",
       "\uFF76\uFF9E!",
       false,
       "\u30AC!",
       {{0, 6}, {6, 7}}},
      {"NBSP to space", "a\u00A0b", false, "a b", {{0, 1}, {1, 3}, {3, 4}}},
      {"soft hyphen rides with the letter before",
       "x\u00ADy",
       false,
       "xy",
       {{0, 3}, {3, 4}}},
      {"dotted capital I", "İ", false, "i\u0307", {{0, 2}, {0, 2}}},
      {"Han and ideographic space",
       "河南\u3000省",
       false,
       "河南 省",
       {{0, 3}, {3, 6}, {6, 9}, {9, 12}}},
      {"invalid bytes one by one",
       "a\xFF\xC3"
       "b",
       false,
       "a\uFFFD\uFFFDb",
       {{0, 1}, {1, 2}, {2, 3}, {3, 4}}},
  };
  return rows;
}

Normalized Run(const MapRow& row) {
  return row.display ? ToDisplay(row.input) : ToMatchKey(row.input);
}

TEST_CASE("Each output character maps to the input characters it came from") {
  for (const MapRow& row : MapRows()) {
    INFO(row.what);
    Normalized n = Run(row);
    REQUIRE(n.text == row.expected_text);
    std::vector<Span> chars = CharSpans(n.text);
    REQUIRE(chars.size() == row.expected.size());
    for (size_t i = 0; i < chars.size(); ++i) {
      INFO("output character " << i);
      CHECK(n.to_input.ToInput(chars[i]) == row.expected[i]);
    }
    CheckMapTilesOutput(n, row.input.size());
  }
}

TEST_CASE("A span over several output characters covers their inputs") {
  Normalized n = ToMatchKey("Ａ1");
  CHECK(n.to_input.ToInput(Span{0, 2}) == Span{0, 4});
  CHECK(n.to_input.ToInput(Span{2, 2}) == Span{4, 4});
  Normalized d = ToDisplay("x e\u0301 y");
  // "é" is output bytes [2,4); the word "é y" maps to "e\u0301 y".
  CHECK(d.to_input.ToInput(Span{2, 6}) == Span{2, 7});
}

TEST_CASE("Unchanged ASCII text is a single linear piece") {
  Normalized n = ToMatchKey("Henan Province, 96 millions\n");
  REQUIRE(n.to_input.pieces().size() == 1);
  CHECK(n.to_input.pieces()[0].linear());
  CHECK(n.text == "henan province, 96 millions\n");
}

TEST_CASE("Unchanged non-ASCII text stays linear") {
  std::string_view in = "동북아시아 湖南 Saône";
  Normalized n = ToDisplay(in);
  CHECK(n.text == in);
  REQUIRE(n.to_input.pieces().size() == 1);
  CHECK(n.to_input.pieces()[0].in_len == in.size());
}

TEST_CASE("Key map composed with an identity raw map") {
  std::string_view in = "Île-de-France, ﬁn ① – ＡＢＣ e\u0301";
  Normalized key = ToMatchKey(in);
  OffsetMap to_raw = key.to_input.ComposeWith(OffsetMap::Identity(in.size()));
  CHECK(to_raw.out_size() == key.to_input.out_size());
  for (const Span& c : CharSpans(key.text)) {
    INFO("output [" << c.begin << "," << c.end << ")");
    CHECK(to_raw.ToInput(c) == key.to_input.ToInput(c));
  }
}

TEST_CASE("Key map composed with a raw map that dropped a BOM") {
  std::string_view in = "l’Aube";  // as decoded; the raw file had a BOM
  OffsetMap raw;
  raw.AddUnit(3, in.size(), in.size());
  raw.Finish(3 + in.size());
  Normalized key = ToMatchKey(in);
  REQUIRE(key.text == "l'aube");
  OffsetMap to_raw = key.to_input.ComposeWith(raw);
  CHECK(to_raw.ToInput(Span{0, 1}) == Span{3, 4});   // l
  CHECK(to_raw.ToInput(Span{1, 2}) == Span{4, 7});   // ’
  CHECK(to_raw.ToInput(Span{2, 6}) == Span{7, 11});  // aube
}

TEST_CASE("Empty input gives an empty text and map") {
  for (const Normalized& n : {ToDisplay(""), ToMatchKey("")}) {
    CHECK(n.text.empty());
    CHECK(n.to_input.pieces().empty());
    CHECK(n.to_input.out_size() == 0);
    CHECK(n.to_input.in_size() == 0);
    CHECK(n.to_input.ToInput(Span{0, 0}) == Span{0, 0});
  }
}

TEST_CASE("A string of only combining marks") {
  std::string_view in = "\u0308\u0301\u0323";  // 6 bytes
  Normalized key = ToMatchKey(in);
  // Canonical order puts the below-mark (class 220) first.
  CHECK(key.text == "\u0323\u0308\u0301");
  CheckMapTilesOutput(key, in.size());
  CHECK(key.to_input.ToInput(Span{0, 2}) == Span{0, 6});
  CHECK(key.to_input.ToInput(Span{0, 6}) == Span{0, 6});

  Normalized stripped = ToMatchKey(in, KeyOptions{true});
  CHECK(stripped.text.empty());
  CHECK(stripped.to_input.pieces().empty());
  CHECK(stripped.to_input.in_size() == in.size());
}

TEST_CASE("Invalid UTF-8: each bad byte is one U+FFFD unit") {
  struct Bad {
    const char* what;
    std::string_view input;
    size_t bad_bytes;
  };
  const Bad cases[] = {
      {"lone continuation byte", "\x80", 1},
      {"truncated 3-byte sequence at the end", "\xE4\xB8", 2},
      {"overlong slash", "\xC0\xAF", 2},
      {"UTF-16 surrogate", "\xED\xA0\x80", 3},
      {"above U+10FFFF", "\xF4\x90\x80\x80", 4},
      {"0xFF", "\xFF", 1},
  };
  for (const Bad& bad : cases) {
    INFO(bad.what);
    std::string in = "x" + std::string(bad.input) + "y";
    for (const Normalized& n : {ToDisplay(in), ToMatchKey(in)}) {
      std::string expected = "x";
      for (size_t i = 0; i < bad.bad_bytes; ++i) expected += "\uFFFD";
      expected += "y";
      REQUIRE(n.text == expected);
      CheckMapTilesOutput(n, in.size());
      for (size_t i = 0; i < bad.bad_bytes; ++i) {
        Span out{1 + 3 * i, 4 + 3 * i};
        CHECK(n.to_input.ToInput(out) == Span{1 + i, 2 + i});
      }
      CHECK(n.to_input.ToInput(Span{n.text.size() - 1, n.text.size()}) ==
            Span{in.size() - 1, in.size()});
    }
  }
}

TEST_CASE("Invalid byte followed by a combining mark") {
  std::string_view in = "\xFF\u0301a";
  Normalized n = ToMatchKey(in);
  CHECK(n.text == "\uFFFD\u0301a");
  CHECK(n.to_input.ToInput(Span{0, 3}) == Span{0, 3});
  CHECK(n.to_input.ToInput(Span{5, 6}) == Span{3, 4});
}

TEST_CASE("A long run of combining marks is one unit") {
  std::string in = "E";
  for (int i = 0; i < 500; ++i) in += "\u0308\u0323";
  Normalized n = ToMatchKey(in);
  CheckMapTilesOutput(n, in.size());
  for (const Span& c : CharSpans(n.text)) {
    REQUIRE(n.to_input.ToInput(c) == Span{0, in.size()});
  }
  // Below-marks sort first, so "e" + U+0323 composes to U+1EB9.
  CHECK(n.text.rfind("\u1EB9\u0323\u0323", 0) == 0);
}

}  // namespace
}  // namespace normalize
}  // namespace twinmap
