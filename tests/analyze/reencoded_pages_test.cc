// The same pages in other encodings give the same tokens, with spans that
// point into their own bytes.
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "analyze/analyze.h"
#include "ingest/corpus_pages.h"
#include "ingest/icu_codec.h"

namespace twinmap::analyze {
namespace {

using ingest::testing::EncodeAs;
using ingest::testing::ReadCorpusPages;
using ingest::testing::StrictDecoder;

// Analyses `utf8` and the same text as `raw` (in `encoding`), and checks that
// the tokens agree and each raw span decodes to its token's text.
void CheckSameTokens(const std::string& name, const std::string& utf8,
                     const std::string& raw, const std::string& encoding,
                     const std::string& icu_name) {
  auto reference = AnalyzeBytes(utf8, name, ingest::LoadOptions{}, nullptr);
  auto other = AnalyzeBytes(raw, name + " as " + encoding, ingest::LoadOptions{}, nullptr);
  REQUIRE(reference.ok());
  REQUIRE(other.ok());
  INFO(name << " as " << encoding);
  CHECK(other->page.encoding == encoding);
  const auto& want = reference->segmentation.tokens;
  const auto& got = other->segmentation.tokens;
  REQUIRE(got.size() == want.size());
  StrictDecoder decoder(icu_name);
  REQUIRE(decoder.ok());
  for (size_t i = 0; i < got.size(); ++i) {
    std::string text = std::string(got[i].text.In(other->page.text));
    REQUIRE(text == std::string(want[i].text.In(reference->page.text)));
    REQUIRE(got[i].kind == want[i].kind);
    REQUIRE(got[i].line == want[i].line);
    std::optional<std::string> decoded =
        decoder.Decode(got[i].raw.In(other->page.raw));
    REQUIRE(decoded.has_value());
    REQUIRE(*decoded == text);
  }
}

TEST_CASE("Pages re-encoded as GB18030 give the same tokens") {
  for (const auto& p : ReadCorpusPages()) {
    auto raw = EncodeAs(p.bytes, "GB18030");
    REQUIRE(raw.has_value());
    CheckSameTokens(p.name, p.bytes, *raw, "GB18030", "GB18030");
  }
}

TEST_CASE("Pages re-encoded as UTF-16LE with a BOM give the same tokens") {
  for (const auto& p : ReadCorpusPages()) {
    auto raw = EncodeAs(p.bytes, "UTF-16LE");
    REQUIRE(raw.has_value());
    CheckSameTokens(p.name, p.bytes, "\xFF\xFE" + *raw, "UTF-16LE", "UTF-16LE");
  }
}

TEST_CASE("The Korean page re-encoded as EUC-KR, where representable") {
  const std::string korean = "002_7941bc9dae388bd5.txt";
  for (const auto& p : ReadCorpusPages()) {
    if (p.name != korean) continue;
    // Simplified Chinese and the bullet have no EUC-KR form: keep the
    // characters that do.
    std::string text;
    for (size_t i = 0; i < p.bytes.size();) {
      size_t n = 1;
      while (i + n < p.bytes.size() && (p.bytes[i + n] & 0xC0) == 0x80) ++n;
      std::string ch = p.bytes.substr(i, n);
      if (EncodeAs(ch, "EUC-KR").has_value()) text += ch;
      i += n;
    }
    REQUIRE(text.size() * 10 > p.bytes.size() * 7);
    REQUIRE(text.find("동북아시아지방정부연합") != std::string::npos);
    auto raw = EncodeAs(text, "EUC-KR");
    REQUIRE(raw.has_value());
    CheckSameTokens(p.name, text, *raw, "EUC-KR", "EUC-KR");
  }
}

}  // namespace
}  // namespace twinmap::analyze
