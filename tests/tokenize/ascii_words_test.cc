// ascii_words.h and WordSegmenter against ICU's word breaker: the same
// boundaries and statuses, and the same segments, kinds and scripts (as
// icu_adapter::Classify() makes them), over every short ASCII string and
// over texts that mix ASCII with the characters around which ICU's rules
// change (accents, spaces that are not ASCII, combining marks, joiners, CJK,
// surrogate pairs).
#include "tokenize/ascii_words.h"

#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/unistr.h>

#include <catch2/catch.hpp>
#include <memory>
#include <random>
#include <string>
#include <vector>

#include "tokenize/corpus_pages.h"
#include "tokenize/icu_adapter.h"
#include "tokenize/word_segments.h"

namespace twinmap {
namespace tokenize {
namespace {

struct Boundary {
  int32_t end;
  int32_t status;  // ICU rule status, or kind and script for segments
  bool operator==(const Boundary& o) const {
    return end == o.end && status == o.status;
  }
};

std::string Show(const std::u16string& text) {
  std::string out;
  for (char16_t u : text) {
    char buf[12];
    std::snprintf(buf, sizeof buf, u < 0x20 || u > 0x7E ? "<%X>" : "%c",
                  static_cast<unsigned>(u));
    out += buf;
  }
  return out;
}

class IcuWords {
 public:
  IcuWords() {
    UErrorCode error = U_ZERO_ERROR;
    words_.reset(
        icu::BreakIterator::createWordInstance(icu::Locale::getRoot(), error));
    REQUIRE(U_SUCCESS(error));
  }
  // ICU's boundaries and statuses over the whole text.
  std::vector<Boundary> Statuses(const std::u16string& text) {
    icu::UnicodeString u(false, text.data(), static_cast<int32_t>(text.size()));
    words_->setText(u);
    std::vector<Boundary> out;
    for (int32_t b = words_->next(); b != icu::BreakIterator::DONE;
         b = words_->next()) {
      out.push_back({b, words_->getRuleStatus()});
    }
    return out;
  }
  // The same, each segment classified as Segment() does.
  std::vector<Boundary> Segments(const std::u16string& text) {
    std::vector<Boundary> out;
    int32_t a = 0;
    for (const Boundary& b : Statuses(text)) {
      icu_adapter::WordSegment s{b.end, TokenKind::kSymbol, Script::kCommon};
      icu_adapter::Classify(text.data() + a, b.end - a, b.status, &s.kind,
                            &s.script);
      out.push_back(Packed(s));
      a = b.end;
    }
    return out;
  }
  static Boundary Packed(const icu_adapter::WordSegment& s) {
    return {s.end, static_cast<int32_t>(s.kind) * 256 +
                       static_cast<int32_t>(s.script)};
  }

