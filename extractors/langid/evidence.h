// Evidence: what langid counts in a text before deciding.
//
//   "Publié le 22" -> latin 8, fr_words 1 ("le"), accented_words 1
//   "홈페이지 安徽省" -> hangul 4, han 3
#ifndef TWINMAP_LANGID_EVIDENCE_H_
#define TWINMAP_LANGID_EVIDENCE_H_

#include <cstdint>
#include <string_view>

#include "langid/stop_words.h"

namespace twinmap {
namespace langid {

struct Evidence {
  // Letters by script (Common and Inherited characters are not letters).
  uint32_t latin = 0;
  uint32_t han = 0;
  uint32_t hangul = 0;
  uint32_t kana = 0;
  uint32_t other = 0;  // any other script
  // Latin words found on the French / English list (elided forms included),
  // and Latin words holding a French accented letter.
  uint32_t fr_words = 0;
  uint32_t en_words = 0;
  uint32_t accented_words = 0;

  uint32_t letters() const { return latin + han + hangul + kana + other; }
  void Add(const Evidence& e);
};

// Counts `text` (UTF-8; invalid bytes are skipped). Words are maximal runs
// of Latin letters, folded to lower case (ASCII, Latin-1 and œ) before the
// lists are asked; an apostrophe (' or ’) ends a word as an elided form.
Evidence Gather(std::string_view text, const StopWords& fr,
                const StopWords& en);

}  // namespace langid
}  // namespace twinmap

#endif  // TWINMAP_LANGID_EVIDENCE_H_
