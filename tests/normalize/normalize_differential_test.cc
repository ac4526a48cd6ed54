// Random strings over an alphabet chosen to stress segmentation (combining
// marks in every order, Hangul jamo, characters whose decomposition starts
// with a combining mark, default ignorables, compatibility forms): the
// segment-by-segment result must equal utf8proc's whole-text result, and
// every map unit must round-trip.
#include <catch2/catch.hpp>
#include <cstdint>
#include <iterator>
#include <random>
#include <string>
#include <vector>

#include "map_checks.h"
#include "normalize/normalize.h"
#include "normalize/utf8proc_adapter.h"
#include "reference_key.h"

namespace twinmap {
namespace normalize {
namespace {

const char* const kAlphabet[] = {
    "a",          "e",          "E",      "o",      "K",      " ",
    "\t",         "\n",         "-",      "'",      "\u0301", "\u0308",
    "\u0323",     "\u0302",     "\u0345", "\u0344", "\u05B0", "é",
    "É",          "ö",          "ß",      "ẞ",      "İ",      "Σ",
    "ᾳ",          "\u212B",     "\u0132", "\u1100", "\u1161", "\u11A8",
    "\u11A7",     "가",         "각",     "한",     "\uFF76", "\uFF9E",
    "\u304B",     "\u3099",     "\u309B", "\u0B47", "\u0B3E", "\u0DD9",
    "\u0DCF",     "\u0DCA",     "\u0F73", "\u0F71", "\u00AD", "\u200B",
    "\u00A0",     "\u3000",     "\u2019", "\u2013", "\uFE58", "\uFB01",
    "\u33A2",     "\u2460",     "\uFF21", "\uFF11", "\uFDFA", "河",
    "\U0001D400", "\U0001F600",
};

std::string RandomText(std::mt19937* rng) {
  std::uniform_int_distribution<size_t> length(1, 10);
  std::uniform_int_distribution<size_t> pick(0, std::size(kAlphabet) - 1);
  std::string s;
  for (size_t n = length(*rng); n > 0; --n) s += kAlphabet[pick(*rng)];
  return s;
}

TEST_CASE("Random mixed text: equals utf8proc's whole-text result") {
  std::mt19937 rng(20071122);
  for (int i = 0; i < 5000; ++i) {
    std::string s = RandomText(&rng);
    INFO("input \"" << s << "\"");
    REQUIRE(ToDisplay(s).text ==
            internal::ReferenceNormalize(s, internal::Form::kCanonical));
    REQUIRE(MatchKey(s) == ReferenceKey(s, internal::Form::kCompatFold));
    REQUIRE(MatchKey(s, KeyOptions{true}) ==
            ReferenceKey(s, internal::Form::kCompatFoldNoMarks));
  }
}

TEST_CASE("ASCII fast path folds exactly like utf8proc, at every alignment") {
  std::string all;
  for (int c = 0; c < 128; ++c) all += static_cast<char>(c);
  all += "\t\tTAB\tZ@[`{AZaz\t";
  for (size_t shift = 0; shift < 8; ++shift) {
    std::string s = all.substr(shift) + all.substr(0, shift);
    INFO("rotated by " << shift);
    CHECK(MatchKey(s) == ReferenceKey(s, internal::Form::kCompatFold));
    CHECK(ToDisplay(s).text == s);
    std::string with_accent = s + "e\u0301";  // run ends before a mark
    CHECK(MatchKey(with_accent) ==
          ReferenceKey(with_accent, internal::Form::kCompatFold));
  }
}

TEST_CASE("Random mixed text: every map unit round-trips") {
  std::mt19937 rng(82);
  for (int i = 0; i < 2000; ++i) {
    std::string s = RandomText(&rng);
    INFO("input \"" << s << "\"");
    Normalized key = ToMatchKey(s);
    CheckMapTilesOutput(key, s.size());
    CheckEachUnitRoundTrips(s, key,
                            [](std::string_view t) { return MatchKey(t); });
    Normalized display = ToDisplay(s);
    CheckMapTilesOutput(display, s.size());
    CheckEachUnitRoundTrips(
        s, display, [](std::string_view t) { return ToDisplay(t).text; });
  }
}

}  // namespace
}  // namespace normalize
}  // namespace twinmap
