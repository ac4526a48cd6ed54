#include "ingest/map_checks.h"

#include <catch2/catch.hpp>

#include <string>

#include "ingest/icu_codec.h"

namespace twinmap::ingest::testing {
namespace {

uint64_t Utf8Length(unsigned char lead) {
  if (lead < 0x80) return 1;
  if (lead < 0xE0) return 2;
  if (lead < 0xF0) return 3;
  return 4;
}

}  // namespace

void CheckEveryCharacterMapsBack(const Page& page, uint64_t bom_size) {
  StrictDecoder decoder(page.encoding);
  REQUIRE(decoder.ok());
  REQUIRE(page.text_to_raw.out_size() == page.text.size());
  REQUIRE(page.text_to_raw.in_size() == page.raw.size());

  uint64_t expected_begin = bom_size;
  uint64_t mismatches = 0, replaced = 0;
  std::string first_mismatch;
  for (uint64_t b = 0; b < page.text.size();) {
    const uint64_t e = b + Utf8Length(static_cast<unsigned char>(page.text[b]));
    const std::string ch = page.text.substr(b, e - b);
    const Span raw_span = page.text_to_raw.ToInput(Span{b, e});
    const std::string raw_bytes(raw_span.In(page.raw));
    bool good = raw_span.begin == expected_begin && raw_span.end > raw_span.begin;
    if (good && ch == "\xEF\xBF\xBD" && raw_span.size() == 1) {
      ++replaced;
    } else if (good) {
      good = decoder.Decode(raw_bytes) == std::optional<std::string>(ch);
    }
    if (!good && mismatches++ == 0) {
      first_mismatch = "text [" + std::to_string(b) + ", " + std::to_string(e) +
                       ") \"" + ch + "\" -> raw [" +
                       std::to_string(raw_span.begin) + ", " +
                       std::to_string(raw_span.end) + "), expected to begin at " +
                       std::to_string(expected_begin);
    }
    expected_begin = raw_span.end;
    b = e;
  }
  INFO(page.source << " as " << page.encoding << ": first mismatch: " << first_mismatch);
  CHECK(mismatches == 0);
  CHECK(expected_begin == page.raw.size());
  CHECK(replaced == page.replaced_bytes);
}

}  // namespace twinmap::ingest::testing
