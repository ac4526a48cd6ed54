// The plumbing the value parsers share: what each one is given (ParseInput)
// and what it returns (Candidate). Internal to values/.
//
// Each parser is called at an anchor — a byte where a value of its kind may
// start — and returns the reading it finds there. It may look left of the
// anchor for hedges, currency signs and date cues, but never before
// `floor`, where the previous value ended.
#ifndef TWINMAP_VALUES_CANDIDATE_H_
#define TWINMAP_VALUES_CANDIDATE_H_

#include <string>
#include <string_view>
#include <vector>

#include "values/language_pack.h"
#include "values/values.h"

namespace twinmap {
namespace values {

struct ParseInput {
  std::string_view text;
  const Context* ctx = nullptr;
  const LanguagePack* pack = nullptr;
  size_t floor = 0;
};

// A reading at an anchor. A parser may also return a stretch to skip
// (emit == false): an ordinal, a time of day, a licence number — text that
// looks numeric but holds no value, which the scanner must step over whole.
struct Candidate {
  // Written out, as Value's is: `emplace_back()` on a vector of them would
  // otherwise zero all ~400 bytes before constructing the members.
  Candidate() noexcept {}

  Value value;
  bool emit = true;
  // Which parser produced it; breaks ties between readings of equal length
  // (a lower rank wins).
  int rank = 0;
  // When set, the value's pattern is head + its parts' names + tail, built
  // only for the reading that wins (most readings lose).
  const char* pattern_head = nullptr;
  const char* pattern_tail = "";

  // Makes this a blank reading again, keeping the strings' and vectors'
  // memory: the scanner reuses two candidates for every anchor of a page.
  void Reset();
};

// Ranks, most specific first.
inline constexpr int kRankAddress = 0;
inline constexpr int kRankWeb = 1;
inline constexpr int kRankDate = 2;
inline constexpr int kRankPhone = 3;
inline constexpr int kRankQuantity = 4;

// Makes *c a skip reading over [begin, end); returns true for the parser
// to return.
inline bool SkipOver(Candidate* c, size_t begin, size_t end, const char* why) {
  c->Reset();
  c->value.span = Span{begin, end};
  c->pattern_head = why;
  c->emit = false;
  c->rank = kRankQuantity;
  return true;
}

// Sets *pattern to head + the parts' names joined with "+" (consecutive
// repeats merged) + tail: the "pattern" rule writers see
// ("hedge+number+scale+unit").
void SetPatternFromParts(std::string_view head, const PartList& parts,
                         std::string_view tail, std::string* pattern);

// The same as SetPatternFromParts, as a PatternName; a combination of
// head, part names and tail met before on this thread is found rather than
// built and pooled again: a page's values spell a handful of patterns over
// and over. Keyed by the texts' addresses, which live as long as the
// program (Part::name).
void SetPatternRemembered(const char* head, const PartList& parts, const char* tail,
                          PatternName* pattern);

// Parsers (quantity.cc, dates.cc, phones.cc, web.cc, address.cc). Each
// returns false when nothing of its kind starts at `pos`; on true, *out
// (reset first) holds the reading. On false *out may hold anything.
bool ReadQuantity(const ParseInput& in, size_t pos, Candidate* out);
// The same where the ASCII digits at `pos` have been read and screened
// already (bare_number.h); null: they are read here.
struct DigitsScreened;
bool ReadQuantity(const ParseInput& in, size_t pos, Candidate* out,
                  const DigitsScreened* digits);
bool ReadDate(const ParseInput& in, size_t pos, Candidate* out);
// ReadDate where its screen (MayStartDateAt) has said yes already, leaving
// what it saw in `seen` (date_pieces.h).
struct MonthSeen;
bool ReadDateAfterScreen(const ParseInput& in, size_t pos, const MonthSeen& seen,
                         Candidate* out);
bool ReadPhone(const ParseInput& in, size_t pos, std::vector<Candidate>* out);
bool ReadWeb(const ParseInput& in, size_t pos, Candidate* out);
bool ReadAddress(const ParseInput& in, size_t pos, Candidate* out);

}  // namespace values
}  // namespace twinmap

#endif  // TWINMAP_VALUES_CANDIDATE_H_
