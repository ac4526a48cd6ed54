// Bad and odd input never crashes Scan or Parse, and every span stays
// inside the text: one test per kind of bad input.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <string>

#include "values/values.h"

namespace twinmap {
namespace values {
namespace {

void CheckSpans(const std::string& text, const std::vector<Value>& found) {
  uint64_t last_end = 0;
  for (const Value& v : found) {
    CHECK(v.span.begin <= v.span.end);
    CHECK(v.span.end <= text.size());
    CHECK(v.span.begin >= last_end);  // left to right, no overlap
    last_end = v.span.end;
    for (const Part& p : v.parts) CHECK(v.span.Contains(p.span));
    CHECK_FALSE(ToJson(v, text).empty());
  }
}

void ScanAll(const std::string& text) {
  for (const char* lang : {"fr", "en", "ko", "zh", ""}) {
    Context ctx;
    ctx.lang = lang;
    CheckSpans(text, Scan(text, ctx));
  }
}

TEST_CASE("robust: empty and blank text") {
  ScanAll("");
  ScanAll("   \n\t  ");
  Context ctx;
  CHECK_FALSE(Parse("", ValueType::kNumber, ctx).ok());
  CHECK_FALSE(Parse("  \n", ValueType::kDate, ctx).ok());
}

TEST_CASE("robust: invalid UTF-8 bytes") {
  ScanAll("12\xff\xfe 34 \xc3 km2 \xe4\xb8 万 \xed\xa0\x80 2017\x80");
  ScanAll("\xe4\xb8");  // truncated at the end
  ScanAll("5\xe4");
}

TEST_CASE("robust: NUL bytes and control characters") {
  ScanAll(std::string("12\0 34\0km2", 10));
  ScanAll("\x01\x02 3 \x1b[0m 4");
}

TEST_CASE("robust: very long digit runs and huge numbers") {
  std::string digits(5000, '9');
  ScanAll(digits);
  ScanAll("1" + std::string(400, '0') + " million");
  ScanAll(std::string(300, '1') + "," + std::string(3, '2'));
  ScanAll("九九九九九九九九九九九九九九九九九九九九亿亿亿亿亿亿");
}

TEST_CASE("robust: separators and signs with nothing around them") {
  ScanAll("+ - / : , . % $ € 年 月 日 万 亿 만 억 www. http:// @ @@ ..");
  ScanAll("+86-");
  ScanAll("2017年");
  ScanAll("plus de");
  ScanAll("22 et");
}

TEST_CASE("robust: a value at the very end and very start") {
  Context ctx;
  ctx.lang = "en";
  std::vector<Value> v = Scan("over 5", ctx);
  REQUIRE(v.size() == 1);
  CHECK(v[0].span.end == 6);
  v = Scan("5%", ctx);
  REQUIRE(v.size() == 1);
  CHECK(v[0].span.begin == 0);
}

TEST_CASE("robust: shuffled corpus bytes") {
  std::mt19937 rng(20240611);
  for (const auto& entry : std::filesystem::directory_iterator(TWINMAP_CORPUS_DIR)) {
    if (entry.path().extension() != ".txt") continue;
    std::ifstream in(entry.path(), std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    std::string page = ss.str();
    INFO(entry.path().filename().string());
    ScanAll(page);
    for (int round = 0; round < 20; ++round) {
      std::string mutated = page;
      for (int k = 0; k < 50 && !mutated.empty(); ++k) {
        size_t at = rng() % mutated.size();
        switch (rng() % 3) {
          case 0: mutated[at] = char(rng() % 256); break;
          case 1: mutated.erase(at, 1 + rng() % 4); break;
          default: mutated.insert(at, 1, "0123456789+-.,:/年月万억%"[rng() % 24]); break;
        }
      }
      ScanAll(mutated);
    }
  }
}

}  // namespace
}  // namespace values
}  // namespace twinmap
