// Token kind (from ICU's rule status) and script (first strong character).
#include <catch2/catch.hpp>

#include "tokenize/segment_text.h"

namespace twinmap {
namespace tokenize {
namespace {

using testing::SegmentText;

struct KindRow {
  const char* text;  // one token
  TokenKind kind;
  Script script;
};

TEST_CASE("Single tokens get their kind and script") {
  const KindRow rows[] = {
      {"Bordeaux", TokenKind::kWord, Script::kLatin},
      {"coopération", TokenKind::kWord, Script::kLatin},
      {"franco", TokenKind::kWord, Script::kLatin},
      {"People’s", TokenKind::kWord, Script::kLatin},
      {"2007", TokenKind::kNumber, Script::kCommon},
      {"4.6", TokenKind::kNumber, Script::kCommon},
      {"21,473", TokenKind::kNumber, Script::kCommon},
      {"km2", TokenKind::kNumber, Script::kLatin},  // ICU: letters + digits
      {"홈페이지", TokenKind::kWord, Script::kHangul},
      {"中山路", TokenKind::kWord, Script::kHan},
      {"Москва", TokenKind::kWord, Script::kCyrillic},
      {"مدينة", TokenKind::kWord, Script::kArabic},
      {"Αθήνα", TokenKind::kWord, Script::kOther},
      {".", TokenKind::kPunctuation, Script::kCommon},
      {",", TokenKind::kPunctuation, Script::kCommon},
      {"-", TokenKind::kPunctuation, Script::kCommon},
      {"–", TokenKind::kPunctuation, Script::kCommon},
      {"(", TokenKind::kPunctuation, Script::kCommon},
      {"•", TokenKind::kPunctuation, Script::kCommon},
      {"&", TokenKind::kPunctuation, Script::kCommon},
      {"%", TokenKind::kPunctuation, Script::kCommon},
      {"+", TokenKind::kSymbol, Script::kCommon},
      {"€", TokenKind::kSymbol, Script::kCommon},
      {"<", TokenKind::kSymbol, Script::kCommon},
      {" ", TokenKind::kSpace, Script::kCommon},
      {"\t", TokenKind::kSpace, Script::kCommon},
      {"\n", TokenKind::kSpace, Script::kCommon},
      {"\r\n", TokenKind::kSpace, Script::kCommon},
      {"\xC2\xA0", TokenKind::kSpace, Script::kCommon},      // NBSP
      {"\xE3\x80\x80", TokenKind::kSpace, Script::kCommon},  // U+3000
  };
  for (const KindRow& row : rows) {
    INFO("text: \"" << row.text << "\"");
    Segmentation s = SegmentText(row.text);
    REQUIRE(s.tokens.size() == 1);
    CHECK(ToString(s.tokens[0].kind) == std::string(ToString(row.kind)));
    CHECK(ToString(s.tokens[0].script) == std::string(ToString(row.script)));
  }
}

TEST_CASE("Space runs are one token, a line break a token of its own") {
  std::string text = "a   b\n\nc";
  Segmentation s = SegmentText(text);
  std::vector<std::string> texts;
  for (const Token& t : s.tokens) texts.emplace_back(t.text.In(text));
  CHECK(texts == std::vector<std::string>{"a", "   ", "b", "\n", "\n", "c"});
}

TEST_CASE("ToString names every kind and script") {
  CHECK(std::string(ToString(TokenKind::kWord)) == "word");
  CHECK(std::string(ToString(TokenKind::kNumber)) == "number");
  CHECK(std::string(ToString(TokenKind::kPunctuation)) == "punctuation");
  CHECK(std::string(ToString(TokenKind::kSpace)) == "space");
  CHECK(std::string(ToString(TokenKind::kSymbol)) == "symbol");
  CHECK(std::string(ToString(Script::kCommon)) == "common");
  CHECK(std::string(ToString(Script::kLatin)) == "latin");
  CHECK(std::string(ToString(Script::kHan)) == "han");
  CHECK(std::string(ToString(Script::kHangul)) == "hangul");
  CHECK(std::string(ToString(Script::kKana)) == "kana");
  CHECK(std::string(ToString(Script::kCyrillic)) == "cyrillic");
  CHECK(std::string(ToString(Script::kArabic)) == "arabic");
  CHECK(std::string(ToString(Script::kOther)) == "other");
}

TEST_CASE("ScriptOf maps single code points") {
  CHECK(ScriptOf(U'a') == Script::kLatin);
  CHECK(ScriptOf(U'é') == Script::kLatin);
  CHECK(ScriptOf(U'7') == Script::kCommon);
  CHECK(ScriptOf(U'\u0301') == Script::kCommon);  // combining: Inherited
  CHECK(ScriptOf(U'中') == Script::kHan);
  CHECK(ScriptOf(U'\U00020000') == Script::kHan);  // CJK extension B
  CHECK(ScriptOf(U'한') == Script::kHangul);
  CHECK(ScriptOf(U'ひ') == Script::kKana);
  CHECK(ScriptOf(U'カ') == Script::kKana);
  CHECK(ScriptOf(U'Ж') == Script::kCyrillic);
  CHECK(ScriptOf(U'ب') == Script::kArabic);
  CHECK(ScriptOf(U'Ω') == Script::kOther);
  CHECK(ScriptOf(char32_t{0x110000}) == Script::kCommon);  // not a code point
}

}  // namespace
}  // namespace tokenize
}  // namespace twinmap
