// SkipPlainText passes over only what the scanner's byte-by-byte loop
// passes over, and stops where that loop would be: checked from every
// position of the corpus pages and of random texts made to hit its edge
// cases (words across its blocks of sixteen to sixty-four bytes, '.', '@',
// digits, '+' and accented letters at every offset, anchor words, words
// ending a sentence or running into a host, non-ASCII characters it passes
// or must stop at). An anchor word it reports is the scanner's anchor.
#include <catch2/catch.hpp>

#include <algorithm>
#include <random>
#include <string>
#include <vector>

#include "tokenize/corpus_pages.h"
#include "values/byte_masks.h"
#include "values/char_class.h"
#include "values/language_pack.h"
#include "values/phrase_list.h"
#include "values/plain_skip.h"

namespace twinmap {
namespace values {
namespace {

bool IsLetter(unsigned char b) { return unsigned((b | 0x20) - 'a') < 26u; }

// The positions the byte loop visits from `pos` while it only skips, and
// where it stops (a digit, '+', a fullwidth digit or '+', an anchor
// character or word, a word running into a byte that is no Latin letter
// but non-ASCII, or an ASCII word running into '@' or a '.' that a host
// could go on after). Other non-ASCII characters, and words beginning with
// an accented letter, it decodes and passes over.
std::vector<size_t> Landings(const std::string& text, size_t pos, const LanguagePack& pack) {
  const auto* b = reinterpret_cast<const unsigned char*>(text.data());
  const size_t n = text.size();
  std::vector<size_t> out;
  while (pos < n) {
    out.push_back(pos);
    unsigned char c = b[pos];
    if (c >= 0x80) {
      const CodePoint cp = DecodeAt(text, pos);
      // Korean numbers begin a word: a Hangul anchor character after
      // Hangul begins nothing.
      const bool after_hangul = pos > 0 && IsHangul(DecodeBefore(text, pos).cp);
      if (IsFullwidthDigit(cp.cp) || cp.cp == 0xFF0B ||
          (cp.cp < 0x10000 && pack.anchor_chars[cp.cp] && !(IsHangul(cp.cp) && after_hangul))) {
        break;
      }
      if (!IsLatinLetter(cp.cp)) {
        pos += cp.len;
        continue;
      }
      size_t end = pos + cp.len;
      while (end < n && IsLatinLetter(DecodeAt(text, end).cp)) end += DecodeAt(text, end).len;
      const bool after_letter = pos > 0 && IsLatinLetter(DecodeBefore(text, pos).cp);
      if (!after_letter &&
          pack.MayBeAnchorWord(
              LanguagePack::WordShape(cp.cp, DecodeAt(text, pos + cp.len).cp, end - pos)) &&
          pack.IsAnchorWord(WordHash(text.substr(pos, end - pos)))) {
        break;
      }
      pos = end;
      continue;
    }
    if (c == '+' || (c >= '0' && c <= '9')) break;
    if (!IsLetter(c)) {
      ++pos;
      continue;
    }
    // The word: ASCII letters, and Latin letters decoded (as the byte loop
    // reads a word that goes on with one).
    size_t end = pos + 1;
    bool accented = false;
    while (end < n) {
      if (IsLetter(b[end])) {
        ++end;
        continue;
      }
      CodePoint cp = DecodeAt(text, end);
      if (b[end] < 0x80 || !IsLatinLetter(cp.cp)) break;
      accented = true;
      end += cp.len;
    }
    // After "word." a host goes on with [A-Za-z0-9._%+-]; '@' and ':'
    // may follow its run. No host's run holds an accented letter.
    auto web_goes_on = [&](size_t p) {
      if (p >= n) return false;
      unsigned char d = b[p];
      return IsLetter(d) || (d >= '0' && d <= '9') || std::string("._%+-@:").find(char(d)) !=
                                                            std::string::npos;
    };
    // Before a non-ASCII character that is no Latin letter ("l’") no web
    // address goes on either.
    bool plain = end < n && (b[end] >= 0x80 || accented ||
                             (b[end] != '@' && (b[end] != '.' || !web_goes_on(end + 1))));
    // A word shaped like an anchor word may be a landing (the skip stops
    // there when it starts at it); one that is an anchor word must be.
    bool shaped = pack.MayBeAnchorWord(
        LanguagePack::WordShape(c, DecodeAt(text, pos + 1).cp, end - pos));
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
      "7", "+", "+86", "é", "中", "Saône", "e.g.", "a@b", "gov.cn", ". ", ".\n",
      "one.", "www.", "end.:", "x._", "de.-", ".%", "abcdefghijklmnopqrstuvwxyzabcdefghijklmn",
      "                                ",
      "février", "Août", "décembre", "désormais", "générés", "x×y", "ÉTÉ", "a÷", "Nancéiens",
      "l’", "ụ", "é.", "é@", "deuxième",
      // Non-ASCII characters the skip passes over, or must stop at: Han and
      // Hangul anchor characters, fullwidth digits, Latin letters of three
      // bytes, malformed and cut sequences.
      "\u00a0", "•", "“", "”", "–", "été", "à", "Été", "àla", "×", "÷", "ɐ", "ж", "홈페이지",
      "二", "省", "万", "十", "路", "号", "１", "＋", "ắ", "\xc3", "\xe4\xb8", "\x80", "\xc0\xaf",
      "\xed\xa0\x80", "\xf0\x9f\x98\x80", "€", "£", "이", "일", "삼", "십", "만", "번지", "’s",
      "Hôpital’", "d’une", "xɐ", "ụa", "x\u00a0", "그리고"};
  std::mt19937 rng(20261123);
  for (int t = 0; t < 400; ++t) {
    std::string s;
    int count = 5 + int(rng() % 60);
    for (int i = 0; i < count; ++i) s += pieces[rng() % pieces.size()];
    texts.push_back(s);
  }
  // Long stretches of plain words, so that blocks of sixty-four bytes end
  // at every offset of a word.
  const std::vector<std::string> words = {"the", "city", "trade", "of", "between", "x",
                                          "municipality", "ends.", "in", "areas,", "désormais",
                                          "générés,", "février", "Août."};
  for (int t = 0; t < 100; ++t) {
    std::string s;
    int count = 20 + int(rng() % 60);
    for (int i = 0; i < count; ++i) s += words[rng() % words.size()] + " ";
    if (t % 3 == 0) s += pieces[rng() % pieces.size()];
    texts.push_back(s);
  }
  return texts;
}

#if defined(TWINMAP_VALUES_BMI_SKIP)
// The copy the scanner runs on processors with BMI1/2.
TWINMAP_VALUES_BMI_TARGET __attribute__((noinline)) size_t SkipPlainTextBmi(
    const unsigned char* bytes, size_t pos, size_t n, const LanguagePack& pack,
    size_t* anchor_word_end) {
  return SkipPlainText(bytes, pos, n, pack, anchor_word_end);
}
#endif

// Whether the scanner, at `at`, finds the anchor word [at, end): a Latin
// word after no letter, ending where the next character is no Latin
// letter, shaped like an anchor word and one by its hash.
bool IsAnchorWordAt(const std::string& text, size_t at, size_t end, const LanguagePack& pack) {
  if (at >= end || end > text.size()) return false;
  if (at > 0 && IsLatinLetter(DecodeBefore(text, at).cp)) return false;
  for (size_t p = at; p < end; ++p) {
    if (!IsLetter(static_cast<unsigned char>(text[p]))) return false;
  }
  if (end < text.size() && IsLatinLetter(DecodeAt(text, end).cp)) return false;
  return pack.MayBeAnchorWord(LanguagePack::WordShape(
             char32_t(text[at]), DecodeAt(text, at + 1).cp, end - at)) &&
         pack.IsAnchorWord(WordHash(text.substr(at, end - at)));
}

TEST_CASE("plain skip: stops where the byte loop would, never past it") {
  // Both copies of the skip, where this processor runs the second; they
  // stop at the same byte.
  bool bmi = false;
#if defined(TWINMAP_VALUES_BMI_SKIP)
  bmi = HasBmiSkip();
#endif
  for (const char* lang : {"", "fr", "en", "ko", "zh"}) {
    const LanguagePack& pack = PackFor(lang);
    int bad = 0;
    for (const std::string& text : Texts()) {
      const auto* b = reinterpret_cast<const unsigned char*>(text.data());
      for (size_t pos = 0; pos < text.size(); ++pos) {
        size_t word_end = 0;
        size_t got = SkipPlainText(b, pos, text.size(), pack, &word_end);
        std::vector<size_t> landings = Landings(text, pos, pack);
        bool ok = false;
        for (size_t l : landings) ok = ok || l == got;
        if (!ok && ++bad <= 5) {
          FAIL_CHECK("lang '" << lang << "' from " << pos << " got " << got
                              << ", loop stops at " << landings.back() << " in '"
                              << text.substr(pos, 40) << "'");
        }
        // An anchor word it reports is the scanner's anchor there, whole.
        if (word_end != 0 && !(got > pos && IsAnchorWordAt(text, got, word_end, pack)) &&
            ++bad <= 5) {
          FAIL_CHECK("lang '" << lang << "' from " << pos << " got " << got
                              << " with an anchor word to " << word_end << " in '"
                              << text.substr(pos, 40) << "'");
        }
#if defined(TWINMAP_VALUES_BMI_SKIP)
        if (bmi) {
          size_t word_end_bmi = 0;
          const size_t got_bmi = SkipPlainTextBmi(b, pos, text.size(), pack, &word_end_bmi);
          if ((got_bmi != got || word_end_bmi != word_end) && ++bad <= 5) {
            FAIL_CHECK("lang '" << lang << "' from " << pos << ": BMI copy " << got_bmi
                                << ", plain " << got << " in '" << text.substr(pos, 40)
                                << "'");
          }
        }
#endif
      }
    }
    CHECK(bad == 0);
  }
}

// The skip's pair table holds, for a word's first two bytes and length,
// the WordShape() bit: after a one-letter word, for any ASCII byte that
// may follow it.
TEST_CASE("plain skip: the pair table reads as WordShape for every first two bytes") {
  for (const char* lang : {"", "fr", "en", "ko", "zh"}) {
    const LanguagePack& pack = PackFor(lang);
    int bad = 0;
    for (int first = 'A'; first <= 'z'; ++first) {
      if (!IsLetter(static_cast<unsigned char>(first))) continue;
      for (int second = 0; second < 0x80; ++second) {
        const bool letter = IsLetter(static_cast<unsigned char>(second));
        const int64_t bits = pack.ascii_pair_lengths[(second & 31) * 256 + (first & 31)];
        for (int length = 1; length <= 63; ++length) {
          if ((length == 1) == letter) continue;  // no such word
          const bool want = pack.MayBeAnchorWord(
              LanguagePack::WordShape(char32_t(first), letter ? char32_t(second) : 0, length));
          if (((bits >> (length - 1)) & 1) != int64_t(want) && ++bad <= 5) {
            FAIL_CHECK("lang '" << lang << "' '" << char(first) << "' then byte " << second
                                << ", length " << length << ": want " << want);
          }
        }
      }
    }
    CHECK(bad == 0);
  }
}

// Every anchor word, in the middle of plain words: the skip stops at it
// (or before), whatever its first three letters; the first-three table
// holds each one's bit.
TEST_CASE("plain skip: stops at every anchor word of every list") {
  for (const char* lang : {"", "fr", "en", "ko", "zh"}) {
    const LanguagePack& pack = PackFor(lang);
    int bad = 0;
    std::vector<std::string> words = {"www", "http", "https", "ftp"};
    for (const PhraseList* list : {&pack.number_words, &pack.approx_nouns, &pack.months,
                                   &pack.provinces, &pack.address_labels,
                                   &pack.percent_before}) {
      for (size_t k = 0; k < list->size(); ++k) {
        // Words with accented letters too, first or later ("février").
        std::string_view word = LatinWordAt(list->phrase(k), 0);
        if (!word.empty()) words.emplace_back(word);
      }
    }
    for (const std::string& word : words) {
      const bool ascii = std::all_of(word.begin(), word.end(), [](char c) {
        return IsLetter(static_cast<unsigned char>(c));
      });
      if (ascii && word.size() >= 3 && !pack.MayBeginAnchorWord(word[0], word[1], word[2]) &&
          ++bad <= 5) {
        FAIL_CHECK("lang '" << lang << "': no first-three bit for '" << word << "'");
      }
      const std::string capital =
          IsLetter(static_cast<unsigned char>(word[0])) ? char(word[0] & ~0x20) + word.substr(1)
                                                        : word;
      for (const std::string& case_of : {word, capital}) {
        const std::string before = "the city and the trade of the ";
        const std::string text = before + case_of + " is plain text after it, and more";
        size_t word_end = 0;
        const size_t got = SkipPlainText(reinterpret_cast<const unsigned char*>(text.data()),
                                         0, text.size(), pack, &word_end);
        if (got > before.size() && ++bad <= 5) {
          FAIL_CHECK("lang '" << lang << "': passed over '" << case_of << "' to " << got);
        }
      }
    }
    CHECK(bad == 0);
  }
}

// The run of three-byte characters passed over at once stops at every
// character the scanner must decode and look at: fullwidth digits and '+',
// anchor characters, Latin letters, and anything malformed.
TEST_CASE("plain skip: three-byte runs stop at every character that may begin a value") {
  auto utf8 = [](char32_t c) {
    std::string s;
    s += char(0xE0 | (c >> 12));
    s += char(0x80 | ((c >> 6) & 0x3F));
    s += char(0x80 | (c & 0x3F));
    return s;
  };
  for (const char* lang : {"", "zh", "ko"}) {
    const LanguagePack& pack = PackFor(lang);
    const std::string plain = utf8(0x7684);  // 的, no anchor in any pack
    REQUIRE_FALSE(pack.anchor_chars[0x7684]);
    int bad = 0;
    for (char32_t c = 0x800; c <= 0xFFFF; ++c) {
      if (c >= 0xD800 && c <= 0xDFFF) continue;
      const std::string text = plain + plain + utf8(c) + plain + "x";
      const auto* b = reinterpret_cast<const unsigned char*>(text.data());
      const bool looked_at = IsFullwidthDigit(c) || c == 0xFF0B || pack.anchor_chars[c] ||
                             IsLatinLetter(c);
      const size_t got = PassPlainThreeByteChars(b, 0, text.size(), pack);
      // It may stop early (at a fullwidth ',', '-', '.', '/': cheaper to
      // test with the digits), never past one looked at.
      const size_t want = looked_at ? 6 : 12;
      if (got != want && (looked_at || got != 6) && ++bad <= 5) {
        FAIL_CHECK("lang '" << lang << "' U+" << std::hex << unsigned(c) << std::dec << " got "
                            << got << ", want " << want);
      }
    }
    CHECK(bad == 0);
    // Malformed: a lead without its continuation bytes, and at the text's end.
    const std::string broken = plain + "\xE4\xB8" + plain;
    CHECK(PassPlainThreeByteChars(reinterpret_cast<const unsigned char*>(broken.data()), 0,
                                  broken.size(), pack) == 3);
    const std::string cut = plain + "\xE4\xB8";
    CHECK(PassPlainThreeByteChars(reinterpret_cast<const unsigned char*>(cut.data()), 0,
                                  cut.size(), pack) == 3);
  }
}

// A Hangul anchor character begins a number only at a word's start: after
// Hangul the run goes on over it; after anything else it stops there.
TEST_CASE("plain skip: three-byte runs pass a Hangul anchor character only after Hangul") {
  const LanguagePack& pack = PackFor("ko");
  const std::string hangul = "\xEA\xB7\xB8";  // 그, no anchor
  const std::string han = "\xE7\x9A\x84";     // 的
  REQUIRE_FALSE(pack.anchor_chars[0xADF8]);
  int anchors = 0, bad = 0;
  for (char32_t c = 0xAC00; c <= 0xD7A3; ++c) {
    if (!pack.anchor_chars[c]) continue;
    ++anchors;
    std::string s;
    AppendUtf8(c, &s);
    for (const std::string& before : {hangul, han}) {
      const std::string text = before + s + hangul + "x";
      const size_t got = PassPlainThreeByteChars(
          reinterpret_cast<const unsigned char*>(text.data()), 0, text.size(), pack);
      const size_t want = before == hangul ? 9 : 3;
      if (got != want && ++bad <= 5) {
        FAIL_CHECK("U+" << std::hex << unsigned(c) << std::dec << " got " << got << ", want "
                        << want);
      }
    }
  }
  CHECK(anchors > 0);
  CHECK(bad == 0);
}

#if defined(__SSE2__)
// The shared byte classes agree with their scalar definitions for every
// byte value in every lane.
TEST_CASE("byte masks: each class, every byte value at every lane") {
  for (int lane = 0; lane < 16; ++lane) {
    for (int b = 0; b < 256; ++b) {
      unsigned char block[16];
      for (int i = 0; i < 16; ++i) block[i] = i == lane ? (unsigned char)b : (unsigned char)(b ^ 0x55);
      const __m128i v = LoadSixteen(block);
      unsigned letters = 0, capitals = 0, digits = 0, dots = 0, high = 0, either = 0;
      for (int i = 0; i < 16; ++i) {
        const unsigned char c = block[i];
        letters |= unsigned((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) << i;
        capitals |= unsigned(c >= 'A' && c <= 'Z') << i;
        digits |= unsigned(c >= '0' && c <= '9') << i;
        dots |= unsigned(c == '.') << i;
        high |= unsigned(c >= 0x80) << i;
        either |= unsigned(c == '-' || c == '@' || c >= 0x80) << i;
      }
      INFO("byte " << b << " lane " << lane);
      CHECK(AsciiLetterMask(v) == letters);
      CHECK(MaskOf(CapitalLanes(v)) == capitals);
      CHECK(MaskOf(DigitLanes(v)) == digits);
      CHECK(ByteMask(v, '.') == dots);
      CHECK(MaskOf(v) == high);
      CHECK(MaskOf(Union(ByteLanes(v, '-'), ByteLanes(v, '@'), v)) == either);
    }
  }
}
#endif

}  // namespace
}  // namespace values
}  // namespace twinmap
