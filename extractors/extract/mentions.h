// Gazetteer mentions: every run of tokens whose folded key names some
// entity, longest first, found over word tokens so that names broken across
// lines ("Pays de la \nLoire") and Han names the word breaker split
// (包 / 河 / 区) are still found.
#ifndef TWINMAP_EXTRACT_MENTIONS_H_
#define TWINMAP_EXTRACT_MENTIONS_H_

#include <string>
#include <vector>

#include "analyze/analyze.h"
#include "resolve/resolve.h"

namespace twinmap::extract {

struct Mention {
  Span text;             // into page.text
  std::string surface;   // page.text at `text`
  const std::vector<resolve::NameIndex::Posting>* postings = nullptr;
};

// Non-overlapping mentions in text order; at each token the longest wins.
std::vector<Mention> FindMentions(const analyze::AnalyzedPage& page,
                                  const resolve::NameIndex& index);

}  // namespace twinmap::extract

#endif  // TWINMAP_EXTRACT_MENTIONS_H_
