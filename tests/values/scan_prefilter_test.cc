// The scanner's cheap tests never turn away text the precise ones would
// take: the word-shape filter passes every anchor word, and PhraseList's
// byte and word tests give what trying every entry gives. Checked over the
// corpus pages and over text made of the language lists' own entries.
#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <numeric>
#include <sstream>
#include <string>
#include <vector>

#include "values/candidate.h"
#include "values/char_class.h"
#include "values/language_pack.h"
#include "values/phrase_list.h"
#include "values/values.h"

namespace twinmap {
namespace values {
namespace {

constexpr size_t npos = std::string_view::npos;

struct NamedList {
  const char* name;
  const PhraseList* list;
  bool glued_start, glued_end;  // as language_pack.h constructs it
};

std::vector<NamedList> ListsOf(const LanguagePack& p) {
  return {
      {"number_words", &p.number_words, false, false},
      {"joiners", &p.joiners, false, false},
      {"approx_nouns", &p.approx_nouns, false, false},
      {"ordinal_suffixes", &p.ordinal_suffixes, true, false},
      {"ordinal_prefixes", &p.ordinal_prefixes, false, true},
      {"identifier_markers", &p.identifier_markers, false, false},
      {"particles", &p.particles, true, false},
      {"hedges_before", &p.hedges_before, false, false},
      {"hedges_after", &p.hedges_after, true, false},
      {"hedges_infix", &p.hedges_infix, true, true},
      {"hedge_blockers", &p.hedge_blockers, false, false},
      {"units", &p.units, true, false},
      {"unit_links", &p.unit_links, false, false},
      {"currency_before", &p.currency_before, false, true},
      {"percent_before", &p.percent_before, false, true},
      {"date_cues", &p.date_cues, false, false},
      {"since_after", &p.since_after, true, false},
      {"range_openers", &p.range_openers, false, false},
      {"range_joiners", &p.range_joiners, false, false},
      {"day_joiners", &p.day_joiners, false, false},
      {"day_suffixes", &p.day_suffixes, true, false},
      {"months", &p.months, false, false},
      {"weekdays", &p.weekdays, false, false},
      {"time_suffixes", &p.time_suffixes, true, false},
      {"provinces", &p.provinces, false, false},
      {"address_labels", &p.address_labels, false, false},
  };
}

// The corpus pages, and every entry of every list in a few surroundings
// ("12 <entry> 3", upper case, glued to digits and letters).
std::vector<std::string> Texts(const LanguagePack& pack) {
  std::vector<std::string> texts;
  for (const auto& e : std::filesystem::directory_iterator(TWINMAP_CORPUS_DIR)) {
    if (e.path().extension() != ".txt") continue;
    std::ifstream in(e.path(), std::ios::binary);
    std::stringstream s;
    s << in.rdbuf();
    texts.push_back(s.str());
  }
  std::string entries;
  for (const NamedList& l : ListsOf(pack)) {
    for (size_t i = 0; i < l.list->size(); ++i) {
      const std::string& p = l.list->phrase(i);
      std::string upper = p;
      for (char& c : upper) {
        if (c >= 'a' && c <= 'z') c = char(c - 32);
      }
      entries += "12 " + p + " 3, " + upper + "\n7" + p + "x " + p + "s 45" + p + "\n";
    }
  }
  texts.push_back(entries);
  return texts;
}

// Trying every entry, longest (in bytes) first, the longest match winning:
// what MatchAt documents.
// Entry indexes, longest first, equal lengths in list order.
std::vector<size_t> LongestFirst(const PhraseList& list) {
  std::vector<size_t> order(list.size());
  std::iota(order.begin(), order.end(), 0);
  std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
    return list.phrase(a).size() > list.phrase(b).size();
  });
  return order;
}

bool ReferenceAt(const NamedList& l, const std::vector<size_t>& order,
                 std::string_view text, size_t pos, PhraseList::Match* match) {
  const PhraseList& list = *l.list;
  bool found = false;
  for (size_t i : order) {
    size_t end = MatchPhraseForward(text, pos, list.phrase(i), !l.glued_start, !l.glued_end);
    if (end == npos) continue;
    if (!found || end > match->end) {
      *match = {i, pos, end};
      found = true;
    }
  }
  return found;
}

bool ReferenceBefore(const NamedList& l, const std::vector<size_t>& order,
                     std::string_view text, size_t pos, PhraseList::Match* match) {
  const PhraseList& list = *l.list;
  bool found = false;
  for (size_t i : order) {
    size_t begin = MatchPhraseBackward(text, pos, list.phrase(i), !l.glued_start, !l.glued_end);
    if (begin == npos) continue;
    if (!found || begin < match->begin) {
      *match = {i, begin, pos};
      found = true;
    }
  }
  return found;
}

bool SameMatch(const PhraseList::Match& a, const PhraseList::Match& b) {
  return a.index == b.index && a.begin == b.begin && a.end == b.end;
}

TEST_CASE("prefilter: the word-shape filter passes every anchor word") {
  for (const char* lang : {"", "fr", "en", "ko", "zh"}) {
    const LanguagePack& pack = PackFor(lang);
    for (const std::string& text : Texts(pack)) {
      for (size_t pos = 0; pos < text.size();) {
        std::string_view word = LatinWordAt(text, pos);
        if (word.empty()) {
          pos += std::max<size_t>(1, DecodeAt(text, pos).len);
          continue;
        }
        // The scanner uses the filter for words that begin with an ASCII
        // letter (others are hashed at once).
        if (IsAsciiLetter(static_cast<unsigned char>(text[pos])) &&
            pack.IsAnchorWord(WordHash(word))) {
          CodePoint first = DecodeAt(word, 0);
          INFO("lang '" << lang << "' word '" << std::string(word) << "'");
          CHECK(pack.MayBeAnchorWord(LanguagePack::WordShape(
              first.cp, static_cast<unsigned char>(pos + 1 < text.size() ? text[pos + 1] : 0),
              word.size())));
        }
        pos += word.size();
      }
    }
  }
}

TEST_CASE("prefilter: PhraseList matches as trying every entry does") {
  for (const char* lang : {"", "fr"}) {
    const LanguagePack& pack = PackFor(lang);
    std::vector<std::string> texts = Texts(pack);
    for (const NamedList& l : ListsOf(pack)) {
      INFO("lang '" << lang << "' list " << l.name);
      std::vector<size_t> order = LongestFirst(*l.list);
      int mismatches = 0;
      for (const std::string& text : texts) {
        for (size_t pos = 0; pos <= text.size(); ++pos) {
          PhraseList::Match got, want;
          bool found = l.list->MatchAt(text, pos, &got);
          bool expected = ReferenceAt(l, order, text, pos, &want);
          // A glued end lets a one-word entry match the start of a longer
          // word, which the word test may turn away; the rest must agree.
          bool exact = !l.glued_end;
          if (found != expected && (exact || found)) ++mismatches;
          if (found && expected && !SameMatch(got, want)) ++mismatches;
          found = l.list->MatchBefore(text, pos, &got);
          expected = ReferenceBefore(l, order, text, pos, &want);
          exact = !l.glued_start;
          if (found != expected && (exact || found)) ++mismatches;
          if (found && expected && !SameMatch(got, want)) ++mismatches;
        }
      }
      CHECK(mismatches == 0);
    }
  }
}

// TryAll runs only ReadWeb at a web prefix ("www", "http") that begins no
// entry of the lists the other parsers start a reading with at a Latin
// word: they must read nothing there, whatever follows.
TEST_CASE("prefilter: at a web prefix only ReadWeb reads") {
  const std::vector<std::string> words = {"www", "WWW", "Www", "http", "HTTP", "https",
                                          "Https", "ftp", "FTP"};
  const std::vector<std::string> tails = {
      ".henan.gov.cn", "://x.org/a", " 5 km", " million", " 2007", "-2010", "2010-06-24",
      ". ", " Juillet 2007", "：北京市海淀区", " one hundred", " deux mille", "@x.com",
      " 22 et 23 novembre 2007", "5", " ", ""};
  auto shares_prefix = [](std::string_view a, std::string_view b) {
    if (a.empty() || b.empty()) return false;
    for (size_t i = 0; i < a.size() && i < b.size(); ++i) {
      auto fold = [](unsigned char c) { return IsAsciiLetter(c) ? c | 0x20 : c; };
      if (fold(a[i]) != fold(b[i])) return false;
    }
    return true;
  };
  for (const char* lang : {"", "fr", "en", "ko", "zh"}) {
    const LanguagePack& pack = PackFor(lang);
    Context ctx;
    ctx.lang = lang;
    for (const std::string& word : words) {
      bool shared = false;
      for (const PhraseList* list : {&pack.number_words, &pack.approx_nouns, &pack.percent_before,
                                     &pack.months, &pack.weekdays, &pack.provinces,
                                     &pack.address_labels}) {
        for (size_t k = 0; k < list->size(); ++k) {
          shared = shared || shares_prefix(LatinWordAt(list->phrase(k), 0), word);
        }
      }
      if (shared) continue;  // the scanner runs every parser there
      for (const std::string& tail : tails) {
        const std::string text = word + tail;
        ParseInput in{text, &ctx, &pack, 0};
        Candidate c;
        INFO("lang '" << lang << "' text '" << text << "'");
        CHECK_FALSE(ReadQuantity(in, 0, &c));
        CHECK_FALSE(ReadDate(in, 0, &c));
        CHECK_FALSE(ReadAddress(in, 0, &c));
      }
    }
  }
}

// TryAll runs ReadWeb only where LooksLikeWeb says so, and LooksLikeWeb
// turns away at once a run of letters and digits ended by a byte that is
// none of "._%+-" (which a host or an e-mail goes on with) and no '@' or
// ':' (which may follow its run): ReadWeb must read nothing there.
TEST_CASE("prefilter: no web address starts at letters and digits then a space") {
  const std::vector<std::string> runs = {"5", "2007", "www", "WWW", "http", "ftp", "gov",
                                         "abc123", "x", "mailto", "henan", "cn"};
  const std::vector<std::string> enders = {" ", ",", ")", "(", "/", "!", "#", "\n", "é", "中",
                                           "\"", "'", ";", "=", "?", "&"};
  const std::vector<std::string> tails = {"", "henan.gov.cn", "//x.org/a", "www.x.cn", "@x.com",
                                          "x.org", ".cn", "a@b.fr", " www.x.cn"};
  for (const char* lang : {"", "fr", "en", "ko", "zh"}) {
    const LanguagePack& pack = PackFor(lang);
    Context ctx;
    ctx.lang = lang;
    for (const std::string& run : runs) {
      {
        ParseInput in{run, &ctx, &pack, 0};  // ended by the text's end
        Candidate c;
        CHECK_FALSE(ReadWeb(in, 0, &c));
      }
      for (const std::string& ender : enders) {
        for (const std::string& tail : tails) {
          const std::string text = run + ender + tail;
          ParseInput in{text, &ctx, &pack, 0};
          Candidate c;
          INFO("lang '" << lang << "' text '" << text << "'");
          CHECK_FALSE(ReadWeb(in, 0, &c));
        }
      }
    }
    // And the scanner does read one where a mark, '@' or ':' ends the
    // run, after a space, a digit or a word: also where the run begins
    // with an anchor's word or digits, whose end TryAll looks at first.
    for (const std::string host : {"www.henan.gov.cn", "contact@henan.gov.cn", "http://x.org",
                                   "12@b.com", "2007.gov.cn", "www.x.cn", "one.example.cn",
                                   "one@b.com", "7+a@b.com", "2007-x.cn", "12_a@b.com"}) {
      for (const std::string before : {"", "voir ", "5 ", "(", "see: "}) {
        const std::string text = before + host + " 5";
        INFO("lang '" << lang << "' text '" << text << "'");
        bool web = false;
        for (const Value& v : Scan(text, ctx)) {
          web = web || ((v.type == ValueType::kUrl || v.type == ValueType::kEmail) &&
                        v.span.begin == before.size() && v.span.end == text.size() - 2);
        }
        CHECK(web);
      }
    }
  }
}

// The scanner takes a two-byte sequence led by 0xC3..0xC8 as a Latin
// letter without decoding it, but for "×" and "÷".
TEST_CASE("prefilter: U+00C0..U+023F are Latin letters but two") {
  for (char32_t c = 0xC0; c <= 0x23F; ++c) {
    INFO("U+" << std::hex << unsigned(c));
    CHECK(IsLatinLetter(c) == (c != 0xD7 && c != 0xF7));
  }
}

}  // namespace
}  // namespace values
}  // namespace twinmap
