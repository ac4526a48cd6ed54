// Words in Korean and Chinese text: Hangul runs stay whole, Han runs are
// split by ICU's dictionary.
#include <catch2/catch.hpp>

#include "tokenize/corpus_pages.h"
#include "tokenize/segment_text.h"

namespace twinmap {
namespace tokenize {
namespace {

using testing::FindToken;
using testing::NonSpaceTokens;
using testing::SegmentText;

TEST_CASE("Korean words stay whole in page 002") {
  const auto& page = twinmap::testing::CorpusPageStartingWith("002");
  Segmentation s = SegmentText(page.text);
  for (const char* word :
       {"동북아시아지방정부연합", "홈페이지", "로고", "지역단체", "목록"}) {
    INFO(word);
    const Token* t = FindToken(page.text, s, word);
    REQUIRE(t != nullptr);
    CHECK(t->kind == TokenKind::kWord);
    CHECK(t->script == Script::kHangul);
  }
  const Token* first = FindToken(page.text, s, "동북아시아지방정부연합");
  CHECK(first->line == 1);
  CHECK(first->column == 1);
  // 14 table rows end with the same link text.
  size_t links = 0;
  for (const Token& t : s.tokens) links += t.text.In(page.text) == "홈페이지";
  CHECK(links == 14);
}

TEST_CASE("Korean run without spaces is one token") {
  std::string text = "동북아시아지방정부연합 로고";
  CHECK(NonSpaceTokens(text, SegmentText(text)) ==
        std::vector<std::string>{"동북아시아지방정부연합", "로고"});
}

TEST_CASE("Chinese address splits into dictionary words and a number") {
  std::string text = "安徽省合肥市包河区中山路1号";
  Segmentation s = SegmentText(text);
  // What ICU 72's dictionary gives: province, city and road names are
  // dictionary words; the district name 包河 is not in it and falls apart.
  CHECK(NonSpaceTokens(text, s) ==
        std::vector<std::string>{"安徽省", "合肥市", "包", "河", "区", "中山路",
                                 "1", "号"});
  for (const Token& t : s.tokens) {
    INFO(t.text.In(text));
    if (t.text.In(text) == "1") {
      CHECK(t.kind == TokenKind::kNumber);
      CHECK(t.script == Script::kCommon);
    } else {
      CHECK(t.kind == TokenKind::kWord);
      CHECK(t.script == Script::kHan);
    }
  }
}

TEST_CASE("Chinese address columns count characters") {
  std::string text = "1 Anhui +86 安徽省合肥市";
  Segmentation s = SegmentText(text);
  const Token* city = FindToken(text, s, "合肥市");
  REQUIRE(city != nullptr);
  CHECK(city->column == 16);
}

TEST_CASE("Japanese kana is its own script") {
  std::string text = "カタカナ";
  Segmentation s = SegmentText(text);
  REQUIRE(!s.tokens.empty());
  CHECK(s.tokens[0].kind == TokenKind::kWord);
  CHECK(s.tokens[0].script == Script::kKana);
}

}  // namespace
}  // namespace tokenize
}  // namespace twinmap
