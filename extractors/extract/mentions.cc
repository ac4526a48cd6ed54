#include "extract/mentions.h"

namespace twinmap::extract {
namespace {

constexpr size_t kMaxTokens = 16;  // words, spaces and punctuation together

bool CanStart(const tokenize::Token& t) {
  return t.kind == tokenize::TokenKind::kWord;
}

// A name may run over spaces, hyphens, apostrophes and single line breaks,
// never over a blank line or other punctuation.
bool CanContinue(const tokenize::Token& t, std::string_view text) {
  if (t.kind == tokenize::TokenKind::kWord || t.kind == tokenize::TokenKind::kNumber) return true;
  std::string_view s = t.text.In(text);
  if (t.kind == tokenize::TokenKind::kSpace) {
    size_t breaks = 0;
    for (char c : s) breaks += c == '\n';
    return breaks <= 1;
  }
  return s == "-" || s == "'" || s == "\xE2\x80\x99" || s == "." || s == "-\n";
}

}  // namespace

std::vector<Mention> FindMentions(const analyze::AnalyzedPage& page,
                                  const resolve::NameIndex& index) {
  std::vector<Mention> out;
  const auto& tokens = page.segmentation.tokens;
  const std::string& text = page.page.text;
  std::string key;
  size_t i = 0;
  while (i < tokens.size()) {
    if (!CanStart(tokens[i])) {
      ++i;
      continue;
    }
    size_t best_end = 0;
    const std::vector<resolve::NameIndex::Posting>* best = nullptr;
    for (size_t j = i; j < tokens.size() && j < i + kMaxTokens; ++j) {
      if (j > i && !CanContinue(tokens[j], text)) break;
      if (tokens[j].kind != tokenize::TokenKind::kWord &&
          tokens[j].kind != tokenize::TokenKind::kNumber) {
        continue;  // a name never ends on a space or a hyphen
      }
      Span s{tokens[i].text.begin, tokens[j].text.end};
      resolve::NameIndex::FoldKey(s.In(text), &key);
      if (key.empty()) continue;
      if (const auto* postings = index.Lookup(key)) {
        best = postings;
        best_end = j;
      }
    }
    if (best == nullptr) {
      ++i;
      continue;
    }
    Mention m;
    m.text = Span{tokens[i].text.begin, tokens[best_end].text.end};
    m.surface = std::string(m.text.In(text));
    m.postings = best;
    out.push_back(std::move(m));
    i = best_end + 1;
  }
  return out;
}

}  // namespace twinmap::extract
