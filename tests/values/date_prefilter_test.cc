// MayStartDateAt, the cheap test ReadDate begins with, never turns away a
// position where the piece readers would find something ReadDate keeps: a
// piece other than a bare day, or a bare day, a joiner and another piece.
// Checked at every position of text made of numbers, separators and the
// words that follow numbers in dates and outside them, in every pack.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "values/candidate.h"
#include "values/char_class.h"
#include "values/date_pieces.h"
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
      "黑龙江省", "二〇一七年", "二十二日", "2 billion", ""};
  std::vector<std::string> out;
  for (const auto& n : numbers) {
    for (const auto& g : gaps) {
      for (const auto& t : tails) out.push_back(n + g + t);
    }
  }
  for (const auto& t : tails) out.push_back("le " + t);
  return out;
}

TEST_CASE("MayStartDateAt passes every position a date can start at", "[values][dates]") {
  const std::vector<std::string> texts = Texts();
  for (const char* lang : {"", "fr", "en", "ko", "zh"}) {
    Context ctx;
    ctx.lang = lang;
    const LanguagePack& pack = PackFor(lang);
    for (const std::string& text : texts) {
      ParseInput in{text, &ctx, &pack, 0};
      for (size_t pos = 0; pos < text.size(); ++pos) {
        if (!PieceReadDateKeeps(in, pos)) continue;
        INFO("lang '" << lang << "', text '" << text << "', byte " << pos);
        CHECK(MayStartDateAt(in, pos));
      }
    }
  }
}

// The per-pack tables only skip lookups that would fail: a copy of a pack,
// which has none, gets the same answers.
TEST_CASE("MayStartDateAt answers alike with and without its tables", "[values][dates]") {
  std::vector<std::string> texts = Texts();
  for (const char* extra :
       {"Sept 22",  "sept. 22", "AUGUST 1", "Août",  "juIN", "Ma",     "m",         "Shandong",
        "décembre", "Décembre", "x 12月",   "12 年", "22日", "１２月", "au centre", "aug",
        "Aug.",     "AUG 3",    "mai",      "MAI",   "MA",   "mar",    "Mars",      "sept",
        "Sept.",    "déc",      "dec",      "Dec.",  "jui",  "juil.",  "ju",        "j"}) {
    texts.push_back(extra);
  }
  for (const char* lang : {"", "fr", "en", "ko", "zh"}) {
    Context ctx;
    ctx.lang = lang;
    const LanguagePack& pack = PackFor(lang);
    const LanguagePack copy = pack;
    for (const std::string& text : texts) {
      ParseInput with{text, &ctx, &pack, 0}, without{text, &ctx, &copy, 0};
      for (size_t pos = 0; pos < text.size(); ++pos) {
        INFO("lang '" << lang << "', text '" << text << "', byte " << pos);
        CHECK(MayStartDateAt(with, pos) == MayStartDateAt(without, pos));
      }
    }
  }
}

TEST_CASE("MayStartDateAt turns away numbers that start no date", "[values][dates]") {
  Context ctx;
  const LanguagePack& pack = PackFor("");
  for (const char* text :
       {"96 au centre", "8 Shandong", "3000 habitants", "1 Henan", "2ème", "0 km",
        "1234567890 juin", "millions", "6 au centre", "7.2 billion", "黑龙江省"}) {
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
