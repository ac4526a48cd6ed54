// The five corpus pages: maps tile the output, every unit maps back to input
// text that normalises to it on its own, and the segment-by-segment result
// equals utf8proc's whole-text result.
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <utility>
#include <vector>

#include "map_checks.h"
#include "normalize/normalize.h"
#include "normalize/utf8proc_adapter.h"
#include "reference_key.h"

namespace twinmap {
namespace normalize {
namespace {

// Every page in the corpus folder (the *.txt files), path and bytes.
std::vector<std::pair<std::string, std::string>> Pages() {
  std::vector<std::pair<std::string, std::string>> pages;
  for (const auto& entry :
       std::filesystem::directory_iterator(TWINMAP_CORPUS_DIR)) {
    if (entry.path().extension() != ".txt") continue;
    std::ifstream file(entry.path(), std::ios::binary);
    pages.emplace_back(entry.path().string(),
                       std::string(std::istreambuf_iterator<char>(file), {}));
  }
  REQUIRE(pages.size() >= 5);
  return pages;
}

TEST_CASE("Corpus: key map tiles the output and units round-trip") {
  for (const auto& [name, page] : Pages()) {
    INFO(name);
    Normalized key = ToMatchKey(page);
    CheckMapTilesOutput(key, page.size());
    CheckEachUnitRoundTrips(page, key,
                            [](std::string_view s) { return MatchKey(s); });
  }
}

TEST_CASE("Corpus: display and strip_marks maps round-trip too") {
  for (const auto& [name, page] : Pages()) {
    INFO(name);
    Normalized display = ToDisplay(page);
    CheckMapTilesOutput(display, page.size());
    CheckEachUnitRoundTrips(
        page, display, [](std::string_view s) { return ToDisplay(s).text; });
    Normalized bare = ToMatchKey(page, KeyOptions{true});
    CheckMapTilesOutput(bare, page.size());
    CheckEachUnitRoundTrips(page, bare, [](std::string_view s) {
      return MatchKey(s, KeyOptions{true});
    });
  }
}

TEST_CASE("Corpus: results equal utf8proc's whole-text normalisation") {
  for (const auto& [name, page] : Pages()) {
    INFO(name);
    CHECK(ToDisplay(page).text ==
          internal::ReferenceNormalize(page, internal::Form::kCanonical));
    std::string key = ReferenceKey(page, internal::Form::kCompatFold);
    CHECK(ToMatchKey(page).text == key);
    CHECK(MatchKey(page) == key);
    CHECK(MatchKey(page, KeyOptions{true}) ==
          ReferenceKey(page, internal::Form::kCompatFoldNoMarks));
  }
}

}  // namespace
}  // namespace normalize
}  // namespace twinmap
