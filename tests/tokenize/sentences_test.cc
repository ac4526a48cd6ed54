// Sentences: ICU sentence breaks inside blocks, trimmed of white space.
#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <catch2/catch.hpp>
#include <memory>

#include "tokenize/corpus_pages.h"
#include "tokenize/segment_text.h"

namespace twinmap {
namespace tokenize {
namespace {

using testing::SegmentText;

std::vector<std::string> SentenceTexts(const std::string& text) {
  Segmentation s = SegmentText(text);
  std::vector<std::string> out;
  for (const Sentence& x : s.sentences) out.emplace_back(x.text.In(text));
  return out;
}

TEST_CASE("Sentences split after a period and are trimmed") {
  CHECK(SentenceTexts("  Hosting the 4th Meeting in 2004. Propose it.  ") ==
        std::vector<std::string>{"Hosting the 4th Meeting in 2004.",
                                 "Propose it."});
}

TEST_CASE("A line break ends a sentence") {
  // ICU's rules break after every paragraph separator, line breaks
  // included, so wrapped PDF lines give one sentence per line.
  CHECK(SentenceTexts("province la plus peupl\xC3\xA9"
                      "e des 34 \nprovinces "
                      "chinoises") ==
        std::vector<std::string>{"province la plus peupl\xC3\xA9"
                                 "e des 34",
                                 "provinces chinoises"});
}

TEST_CASE("Sentences never cross blocks and carry their block index") {
  std::string text = "One two\n\nThree. Four";
  Segmentation s = SegmentText(text);
  REQUIRE(s.sentences.size() == 3);
  CHECK(s.sentences[0].block == 0);
  CHECK(s.sentences[1].text.In(text) == "Three.");
  CHECK(s.sentences[1].block == 1);
  CHECK(s.sentences[2].block == 1);
}

TEST_CASE("Lower-case after an abbreviation does not end a sentence") {
  CHECK(
      SentenceTexts("At around 6 p.m., June 23, the guests came.") ==
      std::vector<std::string>{"At around 6 p.m., June 23, the guests came."});
}

TEST_CASE("Chinese full stops and question marks end sentences") {
  CHECK(SentenceTexts("中文句子。第二句！Ready? Yes.") ==
        std::vector<std::string>{"中文句子。", "第二句！", "Ready?", "Yes."});
}

// The reference: ICU's sentence iterator over the whole text, each segment
// trimmed of White_Space (ICU's own u_isUWhiteSpace). Segment() skips lines
// without a terminator and clips to blocks; this checks that neither
// changes the result.
std::vector<Span> ReferenceSentences(const std::string& text) {
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(text);
  // UTF-16 index -> UTF-8 offset (the texts here are valid UTF-8).
  std::vector<uint64_t> to_utf8;
  for (uint64_t i = 0; i < text.size(); ++i) {
    unsigned char c = text[i];
    if ((c & 0xC0) == 0x80) continue;
    to_utf8.push_back(i);
    if (c >= 0xF0) to_utf8.push_back(i);
  }
  to_utf8.push_back(text.size());
  REQUIRE(to_utf8.size() == static_cast<size_t>(u.length()) + 1);
  UErrorCode error = U_ZERO_ERROR;
  std::unique_ptr<icu::BreakIterator> it(
      icu::BreakIterator::createSentenceInstance(icu::Locale::getRoot(),
                                                 error));
  REQUIRE(U_SUCCESS(error));
  it->setText(u);
  std::vector<Span> out;
  int32_t a = it->first();
  for (int32_t b = it->next(); b != icu::BreakIterator::DONE;
       a = b, b = it->next()) {
    int32_t begin = a, end = b;
    while (begin < end && u_isUWhiteSpace(u.charAt(begin))) ++begin;
    while (end > begin && u_isUWhiteSpace(u.charAt(end - 1))) --end;
    if (begin < end) out.push_back(Span{to_utf8[begin], to_utf8[end]});
  }
  return out;
}

// The sentence spans Segment gives for `text`.
std::vector<Span> SegmentedSentences(const std::string& text) {
  Segmentation s = SegmentText(text);
  std::vector<Span> got;
  for (const Sentence& x : s.sentences) got.push_back(x.text);
  return got;
}

// `rounds` texts of up to `max_pieces - 1` pieces drawn from `pieces` by a
// fixed linear congruential generator, each checked against full ICU.
template <size_t N>
void CheckGeneratedTexts(const char* const (&pieces)[N], uint32_t seed, int rounds,
                         size_t max_pieces) {
  uint32_t state = seed;
  for (int round = 0; round < rounds; ++round) {
    std::string text;
    state = state * 1103515245u + 12345u;
    size_t length = (state >> 16) % max_pieces;
    for (size_t i = 0; i < length; ++i) {
      state = state * 1103515245u + 12345u;
      text += pieces[(state >> 16) % N];
    }
    INFO(text);
    REQUIRE(SegmentedSentences(text) == ReferenceSentences(text));
  }
}

TEST_CASE("Sentence shortcut matches a full ICU pass on every corpus page") {
  for (const auto& page : twinmap::testing::CorpusPages()) {
    INFO(page.name);
    CHECK(SegmentedSentences(page.text) == ReferenceSentences(page.text));
  }
}

TEST_CASE("Sentence shortcut matches a full ICU pass on mixed terminators") {
  const std::string texts[] = {
      "Ready? Yes! No.\nplain line\nAnother. one\n\nU.S. policy. Next",
      "中文句子。第二句！\n没有句号\n한국어 문장입니다. 다음",
      "a\xE2\x80\xA8"
      "b c\n\xE2\x80\xA9"
      "d",  // LS and PS inside lines
      "\"Quoted.\" Then (more.) After\n  \n(tail",
  };
  for (const std::string& text : texts) {
    INFO(text);
    CHECK(SegmentedSentences(text) == ReferenceSentences(text));
  }
}

TEST_CASE("Sentence shortcut matches a full ICU pass on generated texts") {
  // Pieces that matter to ICU's sentence rules: terminators, closers,
  // spaces, separators, upper and lower case, digits, CJK.
  const char* const pieces[] = {"a",
                          "B",
                          "9",
                          ".",
                          "!",
                          "?",
                          "\"",
                          ")",
                          " ",
                          "\n",
                          "\r",
                          "\xC2\xA0",
                          "\xE3\x80\x82",
                          "\xE2\x80\xA9",
                          "\xEF\xBC\x81",
                          "\xE4\xB8\xAD",
                          ",",
                          "\t"};
  CheckGeneratedTexts(pieces, 2024, 3000, 30);
}

TEST_CASE("Sentence shortcut matches ICU after terminators at line ends") {
  // Lines whose terminators are followed only by closers, spaces, more
  // terminators or SContinue skip ICU; these are the cases to get right.
  const std::string texts[] = {
      "It ends here.\nand more...\nSo? (yes.)  \nWhat?!\n",
      "e.g., this one. and; that: x\n\xC2\xAB Quoted. \xC2\xBB\nA. )B\n",
      "Fin.\xE2\x80\x9D \xE2\x80\x9Cnext\xE2\x80\x9D\n"
      "Dot.\xC2\xAD\nDot.\xCC\x81x",
      "\xE5\x8F\xA5\xE3\x80\x82\xE3\x80\x81\xE6\x96\x87\n"
      "\xE5\x8F\xA5\xE3\x80\x82 \n\xE5\x8F\xA5\xEF\xBC\x9F\xEF\xBC\x8C\n",
      "3.5 km. www.example.com.\nSmile.\xF0\x9F\x98\x80\nv1.2.\n",
      // ICU reads a line only up to the word after its last possible
      // boundary: SB8's look-ahead past digits and symbols must fit.
      "Etc. 3 apples and more\nEnds. 123 - lower case tail\n"
      "Ends. (x) lower\nA. \"b\" tail words here\n"
      "Ok. \xC3\x89t\xC3\xA9 long tail",
  };
  for (const std::string& text : texts) {
    INFO(text);
    CHECK(SegmentedSentences(text) == ReferenceSentences(text));
  }
}

TEST_CASE("Sentence shortcut matches ICU on generated terminator tails") {
  // Every Sentence_Break kind the shortcut reads after a terminator:
  // STerm, ATerm, Close, Sp, SContinue, Extend, Format, Upper, Lower,
  // Numeric, OLetter, Sep, and a supplementary letter.
  const char* const pieces[] = {"a",
                          "Z",
                          "7",
                          ".",
                          ".",
                          "?",
                          "!",
                          " ",
                          " ",
                          "\n",
                          ")",
                          "\"",
                          ",",
                          ";",
                          ":",
                          "-",
                          "\xE2\x80\xA6",       // ellipsis
                          "\xE2\x80\x9D",       // right double quote
                          "\xC2\xBB",           // right guillemet
                          "\xCC\x81",           // combining acute
                          "\xC2\xAD",           // soft hyphen
                          "\xC3\xA9",           // e acute
                          "\xE3\x80\x82",       // ideographic full stop
                          "\xE3\x80\x81",       // ideographic comma
                          "\xEF\xBC\x8C",       // fullwidth comma
                          "\xE4\xB8\xAD",       // CJK ideograph
                          "\xE2\x80\xA8",       // line separator
                          "\xC2\xA0",           // no-break space
                          "\xF0\x9D\x90\x80"};  // math bold A
  CheckGeneratedTexts(pieces, 77, 20000, 24);
}

}  // namespace
}  // namespace tokenize
}  // namespace twinmap
