// The letter screens ReadQuantity and ReadNumber consult before the lists
// around a number never turn away a position where the list would match:
// checked at every position of the corpus pages and of texts made of every
// entry of every screened list (as written, capitalised, upper-cased, glued
// to letters and digits), in every pack.
#include <catch2/catch.hpp>

#include <cctype>
#include <string>
#include <utility>
#include <vector>

#include "tokenize/corpus_pages.h"
#include "values/language_pack.h"
#include "values/numbers.h"

namespace twinmap {
namespace values {
namespace {

struct Screened {
  const char* name;
  const PhraseList LanguagePack::*list;
  const LetterScreen NumberScreens::*screen;
  bool backwards;
};

const std::vector<Screened>& AllScreened() {
  static const std::vector<Screened> all = {
      {"number_words", &LanguagePack::number_words, &NumberScreens::number_words, false},
      {"joiners", &LanguagePack::joiners, &NumberScreens::joiners, false},
      {"units", &LanguagePack::units, &NumberScreens::units, false},
      {"unit_links", &LanguagePack::unit_links, &NumberScreens::unit_links, false},
      {"hedges_after", &LanguagePack::hedges_after, &NumberScreens::hedges_after, false},
      {"time_suffixes", &LanguagePack::time_suffixes, &NumberScreens::time_suffixes, false},
      {"ordinal_prefixes", &LanguagePack::ordinal_prefixes, &NumberScreens::ordinal_prefixes,
       true},
      {"identifier_markers", &LanguagePack::identifier_markers,
       &NumberScreens::identifier_markers, true},
      {"currency_before", &LanguagePack::currency_before, &NumberScreens::currency_before,
       true},
      {"hedges_before", &LanguagePack::hedges_before, &NumberScreens::hedges_before, true},
  };
  return all;
}

std::string Upper(std::string s) {
  for (char& c : s) c = char(std::toupper(static_cast<unsigned char>(c)));
  return s;
}

std::vector<std::string> Texts(const LanguagePack& pack) {
  std::vector<std::string> texts;
  for (const testing::CorpusPage& page : testing::CorpusPages()) texts.push_back(page.text);
  std::string mixed;
  for (const Screened& s : AllScreened()) {
    const PhraseList& list = pack.*(s.list);
    for (size_t i = 0; i < list.size(); ++i) {
      std::string e = list.phrase(i);
      std::string cap = e;
      if (!cap.empty()) cap[0] = char(std::toupper(static_cast<unsigned char>(cap[0])));
      for (const std::string& v : {e, cap, Upper(e)}) {
        for (const char* left : {"", " ", "12 ", "12", "ab", "x "}) {
          for (const char* right : {"", " ", " 12", "12", "ab", " x"}) {
            mixed += left + v + right + "\n";
          }
        }
      }
    }
  }
  texts.push_back(mixed);
  return texts;
}

TEST_CASE("number screens: no list match is turned away", "[values]") {
  for (const char* lang : {"", "fr", "en", "ko", "zh"}) {
    const LanguagePack& pack = PackFor(lang);
    const NumberScreens* screens = NumberScreensFor(pack);
    REQUIRE(screens != nullptr);
    long matches = 0, turned_away = 0;
    int bad = 0;
    for (const std::string& text : Texts(pack)) {
      for (const Screened& s : AllScreened()) {
        const PhraseList& list = pack.*(s.list);
        const LetterScreen& screen = screens->*(s.screen);
        for (size_t pos = 0; pos <= text.size(); ++pos) {
          PhraseList::Match m;
          bool found = s.backwards ? list.MatchBefore(text, pos, &m) : list.MatchAt(text, pos, &m);
          bool may = s.backwards ? screen.MayMatchBefore(text, pos) : screen.MayMatchAt(text, pos);
          if (found) ++matches;
          if (!may) ++turned_away;
          if (found && !may && ++bad <= 5) {
            FAIL_CHECK("lang '" << lang << "' " << s.name << " at " << pos << " in '"
                                << text.substr(pos < 20 ? 0 : pos - 20, 40) << "'");
          }
        }
      }
    }
    CHECK(bad == 0);
    CHECK(matches > 0);
    CHECK(turned_away > 0);  // the screens do turn text away
  }
}

// A pack that is not one of PackFor's has no screens, and is read in full.
TEST_CASE("number screens: only for the packs PackFor gives", "[values]") {
  LanguagePack copy = PackFor("fr");
  CHECK(NumberScreensFor(copy) == nullptr);
  CHECK(NumberScreensFor(PackFor("fr")) != nullptr);
}

}  // namespace
}  // namespace values
}  // namespace twinmap
