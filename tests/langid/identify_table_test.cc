// Identify() on single texts: one row per (text, expected language).
#include <catch2/catch.hpp>
#include <string>

#include "langid/langid.h"

namespace twinmap {
namespace langid {
namespace {

struct Row {
  const char* text;
  Lang expected;
};

const Row kRows[] = {
    // French: stop words, elisions, accents.
    {"Nancy et Kunming ont sign\u00e9 le 22 ao\u00fbt 2017 la lettre "
     "d\u2019intention de leur jumelage.",
     Lang::kFr},
    {"Liste des 82 collectivit\u00e9s chinoises pr\u00e9-inscrites", Lang::kFr},
    {"Publi\u00e9 le", Lang::kFr},
    {"C'est une bonne chose pour les Nanc\u00e9iens et pour l'avenir.",
     Lang::kFr},
    {"La convention a \u00e9t\u00e9 sign\u00e9e par le maire.", Lang::kFr},
    {"capitale de la province de Yunnan", Lang::kFr},
    {"R\u00e9gion autonome des Zhuangs", Lang::kFr},
    {"LES DEUX MAIRES ONT MIS AU C\u0152UR DU JUMELAGE", Lang::kFr},
    // English.
    {"The hub of exchange & cooperation in Northeast Asia", Lang::kEn},
    {"Chongqing is the largest automotive production base in China.",
     Lang::kEn},
    {"Hubei and Hunan joined the Association at the 6th Annual Meeting in "
     "Busan in 2006",
     Lang::kEn},
    {"It has a population of 4 million, an area of 18,600 km2.", Lang::kEn},
    {"more information\nReturn to top of page", Lang::kEn},
    {"THE CITY HAS BEEN TWINNED WITH NANCY", Lang::kEn},
    {"Hunan's Friendship Cities have experienced the transformation",
     Lang::kEn},
    // Korean: Hangul majority.
    {"\ub3d9\ubd81\uc544\uc2dc\uc544\uc9c0\ubc29\uc815\ubd80\uc5f0\ud569 "
     "\ub85c\uace0",
     Lang::kKo},  // 동북아시아지방정부연합 로고
    {"\uc9c0\uc5ed\ub2e8\uccb4 \ubaa9\ub85d", Lang::kKo},  // 지역단체 목록
    {"\ud648\ud398\uc774\uc9c0", Lang::kKo},               // 홈페이지
    {"\ud55c\uad6d\uc5b4 \ubb38\uc7a5\uc785\ub2c8\ub2e4. Korea 2023",
     Lang::kKo},
    // Chinese: Han majority, no kana.
    {"\u5b89\u5fbd\u7701\u5408\u80a5\u5e02\u5305\u6cb3\u533a\u4e2d\u5c71"
     "\u8def1\u53f7",
     Lang::kZh},  // 安徽省合肥市包河区中山路1号
    {"\u6e56\u5357\u7701\u957f\u6c99\u5e02\u8299\u84c9\u533a\u97f6\u5c71"
     "\u5317\u8def12\u53f7",
     Lang::kZh},  // 湖南省长沙市芙蓉区韶山北路12号
    {"\u4e2d\u534e\u4eba\u6c11\u5171\u548c\u56fd People", Lang::kZh},
    // Undetermined: too little evidence, a tie, or a language we do not know.
    {"", Lang::kUnd},
    {"2007", Lang::kUnd},
    {"a", Lang::kUnd},
    {"de", Lang::kUnd},
    {"le the", Lang::kUnd},
    {"www.henan.gov.cn", Lang::kUnd},
    {"Membership History", Lang::kUnd},
    {"Relations internationales", Lang::kUnd},
    {"Hauts -de- Seine", Lang::kUnd},
    {"\u2022 \u2014 12:30 +86", Lang::kUnd},
    {"All Rights Reserved.\u6e58ICP\u590708102974\u53f7", Lang::kUnd},
    {"\u30ab\u30bf\u30ab\u30ca\u3068\u3072\u3089\u304c\u306a \u65e5\u672c",
     Lang::kUnd},  // Japanese kana
    {"\u65e5\u672c\u8a9e\u306e\u30c6\u30ad\u30b9\u30c8", Lang::kUnd},
    {"\u041c\u043e\u0441\u043a\u0432\u0430 \u0441\u0442\u043e\u043b\u0438"
     "\u0446\u0430",
     Lang::kUnd},  // Cyrillic
};

TEST_CASE("Identify table: text -> language") {
  STATIC_REQUIRE(sizeof(kRows) / sizeof(kRows[0]) >= 25);
  for (const Row& row : kRows) {
    INFO("text: " << row.text);
    LangGuess guess = Identify(row.text);
    CHECK(std::string(ToString(guess.lang)) == ToString(row.expected));
    CHECK_FALSE(guess.from_page);
    if (guess.lang == Lang::kUnd) {
      CHECK(guess.confidence == 0);
    } else {
      CHECK(guess.confidence > 0);
      CHECK(guess.confidence <= 1);
    }
  }
}

TEST_CASE("More evidence gives more confidence") {
  LangGuess short_fr = Identify("Publi\u00e9 le");
  LangGuess long_fr = Identify(
      "Les deux maires ont mis au c\u0153ur du jumelage les perspectives de "
      "collaboration entre les \u00e9tablissements.");
  REQUIRE(short_fr.lang == Lang::kFr);
  REQUIRE(long_fr.lang == Lang::kFr);
  CHECK(short_fr.confidence < long_fr.confidence);
  CHECK(long_fr.confidence == Approx(1.0));
}

TEST_CASE(
    "A mixed text takes the majority script, with its share as "
    "confidence") {
  // 4 Hangul letters, 3 Han letters.
  LangGuess guess = Identify("\ud648\ud398\uc774\uc9c0 \u5b89\u5fbd\u7701");
  CHECK(guess.lang == Lang::kKo);
  CHECK(guess.confidence == Approx(4.0 / 7.0));
}

TEST_CASE("Invalid UTF-8 is skipped, not a crash") {
  CHECK(Identify("\xFF\xFE le la les \xC3").lang == Lang::kFr);
  CHECK(Identify("\x80\x80\x80").lang == Lang::kUnd);
}

TEST_CASE("ToString names every language") {
  CHECK(std::string(ToString(Lang::kFr)) == "fr");
  CHECK(std::string(ToString(Lang::kEn)) == "en");
  CHECK(std::string(ToString(Lang::kKo)) == "ko");
  CHECK(std::string(ToString(Lang::kZh)) == "zh");
  CHECK(std::string(ToString(Lang::kUnd)) == "und");
}

}  // namespace
}  // namespace langid
}  // namespace twinmap
