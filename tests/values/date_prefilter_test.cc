// MayStartDateAt, the cheap test ReadDate begins with, never turns away a
// position where the piece readers would find something ReadDate keeps: a
// piece other than a bare day, or a bare day, a joiner and another piece.
// Checked at every position of text made of numbers, separators and the
// words that follow numbers in dates and outside them, in every pack. The
// other shortcuts of dates and addresses that use a pack's tables are
// checked against a copy of the pack, which has none.
#include <catch2/catch.hpp>

#include <cctype>
#include <string>
#include <tuple>
#include <vector>

#include "values/candidate.h"
#include "values/char_class.h"
#include "values/date_pieces.h"
#include "values/date_screens.h"
#include "values/language_pack.h"

namespace twinmap {
namespace values {
namespace {

// What ReadDate would go on with at `pos`, from the piece readers alone: a
// piece, and for a bare day a joiner and another piece after it.
bool PieceReadDateKeeps(const ParseInput& in, size_t pos) {
  DatePiece piece, next;
  if (!ReadDatePiece(in, pos, /*allow_bare_day=*/true, &piece)) return false;
  if (!piece.day_only()) return true;
  size_t q = SkipSpaces(in.text, piece.end);
  PhraseList::Match m;
  bool joined = in.pack->range_joiners.MatchAt(in.text, q, &m) ||
                in.pack->day_joiners.MatchAt(in.text, q, &m);
  return joined && ReadDatePiece(in, SkipSpaces(in.text, m.end), true, &next);
}

std::vector<std::string> Texts() {
  const std::vector<std::string> numbers = {
      "0",    "00",   "1",    "8",    "22",   "31",    "32",        "96",         "007",  "012",
      "2010", "1996", "0999", "3000", "0012", "01996", "123456789", "1234567890", "１２", "2０"};
  const std::vector<std::string> gaps = {"", " ", "  ", "\t", "\xC2\xA0", "-", "/", ".", ", "};
  const std::vector<std::string> tails = {
      "juin 2010", "June 22, 2010", "Shandong", "au 23 juin", "au centre", "et 23 juin",
      "and 23 June", "& 23 June", "~23日", "至5月", "年8月22日", "月22日", "日", "号",
      "년 10월", "월", "일", "er janvier", "st June", "nd", "ème", "3D", "5", "06-24",
      "08.2017", "millions", "Sept.", "mai", "may", "March", "mars 2007", "一月", "十二月",
      "黑龙江省", "二〇一七年", "二十二日", "2 billion", "Anhui", "Anyang", "au nord", "aux",
      "th General", "st of May", "ème", "èmes mai", "nov", "nord", "novembre", "Juni", "jun.",
      "Ju", "J", "正月", "一月", "十月", "〇", "零", "年", "\tjuin", ",juin", ""};
  std::vector<std::string> out;
  for (const auto& n : numbers) {
    for (const auto& g : gaps) {
      for (const auto& t : tails) out.push_back(n + g + t);
    }
  }
  for (const auto& t : tails) out.push_back("le " + t);
  return out;
}

// Calls check(in, pos) at every byte of every text, in every pack.
template <typename Check>
void AtEveryPosition(const std::vector<std::string>& texts, Check check) {
  for (const char* lang : {"", "fr", "en", "ko", "zh"}) {
    Context ctx;
    ctx.lang = lang;
    const LanguagePack& pack = PackFor(lang);
    for (const std::string& text : texts) {
      ParseInput in{text, &ctx, &pack, 0};
      for (size_t pos = 0; pos < text.size(); ++pos) {
        INFO("lang '" << lang << "', text '" << text << "', byte " << pos);
        check(in, pos);
      }
    }
  }
}

// Calls check(with, without, pos) at every byte (or every character) of
// every text, in each pack of `langs`: `with` reads with the pack's screen
// tables, `without` with a copy of the pack, which has none and so takes
// every long way.
template <typename Check>
void AtEveryPositionWithAndWithoutTables(const std::vector<std::string>& texts, Check check,
                                         std::vector<const char*> langs = {"", "fr", "en",
                                                                           "ko", "zh"},
                                         bool by_character = false) {
  for (const char* lang : langs) {
    Context ctx;
    ctx.lang = lang;
    const LanguagePack& pack = PackFor(lang);
    const LanguagePack copy = pack;
    for (const std::string& text : texts) {
      ParseInput with{text, &ctx, &pack, 0}, without{text, &ctx, &copy, 0};
      for (size_t pos = 0; pos < text.size();
           pos += by_character ? DecodeAt(text, pos).len : 1) {
        INFO("lang '" << lang << "', text '" << text << "', byte " << pos);
        check(with, without, pos);
      }
    }
  }
}

TEST_CASE("MayStartDateAt passes every position a date can start at", "[values][dates]") {
  AtEveryPosition(Texts(), [](const ParseInput& in, size_t pos) {
    if (PieceReadDateKeeps(in, pos)) CHECK(MayStartDateAt(in, pos));
  });
}

// The per-pack tables only skip lookups that would fail: a copy of a pack,
// which has none, gets the same answers.
TEST_CASE("MayStartDateAt answers alike with and without its tables", "[values][dates]") {
  std::vector<std::string> texts = Texts();
  for (const char* extra :
       {"Sept 22",  "sept. 22", "AUGUST 1", "Août",  "juIN", "Ma",     "m",         "Shandong",
        "décembre", "Décembre", "x 12月",   "12 年", "22日", "１２月", "au centre", "aug",
        "Aug.",     "AUG 3",    "mai",      "MAI",   "MA",   "mar",    "Mars",      "sept",
        "Sept.",    "déc",      "dec",      "Dec.",  "jui",  "juil.",  "ju",        "j",
        // The screens after a number: letter triples, suffixes, Han starts.
        "6 Anhui", "22 Anq", "6 An", "6 and 7 June", "27 au nord", "27 au nov.", "3 aux 4 mai",
        "9th June", "9th General", "3rd of May", "1st", "2ème mai", "2èmes", "7.2 billion",
        "22.8.2017", "5 \t juin", "5\xC2\xA0juin", "5 ,juin", "5\n juin", "一月", "黑龙江",
        "十二", "〇", "正月初一", "12 月", "3 日", "5 일", "2014 년", "1st-2nd June", "5.06.2017",
        "5.6", "5..", "5-", "5-6-2017", "5/12/2017", "31.12.2017 ", "3.１２.2017", "1er janvier",
        "1er\xC2\xA0janvier", "21st\tJune", "2nd, June", "2nd", "1stJune", "3rd-4th", "1er-2 mai",
        "1re", "1ère", "12th\n", "5 th June", "5TH JUNE", "5thé", "27 au.", "27 au\n3 mai",
        "27 aug 3", "27 aoû", "27 ao", "3 de", "May.", "mai,", "jun-", "Ma", "au", "et",
        // The byte tables after a day: one byte, or one space and a letter.
        "1 Henan", "2\nShandong", "25,", "5 ", "5 J", "5 j", "5 Ju", "5 ju ", "5 s", "5 'x",
        "5 ~6", "5x", "5s", "5 S", "22 au", "22 aU", "12 de", "3 年", "3 月", "3 日", "5 일",
        "5 \xC2\xA0juin", "5 )", "5 -6 mai", "5 &", "31 to", "31 t", "31 tô"}) {
    texts.push_back(extra);
  }
  AtEveryPositionWithAndWithoutTables(texts, [](const ParseInput& with,
                                                 const ParseInput& without, size_t pos) {
    CHECK(MayStartDateAt(with, pos) == MayStartDateAt(without, pos));
  });
}

bool SamePiece(const DatePiece& a, const DatePiece& b) {
  auto key = [](const DatePiece& p) {
    return std::make_tuple(p.year, p.month, p.day, p.begin, p.end, p.day_span.begin,
                           p.day_span.end, p.month_span.begin, p.month_span.end,
                           p.year_span.begin, p.year_span.end, p.marked);
  };
  return key(a) == key(b);
}

// The month name MayStartDateAt leaves in a MonthSeen is the one
// ReadDatePiece would match: pieces read with it, at the screened position
// and after it, are the pieces read without.
TEST_CASE("ReadDatePiece reads alike with the month MayStartDateAt saw", "[values][dates]") {
  std::vector<std::string> texts = Texts();
  for (const char* extra : {"June 22, 2010", "22 août 2017", "11 Juillet 2007", "6 au 8 mai",
                            "22 et 23 novembre 2007", "May the", "Sept. 3", "3 Sept. 2001"}) {
    texts.push_back(extra);
  }
  AtEveryPosition(texts, [](const ParseInput& in, size_t pos) {
    MonthSeen seen;
    if (!MayStartDateAt(in, pos, &seen) || seen.pos == std::string_view::npos) return;
    for (size_t at : {pos, seen.pos}) {
      for (bool bare : {true, false}) {
        DatePiece with, without;
        bool found = ReadDatePiece(in, at, bare, &with, &seen);
        CHECK(found == ReadDatePiece(in, at, bare, &without));
        if (found) CHECK(SamePiece(with, without));
      }
    }
  });
}

// ReadDatePiece's shortcuts (a bare year before plain ASCII, a month name
// screened by its first letters) use the pack's tables: a copy of a pack,
// which has none, reads every piece the long way and must read the same.
TEST_CASE("ReadDatePiece reads alike with and without its tables", "[values][dates]") {
  std::vector<std::string> texts = Texts();
  for (const char* extra :
       {"in 2016 is", "en 2007,", "2004. Propose", "2004.", "2004.5", "2004. 10. 22.", "2004-",
        "2004-x", "2004/1", "2004/x", "2004 -", "2014 年", "2014年", "2014 년", "2014\xC2\xA0年",
        "2014 \t年", "2014", "2014 ", "1999a", "1999é", "2100 x", "0999 x", "1000)", "2099\n",
        "2010-06", "2014. 10", "2014.\xC2\xA0" "10", "2014.\t10", "2014. \xEF\xBC\x91", "2014１",
        "2014 8月", "2014 8 月", "2014, June 3", "2014 to 2015", "2014 and June", "2014 et 2015",
        "2014~2015", "2014\n年", "2014 日", "2014 월", "the May", "Sept. 3", "mayor", "Ju ly",
        // ISO days of ASCII digits, and what breaks them.
        "2010-06-24", "2010/06/24", "2010-6-4 ", "2010-06-24x", "2010-06-245", "2010-13-01",
        "2010-00-10", "2010-02-30", "2012-02-29", "2010-06-00", "2010-06-24年", "2010-06/24",
        "2010-06-2\xEF\xBC\x94", "2010-0\xEF\xBC\x96-24", "President2010-06-24\n", "1999-12-31.",
        "2100-01-01", "0999-01-01", "2010-06-", "2010--06", "2010-06", "2010-006-24", "2010-06-24-",
        "2010/06-24", "2010-06-24 au 2010-06-25", "2010-06-24\xC3\xA9", "2010-6-4"}) {
    texts.push_back(extra);
  }
  AtEveryPositionWithAndWithoutTables(texts, [](const ParseInput& with,
                                                 const ParseInput& without, size_t pos) {
    for (bool bare : {true, false}) {
      DatePiece a, b;
      bool found = ReadDatePiece(with, pos, bare, &a);
      CHECK(found == ReadDatePiece(without, pos, bare, &b));
      if (found) CHECK(SamePiece(a, b));
    }
  });
}

// At every position of each text before + word + after, a word table
// answers (where it does not defer) just as the list matches there:
// MatchBefore for a table of words before a date, else MatchAt.
template <typename Table>
void AgreesWithList(const char* lang, const Table& table, const PhraseList& list,
                    bool backwards, const std::vector<std::string>& before,
                    const std::vector<std::string>& words,
                    const std::vector<std::string>& after) {
  for (const std::string& b : before) {
    for (const std::string& w : words) {
      for (const std::string& a : after) {
        std::string text = b + w + a;
        for (size_t pos = 0; pos <= text.size(); ++pos) {
          PhraseList::Match m, expected;
          WordBeforeTable::Answer answer = table.Find(text, pos, &m);
          if (answer == WordBeforeTable::kAsk) continue;
          INFO("lang '" << lang << "', text '" << text << "', byte " << pos);
          bool found = backwards ? list.MatchBefore(text, pos, &expected)
                                 : list.MatchAt(text, pos, &expected);
          REQUIRE((answer == WordBeforeTable::kFound) == found);
          if (!found) continue;
          CHECK(m.index == expected.index);
          CHECK(m.begin == expected.begin);
          CHECK(m.end == expected.end);
        }
      }
    }
  }
}

// WordBeforeTable answers for a list only as the list would: at every
// position of each entry written with the words, punctuation and spaces
// that may come before and after it, in every case.
TEST_CASE("WordBeforeTable finds what MatchBefore finds", "[values][dates]") {
  const std::vector<std::string> before = {"", " ", "  ", "\n", "x", "ab", "1", "'", "\xE2\x80\x99",
                                           "-", ",", "(", "\xC3\xA9", "jusqu'", "jusqu\xE2\x80\x99",
                                           "dès ", "as ", "à partir ", "\t", "l'", "since ",
                                           // Words of up to 12 letters are looked up.
                                           "abcdefghij", "abcdefghij ", "Heilongjiang "};
  const std::vector<std::string> after = {"", " ", " 2016", "2016", "x", ".", ",", "\xC3\xA9",
                                          "\xE5\xB9\xB4"};
  for (const char* lang : {"", "fr", "en", "ko", "zh"}) {
    const LanguagePack& pack = PackFor(lang);
    for (const PhraseList* list : {&pack.date_cues, &pack.weekdays}) {
      WordBeforeTable table(*list);
      std::vector<std::string> words;
      for (size_t i = 0; i < list->size(); ++i) {
        std::string w = list->phrase(i), upper = w, first = w;
        for (char& c : upper) c = char(std::toupper(static_cast<unsigned char>(c)));
        first[0] = char(std::toupper(static_cast<unsigned char>(first[0])));
        for (const std::string& v : {w, upper, first, w.substr(1), w + "s", "n" + w}) {
          words.push_back(v);
        }
      }
      AgreesWithList(lang, table, *list, /*backwards=*/true, before, words, after);
    }
  }
}

// WordAtTable answers for a list only as the list would: at every
// position of each entry written with the words, punctuation and spaces
// that may come before and after it, in every case, Latin-1 capitals too.
TEST_CASE("WordAtTable finds what MatchAt finds", "[values][dates]") {
  const std::vector<std::string> before = {"", " ", "\n", "x", "1", "'", "\xC3\xA9", "-", "(",
                                           "\t", "le ", "abcdefghij"};
  const std::vector<std::string> after = {"", " ", " 2017", "2017", "x", ".", ",", "'", "-",
                                          "\t", "\n", "\xC3\xA9", "\xC3\x89", "\xE2\x80\x99",
                                          "\xE5\xB9\xB4", " de", "abcdefghij"};
  // Latin-1 capitals and small letters, two bytes from 0xC3.
  auto latin1_upper = [](std::string w) {
    for (size_t i = 0; i + 1 < w.size(); ++i) {
      unsigned char c = static_cast<unsigned char>(w[i + 1]);
      if (static_cast<unsigned char>(w[i]) == 0xC3 && c >= 0xA0 && c <= 0xBE && c != 0xB7) {
        w[i + 1] = char(c - 0x20);
      }
    }
    return w;
  };
  for (const char* lang : {"", "fr", "en", "ko", "zh"}) {
    const LanguagePack& pack = PackFor(lang);
    for (const PhraseList* list : {&pack.months, &pack.range_joiners, &pack.day_joiners}) {
      WordAtTable table(*list);
      std::vector<std::string> words = {"\xC3\x9F", "stra\xC3\x9F" "e", "\xC3\xB7x", "a\xC3\x97"};
      for (size_t i = 0; i < list->size(); ++i) {
        std::string w = list->phrase(i), upper = w, first = w;
        for (char& c : upper) c = char(std::toupper(static_cast<unsigned char>(c)));
        first[0] = char(std::toupper(static_cast<unsigned char>(first[0])));
        for (const std::string& v : {w, upper, first, latin1_upper(w), latin1_upper(upper),
                                     w.substr(1), w.substr(0, w.size() - 1), w + "s", "n" + w,
                                     w + "\xC3\xA8"}) {
          words.push_back(v);
        }
      }
      AgreesWithList(lang, table, *list, /*backwards=*/false, before, words, after);
    }
  }
}

// A word's key holds at most 10 letters, ASCII or Latin-1: a longer word
// is left to the list, as is one that stops at another character.
TEST_CASE("WordAtTable keys words of at most 10 letters", "[values][dates]") {
  const std::vector<std::pair<std::string, WordAtTable::Stop>> cases = {
      {"abcdefghij", WordAtTable::kWord},       {"abcdefghij x", WordAtTable::kWord},
      {"abcdefghijk", WordAtTable::kNoWord},    {"d\xC3\xA9" "cembre.", WordAtTable::kWord},
      {"ao\xC3\xBBt\xE2\x80\x99", WordAtTable::kOther}, {"1", WordAtTable::kNoWord},
      {"\xC5\x93uvre", WordAtTable::kNoWord}};
  for (const auto& [text, stop] : cases) {
    size_t p = 0;
    uint64_t key;
    INFO(text);
    CHECK(WordAtTable::LettersAt(text.data(), text.size(), false, &p, &key) == stop);
  }
}

// The words that are no month ("may") all pass the tables' first test.
TEST_CASE("MayBeLowercaseNotMonth passes every word that is no month", "[values][dates]") {
  for (const char* lang : {"", "fr", "en", "ko", "zh"}) {
    const LanguagePack& pack = PackFor(lang);
    const StartTables tables(pack);
    for (const std::string& word : pack.lowercase_not_months) {
      INFO("lang '" << lang << "', word '" << word << "'");
      CHECK(tables.MayBeLowercaseNotMonth(word));
    }
  }
}

// A word's key holds at most 12 letters: a longer word is left to the
// list, or a 12-letter entry would be found at its end.
TEST_CASE("WordBeforeTable keys words of at most 12 letters", "[values][dates]") {
  const std::vector<std::pair<std::string, bool>> cases = {
      {"x abcdefghijkl", true}, {"abcdefghijkl", true}, {"x abcdefghijklm", false}};
  for (const auto& [text, keyed] : cases) {
    size_t p = text.size();
    uint64_t key = 0;
    INFO(text);
    CHECK(WordBeforeTable::AddLettersBefore(text.data(), &p, &key) == keyed);
    if (keyed) CHECK(text.size() - p == 12);
  }
}

// ReadDate's cue and weekday lookups use the pack's tables: a copy of a
// pack, which has none, asks the lists and must read the same dates.
TEST_CASE("ReadDate reads alike with and without its tables", "[values][dates]") {
  std::vector<std::string> texts;
  for (const char* cue : {"", "in ", "In ", "IN ", "en ", "since ", "depuis ", "dès ", "dès le ",
                          "jusqu'en ", "jusqu\xE2\x80\x99" "en ", "à partir de ", "as of ", "of ",
                          "from ", "du ", "entre ", "courant ", "x-in ", "1in ", "\xC3\xA9in ",
                          "begin ", "(in ", "在", "자 "}) {
    for (const char* weekday : {"", "Monday, ", "monday ", "lundi ", "Mon. ", "mon ", "Sun, ",
                                "星期一", "월요일 ", "a ", "Wednesday,\n"}) {
      for (const char* date : {"2016", "2016.", "22 août 2017", "June 22", "June 22, 2010",
                               "22 et 23 novembre 2007", "2010-06-24", "2017年8月22日",
                               "6 au 8 mai", "2014년 10월", "22 AOÛT 2017", "22 Août",
                               "may 22", "May 22", "22 may 2010", "June 22-23, 2010",
                               "22 juin au 3 juillet 2010 depuis", "2014 to 2016"}) {
        texts.push_back(std::string("x ") + weekday + cue + date);
        texts.push_back(std::string(weekday) + cue + date + " is");
      }
    }
  }
  AtEveryPositionWithAndWithoutTables(texts, [](const ParseInput& with,
                                                 const ParseInput& without, size_t pos) {
    Candidate a, b;
    bool found = ReadDate(with, pos, &a);
    REQUIRE(found == ReadDate(without, pos, &b));
    if (!found) return;
    CHECK(a.value.date == b.value.date);
    CHECK(a.value.date_end == b.value.date_end);
    CHECK(a.value.span.begin == b.value.span.begin);
    CHECK(a.value.span.end == b.value.span.end);
    CHECK(std::string(a.pattern_head) == b.pattern_head);
    REQUIRE(a.value.parts.size() == b.value.parts.size());
    for (size_t i = 0; i < a.value.parts.size(); ++i) {
      // Parts come in text order.
      if (i > 0) CHECK(a.value.parts[i - 1].span.end <= a.value.parts[i].span.begin);
      CHECK(a.value.parts[i].name == b.value.parts[i].name);
      CHECK(a.value.parts[i].span.begin == b.value.parts[i].span.begin);
      CHECK(a.value.parts[i].span.end == b.value.parts[i].span.end);
    }
  });
}

// ReadAddress compares suffixes only after a character one may begin with,
// from the pack's tables: a copy of a pack, without them, compares them
// after every character and must read the same addresses.
TEST_CASE("ReadAddress reads alike with and without its tables", "[values][address]") {
  const std::vector<std::string> heads = {"浙江省", "吉林省", "地址：", "地址:", "内蒙古自治区", ""};
  const std::vector<std::string> places = {
      "杭州市", "长春市", "延边朝鲜族自治州", "大兴安岭地区", "锡林郭勒盟", "杭州", "杭州市市",
      "市", "", "A市", "杭\xE3\x90\x80市", "\xE3\x90\x80市", "杭州市\xE3\x90\x80"};
  const std::vector<std::string> districts = {"西湖区", "龙井县", "正蓝旗", "延吉市", "", "区区",
                                              "西湖", "西湖 区"};
  const std::vector<std::string> streets = {"文三路", "新发路", "果戈里大街", "长安大道", "西街",
                                            "南锣鼓巷", "东四十条胡同", "弄", "武康道", "路路",
                                            "文三", "一二三四五六七八九十一二路", ""};
  const std::vector<std::string> tails = {"90号", "300号", "45-4号", "28-1", "1號", "东部软件园1号楼",
                                          "", " 90号", "A座#3"};
  std::vector<std::string> texts;
  for (const auto& h : heads) {
    for (const auto& c : places) {
      for (const auto& d : districts) {
        for (const auto& st : streets) {
          for (const auto& t : tails) texts.push_back(h + c + d + st + t);
        }
      }
    }
  }
  AtEveryPositionWithAndWithoutTables(
      texts,
      [](const ParseInput& with, const ParseInput& without, size_t pos) {
        Candidate a, b;
        bool found = ReadAddress(with, pos, &a);
        REQUIRE(found == ReadAddress(without, pos, &b));
        if (!found) return;
        CHECK(a.value.span.begin == b.value.span.begin);
        CHECK(a.value.span.end == b.value.span.end);
        REQUIRE(a.value.parts.size() == b.value.parts.size());
        for (size_t i = 0; i < a.value.parts.size(); ++i) {
          CHECK(a.value.parts[i].name == b.value.parts[i].name);
          CHECK(a.value.parts[i].span.begin == b.value.parts[i].span.begin);
          CHECK(a.value.parts[i].span.end == b.value.parts[i].span.end);
        }
      },
      {"", "zh"}, /*by_character=*/true);
}

// MayStartDateAt answers at kana and Han (U+3000..U+9FFF) from a table of
// the characters that begin a month name or a number word, before any
// call: at each such character, before the markers and words a CJK date
// goes on with, it passes every one where the piece readers find a date.
TEST_CASE("MayStartDateAt passes every CJK character a date can start at", "[values][dates]") {
  std::vector<std::string> texts;
  for (char32_t c = 0x3000; c < 0xA000; ++c) {
    std::string head;
    AppendUtf8(c, &head);
    for (const char* tail : {"", "月", "年8月", "十二月", "日", "〇一七年", "月22日"}) {
      texts.push_back(head + tail);
    }
  }
  int passed = 0;
  for (const char* lang : {"", "zh", "ko"}) {
    Context ctx;
    ctx.lang = lang;
    const LanguagePack& pack = PackFor(lang);
    for (const std::string& text : texts) {
      ParseInput in{text, &ctx, &pack, 0};
      if (!PieceReadDateKeeps(in, 0)) continue;
      INFO("lang '" << lang << "', text '" << text << "'");
      CHECK(MayStartDateAt(in, 0));
      ++passed;
    }
  }
  CHECK(passed > 0);  // the texts hold dates: "一月", "十二月", "二〇一七年"
}

TEST_CASE("MayStartDateAt turns away numbers that start no date", "[values][dates]") {
  Context ctx;
  const LanguagePack& pack = PackFor("");
  for (const char* text :
       {"96 au centre", "8 Shandong", "3000 habitants", "1 Henan", "2ème", "0 km",
        "1234567890 juin", "millions", "6 au centre", "7.2 billion", "黑龙江省", "6 Anhui",
       "27 au nord", "1\nThe", "9th General", "www.henan.gov.cn"}) {
    ParseInput in{text, &ctx, &pack, 0};
    INFO(text);
    CHECK_FALSE(MayStartDateAt(in, 0));
  }
  for (const char* text : {"22 juin", "1er mai", "22 et 23 juin", "8月", "2010", "22/08/2017",
                           "June 22", "6 au 8 mai", "二〇一七年"}) {
    ParseInput in{text, &ctx, &pack, 0};
    INFO(text);
    CHECK(MayStartDateAt(in, 0));
  }
}

}  // namespace
}  // namespace values
}  // namespace twinmap
