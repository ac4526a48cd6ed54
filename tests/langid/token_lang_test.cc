// TokenLang: by script when it decides, else the block's language.
#include <catch2/catch.hpp>

#include "langid/langid.h"

namespace twinmap {
namespace langid {
namespace {

tokenize::Token MakeToken(tokenize::Script script, uint32_t block) {
  tokenize::Token t{};
  t.kind = tokenize::TokenKind::kWord;
  t.script = script;
  t.block = block;
  return t;
}

TEST_CASE("Hangul is ko and Han is zh whatever the block") {
  std::vector<LangGuess> blocks = {{Lang::kEn, 1.0, false}};
  CHECK(TokenLang(MakeToken(tokenize::Script::kHangul, 0), blocks) ==
        Lang::kKo);
  CHECK(TokenLang(MakeToken(tokenize::Script::kHan, 0), blocks) == Lang::kZh);
  CHECK(TokenLang(MakeToken(tokenize::Script::kKana, 0), blocks) == Lang::kUnd);
}

TEST_CASE("Latin and Common tokens take the block's language") {
  std::vector<LangGuess> blocks = {{Lang::kFr, 1.0, false},
                                   {Lang::kKo, 0.9, false}};
  CHECK(TokenLang(MakeToken(tokenize::Script::kLatin, 0), blocks) == Lang::kFr);
  CHECK(TokenLang(MakeToken(tokenize::Script::kLatin, 1), blocks) == Lang::kKo);
  CHECK(TokenLang(MakeToken(tokenize::Script::kCommon, 1), blocks) ==
        Lang::kKo);
}

TEST_CASE("A token outside any block, or past the guesses, is und") {
  std::vector<LangGuess> blocks = {{Lang::kFr, 1.0, false}};
  CHECK(TokenLang(MakeToken(tokenize::Script::kCommon, tokenize::kNoIndex),
                  blocks) == Lang::kUnd);
  CHECK(TokenLang(MakeToken(tokenize::Script::kLatin, 5), blocks) ==
        Lang::kUnd);
}

TEST_CASE("IdentifyBlocks of an empty segmentation is empty") {
  tokenize::Segmentation empty;
  CHECK(IdentifyBlocks("", empty).empty());
}

TEST_CASE("IdentifyBlocks ignores a block that lies outside the text") {
  tokenize::Segmentation s;
  s.blocks.push_back(tokenize::Block{Span{0, 100}, Span{0, 100}, 1, 1});
  std::vector<LangGuess> guesses = IdentifyBlocks("short", s);
  REQUIRE(guesses.size() == 1);
  CHECK(guesses[0].lang == Lang::kUnd);
}

}  // namespace
}  // namespace langid
}  // namespace twinmap
