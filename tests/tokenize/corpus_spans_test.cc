// Span invariants of Segment() over the five corpus pages (identity map).
#include <catch2/catch.hpp>

#include "base/offset_map.h"
#include "tokenize/corpus_pages.h"
#include "tokenize/tokenize.h"

namespace twinmap {
namespace tokenize {
namespace {

using testing::CorpusPage;
using testing::CorpusPages;

Segmentation SegmentPage(const CorpusPage& page) {
  Result<Segmentation> result =
      Segment(page.text, OffsetMap::Identity(page.text.size()));
  REQUIRE(result.ok());
  return std::move(result).value();
}

// raw.substr(item.raw) == text.substr(item.text) for every item.
template <typename Item>
void CheckRawShowsText(const std::string& text, const std::vector<Item>& items,
                       const char* what) {
  for (size_t i = 0; i < items.size(); ++i) {
    INFO(what << " #" << i);
    REQUIRE(items[i].text.end <= text.size());
    REQUIRE(items[i].raw.end <= text.size());
    CHECK(items[i].raw.In(text) == items[i].text.In(text));
  }
}

TEST_CASE("Corpus has five pages") { REQUIRE(CorpusPages().size() == 5); }

TEST_CASE("Raw spans show the same text as text spans on every corpus page") {
  for (const CorpusPage& page : CorpusPages()) {
    INFO(page.name);
    Segmentation s = SegmentPage(page);
    CHECK(!s.tokens.empty());
    CHECK(!s.lines.empty());
    CHECK(!s.blocks.empty());
    CHECK(!s.sentences.empty());
    CheckRawShowsText(page.text, s.tokens, "token");
    CheckRawShowsText(page.text, s.lines, "line");
    CheckRawShowsText(page.text, s.blocks, "block");
    CheckRawShowsText(page.text, s.sentences, "sentence");
  }
}

TEST_CASE("Tokens tile every corpus page in order with no gap") {
  for (const CorpusPage& page : CorpusPages()) {
    INFO(page.name);
    Segmentation s = SegmentPage(page);
    uint64_t at = 0;
    std::string rebuilt;
    for (const Token& t : s.tokens) {
      REQUIRE(t.text.begin == at);
      REQUIRE(t.text.end > t.text.begin);
      at = t.text.end;
      rebuilt += t.text.In(page.text);
    }
    CHECK(at == page.text.size());
    CHECK(rebuilt == page.text);
  }
}

TEST_CASE("Line and column of every token agree with counting the file") {
  for (const CorpusPage& page : CorpusPages()) {
    INFO(page.name);
    Segmentation s = SegmentPage(page);
    // Independent count: the corpus uses "\n" only (checked here too).
    REQUIRE(page.text.find('\r') == std::string::npos);
    uint32_t line = 1, column = 1;
    uint64_t pos = 0;
    for (const Token& t : s.tokens) {
      for (; pos < t.text.begin; ++pos) {
        unsigned char c = page.text[pos];
        if (c == '\n') {
          ++line;
          column = 1;
        } else if ((c & 0xC0) != 0x80) {
          ++column;
        }
      }
      INFO("token at byte " << t.text.begin << ": " << t.text.In(page.text));
      REQUIRE(t.line == line);
      REQUIRE(t.column == column);
    }
  }
}

TEST_CASE("Henan in page 000 is on line 49, column 3") {
  const CorpusPage& page = testing::CorpusPageStartingWith("000");
  Segmentation s = SegmentPage(page);
  const Token* henan = nullptr;
  for (const Token& t : s.tokens) {
    if (t.text.In(page.text) == "Henan") {
      henan = &t;
      break;
    }
  }
  REQUIRE(henan != nullptr);
  // The file's line 49 is "1 Henan 96 au centre de la Chine ".
  CHECK(henan->line == 49);
  CHECK(henan->column == 3);
  CHECK(s.lines[48].text.In(page.text) == "1 Henan 96 au centre de la Chine ");
  CHECK(henan->kind == TokenKind::kWord);
  CHECK(henan->script == Script::kLatin);
}

TEST_CASE("Columns in page 004 count code points, not bytes") {
  const CorpusPage& page = testing::CorpusPageStartingWith("004");
  Segmentation s = SegmentPage(page);
  auto find = [&](std::string_view word) -> const Token* {
    for (const Token& t : s.tokens) {
      if (t.text.In(page.text) == word) return &t;
    }
    return nullptr;
  };
  // Line 3 is "Nancy et Kunming (Chine) désormais partenaires".
  const Token* kunming = find("Kunming");
  const Token* partenaires = find("partenaires");
  REQUIRE(kunming != nullptr);
  REQUIRE(partenaires != nullptr);
  CHECK(kunming->line == 3);
  CHECK(kunming->column == 10);
  CHECK(partenaires->line == 3);
  CHECK(partenaires->column == 36);  // "é" is one column, two bytes
}

TEST_CASE("Lines hold no line break and are numbered from 1") {
  for (const CorpusPage& page : CorpusPages()) {
    INFO(page.name);
    Segmentation s = SegmentPage(page);
    for (size_t i = 0; i < s.lines.size(); ++i) {
      CHECK(s.lines[i].number == i + 1);
      CHECK(s.lines[i].text.In(page.text).find('\n') == std::string::npos);
      if (i > 0) CHECK(s.lines[i].text.begin == s.lines[i - 1].text.end + 1);
    }
  }
}

TEST_CASE("Blocks cover their lines, sentences lie in their block") {
  for (const CorpusPage& page : CorpusPages()) {
    INFO(page.name);
    Segmentation s = SegmentPage(page);
    for (size_t b = 0; b < s.blocks.size(); ++b) {
      const Block& block = s.blocks[b];
      REQUIRE(block.first_line >= 1);
      REQUIRE(block.last_line <= s.lines.size());
      CHECK(block.text.begin == s.lines[block.first_line - 1].text.begin);
      CHECK(block.text.end == s.lines[block.last_line - 1].text.end);
      if (b > 0) CHECK(block.first_line > s.blocks[b - 1].last_line + 1);
    }
    for (size_t i = 0; i < s.sentences.size(); ++i) {
      const Sentence& sentence = s.sentences[i];
      REQUIRE(sentence.block < s.blocks.size());
      CHECK(s.blocks[sentence.block].text.Contains(sentence.text));
      CHECK(!sentence.text.empty());
      if (i > 0) CHECK(sentence.text.begin >= s.sentences[i - 1].text.end);
    }
  }
}

TEST_CASE("Token block and sentence indexes agree with the spans") {
  for (const CorpusPage& page : CorpusPages()) {
    INFO(page.name);
    Segmentation s = SegmentPage(page);
    for (const Token& t : s.tokens) {
      INFO("token at byte " << t.text.begin);
      if (t.block == kNoIndex) {
        CHECK(t.kind == TokenKind::kSpace);
        CHECK(t.sentence == kNoIndex);
        continue;
      }
      REQUIRE(t.block < s.blocks.size());
      CHECK(s.blocks[t.block].text.Contains(Span{t.text.begin, t.text.begin}));
      if (t.sentence == kNoIndex) {
        CHECK(t.kind == TokenKind::kSpace);
        continue;
      }
      REQUIRE(t.sentence < s.sentences.size());
      CHECK(s.sentences[t.sentence].block == t.block);
      CHECK(s.sentences[t.sentence].text.Contains(t.text));
    }
  }
}

}  // namespace
}  // namespace tokenize
}  // namespace twinmap
