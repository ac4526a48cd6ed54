// WordMap, the open-addressing table behind PhraseList's word lookups and
// the scanner's anchor words, answers as std::unordered_map does: across
// growth, for present and absent keys, and for keys that share a home slot.
// Also: the byte screens of PhraseList and the byte-level space and UTF-8
// readers of char_class answer as the plain code-point paths do.
#include <catch2/catch.hpp>

#include <algorithm>
#include <random>
#include <string>
#include <unordered_map>
#include <vector>

#include "values/char_class.h"
#include "values/phrase_list.h"

namespace twinmap {
namespace values {
namespace {

TEST_CASE("word map: same answers as std::unordered_map") {
  std::mt19937_64 rng(20261123);
  WordMap<std::vector<size_t>> map;
  std::unordered_map<uint64_t, std::vector<size_t>> reference;
  std::vector<uint64_t> keys;
  for (size_t i = 0; i < 3000; ++i) {
    // Some keys repeat, some differ only in their low bits, most are random.
    uint64_t key = i % 7 == 0 && !keys.empty() ? keys[rng() % keys.size()]
                   : i % 5 == 0                ? (rng() & ~uint64_t(0xFF)) | (i & 3)
                                               : rng();
    keys.push_back(key);
    map[key].push_back(i);
    reference[key].push_back(i);
    REQUIRE(map.size() == reference.size());
  }
  for (uint64_t key : keys) {
    const std::vector<size_t>* found = map.Find(key);
    REQUIRE(found != nullptr);
    CHECK(*found == reference[key]);
  }
  for (int i = 0; i < 3000; ++i) {
    uint64_t key = rng();
    CHECK(map.Contains(key) == (reference.count(key) > 0));
  }
  size_t visited = 0;
  map.ForEach([&](uint64_t key, const std::vector<size_t>& value) {
    ++visited;
    CHECK(reference.at(key) == value);
  });
  CHECK(visited == reference.size());
}

TEST_CASE("word map: empty map finds nothing") {
  WordMap<bool> map;
  CHECK(map.Find(0) == nullptr);
  CHECK(!map.Contains(12345));
  map[0] = true;  // zero is a key like any other
  CHECK(map.Contains(0));
  CHECK(!map.Contains(1));
}

// Pieces of text the loose rules treat specially: case, Latin-1 letters,
// apostrophes, all kinds of white space, Han, broken UTF-8.
const char* const kPieces[] = {
      "a", "A", "b", "e", "E", "n", "N", "t", "s", "S", "m", "k", "1", "2", "0",
      "%", ".", "-", "'", "\xE2\x80\x99", " ", "  ", "\t", "\n", "\r\n",
      "\xC2\xA0", "\xE2\x80\x80", "\xE2\x80\x8A", "\xE2\x80\x8B",
      "\xE2\x80\xAF", "\xE3\x80\x80", "\xE2\x80\xA8", "\xC3\xA9",
      "\xC3\x89", "\xC3\xA0", "\xC3\x80", "\xC3\x97", "\xC3\xB7", "\xC3\x9F", "\xC3\xBF",
      "\xC2\xB0", "\xC2\xB2",
      "\xE5\xB9\xB4", "\xE6\x9C\x88", "\xE5\x85\xAC", "\xE9\x87\x8C",
      "\xE5\xB9", "\x80", "\xFF", "\xC0\xAF", "\xED\xA0\x80", "\xF0\x9F\x98\x80",
      "\xF4\x90\x80\x80", "\xEF\xBF\xBD", "\xEA\xB0\x80",
};
constexpr size_t kPieceCount = sizeof kPieces / sizeof *kPieces;

// Every text of two pieces, then random ones of up to 14.
std::string TestText(std::mt19937_64& rng, size_t round) {
  if (round < kPieceCount * kPieceCount) {
    return std::string(kPieces[round / kPieceCount]) + kPieces[round % kPieceCount];
  }
  std::string text;
  for (size_t i = 1 + rng() % 14; i > 0; --i) text += kPieces[rng() % kPieceCount];
  return text;
}

// The longest match by trying every entry with the unscreened matchers; on a
// tie the entry listed first (longest, then earliest added) wins.
bool ReferenceMatch(const PhraseList& list, bool glued_start, bool glued_end,
                    std::string_view text, size_t pos, bool forward, PhraseList::Match* out) {
  std::vector<size_t> order(list.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
    return list.phrase(a).size() > list.phrase(b).size();
  });
  bool found = false;
  for (size_t i : order) {
    if (forward) {
      size_t end = MatchPhraseForward(text, pos, list.phrase(i), !glued_start, !glued_end);
      if (end == std::string_view::npos) continue;
      if (!found || end > out->end) *out = {i, pos, end}, found = true;
    } else {
      size_t begin = MatchPhraseBackward(text, pos, list.phrase(i), !glued_start, !glued_end);
      if (begin == std::string_view::npos) continue;
      if (!found || begin < out->begin) *out = {i, begin, pos}, found = true;
    }
  }
  return found;
}

TEST_CASE("phrase list: byte screens never reject a match") {
  // Entries that share first and last characters, so that the screens, not
  // the first-character index, must tell them apart; some longer than a
  // screen, some with spaces, apostrophes and Latin-1 letters inside.
  const std::vector<std::string> entries = {
      "a", "an", "and", "a b", "a  b", "ab", "abe", "ta", "tea", "tee", "t'a",
      "t\xE2\x80\x99" "a", "\xC3\xA9t\xC3\xA9", "\xC3\xA9", "e\xC3\xA9", "s", "es",
      "ses", "ne", "Ne", "n'e", "km", "km2", "m\xC2\xB2", "\xC2\xB0", "\xC2\xB0" "C",
      "1", "12", "%", "abcdefghij", "abcdefgh", "abcdefghi", "a b c d e", "nnnnnnnnne",
      "\xE5\xB9\xB4", "\xE5\xB9\xB4\xE6\x9C\x88", "\xE5\x85\xAC\xE9\x87\x8C",
      "\xE5\xB9\xB4 \xE6\x9C\x88", "\xE6\x9C\x88\xE5\xB9\xB4\xE6\x9C\x88",
      "\xEA\xB0\x80", "a\xE5\xB9\xB4", "e\xC2\xA0" "e", "'s", "s'", "\xC3\x80 t", "\xC3\x9F", "e\xC3\x9F",
      "\xC3\x97", "\xC3\x97" "e", "\xC3\xA0" "e", "e\xC3\x89",
  };
  std::mt19937_64 rng(7);
  for (int glue = 0; glue < 4; ++glue) {
    bool glued_start = glue & 1, glued_end = glue & 2;
    PhraseList list(glued_start, glued_end);
    for (const std::string& e : entries) list.Add(e);
    for (size_t round = 0; round < kPieceCount * kPieceCount + 400; ++round) {
      std::string text = TestText(rng, round);
      for (size_t pos = 0; pos <= text.size(); ++pos) {
        for (bool forward : {true, false}) {
          // A glued end (start) list still wants the text's whole first
          // (last) word to begin (end) some entry; the reference has no
          // such rule, so those directions are left out.
          if (forward ? glued_end : glued_start) continue;
          PhraseList::Match got, want;
          bool has = forward ? list.MatchAt(text, pos, &got) : list.MatchBefore(text, pos, &got);
          bool should = ReferenceMatch(list, glued_start, glued_end, text, pos, forward, &want);
          INFO("text=" << text << " pos=" << pos << " forward=" << forward << " glue=" << glue);
          REQUIRE(has == should);
          if (has) {
            CHECK(got.index == want.index);
            CHECK(got.begin == want.begin);
            CHECK(got.end == want.end);
          }
        }
      }
    }
  }
}

TEST_CASE("phrase list: glued lists still test the whole word") {
  // A glued end (start) list answers "no" when the text's whole first (last)
  // word begins (ends) no entry, however short the list.
  PhraseList prefixes(false, true);
  prefixes.Add("rmb");
  PhraseList::Match m;
  CHECK(prefixes.MatchAt("RMB500", 0, &m));
  CHECK(!prefixes.MatchAt("RMBX", 0, &m));
  PhraseList suffixes(true, false);
  suffixes.Add("st");
  CHECK(suffixes.MatchBefore("1st", 3, &m));
  CHECK(!suffixes.MatchBefore("1est", 4, &m));
}

TEST_CASE("char class: byte-level readers agree with decoding") {
  std::mt19937_64 rng(11);
  for (size_t round = 0; round < kPieceCount * kPieceCount + 3000; ++round) {
    std::string text = TestText(rng, round);
    for (size_t pos = 0; pos <= text.size() + 1; ++pos) {
      INFO("text=" << text << " pos=" << pos);
      size_t want = pos;
      while (want < text.size() && IsSpace(DecodeAt(text, want).cp)) want += DecodeAt(text, want).len;
      CHECK(SkipSpaces(text, pos) == want);
      size_t back = pos;
      if (pos <= text.size()) {
        while (back > 0 && IsSpace(DecodeBefore(text, back).cp)) back -= DecodeBefore(text, back).len;
      }
      CHECK(SkipSpacesBack(text, pos) == back);
      if (pos < text.size()) {
        // UTF-8 by the book: lead byte, continuation bytes, shortest form,
        // no surrogates, at most U+10FFFF; else one U+FFFD per byte.
        auto b = [&](size_t k) { return static_cast<unsigned char>(text[pos + k]); };
        size_t need = b(0) < 0x80 ? 0 : b(0) >= 0xC2 && b(0) <= 0xDF ? 1
                                      : b(0) >= 0xE0 && b(0) <= 0xEF ? 2
                                      : b(0) >= 0xF0 && b(0) <= 0xF4 ? 3 : 9;
        char32_t cp = need == 0 ? b(0) : need == 1 ? b(0) & 0x1F : need == 2 ? b(0) & 0x0F : b(0) & 0x07;
        bool ok = need != 9 && pos + need < text.size();
        for (size_t k = 1; ok && k <= need; ++k) {
          ok = (b(k) & 0xC0) == 0x80;
          cp = (cp << 6) | (b(k) & 0x3F);
        }
        ok = ok && !(need == 2 && cp < 0x800) && !(need == 3 && (cp < 0x10000 || cp > 0x10FFFF)) &&
             !(cp >= 0xD800 && cp <= 0xDFFF);
        CodePoint c = DecodeAt(text, pos);
        CHECK(c.cp == (ok ? cp : 0xFFFD));
        CHECK(c.len == (ok ? need + 1 : 1));
      }
    }
  }
}

}  // namespace
}  // namespace values
}  // namespace twinmap
