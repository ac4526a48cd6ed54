// Identify(), IdentifyBlocks(), TokenLang(): the decision rules of langid.h
// applied to the counts of evidence.cc.
#include <algorithm>

#include "langid/evidence.h"
#include "langid/langid.h"
#include "langid/stop_words.h"
#include "twinmap_langid/embedded_data.h"

namespace twinmap {
namespace langid {
namespace {

// The embedded lists, parsed once. A list that fails to parse is left empty
// and its error kept for DataStatus().
struct Lists {
  StopWords fr;
  StopWords en;
  Status status;
};

const Lists& GetLists() {
  static const Lists* const lists = [] {
    auto* l = new Lists;
    Result<StopWords> fr = StopWords::Parse(data::kFr, "rules/langid/fr.txt");
    Result<StopWords> en = StopWords::Parse(data::kEn, "rules/langid/en.txt");
    if (fr.ok()) l->fr = std::move(fr).value();
    if (en.ok()) l->en = std::move(en).value();
    l->status = !fr.ok() ? fr.status() : en.status();
    return l;
  }();
  return *lists;
}

// Thresholds of langid.h, step 3.
constexpr double kMinScore = 1.5;
constexpr double kMinRatio = 2.0;
constexpr double kFullScore = 4.0;
constexpr double kAccentWeight = 0.5;
constexpr uint32_t kMinLetters = 2;

// fr vs en from the Latin counts alone; und when they do not decide.
LangGuess DecideLatin(const Evidence& e) {
  double fr = e.fr_words + kAccentWeight * e.accented_words;
  double en = e.en_words;
  double best = std::max(fr, en), other = std::min(fr, en);
  if (best < kMinScore || best < kMinRatio * other) return LangGuess{};
  double confidence = best / (best + other) * std::min(1.0, best / kFullScore);
  return LangGuess{fr > en ? Lang::kFr : Lang::kEn, confidence, false};
}

struct Decision {
  LangGuess guess;
  bool latin_undecided = false;  // Latin majority, too little evidence
  double latin_share = 0;
};

Decision Decide(const Evidence& e) {
  Decision d;
  uint32_t letters = e.letters();
  if (letters < kMinLetters) return d;
  // Han and kana count together: kanji with kana is Japanese text.
  uint32_t cjk = e.han + e.kana;
  uint32_t best = std::max({e.hangul, cjk, e.latin, e.other});
  double share = static_cast<double>(best) / letters;
  if (best == e.hangul) {
    d.guess = LangGuess{Lang::kKo, share, false};
  } else if (best == cjk) {
    if (e.kana == 0) d.guess = LangGuess{Lang::kZh, share, false};
  } else if (best == e.latin) {
    d.guess = DecideLatin(e);
    d.guess.confidence *= share;
    d.latin_undecided = d.guess.lang == Lang::kUnd;
    d.latin_share = share;
  }
  return d;
}

}  // namespace

LangGuess Identify(std::string_view text) {
  const Lists& lists = GetLists();
  return Decide(Gather(text, lists.fr, lists.en)).guess;
}

std::vector<LangGuess> IdentifyBlocks(
    std::string_view text, const tokenize::Segmentation& segmentation) {
  const Lists& lists = GetLists();
  std::vector<Decision> decisions;
  decisions.reserve(segmentation.blocks.size());
  Evidence page;
  for (const tokenize::Block& block : segmentation.blocks) {
    if (block.text.end > text.size()) {  // not from this text: nothing to read
      decisions.emplace_back();
      continue;
    }
    Evidence e = Gather(block.text.In(text), lists.fr, lists.en);
    page.Add(e);
    decisions.push_back(Decide(e));
  }
  LangGuess page_latin = DecideLatin(page);
  std::vector<LangGuess> guesses;
  guesses.reserve(decisions.size());
  for (const Decision& d : decisions) {
    if (d.latin_undecided && page_latin.lang != Lang::kUnd) {
      guesses.push_back(
          LangGuess{page_latin.lang, page_latin.confidence * 0.5, true});
    } else {
      guesses.push_back(d.guess);
    }
  }
  return guesses;
}

Lang TokenLang(const tokenize::Token& token,
               const std::vector<LangGuess>& block_langs) {
  switch (token.script) {
    case tokenize::Script::kHangul:
      return Lang::kKo;
    case tokenize::Script::kHan:
      return Lang::kZh;
    case tokenize::Script::kKana:
      return Lang::kUnd;
    default:
      break;
  }
  return token.block < block_langs.size() ? block_langs[token.block].lang
                                          : Lang::kUnd;
}

const char* ToString(Lang lang) {
  switch (lang) {
    case Lang::kFr:
      return "fr";
    case Lang::kEn:
      return "en";
    case Lang::kKo:
      return "ko";
    case Lang::kZh:
      return "zh";
    case Lang::kUnd:
      return "und";
  }
  return "und";
}

Status DataStatus() { return GetLists().status; }

}  // namespace langid
}  // namespace twinmap
