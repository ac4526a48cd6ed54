#include "tokenize/sentences.h"

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

bool MayBreakInside(const icu_adapter::SentenceBreakUnits& may_break,
                    const char16_t* units, const LineRange& line) {
  for (int32_t i = line.begin; i < line.end; ++i) {
    if (may_break.Contains(units[i]) &&
        !IsInnerFullStop(units, i, line.end)) {
      return true;
    }
  }
  return false;
}

// Runs ICU over units[begin, end), a run of whole lines.
Status BreakRun(icu_adapter::Breaker* breaker, const char16_t* units,
                int32_t begin, int32_t end, uint32_t block,
                std::vector<SentenceRange>* sentences) {
  Status set = icu_adapter::SetText(breaker, units + begin, end - begin);
  if (!set.ok()) return set;
  int32_t a = 0;
  for (int32_t b;
       (b = icu_adapter::Next(breaker, nullptr)) != icu_adapter::kDone; a = b) {
    AddTrimmed(units, begin + a, begin + b, block, sentences);
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
  const icu_adapter::SentenceBreakUnits& may_break =
      icu_adapter::GetSentenceBreakUnits();
  // ICU always breaks after a line break, and elsewhere only after a
  // sentence terminator or separator. So a line without one is a sentence by
  // itself and ICU need not read it; consecutive lines that have one are
  // given to ICU together. Its results are the same as over the whole text,
  // at a fraction of the cost on tables and lists.
  for (uint32_t bi = 0; bi < blocks.size(); ++bi) {
    const BlockRange& block = blocks[bi];
    int32_t run_begin = -1, run_end = -1;
    for (uint32_t li = block.first_line; li <= block.last_line; ++li) {
      const LineRange& line = lines[li];
      if (MayBreakInside(may_break, units, line)) {
        if (run_begin < 0) run_begin = line.begin;
        run_end = line.end;
        continue;
      }
      if (run_begin >= 0) {
        Status s = BreakRun(*breaker, units, run_begin, run_end, bi, sentences);
        if (!s.ok()) return s;
        run_begin = -1;
      }
      AddTrimmed(units, line.begin, line.end, bi, sentences);
    }
    if (run_begin >= 0) {
      Status s = BreakRun(*breaker, units, run_begin, run_end, bi, sentences);
      if (!s.ok()) return s;
    }
  }
  return Status::Ok();
}

}  // namespace tokenize
}  // namespace twinmap
