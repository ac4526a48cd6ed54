#include "tokenize/sentences.h"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "tokenize/icu_adapter.h"
#include "tokenize/white_space.h"

namespace twinmap {
namespace tokenize {
namespace {

void AddTrimmed(const char16_t* units, int32_t begin, int32_t end,
                uint32_t block, std::vector<SentenceRange>* sentences) {
  while (begin < end && IsWhiteSpace(units[begin])) ++begin;
  while (end > begin && IsWhiteSpace(units[end - 1])) --end;
  if (begin < end) sentences->push_back(SentenceRange{begin, end, block});
}

// A full stop directly before an ASCII digit or lower-case letter never ends
// a sentence (UAX #29 rules SB6 and SB8): "3.5", "example.com". Such lines
// are common in pages (numbers, addresses) and need not go to ICU.
bool IsInnerFullStop(const char16_t* units, int32_t i, int32_t end) {
  if (units[i] != u'.' || i + 1 >= end) return false;
  char16_t next = units[i + 1];
  return (next >= u'a' && next <= u'z') || (next >= u'0' && next <= u'9');
}

// True when the only ASCII units that may end a sentence are LF, CR, "!",
// "." and "?" (so in ICU's data); SkipPlainAscii relies on it.
bool AsciiBreakUnitsAreKnown(
    const icu_adapter::SentenceBreakUnits& sentence_units) {
  for (char16_t c = 0; c < 0x80; ++c) {
    bool known = c == u'\n' || c == u'\r' || c == u'!' || c == u'.' ||
                 c == u'?';
    if (sentence_units.Contains(c) && !known) return false;
  }
  return true;
}

// Steps over plain ASCII units, 8 at a time, and returns where it stopped
// (the first 8 that are not all plain, or the last few of the line): a unit
// below U+0080 other than LF, CR, "!", "." and "?" cannot end a sentence,
// so IcuReadEnd's per-unit loop would only step over it. Most lines are
// mostly such units. Returns `i` itself without SSE2.
int32_t SkipPlainAscii(const char16_t* units, int32_t i, int32_t end) {
#if defined(__SSE2__)
  const __m128i high_bits = _mm_set1_epi16(static_cast<short>(0xFF80));
  const __m128i zero = _mm_setzero_si128();
  while (i + 8 <= end) {
    const __m128i v =
        _mm_loadu_si128(reinterpret_cast<const __m128i*>(units + i));
    __m128i stop = _mm_cmpeq_epi16(v, _mm_set1_epi16('.'));
    stop = _mm_or_si128(stop, _mm_cmpeq_epi16(v, _mm_set1_epi16('!')));
    stop = _mm_or_si128(stop, _mm_cmpeq_epi16(v, _mm_set1_epi16('?')));
    stop = _mm_or_si128(stop, _mm_cmpeq_epi16(v, _mm_set1_epi16('\n')));
    stop = _mm_or_si128(stop, _mm_cmpeq_epi16(v, _mm_set1_epi16('\r')));
    const __m128i ascii = _mm_cmpeq_epi16(_mm_and_si128(v, high_bits), zero);
    if (_mm_movemask_epi8(ascii) != 0xFFFF || _mm_movemask_epi8(stop) != 0) {
      break;
    }
    i += 8;
  }
#else
  (void)units;
  (void)end;
#endif
  return i;
}

// How far ICU must read a line to find the sentence boundaries strictly
// inside it: kNoBoundary when there can be none. A boundary needs
// "terminator Close* Sp*" before it and a unit of kind kOther or kLetter
// after it (UAX #29 SB8a-SB11; a Close after the spaces too), so a
// terminator followed only by closers, spaces and further terminators up to
// the line end ("It ends here.", "and more...") or by SContinue ("e.g.,
// this") gives none. Each such place is left to ICU, which also knows SB6-
// SB8; after the last one ICU needs to read only until SB8's look-ahead has
// its answer (the next letter or terminator; we read to the end of that
// word), not to the end of a long last sentence.
constexpr int32_t kNoBoundary = -1;

int32_t IcuReadEnd(const icu_adapter::SentenceBreakUnits& sentence_units,
                   const char16_t* units, const LineRange& line) {
  using Kind = icu_adapter::SentenceBreakUnits::Kind;
  enum { kText, kAfterTerminator, kAfterSpace } state = kText;
  int32_t last_start = kNoBoundary;  // last place a sentence may start
  static const bool skip_ascii = AsciiBreakUnitsAreKnown(sentence_units);
  // Where to try skipping again: not before the end of the 8 units that
  // stopped the last skip, which are read one by one.
  int32_t skip_from = line.begin;
  for (int32_t i = line.begin; i < line.end; ++i) {
    if (state == kText && skip_ascii && i >= skip_from && units[i] < 0x80) {
      i = SkipPlainAscii(units, i, line.end);
      if (i >= line.end) break;
      skip_from = i + 8;
    }
    const char16_t unit = units[i];
    if (state != kText) {
      switch (sentence_units.KindOf(unit)) {
        case Kind::kTransparent:
          continue;
        case Kind::kTerminator:
          state = kAfterTerminator;
          continue;
        case Kind::kClose:
          if (state == kAfterTerminator) continue;
          break;  // a closer after the spaces may open the next sentence
        case Kind::kSpace:
          state = kAfterSpace;
          continue;
        case Kind::kContinue:
          state = kText;
          continue;
        case Kind::kOther:
        case Kind::kLetter:
          break;
      }
      last_start = i;  // and the unit is read again as plain text
      state = kText;
    }
    if (!sentence_units.Contains(unit)) continue;
    // Sep, or a surrogate whose pair is not looked up: ICU reads it all.
    if (sentence_units.KindOf(unit) != Kind::kTerminator) return line.end;
    if (!IsInnerFullStop(units, i, line.end)) state = kAfterTerminator;
  }
  if (last_start == kNoBoundary) return kNoBoundary;
  int32_t end = last_start;
  while (end < line.end) {
    Kind kind = sentence_units.KindOf(units[end++]);
    if (kind == Kind::kLetter || kind == Kind::kTerminator) break;
  }
  while (end < line.end) {
    Kind kind = sentence_units.KindOf(units[end]);
    if (kind == Kind::kSpace || kind == Kind::kTerminator) break;
    ++end;
  }
  return end;
}

// Runs ICU over units[begin, read_end), a run of whole lines but the end of
// the last one, which ends at line_end: no boundary lies in
// [read_end, line_end), so the segment ICU ends at read_end goes on to it.
Status BreakRun(icu_adapter::Breaker* breaker, const char16_t* units,
                int32_t begin, int32_t read_end, int32_t line_end,
                uint32_t block, std::vector<SentenceRange>* sentences) {
  Status set = icu_adapter::SetText(breaker, units + begin, read_end - begin);
  if (!set.ok()) return set;
  int32_t a = 0;
  for (int32_t b;
       (b = icu_adapter::Next(breaker, nullptr)) != icu_adapter::kDone; a = b) {
    int32_t end = begin + b == read_end ? line_end : begin + b;
    AddTrimmed(units, begin + a, end, block, sentences);
  }
  return Status::Ok();
}

}  // namespace

Status FindSentences(const char16_t* units, const std::vector<LineRange>& lines,
                     const std::vector<BlockRange>& blocks,
                     std::vector<SentenceRange>* sentences) {
  sentences->clear();
  if (blocks.empty()) return Status::Ok();
  Result<icu_adapter::Breaker*> breaker =
      icu_adapter::ThreadBreaker(icu_adapter::BreakType::kSentence);
  if (!breaker.ok()) return breaker.status();
  const icu_adapter::SentenceBreakUnits& sentence_units =
      icu_adapter::GetSentenceBreakUnits();
  // ICU always breaks after a line break, and elsewhere only after a
  // sentence terminator or separator (see IcuReadEnd). So a line where
  // none can end a sentence early is a sentence by itself and ICU need not
  // read it; consecutive lines that may hold a boundary are given to ICU
  // together, up to where their last boundary is decided. Its results are
  // the same as over the whole text, at a fraction of the cost on tables,
  // lists and long paragraphs.
  for (uint32_t bi = 0; bi < blocks.size(); ++bi) {
    const BlockRange& block = blocks[bi];
    int32_t run_begin = -1, run_read_end = -1, run_line_end = -1;
    for (uint32_t li = block.first_line; li <= block.last_line; ++li) {
      const LineRange& line = lines[li];
      const int32_t read_end = IcuReadEnd(sentence_units, units, line);
      if (read_end != kNoBoundary) {
        if (run_begin < 0) run_begin = line.begin;
        run_read_end = read_end;
        run_line_end = line.end;
        continue;
      }
      if (run_begin >= 0) {
        Status s = BreakRun(*breaker, units, run_begin, run_read_end,
                            run_line_end, bi, sentences);
        if (!s.ok()) return s;
        run_begin = -1;
      }
      AddTrimmed(units, line.begin, line.end, bi, sentences);
    }
    if (run_begin >= 0) {
      Status s = BreakRun(*breaker, units, run_begin, run_read_end,
                          run_line_end, bi, sentences);
      if (!s.ok()) return s;
    }
  }
  return Status::Ok();
}

}  // namespace tokenize
}  // namespace twinmap
