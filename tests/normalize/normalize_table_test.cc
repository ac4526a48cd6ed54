// One row per (input, form, expected text): what the display text and the
// matching key look like. The maps are tested in normalize_map_test.cc.
#include <catch2/catch.hpp>
#include <string>
#include <string_view>

#include "normalize/normalize.h"

namespace twinmap {
namespace normalize {
namespace {

enum class Mode { kDisplay, kKey, kKeyNoMarks };

struct Row {
  const char* what;
  std::string_view input;
  Mode mode;
  std::string_view expected;
};

constexpr Mode D = Mode::kDisplay;
constexpr Mode K = Mode::kKey;
constexpr Mode S = Mode::kKeyNoMarks;

const Row kRows[] = {
    // French accents, precomposed and decomposed.
    {"NFC input unchanged", "Café", D, "Café"},
    {"decomposed e + acute composes", "Cafe\u0301", D, "Café"},
    {"decomposed capital E + acute", "E\u0301cole", D, "École"},
    {"decomposed I + circumflex", "I\u0302le-de-France", D, "Île-de-France"},
    {"marks reorder before composing", "a\u0302\u0323", D, "\u1EAD"},
    {"Angstrom sign is a singleton", "\u212B", D, "\u00C5"},
    {"key folds case, keeps accents", "Île-de-France", K, "île-de-france"},
    {"key of decomposed input equals NFC's", "I\u0302le-de-France", K,
     "île-de-france"},
    {"key reorders marks too", "A\u0302\u0323", K, "\u1EAD"},
    {"strip_marks", "Île-de-France", S, "ile-de-france"},
    {"strip_marks on decomposed input", "I\u0302le", S, "ile"},
    {"strip_marks on a phrase", "Crème Brûlée à Nîmes", S,
     "creme brulee a nimes"},
    {"strip_marks keeps punctuation", "Saône-et-Loire", S, "saone-et-loire"},
    // Display keeps everything else.
    {"display keeps ligature", "\uFB01n", D, "\uFB01n"},
    {"display keeps fullwidth", "１２３ＡＢＣ", D, "１２３ＡＢＣ"},
    {"display keeps NBSP and tab", "a\u00A0b\tc", D, "a\u00A0b\tc"},
    {"display keeps case", "STRAẞE Straße", D, "STRAẞE Straße"},
    // Fullwidth forms.
    {"fullwidth digits", "１２３", K, "123"},
    {"fullwidth letters", "ＡＢＣ", K, "abc"},
    {"fullwidth letter then ASCII", "Ａ1", K, "a1"},
    {"fullwidth apostrophe", "l＇eau", K, "l'eau"},
    {"fullwidth hyphen-minus", "a\uFF0Db", K, "a-b"},
    // Odd whitespace.
    {"NBSP", "22\u00A0km", K, "22 km"},
    {"narrow NBSP", "1\u202F000", K, "1 000"},
    {"thin space", "1\u2009000", K, "1 000"},
    {"en quad and hair space", "a\u2000b\u200Ac", K, "a b c"},
    {"medium mathematical space", "x\u205Fy", K, "x y"},
    {"ideographic space", "北京\u3000上海", K, "北京 上海"},
    {"tab", "a\tb", K, "a b"},
    {"newlines kept", "A\nB\r\nC", K, "a\nb\r\nc"},
    // Compatibility forms.
    {"fi ligature", "\uFB01nance", K, "finance"},
    {"fl ligature", "\uFB02eur", K, "fleur"},
    {"square km", "㎢", K, "km2"},
    {"circled one", "①", K, "1"},
    {"superscript two", "x²", K, "x2"},
    {"vulgar fraction", "½", K, "1\u20442"},
    {"roman numeral twelve", "Ⅻ", K, "xii"},
    {"IJ ligature", "\u0132ssel", K, "ijssel"},
    {"halfwidth katakana + voiced mark", "\uFF76\uFF9E", K, "\u30AC"},
    {"Ohm and Kelvin signs", "\u2126 \u212A", K, "\u03C9 k"},
    // Korean and Chinese.
    {"Hangul syllables unchanged by NFKC", "동북아시아지방정부연합", K,
     "동북아시아지방정부연합"},
    {"Hangul syllables unchanged by NFC", "동북아시아", D, "동북아시아"},
    {"decomposed jamo compose (NFC)", "\u1112\u1161\u11AB\u1100\u116E\u11A8", D,
     "한국"},
    {"decomposed jamo compose (key)", "\u1112\u1161\u11AB\u1100\u116E\u11A8", K,
     "한국"},
    {"LV syllable + final jamo", "\uAC00\u11A8", D, "각"},
    {"Hangul with strip_marks", "한국어", S, "한국어"},
    {"Chinese unchanged", "湖南省长沙市", K, "湖南省长沙市"},
    {"Chinese unchanged (display)", "湖南省长沙市", D, "湖南省长沙市"},
    {"fullwidth Latin beside Han", "ＨＥＮＡＮ　河南", K, "henan 河南"},
    // Case folding.
    {"sharp s", "Straße", K, "strasse"},
    {"capital sharp s", "STRAẞE", K, "strasse"},
    {"dotted capital I", "İzmir", K, "i\u0307zmir"},
    {"Greek final sigma folds to sigma", "ΟΔΟΣ", K, "οδοσ"},
    {"ASCII letters lower-cased", "HeNaN Province 2007", K,
     "henan province 2007"},
    // Apostrophes and dashes.
    {"right single quote", "l’Aube", K, "l'aube"},
    {"left single quote", "‘x", K, "'x"},
    {"modifier letter apostrophe", "Hawaiʼi", K, "hawai'i"},
    {"en dash", "Saône–et–Loire", K, "saône-et-loire"},
    {"em dash and horizontal bar", "a—b―c", K, "a-b-c"},
    {"hyphen and non-breaking hyphen", "x\u2010y\u2011z", K, "x-y-z"},
    {"minus sign", "\u22125", K, "-5"},
    {"small hyphen-minus", "a\uFE63b", K, "a-b"},
    {"small em dash via NFKC", "a\uFE58b", K, "a-b"},
    {"mixed punctuation", "l’Aube\u00A0– Straße", K, "l'aube - strasse"},
    // Default ignorables, edges, bad bytes.
    {"soft hyphen dropped", "géo\u00ADgraphie", K, "géographie"},
    {"zero-width space dropped", "a\u200Bb", K, "ab"},
    {"soft hyphen kept for display", "a\u00ADb", D, "a\u00ADb"},
    {"empty", "", K, ""},
    {"empty display", "", D, ""},
    {"lone combining mark", "\u0301", K, "\u0301"},
    {"lone combining mark, strip_marks", "\u0301", S, ""},
    {"invalid byte becomes U+FFFD",
     "a\xFF"
     "b",
     K, "a\uFFFDb"},
    {"invalid bytes in display", "\xC3(", D, "\uFFFD("},
};

std::string Apply(const Row& row) {
  switch (row.mode) {
    case Mode::kDisplay:
      return ToDisplay(row.input).text;
    case Mode::kKey:
      return ToMatchKey(row.input).text;
    case Mode::kKeyNoMarks:
      return ToMatchKey(row.input, KeyOptions{true}).text;
  }
  return "";
}

TEST_CASE("Normalisation table: display text and matching keys") {
  for (const Row& row : kRows) {
    INFO(row.what << ": input \"" << row.input << "\"");
    CHECK(Apply(row) == row.expected);
  }
}

TEST_CASE("MatchKey gives the same text as ToMatchKey") {
  for (const Row& row : kRows) {
    if (row.mode == Mode::kDisplay) continue;
    KeyOptions options{row.mode == Mode::kKeyNoMarks};
    INFO(row.what);
    CHECK(MatchKey(row.input, options) == ToMatchKey(row.input, options).text);
  }
}

}  // namespace
}  // namespace normalize
}  // namespace twinmap
