// Loading clean input: SHA-256, the corpus as UTF-8, BOMs, forced encodings.
#include <catch2/catch.hpp>

#include <fstream>

#include "ingest/corpus_pages.h"
#include "ingest/ingest.h"
#include "ingest/map_checks.h"

namespace twinmap::ingest {
namespace {

using testing::ReadCorpusPages;

TEST_CASE("Sha256Hex matches the FIPS 180-2 test vectors") {
  CHECK(Sha256Hex("") ==
        "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  CHECK(Sha256Hex("abc") ==
        "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  CHECK(Sha256Hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq") ==
        "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
  CHECK(Sha256Hex(std::string(1000000, 'a')) ==
        "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
}

TEST_CASE("Every corpus page loads as UTF-8 with an identity map") {
  const auto pages = ReadCorpusPages();
  REQUIRE(pages.size() == 5);
  for (const auto& corpus_page : pages) {
    INFO(corpus_page.name);
    DiagnosticSink sink;
    Result<Page> page = LoadFile(corpus_page.path, LoadOptions(), &sink);
    REQUIRE(page.ok());
    CHECK(page->source == corpus_page.path);
    CHECK(page->raw == corpus_page.bytes);
    CHECK(page->sha256 == Sha256Hex(corpus_page.bytes));
    CHECK(page->sha256.size() == 64);
    CHECK(page->encoding == "UTF-8");
    CHECK(page->encoding_confidence == 100);
    CHECK_FALSE(page->had_bom);
    CHECK(page->text == page->raw);
    CHECK(page->replaced_bytes == 0);
    // Valid UTF-8 copied as is is a single linear piece: the identity.
    REQUIRE(page->text_to_raw.pieces().size() == 1);
    const OffsetMap::Piece& piece = page->text_to_raw.pieces()[0];
    CHECK(piece.out_begin == 0);
    CHECK(piece.in_begin == 0);
    CHECK(piece.out_len == page->raw.size());
    CHECK(piece.in_len == page->raw.size());
    CHECK(sink.collected().empty());
    testing::CheckEveryCharacterMapsBack(*page, 0);
  }
}

TEST_CASE("LoadFile and LoadBytes agree") {
  const auto pages = ReadCorpusPages();
  REQUIRE_FALSE(pages.empty());
  Result<Page> from_file = LoadFile(pages[0].path, LoadOptions(), nullptr);
  Result<Page> from_bytes =
      LoadBytes(pages[0].bytes, pages[0].path, LoadOptions(), nullptr);
  REQUIRE(from_file.ok());
  REQUIRE(from_bytes.ok());
  CHECK(from_file->text == from_bytes->text);
  CHECK(from_file->sha256 == from_bytes->sha256);
  CHECK(from_file->encoding == from_bytes->encoding);
}

TEST_CASE("A UTF-8 BOM is dropped and the map skips it") {
  const std::string raw = "\xEF\xBB\xBF" "caf\xC3\xA9";
  Result<Page> page = LoadBytes(raw, "bom.txt", LoadOptions(), nullptr);
  REQUIRE(page.ok());
  CHECK(page->encoding == "UTF-8");
  CHECK(page->had_bom);
  CHECK(page->encoding_confidence == 100);
  CHECK(page->text == "caf\xC3\xA9");
  CHECK(page->sha256 == Sha256Hex(raw));
  CHECK(page->text_to_raw.ToInput(Span{0, 3}) == Span{3, 6});
  CHECK(page->text_to_raw.ToInput(Span{3, 5}) == Span{6, 8});
  CHECK(page->text_to_raw.ToInput(Span{5, 5}) == Span{8, 8});
}

TEST_CASE("A page that is only a BOM has no text") {
  Result<Page> page = LoadBytes("\xEF\xBB\xBF", "only_bom.txt", LoadOptions(), nullptr);
  REQUIRE_FALSE(page.ok());
  CHECK(page.status().code() == Status::Code::kDataError);
  CHECK_THAT(page.status().message(), Catch::Contains("only_bom.txt"));
}

TEST_CASE("A forced encoding wins over detection") {
  // Valid UTF-8 ("Ã©"), but the caller says windows-1252.
  LoadOptions options;
  options.encoding = "cp1252";
  Result<Page> page = LoadBytes("\xC3\xA9", "forced.txt", options, nullptr);
  REQUIRE(page.ok());
  CHECK(page->encoding == "windows-1252");
  CHECK(page->encoding_confidence == 100);
  CHECK(page->text == "\xC3\x83\xC2\xA9");
  CHECK(page->text_to_raw.ToInput(Span{0, 2}) == Span{0, 1});
  CHECK(page->text_to_raw.ToInput(Span{2, 4}) == Span{1, 2});
}

TEST_CASE("A forced UTF-16 encoding drops its own BOM only") {
  LoadOptions options;
  options.encoding = "utf-16le";
  Result<Page> page = LoadBytes(std::string("\xFF\xFE" "A\0", 4), "f.txt", options, nullptr);
  REQUIRE(page.ok());
  CHECK(page->had_bom);
  CHECK(page->text == "A");
  options.encoding = "UTF-16BE";  // FF FE is U+FFFE, a noncharacter, kept
  page = LoadBytes(std::string("\xFF\xFE\0A", 4), "f.txt", options, nullptr);
  REQUIRE(page.ok());
  CHECK_FALSE(page->had_bom);
  CHECK(page->text == "\xEF\xBF\xBE" "A");
}

TEST_CASE("An unknown forced encoding is an InvalidArgument naming it") {
  LoadOptions options;
  options.encoding = "EBCDIC-FR";
  Result<Page> page = LoadBytes("abc", "x.txt", options, nullptr);
  REQUIRE_FALSE(page.ok());
  CHECK(page.status().code() == Status::Code::kInvalidArgument);
  CHECK_THAT(page.status().message(), Catch::Contains("EBCDIC-FR"));
  CHECK_THAT(page.status().message(), Catch::Contains("x.txt"));
}

TEST_CASE("CanonicalEncoding accepts common spellings") {
  struct Row {
    const char* given;
    const char* canonical;
  };
  const Row rows[] = {
      {"utf8", "UTF-8"},           {"UTF-8", "UTF-8"},
      {"utf_16_le", "UTF-16LE"},   {"UTF-16BE", "UTF-16BE"},
      {"utf-32le", "UTF-32LE"},    {"UTF32BE", "UTF-32BE"},
      {"gbk", "GB18030"},          {"GB2312", "GB18030"},
      {"gb18030", "GB18030"},      {"big5", "Big5"},
      {"euc-kr", "EUC-KR"},        {"cp949", "EUC-KR"},
      {"Shift-JIS", "Shift_JIS"},  {"sjis", "Shift_JIS"},
      {"CP1252", "windows-1252"},  {"Windows-1252", "windows-1252"},
      {"latin1", "ISO-8859-1"},    {"ISO_8859-1", "ISO-8859-1"},
  };
  for (const Row& row : rows) {
    INFO(row.given);
    CHECK(CanonicalEncoding(row.given) == std::optional<std::string>(row.canonical));
  }
  CHECK_FALSE(CanonicalEncoding("koi8-r").has_value());
  CHECK_FALSE(CanonicalEncoding("").has_value());
}

TEST_CASE("Pure ASCII is UTF-8 with full confidence") {
  Result<Page> page = LoadBytes("Nancy, Kunming\n", "ascii.txt", LoadOptions(), nullptr);
  REQUIRE(page.ok());
  CHECK(page->encoding == "UTF-8");
  CHECK(page->encoding_confidence == 100);
  CHECK(page->text_to_raw.pieces().size() == 1);
}

}  // namespace
}  // namespace twinmap::ingest
