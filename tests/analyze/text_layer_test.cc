// Cross-stage invariants of the text layer on the real corpus.
#include <string>

#include <catch2/catch.hpp>

#include "analyze/analyze.h"
#include "ingest/corpus_pages.h"

namespace twinmap::analyze {
namespace {

using ingest::testing::ReadCorpusPages;

Result<AnalyzedPage> Analyze(const std::string& path) {
  return AnalyzeFile(path, ingest::LoadOptions{}, nullptr);
}

TEST_CASE("Every token's raw bytes equal its text on every corpus page") {
  auto pages = ReadCorpusPages();
  REQUIRE(pages.size() == 5);
  size_t tokens = 0;
  for (const auto& p : pages) {
    auto a = Analyze(p.path);
    REQUIRE(a.ok());
    for (const auto& t : a->segmentation.tokens) {
      REQUIRE(t.raw.end <= a->page.raw.size());
      REQUIRE(std::string(t.raw.In(a->page.raw)) == std::string(t.text.In(a->page.text)));
      ++tokens;
    }
  }
  CHECK(tokens > 5000);
}

TEST_CASE("Match key spans land on the raw bytes they were made from") {
  for (const auto& p : ReadCorpusPages()) {
    auto a = Analyze(p.path);
    REQUIRE(a.ok());
    REQUIRE(a->key_to_raw.out_size() == a->key.size());
    // Each key character maps back to raw bytes whose key is that character.
    size_t i = 0;
    while (i < a->key.size()) {
      size_t n = 1;
      while (i + n < a->key.size() && (a->key[i + n] & 0xC0) == 0x80) ++n;
      Span raw = a->key_to_raw.ToInput(Span{i, i + n});
      std::string back = normalize::MatchKey(std::string(raw.In(a->page.raw)));
      INFO(p.name << " key byte " << i);
      REQUIRE(back.find(a->key.substr(i, n)) != std::string::npos);
      i += n;
    }
  }
}

TEST_CASE("Damaged table cells keep their spans: Hauts -de- Seine") {
  std::string path = std::string(TWINMAP_CORPUS_DIR) + "/000_7eede3c9c10ae1fa.txt";
  auto a = Analyze(path);
  REQUIRE(a.ok());
  size_t at = a->page.raw.find("Hauts -de- \nSeine");
  REQUIRE(at != std::string::npos);
  std::string joined;
  for (const auto& t : a->segmentation.tokens) {
    if (t.raw.begin >= at && t.raw.end <= at + 17) joined += std::string(t.raw.In(a->page.raw));
  }
  CHECK(joined == "Hauts -de- \nSeine");
}

TEST_CASE("Block languages: fr, en and the mixed Korean page") {
  struct Expect { const char* page; const char* lang; };
  for (Expect e : {Expect{"000_7eede3c9c10ae1fa.txt", "fr"}, Expect{"004_4ee1a70c275ca0a4.txt", "fr"},
                   Expect{"001_9d29e5ca3dc93465.txt", "en"}, Expect{"003_afc91c5cb1843831.txt", "en"}}) {
    auto a = Analyze(std::string(TWINMAP_CORPUS_DIR) + "/" + e.page);
    REQUIRE(a.ok());
    // The language of most letters of the page.
    size_t agree = 0, decided = 0;
    for (size_t b = 0; b < a->block_langs.size(); ++b) {
      if (a->block_langs[b].lang == langid::Lang::kUnd) continue;
      ++decided;
      if (std::string(langid::ToString(a->block_langs[b].lang)) == e.lang) ++agree;
    }
    INFO(e.page);
    CHECK(agree * 10 >= decided * 9);
  }
  auto mixed = Analyze(std::string(TWINMAP_CORPUS_DIR) + "/002_7941bc9dae388bd5.txt");
  REQUIRE(mixed.ok());
  bool saw_ko = false, saw_en = false, saw_zh_token = false;
  for (const auto& g : mixed->block_langs) {
    saw_ko |= g.lang == langid::Lang::kKo;
    saw_en |= g.lang == langid::Lang::kEn;
  }
  for (const auto& t : mixed->segmentation.tokens) {
    saw_zh_token |= mixed->TokenLang(t) == langid::Lang::kZh;
  }
  CHECK(saw_ko);
  CHECK(saw_en);
  CHECK(saw_zh_token);
}

}  // namespace
}  // namespace twinmap::analyze
