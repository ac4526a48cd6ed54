// SkipPlainText passes over only what the scanner's byte-by-byte loop
// passes over, and stops where that loop would be: checked from every
// position of the corpus pages and of random texts made to hit its edge
// cases (words across its sixteen-byte blocks, '.', '@', digits, '+' and
// accented letters at every offset, anchor words).
#include <catch2/catch.hpp>

#include <random>
#include <string>
#include <vector>

#include "tokenize/corpus_pages.h"
#include "values/language_pack.h"
#include "values/phrase_list.h"
#include "values/plain_skip.h"

namespace twinmap {
namespace values {
namespace {

bool IsLetter(unsigned char b) { return unsigned((b | 0x20) - 'a') < 26u; }

// The positions the byte loop visits from `pos` while it only skips, and
// where it stops (a digit, '+', a non-ASCII byte, an anchor word, or a word
// running into '.', '@' or a non-ASCII byte).
std::vector<size_t> Landings(const std::string& text, size_t pos, const LanguagePack& pack) {
  const auto* b = reinterpret_cast<const unsigned char*>(text.data());
  const size_t n = text.size();
  std::vector<size_t> out;
  while (pos < n) {
    out.push_back(pos);
    unsigned char c = b[pos];
    if (c >= 0x80 || c == '+' || (c >= '0' && c <= '9')) break;
    if (!IsLetter(c)) {
      ++pos;
      continue;
    }
    size_t end = pos + 1;
    while (end < n && IsLetter(b[end])) ++end;
    bool plain = end < n && b[end] < 0x80 && b[end] != '.' && b[end] != '@';
    // A word shaped like an anchor word may be a landing (the skip stops
    // there when it starts at it); one that is an anchor word must be.
    bool shaped = pack.MayBeAnchorWord(
        LanguagePack::WordShape(c, pos + 1 < n ? b[pos + 1] : 0, end - pos));
    if (!plain || (shaped && pack.IsAnchorWord(WordHash(text.substr(pos, end - pos))))) {
      break;
    }
    pos = end;
  }
  out.push_back(pos);
  return out;
}

std::vector<std::string> Texts() {
  std::vector<std::string> texts;
  for (const testing::CorpusPage& page : testing::CorpusPages()) texts.push_back(page.text);
  const std::vector<std::string> pieces = {
      "the", "of", "et", "de", "la", "million", "Juillet", "one", "trois", "www",
      "des", "city", "trade", "Dec", "deux", "June", "un", "ONE", "Http", "ftp",
      "abcdefghijklmnopqrstu", "x", "AB", " ", "  ", "\n", ", ", ".", "@", "-",
      "7", "+", "+86", "é", "中", "Saône", "e.g.", "a@b", "gov.cn"};
  std::mt19937 rng(20261123);
  for (int t = 0; t < 400; ++t) {
    std::string s;
    int count = 5 + int(rng() % 60);
    for (int i = 0; i < count; ++i) s += pieces[rng() % pieces.size()];
    texts.push_back(s);
  }
  return texts;
}

TEST_CASE("plain skip: stops where the byte loop would, never past it") {
  for (const char* lang : {"", "fr", "en"}) {
    const LanguagePack& pack = PackFor(lang);
    int bad = 0;
    for (const std::string& text : Texts()) {
      const auto* b = reinterpret_cast<const unsigned char*>(text.data());
      for (size_t pos = 0; pos < text.size(); ++pos) {
        size_t got = SkipPlainText(b, pos, text.size(), pack);
        std::vector<size_t> landings = Landings(text, pos, pack);
        bool ok = false;
        for (size_t l : landings) ok = ok || l == got;
        if (!ok && ++bad <= 5) {
          FAIL_CHECK("lang '" << lang << "' from " << pos << " got " << got
                              << ", loop stops at " << landings.back() << " in '"
                              << text.substr(pos, 40) << "'");
        }
      }
    }
    CHECK(bad == 0);
  }
}

}  // namespace
}  // namespace values
}  // namespace twinmap
