// The text_to_raw map itself, unit by unit, for each kind of decoding.
#include <catch2/catch.hpp>

#include <random>
#include <string>

#include "ingest/ingest.h"
#include "ingest/map_checks.h"

namespace twinmap::ingest {
namespace {

using testing::CheckEveryCharacterMapsBack;

Page Load(const std::string& raw, const std::string& encoding = "") {
  LoadOptions options;
  options.encoding = encoding;
  Result<Page> page = LoadBytes(raw, "map.txt", options, nullptr);
  REQUIRE(page.ok());
  return std::move(page).value();
}

TEST_CASE("windows-1252: one raw byte per character, two or three text bytes") {
  // "Kunming–Nancy, été" with an en dash (96) and é (E9).
  const Page page = Load("Kunming\x96Nancy, \xE9t\xE9", "windows-1252");
  CHECK(page.text == "Kunming–Nancy, été");
  const OffsetMap& map = page.text_to_raw;
  CHECK(map.ToInput(Span{0, 7}) == Span{0, 7});      // Kunming
  CHECK(map.ToInput(Span{7, 10}) == Span{7, 8});     // –
  CHECK(map.ToInput(Span{10, 15}) == Span{8, 13});   // Nancy
  CHECK(map.ToInput(Span{17, 19}) == Span{15, 16});  // é
  CHECK(map.ToInput(Span{17, 22}) == Span{15, 18});  // été
  CHECK(map.ToInput(Span{22, 22}) == Span{18, 18});  // the end
  CheckEveryCharacterMapsBack(page, 0);
}

TEST_CASE("UTF-16LE: BOM dropped, surrogate pair is one unit") {
  // BOM, "A", U+20000 (D840 DC00), "é".
  const std::string raw("\xFF\xFE" "A\0" "\x40\xD8\x00\xDC" "\xE9\x00", 10);
  const Page page = Load(raw);
  CHECK(page.encoding == "UTF-16LE");
  CHECK(page.had_bom);
  CHECK(page.text == "A\xF0\xA0\x80\x80\xC3\xA9");
  const OffsetMap& map = page.text_to_raw;
  CHECK(map.ToInput(Span{0, 1}) == Span{2, 4});
  CHECK(map.ToInput(Span{1, 5}) == Span{4, 8});
  CHECK(map.ToInput(Span{5, 7}) == Span{8, 10});
  CHECK(map.ToInput(Span{0, 7}) == Span{2, 10});
  CHECK(map.ToInput(Span{0, 0}) == Span{2, 2});
  CheckEveryCharacterMapsBack(page, 2);
}

TEST_CASE("UTF-32BE: four raw bytes per character") {
  const std::string raw("\0\0\xFE\xFF" "\0\0\0Z" "\0\0\x6E\x56", 12);  // Z 湖
  const Page page = Load(raw);
  CHECK(page.encoding == "UTF-32BE");
  CHECK(page.text == "Z湖");
  CHECK(page.text_to_raw.ToInput(Span{0, 1}) == Span{4, 8});
  CHECK(page.text_to_raw.ToInput(Span{1, 4}) == Span{8, 12});
  CheckEveryCharacterMapsBack(page, 4);
}

TEST_CASE("GB18030 four-byte characters map to all four bytes") {
  // "€" is A2 E3 (two bytes); "•" U+2022 is 81 36 A6 31 (four bytes).
  const Page page = Load("a\xA2\xE3" "b\x81\x36\xA6\x31" "c", "GB18030");
  CHECK(page.text == "a€b•c");
  CHECK(page.text_to_raw.ToInput(Span{1, 4}) == Span{1, 3});
  CHECK(page.text_to_raw.ToInput(Span{5, 8}) == Span{4, 8});
  CHECK(page.text_to_raw.ToInput(Span{8, 9}) == Span{8, 9});
  CheckEveryCharacterMapsBack(page, 0);
}

TEST_CASE("A replaced byte maps to itself alone") {
  LoadOptions options;
  options.encoding = "UTF-8";
  Result<Page> page = LoadBytes("ab\xFF" "c", "r.txt", options, nullptr);
  REQUIRE(page.ok());
  CHECK(page->text == "ab\xEF\xBF\xBD" "c");
  CHECK(page->text_to_raw.ToInput(Span{2, 5}) == Span{2, 3});
  CHECK(page->text_to_raw.ToInput(Span{5, 6}) == Span{3, 4});
  CHECK(page->text_to_raw.ToInput(Span{1, 6}) == Span{1, 4});
}

TEST_CASE("Valid UTF-8 stays one piece however long") {
  std::string raw;
  for (int i = 0; i < 1000; ++i) raw += "Nancy 南锡 Kunming 昆明\n";
  const Page page = Load(raw);
  CHECK(page.text_to_raw.pieces().size() == 1);
  CHECK(page.text == raw);
}

// The size of the BOM `raw` starts with, by the table in README.md.
uint64_t BomSize(const std::string& raw) {
  for (const std::string& bom :
       {std::string("\xFF\xFE\0\0", 4), std::string("\0\0\xFE\xFF", 4),
        std::string("\xEF\xBB\xBF"), std::string("\xFF\xFE"), std::string("\xFE\xFF")}) {
    if (raw.compare(0, bom.size(), bom) == 0) return bom.size();
  }
  return 0;
}

TEST_CASE("Random bytes load with an exact map or are refused as binary") {
  // Mostly ASCII letters and high bytes, sometimes a control or a NUL: every
  // path of detection gets exercised. Whatever comes out must be a Page whose
  // map is exact, or a DataError.
  std::mt19937 random(7);
  std::uniform_int_distribution<int> kind(0, 99), any(0, 255), letter('a', 'z'),
      high(0x80, 0xFF), length(1, 400);
  int loaded = 0, refused = 0;
  for (int round = 0; round < 400; ++round) {
    std::string raw(static_cast<size_t>(length(random)), ' ');
    const int high_share = round % 60;  // from all-ASCII to 60% high bytes
    for (char& c : raw) {
      const int k = kind(random);
      c = static_cast<char>(k < high_share ? high(random)
                            : k < 98      ? letter(random)
                                          : any(random));
    }
    INFO("round " << round);
    Result<Page> page = LoadBytes(raw, "random", LoadOptions(), nullptr);
    if (!page.ok()) {
      CHECK(page.status().code() == Status::Code::kDataError);
      ++refused;
      continue;
    }
    ++loaded;
    CHECK(page->raw == raw);
    CheckEveryCharacterMapsBack(*page, page->had_bom ? BomSize(raw) : 0);
  }
  CHECK(loaded > 0);
  CHECK(refused > 0);
}

}  // namespace
}  // namespace twinmap::ingest
