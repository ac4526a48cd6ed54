// Per-page and per-block languages of the five corpus pages.
#include <catch2/catch.hpp>
#include <string>

#include "langid/langid.h"
#include "tokenize/corpus_pages.h"

namespace twinmap {
namespace langid {
namespace {

using twinmap::testing::CorpusPage;
using twinmap::testing::CorpusPageStartingWith;

tokenize::Segmentation SegmentPage(const CorpusPage& page) {
  Result<tokenize::Segmentation> s =
      tokenize::Segment(page.text, OffsetMap::Identity(page.text.size()));
  REQUIRE(s.ok());
  return std::move(s).value();
}

bool HasWordToken(const tokenize::Segmentation& s, size_t block) {
  for (const tokenize::Token& t : s.tokens) {
    if (t.block == block && t.kind == tokenize::TokenKind::kWord) return true;
  }
  return false;
}

struct PageRow {
  const char* prefix;
  Lang lang;
};

TEST_CASE("Whole pages: 000 and 004 French, 001 and 003 English") {
  const PageRow rows[] = {{"000", Lang::kFr},
                          {"001", Lang::kEn},
                          {"003", Lang::kEn},
                          {"004", Lang::kFr},
                          {"002", Lang::kEn}};  // 002: English has most letters
  for (const PageRow& row : rows) {
    const CorpusPage& page = CorpusPageStartingWith(row.prefix);
    INFO(page.name);
    REQUIRE(!page.text.empty());
    LangGuess guess = Identify(page.text);
    CHECK(std::string(ToString(guess.lang)) == ToString(row.lang));
    CHECK(guess.confidence > 0.8);
  }
}

TEST_CASE("Every block with words on a one-language page gets that language") {
  const PageRow rows[] = {{"000", Lang::kFr},
                          {"001", Lang::kEn},
                          {"003", Lang::kEn},
                          {"004", Lang::kFr}};
  for (const PageRow& row : rows) {
    const CorpusPage& page = CorpusPageStartingWith(row.prefix);
    INFO(page.name);
    tokenize::Segmentation s = SegmentPage(page);
    std::vector<LangGuess> guesses = IdentifyBlocks(page.text, s);
    REQUIRE(guesses.size() == s.blocks.size());
    size_t decided_alone = 0;
    for (size_t b = 0; b < s.blocks.size(); ++b) {
      std::string_view block = s.blocks[b].text.In(page.text);
      INFO("block " << b << ": " << block);
      LangGuess alone = Identify(block);
      if (HasWordToken(s, b)) {
        CHECK(guesses[b].lang == row.lang);
      } else {
        CHECK(guesses[b].lang == Lang::kUnd);
      }
      // A block borrows the page's language exactly when it is und alone;
      // alone it is never the other language.
      CHECK(guesses[b].from_page ==
            (alone.lang == Lang::kUnd && guesses[b].lang != Lang::kUnd));
      CHECK((alone.lang == row.lang || alone.lang == Lang::kUnd));
      decided_alone += alone.lang == row.lang;
    }
    // Most prose blocks decide on their own evidence.
    CHECK(decided_alone * 3 >= s.blocks.size());
  }
}

// Letters of `text` by script, counted independently of langid.
struct ScriptCounts {
  size_t latin = 0, han = 0, hangul = 0;
};
ScriptCounts CountScripts(std::string_view text) {
  ScriptCounts c;
  tokenize::Segmentation s = [&] {
    Result<tokenize::Segmentation> r =
        tokenize::Segment(text, OffsetMap::Identity(text.size()));
    REQUIRE(r.ok());
    return std::move(r).value();
  }();
  for (const tokenize::Token& t : s.tokens) {
    if (t.kind != tokenize::TokenKind::kWord) continue;
    size_t chars = 0;
    for (char byte : t.text.In(text)) chars += (byte & 0xC0) != 0x80;
    switch (t.script) {
      case tokenize::Script::kLatin:
        c.latin += chars;
        break;
      case tokenize::Script::kHan:
        c.han += chars;
        break;
      case tokenize::Script::kHangul:
        c.hangul += chars;
        break;
      default:
        break;
    }
  }
  return c;
}

TEST_CASE("Page 002 is mixed by block: Korean logo, English text") {
  const CorpusPage& page = CorpusPageStartingWith("002");
  tokenize::Segmentation s = SegmentPage(page);
  std::vector<LangGuess> guesses = IdentifyBlocks(page.text, s);
  REQUIRE(guesses.size() == s.blocks.size());
  auto block_text = [&](size_t b) { return s.blocks[b].text.In(page.text); };

  REQUIRE(block_text(0) == "동북아시아지방정부연합 로고");
  CHECK(guesses[0].lang == Lang::kKo);
  CHECK_FALSE(guesses[0].from_page);
  CHECK(guesses[0].confidence == Approx(1.0));

  REQUIRE(block_text(1) ==
          "The hub of exchange & cooperation in Northeast Asia");
  CHECK(guesses[1].lang == Lang::kEn);
  CHECK_FALSE(guesses[1].from_page);

  size_t english_alone = 0;
  for (size_t b = 1; b < s.blocks.size(); ++b) {
    INFO("block " << b << ": " << block_text(b));
    CHECK(guesses[b].lang == Lang::kEn);
    english_alone += !guesses[b].from_page;
  }
  CHECK(english_alone >= 3);  // the hub line and the two bullet lists
}

TEST_CASE("Page 002 contact table: Latin letters are the majority, so en") {
  const CorpusPage& page = CorpusPageStartingWith("002");
  tokenize::Segmentation s = SegmentPage(page);
  std::vector<LangGuess> guesses = IdentifyBlocks(page.text, s);
  size_t table = s.blocks.size() - 1;
  std::string_view text = s.blocks[table].text.In(page.text);
  REQUIRE(text.substr(0, 12) == "지역단체");
  // English labels and names, Chinese addresses, Korean links: counted in
  // characters, Latin leads (254 : 204 : 62 with ICU 72).
  ScriptCounts counts = CountScripts(text);
  CHECK(counts.latin > counts.han);
  CHECK(counts.han > counts.hangul);
  CHECK(counts.hangul > 0);
  // The Latin part has no stop words, so the block alone is und and takes
  // the page's Latin language.
  CHECK(Identify(text).lang == Lang::kUnd);
  CHECK(guesses[table].lang == Lang::kEn);
  CHECK(guesses[table].from_page);
  // Token by token, scripts decide where they can.
  for (const tokenize::Token& t : s.tokens) {
    if (t.block != table) continue;
    std::string_view word = t.text.In(page.text);
    if (word == "安徽省") CHECK(TokenLang(t, guesses) == Lang::kZh);
    if (word == "홈페이지") CHECK(TokenLang(t, guesses) == Lang::kKo);
    if (word == "Province") CHECK(TokenLang(t, guesses) == Lang::kEn);
  }
}

}  // namespace
}  // namespace langid
}  // namespace twinmap
