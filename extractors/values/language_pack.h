// LanguagePack: the words the value parsers read in one language — number
// words, scale words, hedges, units, date cues, ordinal and time markers,
// Chinese address parts — loaded from rules/values/<lang>.yaml (embedded in
// the binary) plus ICU's month and weekday names. Internal to values/.
//
// Packs are built once per process (PackFor) and never change; the pack for
// "" is the union of all four languages, for pages that mix them.
#ifndef TWINMAP_VALUES_LANGUAGE_PACK_H_
#define TWINMAP_VALUES_LANGUAGE_PACK_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "base/status.h"
#include "values/phrase_list.h"
#include "values/values.h"

namespace twinmap {
namespace values {

// How a number word combines with what came before it.
enum class WordKind {
  kAdditive,    // "twenty", "sept", "三", "스물": added to the pending number
  kMultiplier,  // "hundred", "cent": multiplies the pending number
  kGroup,       // "十", "百", "千", "십": closes a digit inside a 10^4 group
  kScale,       // "thousand", "million", "万", "억": multiplies all before it
  kZero,        // "零", "〇": a place holder ("一万零四十")
};

struct NumberWord {
  double value = 0;
  WordKind kind = WordKind::kAdditive;
  bool weak = false;      // alone, it is a number only before a scale or unit
  bool no_start = false;  // cannot begin a number
};

struct UnitWord {
  std::string unit;  // "persons", "km2", "CNY", "percent"
  double factor = 1;  // hectares -> km2 is 0.01
};

// How "." and "," read between digits.
enum class DecimalStyle {
  kDot,     // "2.27" decimal, "13,756" grouped (en, zh, ko)
  kComma,   // "4,6" decimal, "13.756" grouped (fr)
  kEither,  // the mixed-language pack: decided by the digits that follow
};

enum class DateOrder { kDmy, kMdy, kYmd };

struct LanguagePack {
  std::string lang;  // "fr", "en", "ko", "zh", or "" for the union

  // Numbers.
  DecimalStyle decimal = DecimalStyle::kDot;
  std::vector<std::string> group_separators;  // besides NBSP/U+202F/U+2009
  bool space_groups = false;                  // "13 756"
  bool dot_groups = false;                    // "13.756"
  PhraseList number_words;                    // index -> number_word_info
  std::vector<NumberWord> number_word_info;
  std::unordered_set<std::string> not_numbers;
  std::vector<int> teens_after_tens;  // fr: 60 and 80 take 10..19
  PhraseList joiners;                 // "and", "et" between number words
  PhraseList approx_nouns;            // "dizaine": index -> approx_values
  std::vector<double> approx_values;
  bool abbreviated_tail = false;  // zh: "一万五" is 15000
  PhraseList ordinal_suffixes{true, false};  // "st", "ème", "번째"
  PhraseList ordinal_prefixes{false, true};  // "第", "제"
  PhraseList identifier_markers;  // "备" in "ICP备08102974号"
  PhraseList particles{true, false};  // ko: what may follow a Hangul number

  // Hedges; index -> the bound vectors.
  PhraseList hedges_before;
  PhraseList hedges_after{true, false};
  PhraseList hedges_infix{true, true};
  PhraseList hedge_blockers;
  std::vector<Bound> bounds_before, bounds_after, bounds_infix;

  // Units, currencies and percent; index -> the info vectors.
  PhraseList units{true, false};
  std::vector<UnitWord> unit_info;
  PhraseList unit_links;  // fr "de", "d'" between a scale word and the unit
  PhraseList currency_before{false, true};
  std::vector<std::string> currency_before_code;
  PhraseList percent_before{false, true};  // zh "百分之"

  // Dates.
  PhraseList date_cues;  // "in", "since", "en", "depuis": index -> cue_parts
  std::vector<std::string> cue_parts;
  PhraseList since_after{true, false};  // zh "以来", ko "부터"
  PhraseList range_openers;  // "from", "du", "entre"
  PhraseList range_joiners;  // "to", "au", "-", "至": between any two dates
  PhraseList day_joiners;    // "and", "et": between two days only
  std::unordered_set<std::string> lowercase_not_months;  // en "may"
  PhraseList day_suffixes{true, false};  // "st", "er"
  PhraseList months;         // index -> month_numbers (ICU names + extras)
  std::vector<int> month_numbers;
  PhraseList weekdays;
  std::vector<std::string> year_markers, month_markers, day_markers;  // 年 월
  DateOrder numeric_order = DateOrder::kDmy;
  PhraseList time_suffixes{true, false};  // "p.m.", "h"

  // Web.
  std::unordered_set<std::string> tlds;

