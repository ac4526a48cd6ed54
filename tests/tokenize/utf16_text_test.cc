// ConvertToUtf16: the UTF-16 copy given to ICU and its index back to UTF-8.
#include "tokenize/utf16_text.h"

#include <catch2/catch.hpp>

namespace twinmap {
namespace tokenize {
namespace {

struct Converted {
  std::u16string units;
  std::vector<uint32_t> to_utf8;
  bool supplementary;
  bool replacement;
};

Converted Convert(const std::string& text) {
  Utf16Text u;
  ConvertToUtf16(text, &u);
  return Converted{
      std::u16string(u.units.data(), u.size),
      std::vector<uint32_t>(u.to_utf8.begin(), u.to_utf8.begin() + u.size + 1),
      u.has_supplementary, u.has_replacement};
}

TEST_CASE("ASCII and two-byte characters map unit by unit") {
  Converted c = Convert("a\xC3\xA9z");  // aéz
  CHECK(c.units == u"a\u00e9z");
  CHECK(c.to_utf8 == std::vector<uint32_t>{0, 1, 3, 4});
  CHECK_FALSE(c.supplementary);
  CHECK_FALSE(c.replacement);
}

TEST_CASE("Long ASCII runs take the eight-byte path") {
  std::string text =
      "0123456789abcdefghij\xE4\xB8\xAD"
      "xyz";  // ...中xyz
  Converted c = Convert(text);
  REQUIRE(c.units.size() == 24);
  CHECK(c.units[19] == u'j');
  CHECK(c.units[20] == u'\u4e2d');
  CHECK(c.to_utf8[20] == 20);
  CHECK(c.to_utf8[21] == 23);
  CHECK(c.to_utf8[24] == text.size());
}

TEST_CASE("A four-byte character becomes a surrogate pair at one offset") {
  Converted c = Convert("x\xF0\x9F\x98\x80y");  // x😀y
  CHECK(c.units == u"x\U0001F600y");
  CHECK(c.to_utf8 == std::vector<uint32_t>{0, 1, 1, 5, 6});
  CHECK(c.supplementary);
}

struct BadRow {
  std::string text;
  std::u16string units;
  std::vector<uint32_t> to_utf8;
};

TEST_CASE("Each invalid byte becomes one U+FFFD mapped to that byte") {
  const BadRow rows[] = {
      {"\x80", u"\ufffd", {0, 1}},               // lone continuation
      {"a\xC3", u"a\ufffd", {0, 1, 2}},          // truncated at end
      {"\xC3z", u"\ufffdz", {0, 1, 2}},          // missing continuation
      {"\xC0\xAF", u"\ufffd\ufffd", {0, 1, 2}},  // overlong
      {"\xE0\x80\xAF", u"\ufffd\ufffd\ufffd", {0, 1, 2, 3}},  // overlong 3
      {"\xED\xA0\x80", u"\ufffd\ufffd\ufffd", {0, 1, 2, 3}},  // surrogate
      {"\xF4\x90\x80\x80", u"\ufffd\ufffd\ufffd\ufffd", {0, 1, 2, 3, 4}},
      {"\xFF", u"\ufffd", {0, 1}},
      {"\xE4\xB8", u"\ufffd\ufffd", {0, 1, 2}},  // truncated 3-byte
  };
  for (const BadRow& row : rows) {
    INFO("bytes: " << row.text.size());
    Converted c = Convert(row.text);
    CHECK(c.units == row.units);
    CHECK(c.to_utf8 == row.to_utf8);
    CHECK(c.replacement);
  }
}

TEST_CASE("A decoded U+FFFD is flagged too") {
  CHECK(Convert("\xEF\xBF\xBD").replacement);
}

TEST_CASE("Buffers are reused across texts of different sizes") {
  Utf16Text u;
  ConvertToUtf16(std::string(100, 'a'), &u);
  ConvertToUtf16("b\xC3\xA9", &u);
  CHECK(u.size == 2);
  CHECK(u.units[1] == u'\u00e9');
  CHECK(u.to_utf8[2] == 3);
  CHECK_FALSE(u.has_replacement);
}

}  // namespace
}  // namespace tokenize
}  // namespace twinmap
