// NeighbourWords: its tables, from a pack's lists.
#include "values/neighbour_words.h"

#include <string>

#include "values/char_class.h"

namespace twinmap {
namespace values {
namespace {

bool IsAsciiWhiteSpace(unsigned char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
}

// The run of ASCII letters of `e` on `side`: [*begin, *end).
void RunOf(const std::string& e, LetterScreen::Side side, size_t* begin, size_t* end) {
  *begin = *end = 0;
  if (side == LetterScreen::kStart) {
    while (*end < e.size() && IsAsciiLetter(static_cast<unsigned char>(e[*end]))) ++*end;
  } else {
    *begin = *end = e.size();
    while (*begin > 0 && IsAsciiLetter(static_cast<unsigned char>(e[*begin - 1]))) --*begin;
  }
}

}  // namespace

template <LetterScreen::Side kSide>
void WordShapes<kSide>::Add(const PhraseList& list) {
  for (size_t i = 0; i < list.size(); ++i) {
    const std::string& e = list.phrase(i);
    size_t begin, end;
    RunOf(e, kSide, &begin, &end);
    if (end == begin) continue;  // never at (before) an ASCII letter
    lengths_[Slot(e.data() + begin, end - begin)] |= uint32_t(1) << LengthBit(end - begin);
  }
}

template class WordShapes<LetterScreen::kStart>;
template class WordShapes<LetterScreen::kEnd>;

void WordRuns::Add(const PhraseList& list) {
  for (size_t i = 0; i < list.size(); ++i) {
    const std::string& e = list.phrase(i);
    size_t begin, end;
    RunOf(e, side_, &begin, &end);
    if (end == begin) continue;
    const size_t bit = BitOf(e.data() + begin, end - begin, e.size() - begin);
    bits_[bit >> 6] |= uint64_t(1) << (bit & 63);
  }
}

NeighbourWords::NeighbourWords(const LanguagePack& p) : pack(&p) {
  const std::initializer_list<const PhraseList*> number_after = {
      &p.number_words, &p.units, &p.hedges_after, &p.time_suffixes};
  const std::initializer_list<const PhraseList*> day_after = {
      &p.months,      &p.weekdays,     &p.range_joiners, &p.day_joiners,    &p.day_suffixes,
      &p.since_after, &p.date_cues,    &p.range_openers, &p.ordinal_suffixes, &p.joiners,
      &p.unit_links,  &p.approx_nouns, &p.particles,     &p.hedges_infix};
  const std::initializer_list<const PhraseList*> before_number = {
      &p.ordinal_prefixes, &p.identifier_markers, &p.currency_before, &p.hedges_before};
  for (const PhraseList* list : number_after) {
    after_number_shapes.Add(*list);
    after_number_runs.Add(*list);
    after_number.Add(*list);
    after_day_shapes.Add(*list);
    after_day_runs.Add(*list);
    after_day.Add(*list);
  }
  for (const PhraseList* list : day_after) {
    after_day_shapes.Add(*list);
    after_day_runs.Add(*list);
    after_day.Add(*list);
  }
  for (const PhraseList* list : before_number) {
    before_shapes.Add(*list);
    before_runs.Add(*list);
    before.Add(*list);
    for (int b = 0; b < 128; ++b) {
      const char c = static_cast<char>(b);
      if (list->MayEndAt(std::string_view(&c, 1), 1)) may_end_before[b] = true;
    }
    for (size_t i = 0; i < list->size(); ++i) {
      const std::string& e = list->phrase(i);
      if (!e.empty()) last_chars_before[FoldChar(DecodeBefore(e, e.size()).cp)] = true;
    }
  }
  // What the words cannot tell: an entry that a space after the number (a
  // line break before it) would begin (end).
  auto check = [&](std::initializer_list<const PhraseList*> lists, bool at_start) {
    for (const PhraseList* list : lists) {
      for (size_t i = 0; i < list->size(); ++i) {
        const std::string& e = list->phrase(i);
        if (e.empty() ||
            IsAsciiWhiteSpace(static_cast<unsigned char>(at_start ? e.front() : e.back()))) {
          usable = false;
        }
      }
    }
  };
  check(number_after, true);
  check(day_after, true);
  check(before_number, false);
  for (const auto* markers : {&p.year_markers, &p.month_markers, &p.day_markers}) {
    for (const std::string& m : *markers) {
      if (m.empty() || static_cast<unsigned char>(m[0]) < 0x80) usable = false;
    }
  }
  for (size_t i = 0; i < p.percent_before.size(); ++i) {
    const std::string& e = p.percent_before.phrase(i);
    if (e.empty() || IsAsciiDigit(static_cast<unsigned char>(e[0]))) usable = false;
  }
}

const NeighbourWords* NeighbourWordsFor(const LanguagePack& pack) {
  // A page is read in one pack: the last one's tables are checked first.
  thread_local const NeighbourWords* last = nullptr;
  if (last != nullptr && last->pack == &pack) return last;
  const NeighbourWords* words = DerivedTablesFor<NeighbourWords>(pack);
  if (words != nullptr) last = words;
  return words;
}

}  // namespace values
}  // namespace twinmap
