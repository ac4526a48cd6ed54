// StopWords::Parse and the embedded lists of rules/langid/.
#include "langid/stop_words.h"

#include <catch2/catch.hpp>
#include <string>

#include "langid/langid.h"

namespace twinmap {
namespace langid {
namespace {

TEST_CASE("Embedded stop-word lists parse") {
  Status status = DataStatus();
  INFO(status.ToString());
  CHECK(status.ok());
}

TEST_CASE("Parse reads words, elided forms and skips comments") {
  Result<StopWords> list = StopWords::Parse(
      "# comment\nle\n\nl'\nd'\n\u00e9t\u00e9\r\nqu'\n", "t.txt");
  REQUIRE(list.ok());
  CHECK(list->size() == 5);
  CHECK(list->Contains("le"));
  CHECK(list->Contains("\u00e9t\u00e9"));  // CRLF line end removed
  CHECK(list->ContainsElision("l"));
  CHECK(list->ContainsElision("qu"));
  CHECK_FALSE(list->Contains("l"));
  CHECK_FALSE(list->ContainsElision("le"));
  CHECK_FALSE(list->Contains("# comment"));
}

TEST_CASE("Empty data is an empty list") {
  Result<StopWords> list = StopWords::Parse("", "empty.txt");
  REQUIRE(list.ok());
  CHECK(list->size() == 0);
}

struct BadRow {
  const char* data;
  const char* where;  // "file:line"
  const char* why;
};

TEST_CASE("Bad entries are errors naming the file and line") {
  const BadRow rows[] = {
      {"le\nde la\n", "fr.txt:2", "character"},   // a space
      {"le\nLe\n", "fr.txt:2", "character"},      // upper case
      {"a1\n", "fr.txt:1", "character"},          // digit
      {"x\n\ny-z\n", "fr.txt:3", "character"},    // punctuation
      {"'\n", "fr.txt:1", "character"},           // a lone apostrophe
      {"l''\n", "fr.txt:1", "character"},         // two apostrophes
      {"le\n# c\nle\n", "fr.txt:3", "repeated"},  // duplicate
      {"l'\nl'\n", "fr.txt:2", "repeated"},       // duplicate elision
  };
  for (const BadRow& row : rows) {
    INFO("data: " << row.data);
    Result<StopWords> list = StopWords::Parse(row.data, "fr.txt");
    REQUIRE_FALSE(list.ok());
    CHECK(list.status().code() == Status::Code::kDataError);
    CHECK(list.status().message().find(row.where) == 0);
    CHECK(list.status().message().find(row.why) != std::string::npos);
  }
}

}  // namespace
}  // namespace langid
}  // namespace twinmap
