// icu_adapter: the only place tokenize talks to ICU.
//
// Break iterators are expensive to build (they load rule tables and the CJK
// dictionary), so each kind is built once per process as a prototype and
// cloned once per thread; the clone is reused for every page that thread
// segments. ICU's UErrorCode becomes twinmap::Status here and nowhere else.
// No ICU type appears in this header.
#ifndef TWINMAP_TOKENIZE_ICU_ADAPTER_H_
#define TWINMAP_TOKENIZE_ICU_ADAPTER_H_

#include <cstdint>

#include "base/status.h"
#include "tokenize/tokenize.h"

namespace twinmap {
namespace tokenize {
namespace icu_adapter {

enum class BreakType { kWord, kSentence };

// A break iterator owned by the calling thread (defined in icu_adapter.cc).
class Breaker;

// The calling thread's breaker of `type`, created on first use. The pointer
// stays valid until the thread ends. Internal error when ICU cannot build
// the prototype (e.g. its data library is missing).
Result<Breaker*> ThreadBreaker(BreakType type);

// Points `breaker` at units[0, size); the units must outlive the iteration.
Status SetText(Breaker* breaker, const char16_t* units, int32_t size);

// The next boundary after the current one, or kDone past the last one. The
// first call returns the first boundary after 0. `*rule_status` receives
// ICU's rule status for the segment ending there (word breaks: 0..99 none,
// 100.. number, 200.. letter, 300.. kana, 400.. ideographic).
inline constexpr int32_t kDone = -1;
int32_t Next(Breaker* breaker, int32_t* rule_status);

// The UTF-16 units after which ICU's sentence rules may put a boundary other
// than after a line break: Sentence_Break STerm, ATerm and Sep, plus every
// surrogate (whose pair is not looked up). Built from ICU's property data
// on first use.
//
// KindOf() tells how the rules (UAX #29 SB8a-SB11) read a unit that follows
// a terminator: a boundary can only come after "terminator Close* Sp*", and
// only before a unit that is none of those, nor SContinue, nor Extend or
// Format (which SB5 attaches to the unit before).
class SentenceBreakUnits {
 public:
  enum class Kind : uint8_t {
    kOther,        // may start a new sentence (also Sep and surrogates)
    kLetter,       // the same, and Upper, Lower or OLetter
    kTerminator,   // STerm, ATerm
    kClose,        // Close
    kSpace,        // Sp
    kContinue,     // SContinue: never starts a sentence after a terminator
    kTransparent,  // Extend, Format
  };
  bool Contains(char16_t unit) const {
    return (bits_[unit >> 6] >> (unit & 63)) & 1;
  }
  Kind KindOf(char16_t unit) const { return kinds_[unit]; }

 private:
  friend const SentenceBreakUnits& GetSentenceBreakUnits();
  uint64_t bits_[1024] = {};
  Kind kinds_[0x10000] = {};
};
const SentenceBreakUnits& GetSentenceBreakUnits();

// Kind and script of the segment units[0, size) that the word breaker
// ended with `rule_status`. See TokenKind and Script in tokenize.h.
void Classify(const char16_t* units, int32_t size, int32_t rule_status,
              TokenKind* kind, Script* script);

// One word segment: where it ends, and Classify() of it.
struct WordSegment {
  int32_t end;
  TokenKind kind;
  Script script;
};

// The next segments of the word breaker over `units` (the text it was set
// to), the first starting at `begin` (the current boundary): fills up to
// `capacity` of `out` and returns how many, 0 past the last one. Batching
// keeps the caller's per-token loop free of calls.
int32_t NextWordSegments(Breaker* breaker, const char16_t* units, int32_t begin,
                         WordSegment* out, int32_t capacity);

// Kind of a one-unit ASCII segment without word status (a space, "," or
// "+"), the commonest tokens after words: a table of 128, built on first
// use, instead of asking ICU.
const TokenKind* AsciiTokenKinds();

}  // namespace icu_adapter
}  // namespace tokenize
}  // namespace twinmap

#endif  // TWINMAP_TOKENIZE_ICU_ADAPTER_H_