 private:
  std::unique_ptr<icu::BreakIterator> words_;
};

std::vector<Boundary> AsciiStatuses(const std::u16string& text) {
  std::vector<Boundary> out;
  const int32_t size = static_cast<int32_t>(text.size());
  for (int32_t a = 0; a < size;) {
    int32_t status;
    a = NextAsciiWordBoundary(text.data(), a, size, &status);
    out.push_back({a, status});
  }
  return out;
}

std::vector<Boundary> SegmenterSegments(const std::u16string& text,
                                        int32_t batch) {
  WordSegmenter segmenter;
  REQUIRE(segmenter.Start(text.data(), static_cast<int32_t>(text.size())).ok());
  std::vector<icu_adapter::WordSegment> buf(batch);
  std::vector<Boundary> out;
  int32_t n;
  while ((n = segmenter.Next(buf.data(), batch)) > 0) {
    for (int32_t k = 0; k < n; ++k) out.push_back(IcuWords::Packed(buf[k]));
  }
  REQUIRE(segmenter.status().ok());
  return out;
}

// Calls check(text) for every string of 1..max_length units over `alphabet`.
template <typename Check>
void ForAllStrings(const std::u16string& alphabet, size_t max_length,
                   Check check) {
  std::vector<size_t> digits;
  std::u16string text;
  for (size_t length = 1; length <= max_length; ++length) {
    digits.assign(length, 0);
    while (true) {
      text.clear();
      for (size_t d : digits) text += alphabet[d];
      check(text);
      size_t k = 0;
      while (k < length && ++digits[k] == alphabet.size()) digits[k++] = 0;
      if (k == length) break;
    }
  }
}

TEST_CASE("ASCII word segments and statuses are ICU's, every string to 3") {
  IcuWords icu;
  std::u16string ascii;
  for (char16_t c = 0; c < 0x80; ++c) ascii += c;
  size_t failures = 0;
  ForAllStrings(ascii, 3, [&](const std::u16string& text) {
    if (AsciiStatuses(text) == icu.Statuses(text) &&
        SegmenterSegments(text, 64) == icu.Segments(text)) {
      return;
    }
    if (++failures <= 5) FAIL_CHECK("differs from ICU: " << Show(text));
  });
  CHECK(failures == 0);
}

// One unit of each class the ASCII rules tell apart, and a second letter,
// digit and punctuation.
const std::u16string kAsciiClasses = u"aZ09 ._',;:\r\n\v\t\"-";

// The classes that join (letter, digit, the middle units) and the line and
// space units around them, for longer strings.
const std::u16string kJoiningClasses = u"a1 ._,\r\n";

TEST_CASE("ASCII word segments and statuses are ICU's, class strings") {
  IcuWords icu;
  size_t failures = 0;
  auto check = [&](const std::u16string& text) {
    if (AsciiStatuses(text) == icu.Statuses(text) &&
        SegmenterSegments(text, 64) == icu.Segments(text)) {
      return;
    }
    if (++failures <= 5) FAIL_CHECK("differs from ICU: " << Show(text));
  };
  ForAllStrings(kAsciiClasses, 5, check);
  ForAllStrings(kJoiningClasses, 7, check);
  CHECK(failures == 0);
}

// ASCII units next to which ICU's rules or the cut into stretches change,
// and non-ASCII units of every sort that touches them: accented letter,
// right quote (MidNumLet), NBSP, ideographic space (WSegSpace), combining
// acute (Extend), soft hyphen (Format), ZWJ, Han, Hangul, katakana, U+FFFD,
// NEL and LINE SEPARATOR (line breaks to ICU), and an emoji pair.
const std::u16string kMixedUnits =
    u"a1 .'_\r\n\t:"
    u"\u00E9\u2019\u00A0\u3000\u0301\u00AD\u200D\u4E2D\uD55C\u30AB\uFFFD"
    u"\u0085\u2028\U0001F600";

TEST_CASE("WordSegmenter gives ICU's segments over mixed short texts") {
  IcuWords icu;
  size_t failures = 0;
  // Units, not code points: the emoji's halves also come alone or swapped.
  ForAllStrings(kMixedUnits, 4, [&](const std::u16string& text) {
    if (SegmenterSegments(text, 64) == icu.Segments(text)) return;
    if (++failures <= 5) FAIL_CHECK("differs from ICU: " << Show(text));
  });
  CHECK(failures == 0);
}

TEST_CASE("WordSegmenter gives ICU's segments over long random texts") {
  IcuWords icu;
  // Mostly ASCII words and spaces, as on a page, with the mixed units.
  const std::u16string alphabet =
      kMixedUnits + kAsciiClasses + u"abcdefghij    0123";
  std::mt19937 random(20261123);
  std::uniform_int_distribution<size_t> pick(0, alphabet.size() - 1);
  std::uniform_int_distribution<int> length(1, 300);
  size_t failures = 0;
  for (int round = 0; round < 20000; ++round) {
    std::u16string text;
    for (int n = length(random); n > 0; --n) text += alphabet[pick(random)];
    // Small batches too, so that stretches straddle batch ends.
    const int32_t batch = round % 3 == 0 ? 1 : round % 3 == 1 ? 5 : 64;
    if (SegmenterSegments(text, batch) == icu.Segments(text)) continue;
    if (++failures <= 5) FAIL_CHECK("differs from ICU: " << Show(text));
  }
  CHECK(failures == 0);
}

TEST_CASE("WordSegmenter gives ICU's segments over the corpus pages") {
  IcuWords icu;
  for (const auto& page : testing::CorpusPages()) {
    icu::UnicodeString u = icu::UnicodeString::fromUTF8(page.text);
    std::u16string text(u.getBuffer(), u.getBuffer() + u.length());
    CHECK(SegmenterSegments(text, 64) == icu.Segments(text));
  }
}

}  // namespace
}  // namespace tokenize
}  // namespace twinmap
