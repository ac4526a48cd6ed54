// langid: which language a block of text is in: fr, en, ko, zh, or und.
//
// Method, per text (a block, or any text):
//   1. Count letters by script. The script with most letters decides which
//      test applies; with fewer than 2 letters the answer is und.
//   2. Hangul majority -> ko. Han majority -> zh, unless the text also has
//      kana (Japanese, which we do not identify) -> und.
//   3. Latin majority -> fr or en from two scores: French stop words (plus
//      half a point per word with a French accent: é è ê ë à â î ï ô û ù ç œ)
//      against English stop words. The lists are data, in rules/langid/
//      (embedded at build time). The best score must reach 1.5 and be at
//      least twice the other; otherwise the text is und.
//   4. Any other majority (Cyrillic, Arabic...) -> und.
// So a mixed text takes the language of its majority script, counted in
// characters: the contact table of a Korean site, with English labels,
// Chinese addresses and Korean links, is judged by whichever has most
// letters.
//
//   "동북아시아지방정부연합 로고"                       -> ko
//   "安徽省合肥市包河区中山路1号"                      -> zh
//   "The hub of exchange & cooperation in Northeast Asia" -> en (the, of, in)
//   "Nancy et Kunming (Chine) désormais partenaires"     -> fr (et + accent)
//   "Membership History", "www.henan.gov.cn", "2007"     -> und
//
// IdentifyBlocks() adds page context: a Latin block too short to decide
// (a heading such as "Membership History") takes the Latin language of the
// whole page, with half the page's confidence and `from_page` set.
#ifndef TWINMAP_LANGID_LANGID_H_
#define TWINMAP_LANGID_LANGID_H_

#include <string_view>
#include <vector>

#include "base/status.h"
#include "tokenize/tokenize.h"

namespace twinmap {
namespace langid {

enum class Lang { kUnd, kFr, kEn, kKo, kZh };

struct LangGuess {
  Lang lang = Lang::kUnd;
  // 0 for und; otherwise in (0, 1]: the majority script's share of the
  // letters, times, for fr/en, the winner's share of the two scores and how
  // close its score is to 4 (capped at 1).
  double confidence = 0;
  // Set by IdentifyBlocks() when the block alone was too short to decide and
  // took the page's Latin language.
  bool from_page = false;
};

// Identifies one text (UTF-8; invalid bytes are skipped).
LangGuess Identify(std::string_view text);

// One guess per block of `segmentation`, which must come from `text`.
std::vector<LangGuess> IdentifyBlocks(
    std::string_view text, const tokenize::Segmentation& segmentation);

// A token's language: by its script when that decides (Hangul -> ko,
// Han -> zh; kana -> und), otherwise that of its block in `block_langs`
// (from IdentifyBlocks(); und for a token outside any block).
Lang TokenLang(const tokenize::Token& token,
               const std::vector<LangGuess>& block_langs);

// "fr", "en", "ko", "zh", "und".
const char* ToString(Lang lang);

// Whether the embedded stop-word lists parsed; when they did not, Latin text
// is always und and this says which file and line are at fault.
Status DataStatus();

}  // namespace langid
}  // namespace twinmap

#endif  // TWINMAP_LANGID_LANGID_H_
