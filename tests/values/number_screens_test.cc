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
#include "values/candidate.h"
#include "values/char_class.h"
#include "values/language_pack.h"
#include "values/number_screens.h"
#include "values/numbers.h"
#include "values/values.h"

namespace twinmap {
namespace values {
namespace {

// Whether two ReadNumber calls read the same: both nothing, or the same
// number over the same span, made of the same tokens and parts.
bool SameReading(bool a, const NumberExpr& x, bool b, const NumberExpr& y) {
  return a == b && (!a || (x.value == y.value && x.span.begin == y.span.begin &&
                           x.span.end == y.span.end && x.tokens == y.tokens &&
                           x.has_scale == y.has_scale && x.has_digits == y.has_digits &&
                           x.weak_only == y.weak_only && x.hangul_end == y.hangul_end &&
                           x.part_count == y.part_count));
}

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

// The word screens never turn away a word where one of their lists would
// match: at every ASCII letter (before every one) of the texts above, and
// of entries written with other white space, marks and words around them.
TEST_CASE("number screens: no list match is turned away by a word screen", "[values]") {
  struct Group {
    const WordScreen NumberScreens::*screen;
    bool backwards;
    std::vector<const PhraseList LanguagePack::*> lists;
  };
  const std::vector<Group> groups = {
      {&NumberScreens::after_gap_words, false,
       {&LanguagePack::number_words, &LanguagePack::units, &LanguagePack::hedges_after,
        &LanguagePack::time_suffixes}},
      {&NumberScreens::before_words, true,
       {&LanguagePack::ordinal_prefixes, &LanguagePack::identifier_markers,
        &LanguagePack::currency_before, &LanguagePack::hedges_before}},
  };
  for (const char* lang : {"", "fr", "en", "ko", "zh"}) {
    const LanguagePack& pack = PackFor(lang);
    const NumberScreens* screens = NumberScreensFor(pack);
    REQUIRE(screens != nullptr);
    std::vector<std::string> texts = Texts(pack);
    std::string spaced;
    for (const Group& g : groups) {
      for (const auto list : g.lists) {
        for (size_t i = 0; i < (pack.*list).size(); ++i) {
          // One space of the entry as other white space, and the entry
          // next to marks and words.
          std::string e = (pack.*list).phrase(i), wide = e;
          size_t space = wide.find(' ');
          if (space != std::string::npos) wide.replace(space, 1, "\n\t\xC2\xA0 ");
          for (const std::string& v : {e, wide, Upper(wide)}) {
            for (const char* side : {"", " ", "-", ".", "'", "5", "\xC3\xA9", "word ", " word"}) {
              spaced += std::string(side) + v + side + "\n";
            }
          }
        }
      }
    }
    texts.push_back(spaced);
    long matches = 0, turned_away = 0;
    int bad = 0;
    for (const std::string& text : texts) {
      for (const Group& g : groups) {
        const WordScreen& screen = screens->*(g.screen);
        for (size_t pos = 0; pos <= text.size(); ++pos) {
          size_t letter = g.backwards ? pos - 1 : pos;
          if ((g.backwards && pos == 0) || pos - (g.backwards ? 1 : 0) >= text.size() ||
              !std::isalpha(static_cast<unsigned char>(text[letter])) ||
              static_cast<unsigned char>(text[letter]) >= 0x80) {
            continue;
          }
          bool found = false;
          for (const auto list : g.lists) {
            PhraseList::Match m;
            found = found || (g.backwards ? (pack.*list).MatchBefore(text, pos, &m)
                                          : (pack.*list).MatchAt(text, pos, &m));
          }
          bool may = g.backwards ? screen.MayMatchBefore(text, pos) : screen.MayMatchAt(text, pos);
          if (found) ++matches;
          if (!may) ++turned_away;
          if (found && !may && ++bad <= 5) {
            FAIL_CHECK("lang '" << lang << "' at " << pos << " in '"
                                << text.substr(pos < 20 ? 0 : pos - 20, 40) << "'");
          }
        }
      }
    }
    CHECK(bad == 0);
    CHECK(matches > 0);
    CHECK(turned_away > 0);
  }
}

// The marker screen never turns away a place where ReadQuantity's month or
// day marker loop would find a marker.
TEST_CASE("number screens: no month or day marker is turned away", "[values]") {
  for (const char* lang : {"", "fr", "en", "ko", "zh"}) {
    const LanguagePack& pack = PackFor(lang);
    const NumberScreens* screens = NumberScreensFor(pack);
    REQUIRE(screens != nullptr);
    std::vector<std::string> texts;
    for (const testing::CorpusPage& page : testing::CorpusPages()) texts.push_back(page.text);
    std::string mixed;
    for (const auto* markers : {&pack.month_markers, &pack.day_markers}) {
      for (const std::string& mk : *markers) mixed += "12" + mk + " 3" + mk + "x" + mk;
    }
    texts.push_back(mixed);
    long found = 0, turned_away = 0;
    for (const std::string& text : texts) {
      for (size_t pos = 0; pos <= text.size(); ++pos) {
        bool any = false;
        for (const auto* markers : {&pack.month_markers, &pack.day_markers}) {
          for (const std::string& mk : *markers) any = any || BytesAt(text, pos, mk);
        }
        bool may = screens->MayHaveDateMarkerAt(text, pos);
        if (any) ++found;
        if (!may) ++turned_away;
        if (any && !may) FAIL_CHECK("lang '" << lang << "' at " << pos);
      }
    }
    if (!pack.month_markers.empty() || !pack.day_markers.empty()) CHECK(found > 0);
    CHECK(turned_away > 0);
  }
}

// The inline gaps read what SkipSpaces, SkipSpacesBack and SkipGapBack read,
// everywhere: ASCII and wide spaces, tabs, line breaks, text ends.
TEST_CASE("number screens: inline gaps are the char_class ones", "[values]") {
  std::vector<std::string> texts;
  for (const testing::CorpusPage& page : testing::CorpusPages()) texts.push_back(page.text);
  texts.push_back(
      " 1 2  3\t4 \t5\n6 \n 7\r\n8 \r\n 9\n\n10\xC2\xA0" "11 \xE3\x80\x80" "12 \xE2\x80\xAF "
      "13\xE4\xB8\x87 a \xE4\xB8\x87 b\n \n");
  texts.push_back(" ");
  texts.push_back("  ");
  texts.push_back("");
  for (const std::string& text : texts) {
    for (size_t pos = 0; pos <= text.size() + 1; ++pos) {
      INFO("at " << pos << " of '" << text.substr(0, 40) << "'");
      REQUIRE(SkipNumberGap(text, pos) == SkipSpaces(text, pos));
      REQUIRE(SkipNumberGapBack(text, pos) == SkipSpacesBack(text, pos));
      REQUIRE(SkipNumberGapAndBreakBack(text, pos) == SkipGapBack(text, pos));
    }
  }
}

// Digit runs: the value as the digits' string once gave it (exact up to 18
// digits, summed in doubles beyond), and the counts that replaced it.
double ValueOfDigitStrings(const std::string& integer, const std::string& decimals) {
  if (integer.size() + decimals.size() <= 18) {
    unsigned long long v = 0;
    for (char c : integer + decimals) v = v * 10 + unsigned(c - '0');
    double d = double(v);
    static const double kPow10[] = {1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,  1e8, 1e9,
                                    1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18};
    return decimals.empty() ? d : d / kPow10[decimals.size()];
  }
  double v = 0;
  for (char c : integer) v = v * 10 + (c - '0');
  double scale = 0.1;
  for (char c : decimals) {
    v += (c - '0') * scale;
    scale /= 10;
  }
  return v;
}

TEST_CASE("number screens: digit runs keep their values", "[values]") {
  struct Case {
    const char* lang;
    std::string text;
    std::string integer, decimals;  // the digits read, in ASCII
    bool grouped, fullwidth, leading_zero;
  };
  const std::vector<Case> cases = {
      {"en", "96 cities", "96", "", false, false, false},
      {"en", "2007.", "2007", "", false, false, false},
      {"en", "007 x", "007", "", false, false, true},
      {"en", "0", "0", "", false, false, true},
      {"en", "13,756 people", "13756", "", true, false, false},
      {"en", "2.27 million", "2", "27", false, false, false},
      {"en", "0.5%", "0", "5", false, false, true},
      {"fr", "4,6 %", "4", "6", false, false, false},
      {"fr", "13 756 habitants", "13756", "", true, false, false},
      {"fr", "1.200.000", "1200000", "", true, false, false},
      {"zh", "\xEF\xBC\x92\xEF\xBC\x90\xEF\xBC\x91\xEF\xBC\x97\xE5\xB9\xB4", "2017", "",
       false, true, false},
      {"zh", "\xEF\xBC\x90\xEF\xBC\x95", "05", "", false, true, true},
      {"en", "123456789012345678 x", "123456789012345678", "", false, false, false},
      {"en", "12345678901234567890 x", "12345678901234567890", "", false, false, false},
      {"en", "123456789012345678901234567890", "123456789012345678901234567890", "", false, false,
       false},
      {"en", "1234567890123456.78", "1234567890123456", "78", false, false, false},
      {"en", "12345678901234567.891", "12345678901234567", "891", false, false, false},
      {"en", "1,234,567,890,123,456,789.5", "1234567890123456789", "5", true, false, false},
      // Where the ASCII digits end: a character that may go on the run, or not.
      {"zh", "2007\xE5\xB9\xB4", "2007", "", false, false, false},
      {"fr", "5 \xC3\xA0 l'ouest", "5", "", false, false, false},
      {"fr", "12 345 x", "12345", "", true, false, false},
      {"fr", "12 \xC3\xA0 345", "12", "", false, false, false},
      {"en", "12\xC2\xA0" "345 x", "12345", "", true, false, false},
      {"en", "12\xE2\x80\xAF" "345", "12345", "", true, false, false},
      {"en", "12\xE2\x80\xAF" "34", "12", "", false, false, false},
      {"en", "12\xEF\xBC\x93", "123", "", false, true, false},
      {"en", "12.5\xE5\xB9\xB4", "12", "5", false, false, false},
      {"fr", "4,6\xC2\xA0%", "4", "6", false, false, false},
  };
  for (const Case& c : cases) {
    INFO(c.lang << " '" << c.text << "'");
    DigitRun run;
    REQUIRE(ReadDigits(c.text, 0, PackFor(c.lang), &run));
    CHECK(run.value == ValueOfDigitStrings(c.integer, c.decimals));
    CHECK(run.digit_count == int(c.integer.size()));
    CHECK(run.decimal_count == int(c.decimals.size()));
    CHECK(run.grouped == c.grouped);
    CHECK(run.fullwidth == c.fullwidth);
    CHECK(run.leading_zero == c.leading_zero);
    CHECK(run.begin == 0);
  }
}

// ReadDigits reads ASCII runs with thousands groups or a decimal mark
// ("13,134", "2.27") its own short way; a run that begins with a fullwidth
// digit is read in full. Both read the same: every pack, runs of every
// shape of groups, marks and what follows them.
TEST_CASE("number screens: marked ASCII digit runs read as in full", "[values]") {
  const std::vector<std::string> heads = {"0", "7", "13", "485", "1234", "0123", "12345678901234567890"};
  const std::vector<std::string> tails = {
      "", ",134", ",134,567", ",13", ",1345", ",134.5", ",134,5", ".134", ".134.567", ".27",
      ".2", ".27.3", ".27,3", ",5", ",5.", " 134", " 134 567", " 13", "\xC2\xA0" "134",
      ",134\xC2\xA0" "567", ".2\xEF\xBC\x93", ",\xEF\xBC\x91" "34", ",13\xEF\xBC\x94",
      ",134\xEF\xBC\x94", ".", ",", ".x", ",1a", ".5,", ".12345678901234567890", ",134.",
      ".134,", ",134,567.89", ".134.567,89", " 134,5", "'134", "\xE2\x80\xAF" "134"};
  const std::vector<std::string> afters = {"", " x", "x", ".", ",", ". 4", "\xE5\xB9\xB4", ",\xEF\xBC\x91",
                                           ".\xEF\xBC\x91", "\xEF\xBC\x91"};
  int checked = 0;
  for (const char* lang : {"", "fr", "en", "ko", "zh"}) {
    const LanguagePack& pack = PackFor(lang);
    for (const std::string& head : heads) {
      for (const std::string& tail : tails) {
        for (const std::string& after : afters) {
          const std::string text = head + tail + after;
          // The same run with its first digit fullwidth ("\xEF\xBC\x90" is 0).
          std::string full = "\xEF\xBC" + std::string(1, char(0x90 + (head[0] - '0'))) + text.substr(1);
          INFO(lang << " '" << text << "'");
          DigitRun run, want;
          REQUIRE(ReadDigits(text, 0, pack, &run));
          REQUIRE(ReadDigits(full, 0, pack, &want));
          CHECK(run.value == want.value);
          CHECK(run.end + 2 == want.end);
          CHECK(run.digit_count == want.digit_count);
          CHECK(run.decimal_count == want.decimal_count);
          CHECK(run.grouped == want.grouped);
          CHECK(run.leading_zero == want.leading_zero);
          CHECK(run.trailing_junk == want.trailing_junk);
          ++checked;
        }
      }
    }
  }
  CHECK(checked > 1000);
}

// Texts with numbers next to every entry of every list read around a
// number, on either side, glued or across a space or a line break.
std::vector<std::string> TextsAroundNumbers(const LanguagePack& pack) {
  std::vector<std::string> texts;
  for (const testing::CorpusPage& page : testing::CorpusPages()) texts.push_back(page.text);
  std::vector<const PhraseList*> lists = {
      &pack.number_words,    &pack.joiners,          &pack.units,
      &pack.unit_links,      &pack.hedges_after,     &pack.time_suffixes,
      &pack.ordinal_prefixes, &pack.identifier_markers, &pack.currency_before,
      &pack.hedges_before,   &pack.ordinal_suffixes, &pack.hedges_infix,
      &pack.hedge_blockers,  &pack.percent_before,   &pack.approx_nouns,
      &pack.particles};
  std::vector<std::string> entries = pack.month_markers;
  entries.insert(entries.end(), pack.day_markers.begin(), pack.day_markers.end());
  for (const PhraseList* list : lists) {
    for (size_t i = 0; i < list->size(); ++i) entries.push_back(list->phrase(i));
  }
  entries.insert(entries.end(), {":", "h", ":30", "h30", "\xE2\x88\xB6", ".", ",", "-", "'"});
  std::string mixed;
  for (const std::string& e : entries) {
    std::string cap = e;
    if (!cap.empty()) cap[0] = char(std::toupper(static_cast<unsigned char>(cap[0])));
    for (const std::string& v : {e, cap, Upper(e)}) {
      for (const char* n : {"12", "5", "2.5", "007", "\xEF\xBC\x91\xEF\xBC\x92"}) {
        for (const char* gap : {"", " ", "\n", "  ", " \n "}) {
          mixed += std::string("x ") + n + gap + v + " y\n";
          mixed += "x " + v + gap + n + " y\n";
          mixed += v + gap + n + gap + v + "\n";
        }
      }
    }
  }
  texts.push_back(mixed);
  return texts;
}

std::string Describe(bool found, const Candidate& c) {
  if (!found) return "none";
  return std::string(c.emit ? "emit " : "skip ") + std::to_string(c.rank) + " " +
         (c.pattern_head ? c.pattern_head : "(null)") + " " + c.pattern_tail + " " +
         ToJson(c.value);
}

// The bare-number fast paths of ReadNumber and ReadQuantity read what the
// full paths read, wherever a number starts: a pack without screens (a
// copy) is read in full.
TEST_CASE("number screens: bare numbers read as in full", "[values]") {
  for (const char* lang : {"", "fr", "en", "ko", "zh"}) {
    const LanguagePack& pack = PackFor(lang);
    const LanguagePack copy = pack;
    REQUIRE(NumberScreensFor(pack) != nullptr);
    REQUIRE(NumberScreensFor(copy) == nullptr);
    Context plain, scaled;
    plain.lang = scaled.lang = lang;
    scaled.default_scale = 1000;
    scaled.default_unit = "persons";
    scaled.default_bound = Bound::kApprox;
    long numbers = 0;
    int bad = 0;
    for (const std::string& text : TextsAroundNumbers(pack)) {
      for (size_t pos = 0; pos < text.size(); ++pos) {
        if (!IsDigit(DecodeAt(text, pos).cp)) continue;
        ++numbers;
        NumberExpr fast, full;
        bool a = ReadNumber(text, pos, pack, NumberScreensFor(pack), &fast);
        bool b = ReadNumber(text, pos, pack, nullptr, &full);
        bool same_number = SameReading(a, fast, b, full);
        if (!same_number && ++bad <= 5) {
          FAIL_CHECK("ReadNumber, lang '" << lang << "' at " << pos << " in '"
                                          << text.substr(pos < 20 ? 0 : pos - 20, 40) << "'");
        }
        for (const Context* ctx : {&plain, &scaled}) {
          for (size_t floor : {size_t(0), pos}) {
            Candidate x, y;
            bool fx = ReadQuantity(ParseInput{text, ctx, &pack, floor}, pos, &x);
            bool fy = ReadQuantity(ParseInput{text, ctx, &copy, floor}, pos, &y);
            std::string dx = Describe(fx, x), dy = Describe(fy, y);
            if (dx != dy && ++bad <= 5) {
              FAIL_CHECK("ReadQuantity, lang '" << lang << "' at " << pos << " in '"
                                                << text.substr(pos < 20 ? 0 : pos - 20, 40)
                                                << "': " << dx << " vs " << dy);
            }
          }
        }
      }
    }
    CHECK(bad == 0);
    CHECK(numbers > 1000);
  }
}

// The not_numbers screen never lets ReadNumber read as a number what the
// full path turns away: at every position of the corpus pages and of texts
// made of every pack's not_numbers and number words, next to one another.
TEST_CASE("number screens: not_numbers words read as in full", "[values]") {
  for (const char* lang : {"", "fr", "en", "ko", "zh"}) {
    const LanguagePack& pack = PackFor(lang);
    const NumberScreens* screens = NumberScreensFor(pack);
    REQUIRE(screens != nullptr);
    std::vector<std::string> texts;
    for (const testing::CorpusPage& page : testing::CorpusPages()) texts.push_back(page.text);
    std::vector<std::string> words;
    for (const char* other : {"", "fr", "en", "ko", "zh"}) {
      const LanguagePack& p = PackFor(other);
      words.insert(words.end(), p.not_numbers.begin(), p.not_numbers.end());
      for (size_t i = 0; i < p.number_words.size(); ++i) words.push_back(p.number_words.phrase(i));
    }
    std::string mixed;
    for (size_t i = 0; i < words.size(); ++i) {
      const std::string& next = words[(i * 7 + 3) % words.size()];
      for (const char* gap : {"", " ", "-", "\n"}) mixed += "x " + words[i] + gap + next + " y\n";
      mixed += words[i] + "\n";
    }
    texts.push_back(mixed);
    long read = 0;
    int bad = 0;
    for (const std::string& text : texts) {
      for (size_t pos = 0; pos < text.size(); ++pos) {
        NumberExpr fast, full;
        bool a = ReadNumber(text, pos, pack, screens, &fast);
        bool b = ReadNumber(text, pos, pack, nullptr, &full);
        if (b) ++read;
        bool same = a == b && (!a || (fast.value == full.value && fast.span.end == full.span.end));
        if (!same && ++bad <= 5) {
          FAIL_CHECK("lang '" << lang << "' at " << pos << " in '"
                              << text.substr(pos < 20 ? 0 : pos - 20, 40) << "'");
        }
      }
    }
    CHECK(bad == 0);
    CHECK(read > 0);
  }
  // The screen does turn text away, and lets every entry through.
  for (const char* lang : {"ko", "zh"}) {
    const LanguagePack& pack = PackFor(lang);
    const NumberScreens* screens = NumberScreensFor(pack);
    REQUIRE(!pack.not_numbers.empty());
    for (const std::string& w : pack.not_numbers) CHECK(screens->MayBeNotNumber(w));
    CHECK_FALSE(screens->MayBeNotNumber("one"));
  }
}

// PhraseList's screen of the word before an entry's last space ("more" in
// "more than") never turns away a match: every list read before a number,
// each entry's spaces written as other white space, its letters in either
// case, next to the other entries sharing its last word; MatchBefore gives
// what trying every entry with MatchPhraseBackward gives.
TEST_CASE("number screens: words before a space screened as matched in full", "[values]") {
  for (const char* lang : {"", "fr", "en", "ko", "zh"}) {
    const LanguagePack& pack = PackFor(lang);
    // The lists, and whether they match glued to what follows (language_pack.h).
    const std::vector<std::pair<const PhraseList*, bool>> lists = {
        {&pack.hedges_before, false},     {&pack.currency_before, true},
        {&pack.ordinal_prefixes, true},   {&pack.identifier_markers, false},
        {&pack.hedge_blockers, false}};
    for (const auto& [list, glued_end] : lists) {
      std::string text;
      for (size_t i = 0; i < list->size(); ++i) {
        std::string e = list->phrase(i);
        for (const char* space : {" ", "\n", "  ", " \n\t", "\xC2\xA0", "\xE3\x80\x80", ""}) {
          std::string v = e;
          for (size_t at = v.find(' '); at != std::string::npos; at = v.find(' ', at + 1)) {
            v.replace(at, 1, space);
            at += std::string(space).size() - 1;
            if (std::string(space).empty()) break;
          }
          for (const std::string& w : {v, Upper(v), "x" + v, "no " + v, v.substr(1)}) {
            text += "a " + w + " 12 b\n";
          }
        }
      }
      long found = 0;
      int bad = 0;
      for (size_t pos = 0; pos <= text.size(); ++pos) {
        PhraseList::Match got, want;
        bool has = list->MatchBefore(text, pos, &got);
        bool should = false;
        for (size_t i = 0; i < list->size(); ++i) {
          size_t begin = MatchPhraseBackward(text, pos, list->phrase(i), true, !glued_end);
          if (begin == std::string_view::npos) continue;
          if (!should || begin < want.begin) want = {i, begin, pos}, should = true;
        }
        if (has) ++found;
        if ((has != should || (has && got.begin != want.begin)) && ++bad <= 5) {
          FAIL_CHECK("lang '" << lang << "' at " << pos << " in '"
                              << text.substr(pos < 30 ? 0 : pos - 30, 40) << "'");
        }
      }
      CHECK(bad == 0);
      if (list->size() > 0) CHECK(found > 0);
    }
  }
}

// A pack that is not one of PackFor's has no screens, and is read in full.
// The screens of words (a number word, an approximate noun, a percent prefix
// must begin where ReadQuantity is asked; a Latin number word followed by
// a word that begins no number word or joiner is read alone, and so are
// digits, a space and a scale word nothing goes on) give what the full
// path gives: ReadNumber and ReadQuantity at every position of the corpus
// pages and of texts made of those lists' entries, each followed by words
// that go on a number or do not, across every kind of gap.
TEST_CASE("number screens: words read as in full", "[values]") {
  for (const char* lang : {"", "fr", "en", "ko", "zh"}) {
    const LanguagePack& pack = PackFor(lang);
    const LanguagePack copy = pack;
    const NumberScreens* screens = NumberScreensFor(pack);
    REQUIRE(screens != nullptr);
    std::vector<std::string> texts;
    for (const testing::CorpusPage& page : testing::CorpusPages()) texts.push_back(page.text);
    std::vector<std::string> words, followers = {"of", "et", "and", "y", "-", "x1", "\xE4\xB8\xAD",
                                                 "\xC3\xA8me", "'s", "\xE2\x80\x99"};
    for (const PhraseList* list : {&pack.number_words, &pack.approx_nouns, &pack.percent_before,
                                   &pack.joiners, &pack.units, &pack.unit_links,
                                   &pack.hedges_infix}) {
      for (size_t i = 0; i < list->size(); ++i) words.push_back(list->phrase(i));
    }
    std::string mixed;
    for (size_t i = 0; i < words.size(); ++i) {
      std::vector<std::string> next = followers;
      next.push_back(words[(i * 7 + 3) % words.size()]);
      next.push_back(words[(i * 11 + 5) % words.size()]);
      for (const std::string& w : {words[i], Upper(words[i])}) {
        for (const std::string& f : next) {
          for (const char* gap : {"", " ", "\t", "  ", "-", " \n", "\xC2\xA0", "\xE3\x80\x80"}) {
            mixed += "x " + w + gap + f + " y\n";
          }
        }
        // After digits, across every gap ("12\xC2\xA0million", "2\xC3\xA8me").
        for (const char* gap : {"", " ", "\t", "-", "\xC2\xA0", "\xE3\x80\x80"}) {
          mixed += "x 12" + std::string(gap) + w + " y\n";
        }
        mixed += w + " 12 " + w + "\n";
        // Digits, a space and the word, then what goes on it or ends the
        // number ("12 million,", "12 million and five", "12 million-deux"),
        // or the end of the text.
        for (const char* tail : {"", ",", ".", "\n", "\r", "-", ":", "5", "x", ")", "\xC2\xA0"}) {
          mixed += "x 12 " + w + tail + " y\n";
        }
        for (const std::string& f : next) {
          for (const char* gap : {" ", "-", "\t"}) mixed += "x 12 " + w + gap + f + " y\n";
        }
        mixed += "x 1.5 " + w + ", y\nx 1,5 " + w + ". y\n";
        texts.push_back("12 " + w);
        // Joined to another number word ("vingt et un", "hundred and five").
        for (size_t j = 0; j < pack.joiners.size(); ++j) {
          for (size_t k : {i + 1, i * 5 + 2}) {
            mixed += "x " + w + " " + pack.joiners.phrase(j) + " " + words[k % words.size()] +
                     " y\n";
          }
        }
      }
    }
    texts.push_back(mixed);
    Context ctx;
    ctx.lang = lang;
    long read = 0, turned_away = 0;
    int bad = 0;
    for (const std::string& text : texts) {
      for (size_t pos = 0; pos <= text.size(); ++pos) {
        if (!screens->MayBeginQuantityAt(text, pos)) ++turned_away;
        NumberExpr fast, full;
        bool a = ReadNumber(text, pos, pack, screens, &fast);
        bool b = ReadNumber(text, pos, pack, nullptr, &full);
        bool same_number = SameReading(a, fast, b, full);
        Candidate x, y;
        bool fx = ReadQuantity(ParseInput{text, &ctx, &pack, 0}, pos, &x);
        bool fy = ReadQuantity(ParseInput{text, &ctx, &copy, 0}, pos, &y);
        if (fy) ++read;
        std::string dx = Describe(fx, x), dy = Describe(fy, y);
        if ((!same_number || dx != dy) && ++bad <= 5) {
          FAIL_CHECK("lang '" << lang << "' at " << pos << " in '"
                              << text.substr(pos < 20 ? 0 : pos - 20, 40) << "': " << dx
                              << " vs " << dy);
        }
      }
    }
    CHECK(bad == 0);
    CHECK(read > 100);
    CHECK(turned_away > 1000);  // the screen does turn words away
  }
}

TEST_CASE("number screens: only for the packs PackFor gives", "[values]") {
  LanguagePack copy = PackFor("fr");
  CHECK(NumberScreensFor(copy) == nullptr);
  CHECK(NumberScreensFor(PackFor("fr")) != nullptr);
}

}  // namespace
}  // namespace values
}  // namespace twinmap
