// Detection and decoding of the corpus pages re-encoded in every encoding we
// accept. The re-encoding is done here with ICU, so no binary fixtures.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "ingest/corpus_pages.h"
#include "ingest/icu_codec.h"
#include "ingest/ingest.h"
#include "ingest/map_checks.h"

namespace twinmap::ingest {
namespace {

using testing::CheckEveryCharacterMapsBack;
using testing::CorpusPage;
using testing::EncodeAs;
using testing::ReadCorpusPages;

// Loads `raw` (the page `original` in `encoding`, after a BOM of `bom_size`
// bytes) with the encoding forced or detected, and checks the text and map.
Page CheckLoads(const std::string& raw, const std::string& source,
                const std::string& original, const std::string& encoding,
                uint64_t bom_size, bool forced) {
  INFO(source << " in " << encoding << (forced ? " (forced)" : " (detected)"));
  LoadOptions options;
  if (forced) options.encoding = encoding;
  DiagnosticSink sink;
  Result<Page> page = LoadBytes(raw, source, options, &sink);
  REQUIRE(page.ok());
  CHECK(page->encoding == encoding);
  CHECK(page->had_bom == (bom_size > 0));
  CHECK(page->replaced_bytes == 0);
  CHECK(sink.collected().empty());
  CHECK(page->text == original);
  CHECK(page->sha256 == Sha256Hex(raw));
  CheckEveryCharacterMapsBack(*page, bom_size);
  return std::move(page).value();
}

struct BomEncoding {
  const char* name;
  std::string bom;
};

const std::vector<BomEncoding>& BomEncodings() {
  static const auto* encodings = new std::vector<BomEncoding>{
      {"UTF-8", "\xEF\xBB\xBF"},
      {"UTF-16LE", std::string("\xFF\xFE", 2)},
      {"UTF-16BE", std::string("\xFE\xFF", 2)},
      {"UTF-32LE", std::string("\xFF\xFE\x00\x00", 4)},
      {"UTF-32BE", std::string("\x00\x00\xFE\xFF", 4)},
  };
  return *encodings;
}

const CorpusPage& PageNamed(const std::vector<CorpusPage>& pages,
                            const std::string& prefix) {
  for (const CorpusPage& page : pages) {
    if (page.name.compare(0, prefix.size(), prefix) == 0) return page;
  }
  FAIL("no corpus page starting with " << prefix);
  return pages.front();
}

TEST_CASE("Corpus pages with a BOM are detected by it") {
  for (const CorpusPage& page : ReadCorpusPages()) {
    for (const BomEncoding& encoding : BomEncodings()) {
      std::optional<std::string> body = EncodeAs(page.bytes, encoding.name);
      REQUIRE(body.has_value());
      const Page loaded = CheckLoads(encoding.bom + *body, page.name, page.bytes,
                                     encoding.name, encoding.bom.size(), false);
      CHECK(loaded.encoding_confidence == 100);
    }
  }
}

TEST_CASE("Corpus pages in GB18030 are detected") {
  for (const CorpusPage& page : ReadCorpusPages()) {
    std::optional<std::string> raw = EncodeAs(page.bytes, "GB18030");
    REQUIRE(raw.has_value());
    CheckLoads(*raw, page.name, page.bytes, "GB18030", 0, false);
  }
}

TEST_CASE("French and English pages in windows-1252 are detected") {
  const auto pages = ReadCorpusPages();
  std::vector<std::string> representable;
  for (const CorpusPage& page : pages) {
    std::optional<std::string> raw = EncodeAs(page.bytes, "windows-1252");
    if (!raw) continue;  // pages with CJK characters
    representable.push_back(page.name.substr(0, 3));
    CheckLoads(*raw, page.name, page.bytes, "windows-1252", 0, false);
  }
  // Both French pages must have been among them.
  CHECK(std::count(representable.begin(), representable.end(), "000") == 1);
  CHECK(std::count(representable.begin(), representable.end(), "004") == 1);
}

TEST_CASE("The Korean page in EUC-KR is detected") {
  // Page 002 mixes in simplified Chinese that EUC-KR cannot hold: keep the
  // lines that EUC-KR can (the Hangul title and headings among them).
  const auto pages = ReadCorpusPages();
  const CorpusPage& korean = PageNamed(pages, "002");
  const std::string kept = testing::KeepLines(korean.bytes, [](const std::string& line) {
    return EncodeAs(line, "EUC-KR").has_value();
  });
  REQUIRE(kept.find("\xEB\xA1\x9C\xEA\xB3\xA0") != std::string::npos);  // 로고
  std::optional<std::string> raw = EncodeAs(kept, "EUC-KR");
  REQUIRE(raw.has_value());
  CheckLoads(*raw, korean.name, kept, "EUC-KR", 0, false);
}

TEST_CASE("UTF-16 without a BOM is detected from its NUL bytes") {
  // Mostly-ASCII pages: every other byte is NUL, which is UTF-16, not binary.
  const auto pages = ReadCorpusPages();
  for (const char* prefix : {"000", "001"}) {
    const CorpusPage& page = PageNamed(pages, prefix);
    for (const char* encoding : {"UTF-16LE", "UTF-16BE"}) {
      std::optional<std::string> raw = EncodeAs(page.bytes, encoding);
      REQUIRE(raw.has_value());
      CheckLoads(*raw, page.name, page.bytes, encoding, 0, false);
    }
  }
}

TEST_CASE("Every representable page decodes exactly when the encoding is forced") {
  const char* encodings[] = {"UTF-8",    "UTF-16LE", "UTF-16BE",  "UTF-32LE",
                             "UTF-32BE", "GB18030",  "Big5",      "EUC-KR",
                             "Shift_JIS", "windows-1252"};
  int loaded = 0;
  for (const CorpusPage& page : ReadCorpusPages()) {
    for (const char* encoding : encodings) {
      // Whole page if it can be encoded, else the lines that can.
      std::string text = page.bytes;
      if (!EncodeAs(text, encoding)) {
        text = testing::KeepLines(page.bytes, [encoding](const std::string& line) {
          return EncodeAs(line, encoding).has_value();
        });
      }
      std::optional<std::string> raw = EncodeAs(text, encoding);
      REQUIRE(raw.has_value());
      if (raw->empty()) continue;
      CheckLoads(*raw, page.name, text, encoding, 0, true);
      ++loaded;
    }
  }
  CHECK(loaded == 50);
}

TEST_CASE("Big5 and Shift_JIS text with double-byte characters decodes exactly") {
  struct Row {
    const char* encoding;
    const char* utf8;
  };
  const Row rows[] = {
      {"Big5", "臺北市與高雄市的姊妹市 Taipei, Kaohsiung: 友好城市交流"},
      {"Shift_JIS", "東京都と横浜市の姉妹都市 Tokyo, Yokohama: ｶﾀｶﾅ 交流"},
      {"EUC-KR", "경상북도 자매결연 Gyeongsangbuk-do 交流"},
      {"GB18030", "湖南省长沙市 Changsha 𠀀 € é"},
  };
  for (const Row& row : rows) {
    std::optional<std::string> raw = EncodeAs(row.utf8, row.encoding);
    REQUIRE(raw.has_value());
    CheckLoads(*raw, "sample", row.utf8, row.encoding, 0, true);
  }
}

TEST_CASE("A lone final E9 is windows-1252, not truncated UTF-8") {
  // E9 starts a three-byte UTF-8 sequence; alone at the end it is an "é".
  const std::string raw = "Le conseil municipal de Nancy a vot\xE9";
  Result<Page> page = LoadBytes(raw, "vote.txt", LoadOptions(), nullptr);
  REQUIRE(page.ok());
  CHECK(page->encoding == "windows-1252");
  CHECK(page->text == "Le conseil municipal de Nancy a voté");
  CHECK(page->replaced_bytes == 0);
}

TEST_CASE("French with doubled accents stays windows-1252") {
  // "créée" puts two high bytes side by side; most accents stand alone.
  const std::string utf8 =
      "La commission a été créée à Nancy; les équipes créées à Kunming ont "
      "été reçues à l'hôtel de ville. Une délégation chinoise est arrivée "
      "le 22 août, accueillie par le maire. Le protocole a été signé.\n";
  std::optional<std::string> raw = EncodeAs(utf8, "windows-1252");
  REQUIRE(raw.has_value());
  CheckLoads(*raw, "creee.txt", utf8, "windows-1252", 0, false);
}

TEST_CASE("A legacy encoding's characters map to their own raw bytes") {
  // "湖南" in GB18030 is BA FE C4 CF: two 2-byte characters, each 3 UTF-8 bytes.
  const std::string raw = "\xBA\xFE\xC4\xCF" "1";
  LoadOptions options;
  options.encoding = "GB18030";
  Result<Page> page = LoadBytes(raw, "hunan.txt", options, nullptr);
  REQUIRE(page.ok());
  CHECK(page->text == "湖南1");
  CHECK(page->text_to_raw.ToInput(Span{0, 3}) == Span{0, 2});
  CHECK(page->text_to_raw.ToInput(Span{3, 6}) == Span{2, 4});
  CHECK(page->text_to_raw.ToInput(Span{6, 7}) == Span{4, 5});
  CHECK(page->text_to_raw.ToInput(Span{0, 7}) == Span{0, 5});
  // A span inside a character covers the whole character.
  CHECK(page->text_to_raw.ToInput(Span{1, 2}) == Span{0, 2});
}

}  // namespace
}  // namespace twinmap::ingest
