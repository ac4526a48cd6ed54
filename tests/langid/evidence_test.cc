// Gather(): the counts behind Identify().
#include "langid/evidence.h"

#include <catch2/catch.hpp>

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

}  // namespace
}  // namespace langid
}  // namespace twinmap
