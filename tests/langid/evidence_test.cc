// Gather(): the counts behind Identify().
#include "langid/evidence.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <string>

#include "base/utf8.h"
#include "tokenize/tokenize.h"

namespace twinmap {
namespace langid {
namespace {

StopWords List(std::string_view data) {
  Result<StopWords> list = StopWords::Parse(data, "test");
  REQUIRE(list.ok());
  return std::move(list).value();
}

TEST_CASE("Letters are counted by script, digits and marks are not letters") {
  StopWords none = List("");
  Evidence e = Gather("Ab 12 \ud648\ud398 \u5b89\u5fbd \u30ab \u0416! \u2022",
                      none, none);
  CHECK(e.latin == 2);
  CHECK(e.hangul == 2);
  CHECK(e.han == 2);
  CHECK(e.kana == 1);
  CHECK(e.other == 1);
  CHECK(e.letters() == 8);
}

TEST_CASE("Stop words match after folding case, elisions before apostrophes") {
  StopWords fr = List("le\nl'\nd'\nest\nc'\n\u00e9t\u00e9\n");
  StopWords en = List("the\n");
  Evidence e =
      Gather("LE l\u2019avenir d'habitants C'EST \u00c9T\u00c9 The", fr, en);
  CHECK(e.fr_words == 6);  // le, l', d', c', est, été
  CHECK(e.en_words == 1);
  CHECK(e.accented_words == 1);
}

TEST_CASE("Words with French accents are counted once each") {
  StopWords none = List("");
  Evidence e =
      Gather("d\u00e9veloppement \u00e9l\u00e8ve Hunan C\u0152UR ga\u00dfe",
             none, none);
  CHECK(e.accented_words == 3);  // ß is not a French accent
}

TEST_CASE("A word too long to be a stop word is still counted as letters") {
  StopWords fr = List("le\n");
  std::string text(100, 'x');
  text += " le";
  Evidence e = Gather(text, fr, fr);
  CHECK(e.latin == 102);
  CHECK(e.fr_words == 1);
}

// The counting rules of evidence.h, one code point at a time, for
// generated texts made of the pieces below (valid UTF-8 only).
Evidence ReferenceGather(const std::u32string& text, const StopWords& fr,
                         const StopWords& en) {
  Evidence e;
  std::string word;
  bool accented = false;
  size_t longest = std::min<size_t>(32, std::max(fr.longest(), en.longest()));
  auto end_word = [&](bool elided) {
    if (!word.empty() && word.size() <= 32) e.accented_words += accented;
    if (!word.empty() && word.size() <= longest) {
      e.fr_words += elided ? fr.ContainsElision(word) : fr.Contains(word);
      e.en_words += elided ? en.ContainsElision(word) : en.Contains(word);
    }
    word.clear();
    accented = false;
  };
  for (char32_t c : text) {
    tokenize::Script script = tokenize::ScriptOf(c);
    if (c < 0x80 && !((c | 0x20) >= 'a' && (c | 0x20) <= 'z')) {
      script = tokenize::Script::kCommon;
    }
    switch (script) {
      case tokenize::Script::kLatin: {
        ++e.latin;
        char32_t lower = c;
        if ((c >= 'A' && c <= 'Z') || (c >= 0xC0 && c <= 0xDE && c != 0xD7)) {
          lower = c + 32;
        }
        accented = accented || lower == 0xE9 || lower == 0xE8 || lower == 0xE0;
        if (word.size() <= 32) {
          char bytes[4];
          word.append(bytes, EncodeUtf8(lower, bytes));
        }
        continue;
      }
      case tokenize::Script::kHan:
        ++e.han;
        break;
      case tokenize::Script::kCommon:
        break;
      default:
        ++e.other;
        break;
    }
    if (!word.empty()) end_word(c == '\'' || c == 0x2019);
  }
  end_word(false);
  return e;
}

TEST_CASE("Gather matches the counting rules on generated texts") {
  StopWords fr = List("le\nl'\nd'\nest\n\u00e9t\u00e9\nde\n");
  StopWords en = List("the\nof\nand\n");
  // Letters, case, apostrophes, spaces, punctuation, digits, accents,
  // Han, and runs long enough to pass the 32-byte word limit.
  const std::u32string pieces[] = {U"le",
                                   U"LE",
                                   U"l'",
                                   U"d\u2019",
                                   U"the",
                                   U"The",
                                   U"of",
                                   U"and",
                                   U" ",
                                   U"  ",
                                   U",",
                                   U".",
                                   U"'",
                                   U"7",
                                   U"x",
                                   U"Z",
                                   U"est",
                                   U"\u00e9t\u00e9",
                                   U"\u00c9T\u00c9",
                                   U"\u00df",
                                   U"\u4e2d",
                                   U"de",
                                   U"\n",
                                   U"abcdefghijklmnopqrstuvwxyzabcdefgh",
                                   U"ABCDEFGHIJ"};
  uint32_t state = 99;
  for (int round = 0; round < 5000; ++round) {
    std::u32string text;
    state = state * 1103515245u + 12345u;
    size_t length = (state >> 16) % 40;
    for (size_t i = 0; i < length; ++i) {
      state = state * 1103515245u + 12345u;
      text += pieces[(state >> 16) % (sizeof pieces / sizeof pieces[0])];
    }
    std::string utf8;
    for (char32_t c : text) {
      char bytes[4];
      utf8.append(bytes, EncodeUtf8(c, bytes));
    }
    INFO(utf8);
    Evidence got = Gather(utf8, fr, en);
    Evidence want = ReferenceGather(text, fr, en);
    REQUIRE(got.latin == want.latin);
    REQUIRE(got.han == want.han);
    REQUIRE(got.other == want.other);
    REQUIRE(got.fr_words == want.fr_words);
    REQUIRE(got.en_words == want.en_words);
    REQUIRE(got.accented_words == want.accented_words);
  }
}

}  // namespace
}  // namespace langid
}  // namespace twinmap