  // Chinese postal addresses.
  PhraseList provinces, address_labels;
  std::vector<std::string> city_suffixes, district_suffixes, street_suffixes,
      number_suffixes;

  // Where the scanner stops to try the parsers, built after loading:
  // WordHash() of the first Latin word of every number word, approximate
  // noun and month name, and of "www", "http", "https", "ftp"; and, by BMP
  // code point, the first character of every Han or Hangul entry of those
  // lists and of provinces, address labels and percent prefixes.
  WordMap<bool> anchor_words;  // WordHash() of each anchor word, to true
  uint64_t anchor_word_filter[64] = {};  // 4096-bit filter over anchor_words
  // Bit per WordShape() of the anchor words: most words of a page differ
  // from every anchor word in their first two letters or their length, and
  // are passed over without being hashed.
  uint64_t anchor_word_shapes[(27 * 27 * 32 + 63) / 64] = {};
  // The same bits for a word of ASCII letters, laid out for the sixteen-
  // byte skip: by its first letter & 31 and its second letter & 31 (0 for
  // a one-letter word), a mask of lengths (bit 31: 31 and longer).
  uint32_t ascii_word_lengths[32 * 32] = {};
  // The same again for the skip's word loop, where an index costs one AND:
  // by a word's first two bytes as they lie in memory, read little-endian
  // & 0x1F1F; and shifted down one, arithmetically (bit L - 1 for length L;
  // bits 30 and 31 for 31 and longer). Bit 0 (a one-letter word) is in
  // every column of its row: the loop does not ask whether the byte after
  // the first is a letter.
  int32_t ascii_pair_lengths[32 * 256] = {};
  // Bit per first three bytes & 31 of the anchor words of three bytes or
  // more: a word of ASCII letters shaped like an anchor word is hashed only
  // if its first three letters are an anchor word's (of the lang '' pack's
  // shaped words, most are not).
  uint64_t anchor_first_three[32 * 32 * 32 / 64] = {};
  static int FirstThreeIndex(unsigned char a, unsigned char b, unsigned char c) {
    return int((a & 31u) << 10 | (b & 31u) << 5 | (c & 31u));
  }
  bool MayBeginAnchorWord(unsigned char a, unsigned char b, unsigned char c) const {
    const int i = FirstThreeIndex(a, b, c);
    return (anchor_first_three[i >> 6] >> (i & 63)) & 1;
  }
  std::vector<bool> anchor_chars;

  // A Latin word's first two characters and its length in bytes as one of
  // 27 * 27 * 32 slots: an ASCII letter, case folded, is itself; anything
  // else (an accented letter, or no second letter) is slot 26; lengths
  // from 31 on share a slot.
  static int WordShape(char32_t first, char32_t second, size_t length) {
    auto letter = [](char32_t c) {
      return c >= 'a' && c <= 'z' ? int(c - 'a') : c >= 'A' && c <= 'Z' ? int(c - 'A') : 26;
    };
    return (letter(first) * 27 + letter(second)) * 32 + int(length < 31 ? length : 31);
  }
  bool MayBeAnchorWord(int shape) const {
    return (anchor_word_shapes[shape >> 6] >> (shape & 63)) & 1;
  }

  bool IsAnchorWord(uint64_t hash) const {
    uint32_t bit = uint32_t(hash >> 52);  // 12 bits
    if (!(anchor_word_filter[bit >> 6] & (uint64_t(1) << (bit & 63)))) return false;
    return anchor_words.Contains(hash);
  }
};

// The pack for "fr", "en", "ko", "zh", or the union for any other value.
// Loads all packs on first use; if the embedded data is broken, the packs
// hold whatever loaded and CheckLanguageData() says what broke.
const LanguagePack& PackFor(std::string_view lang);

// Tables a parser derives from a pack (T has a constructor from the pack
// and a `pack` member pointing back to it), built once for each pack
// PackFor gives: those live as long as the process and never change. Null
// for any other pack, which the parser then reads without tables.
template <typename T>
const T* DerivedTablesFor(const LanguagePack& pack) {
  static const std::vector<T>* const all = [] {
    auto* tables = new std::vector<T>;
    for (const char* lang : {"", "fr", "en", "ko", "zh"}) tables->emplace_back(PackFor(lang));
    return tables;
  }();
  for (const T& t : *all) {
    if (t.pack == &pack) return &t;
  }
  return nullptr;
}

// Parses one language file's YAML into `pack` (adding to what is there);
// `name` is used in error messages ("rules/values/fr.yaml:12: ...").
Status LoadLanguageYaml(std::string_view yaml, std::string_view name,
                        LanguagePack* pack);

}  // namespace values
}  // namespace twinmap

#endif  // TWINMAP_VALUES_LANGUAGE_PACK_H_
