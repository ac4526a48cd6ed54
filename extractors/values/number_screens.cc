// The screens around a number: their tables built from a pack's lists,
// and the reads that consult several of them at once.
#include "values/number_screens.h"

#include <atomic>
#include <string>

#include "values/char_class.h"
#include "values/numbers.h"

namespace twinmap {
namespace values {

LetterScreen::LetterScreen(const PhraseList& list, Side side, bool boundary) {
  constexpr uint32_t kAll = (uint32_t(1) << 27) - 1;
  for (int x = 0; x < 27; ++x) {
    for (int y = 0; y < 27; ++y) {
      if (x == kOther || y == kOther) thirds_[x * 27 + y] = kAll;
    }
  }
  for (size_t i = 0; i < list.size(); ++i) {
    const std::string& entry = list.phrase(i);
    size_t n = entry.size();
    // The entry's k-th byte from its start (end).
    auto at = [&](size_t k) { return Index(side == kStart ? entry[k] : entry[n - 1 - k]); };
    if (n == 0 || at(0) == kOther) continue;  // never matches at (before) a letter
    int x = at(0);
    if (n == 1) {
      // One letter: text letter y beyond it fails the boundary check.
      if (!boundary) {
        for (int y = 0; y < 27; ++y) thirds_[x * 27 + y] = kAll;
      }
      continue;
    }
    int y = at(1);
    if (y == kOther) continue;  // never before (after) a letter
    uint32_t& mask = thirds_[x * 27 + y];
    if (n == 2) {
      mask |= boundary ? uint32_t(1) << kOther : kAll;
    } else {
      mask |= uint32_t(1) << at(2);
    }
  }
}

// Every list screened checks the boundary beyond the side it is screened
// on (the packs' glued_start / glued_end: number_screens_test checks).
constexpr bool kBoundary = true;

NumberScreens::NumberScreens(const LanguagePack& p)
    : pack(&p),
      number_words(p.number_words, LetterScreen::kStart, kBoundary),
      joiners(p.joiners, LetterScreen::kStart, kBoundary),
      units(p.units, LetterScreen::kStart, kBoundary),
      unit_links(p.unit_links, LetterScreen::kStart, kBoundary),
      hedges_after(p.hedges_after, LetterScreen::kStart, kBoundary),
      time_suffixes(p.time_suffixes, LetterScreen::kStart, kBoundary),
      ordinal_prefixes(p.ordinal_prefixes, LetterScreen::kEnd, kBoundary),
      identifier_markers(p.identifier_markers, LetterScreen::kEnd, kBoundary),
      currency_before(p.currency_before, LetterScreen::kEnd, kBoundary),
      hedges_before(p.hedges_before, LetterScreen::kEnd, kBoundary),
      after_gap_letters(number_words),
      before_letters(ordinal_prefixes) {
  number_word_bytes.Add(p.number_words, LetterScreen::kStart);
  after_gap_letters.Add(units);
  after_gap_letters.Add(hedges_after);
  after_gap_letters.Add(time_suffixes);
  before_letters.Add(identifier_markers);
  before_letters.Add(currency_before);
  before_letters.Add(hedges_before);
  for (const PhraseList* list : {&p.number_words, &p.units, &p.hedges_after, &p.time_suffixes}) {
    after_gap_words.Add(*list);
  }
  for (const PhraseList* list :
       {&p.ordinal_prefixes, &p.identifier_markers, &p.currency_before, &p.hedges_before}) {
    before_words.Add(*list);
  }
  // Read where the gap after the number ends (ReadNumber, TimeOfDayEnd,
  // ReadRatio, the unit and the hedge after).
  for (const PhraseList* list : {&p.number_words, &p.units, &p.hedges_after, &p.time_suffixes}) {
    after_gap_bytes.Add(*list, LetterScreen::kStart);
  }
  after_gap_bytes.AddByte(':');
  // Read right after the digits: those, and the ordinal suffix, the infix
  // hedge, a time's 'h' or ':', the date markers, a letter (a code).
  glued_after_bytes = after_gap_bytes;
  glued_after_bytes.Add(p.ordinal_suffixes, LetterScreen::kStart);
  glued_after_bytes.Add(p.hedges_infix, LetterScreen::kStart);
  for (int b = 0; b < 0x80; ++b) {
    if (IsAsciiLetter(b) || IsAsciiDigit(b)) glued_after_bytes.AddByte(b);
  }
  for (const PhraseList* list :
       {&p.ordinal_prefixes, &p.identifier_markers, &p.currency_before, &p.hedges_before}) {
    before_bytes.Add(*list, LetterScreen::kEnd);
  }
  for (const std::string& word : p.not_numbers) {
    if (word.empty() || word.size() >= 64) {
      // Never screened (MayBeNotNumber lets any such text through).
      continue;
    }
    unsigned char b = static_cast<unsigned char>(word[0]);
    not_number_sizes |= uint64_t(1) << word.size();
    not_number_first_bytes[b >> 6] |= uint64_t(1) << (b & 63);
  }
  for (const PhraseList* list : {&p.number_words, &p.approx_nouns, &p.percent_before}) {
    for (size_t i = 0; i < list->size(); ++i) {
      char32_t key = FoldChar(DecodeAt(list->phrase(i), 0).cp);
      if (key < kKeyedBelow) first_keys[key >> 6] |= uint64_t(1) << (key & 63);
    }
  }
  for (char32_t d = 0; d < kKeyedBelow; ++d) {
    if (IsDigit(d)) first_keys[d >> 6] |= uint64_t(1) << (d & 63);
  }
  for (const auto* markers : {&p.month_markers, &p.day_markers}) {
    for (const std::string& mk : *markers) {
      if (mk.empty()) {
        any_empty_marker = true;
        continue;
      }
      unsigned char b = static_cast<unsigned char>(mk[0]);
      marker_first_bytes[b >> 6] |= uint64_t(1) << (b & 63);
      glued_after_bytes.AddByte(b);
    }
  }
  if (any_empty_marker) glued_after_bytes.AddAll();
}

void AsciiScreen::Add(const PhraseList& list, LetterScreen::Side side) {
  for (size_t i = 0; i < list.size(); ++i) {
    const std::string& entry = list.phrase(i);
    if (entry.empty()) {
      AddAll();
      return;
    }
    unsigned char b = static_cast<unsigned char>(side == LetterScreen::kStart ? entry.front()
                                                                               : entry.back());
    if (b >= 0x80) {
      // Matches no ASCII byte, but for a character folded to one (U+2019
      // as an apostrophe).
      if (side == LetterScreen::kStart) {
        char32_t key = FoldChar(DecodeAt(entry, 0).cp);
        if (key < 0x80) AddByte(static_cast<unsigned char>(key));
      } else {
        char32_t key = FoldChar(DecodeBefore(entry, entry.size()).cp);
        if (key < 0x80) AddByte(static_cast<unsigned char>(key));
      }
      continue;
    }
    if (b == ' ') {
      for (unsigned char s : {' ', '\t', '\n', '\r', '\v', '\f'}) AddByte(s);
    } else if (IsAsciiLetter(b)) {
      AddByte(b | 0x20);
      AddByte(b & ~0x20);
    } else {
      AddByte(b);
    }
  }
}

namespace {
// The white space an entry's space matches, as far as ASCII goes.
bool IsAsciiGap(unsigned char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }
// An ASCII byte an entry's byte matches only with itself: no letter (the
// case is free), space or apostrophe (which match more).
bool IsAsciiMark(unsigned char c) {
  return c < 0x80 && kLetterIndex[c] >= 26 && c != ' ' && c != '\'';
}
}  // namespace

void WordScreen::Add(const PhraseList& list) {
  auto letter = [](char c) { return kLetterIndex[static_cast<unsigned char>(c)] < 26; };
  for (size_t i = 0; i < list.size(); ++i) {
    // Read from the side screened: backwards, with the bytes reversed
    // (only ASCII letters and the space are looked at).
    std::string e = list.phrase(i);
    if (side_ == LetterScreen::kEnd) e.assign(e.rbegin(), e.rend());
    uint64_t h = kSeed;
    size_t k = 0;
    for (; k < e.size() && letter(e[k]); ++k) h = Step(h, e[k] | 0x20);
    if (k == 0) continue;  // never at (before) an ASCII letter
    if (k + 1 < e.size() && e[k] == ' ' && letter(e[k + 1])) {
      h = Step(h, ' ');
      for (++k; k < e.size() && letter(e[k]); ++k) h = Step(h, e[k] | 0x20);
    } else if (k < e.size() && IsAsciiMark(static_cast<unsigned char>(e[k]))) {
      h = Step(h, e[k]);  // "au-delà": the text has the same byte there
    }
    Set(h);
  }
}

bool WordScreen::MayMatchAt(std::string_view text, size_t pos) const {
  const size_t n = text.size();
  auto byte = [&](size_t i) { return static_cast<unsigned char>(text[i]); };
  uint64_t h = kSeed;
  size_t p = pos;
  for (; p < n && kLetterIndex[byte(p)] < 26; ++p) h = Step(h, byte(p) | 0x20);
  if (Has(h) || (p < n && IsAsciiMark(byte(p)) && Has(Step(h, byte(p))))) return true;
  // A second word, after the white space an entry's space matches.
  size_t q = p;
  while (q < n && IsAsciiGap(byte(q))) ++q;
  if (q < n && byte(q) >= 0x80) return true;  // other white space, maybe
  if (q == p || q >= n || kLetterIndex[byte(q)] >= 26) return false;
  h = Step(h, ' ');
  for (; q < n && kLetterIndex[byte(q)] < 26; ++q) h = Step(h, byte(q) | 0x20);
  return Has(h);
}

bool WordScreen::MayMatchBefore(std::string_view text, size_t pos) const {
  if (pos > text.size()) return true;
  auto byte = [&](size_t i) { return static_cast<unsigned char>(text[i]); };
  uint64_t h = kSeed;
  size_t p = pos;
  for (; p > 0 && kLetterIndex[byte(p - 1)] < 26; --p) h = Step(h, byte(p - 1) | 0x20);
  if (Has(h) || (p > 0 && IsAsciiMark(byte(p - 1)) && Has(Step(h, byte(p - 1))))) return true;
  size_t q = p;
  while (q > 0 && IsAsciiGap(byte(q - 1))) --q;
  if (q > 0 && byte(q - 1) >= 0x80) return true;
  if (q == p || q == 0 || kLetterIndex[byte(q - 1)] >= 26) return false;
  h = Step(h, ' ');
  for (; q > 0 && kLetterIndex[byte(q - 1)] < 26; --q) h = Step(h, byte(q - 1) | 0x20);
  return Has(h);
}

bool NumberScreens::NothingFollowsDigits(std::string_view text, size_t end) const {
  if (end >= text.size()) return true;
  unsigned char b = static_cast<unsigned char>(text[end]);
  if (kLetterIndex[b] < 26) return !number_words.MayMatchAt(text, end);
  if (b >= 0x80) {
    // "2ème", "3号": a character that begins no number word (nor a space,
    // after which one might) ends the number.
    CodePoint c = DecodeAt(text, end);
    return !IsSpace(c.cp) && !MayBeginQuantityAt(text, end);
  }
  if (number_word_bytes.May(b) || IsAsciiDigit(b)) return false;
  if (b != ' ' && b != '\t') return true;
  // After a space, digits go on only a Han or Hangul scale word.
  size_t q = SkipNumberGap(text, end);
  if (q >= text.size()) return true;
  unsigned char c = static_cast<unsigned char>(text[q]);
  if (kLetterIndex[c] < 26) return !number_words.MayMatchAt(text, q);
  return IsAsciiDigit(c) || !number_word_bytes.May(c);
}

bool NumberScreens::NothingFollowsWord(std::string_view text, size_t end) const {
  // A hyphen, a letter or any other byte might go on the word; one space or
  // tab (which begins no entry) leaves the word after it to read.
  if (end + 1 >= text.size()) return false;
  unsigned char b = static_cast<unsigned char>(text[end]);
  if ((b != ' ' && b != '\t') || number_word_bytes.May(b)) return false;
  size_t q = SkipNumberGap(text, end);
  if (q >= text.size() || kLetterIndex[static_cast<unsigned char>(text[q])] >= 26) return false;
  return !number_words.MayMatchAt(text, q) && !joiners.MayMatchAt(text, q);
}

// Inlined into both reads below (NothingAroundDigits, ScreenAroundDigits),
// which each run at most digits of a page.
__attribute__((always_inline)) inline bool NumberScreens::NothingAfterDigits(
    std::string_view text, size_t end) const {
  const size_t n = text.size();
  auto byte = [&](size_t i) { return static_cast<unsigned char>(text[i]); };
  if (end < n) {
    unsigned char c = byte(end);
    if (glued_after_bytes.May(c)) return false;
    // Any other byte but a space or a tab ends the gap where it is, and
    // begins no entry there (glued_after_bytes holds after_gap_bytes).
    if (c == ' ' || c == '\t') {
      // Where the gap ends: one screen for the four lists read there.
      size_t q = SkipNumberGap(text, end);
      if (q < n) {
        unsigned char b = byte(q);
        if (kLetterIndex[b] >= 26) {
          if (after_gap_bytes.May(b)) return false;
        } else {
          // Most words that begin like an entry do match one ("km2",
          // "million"): the full reading matches them anyway.
          if (after_gap_letters.MayMatchAt(text, q) && after_gap_words.MayMatchAt(text, q)) {
            return false;
          }
        }
      }
    }
  }
  return true;
}

template <bool kInFull>
__attribute__((always_inline)) inline bool NumberScreens::NoneBeforeDigits(std::string_view text,
                                                                           size_t start) const {
  // A list the screens let through is matched in full, or taken to match
  // where a byte ends one of its entries.
  PhraseList::Match m;
  auto matches = [&](const PhraseList& list, size_t p) {
    return kInFull ? list.MatchBefore(text, p, &m) : list.MayEndAt(text, p);
  };
  auto byte = [&](size_t i) { return static_cast<unsigned char>(text[i]); };
  // Before: the ordinal prefix and the identifier marker at the digits,
  // the currency across a space, the hedge across a line break too; the
  // same one screen first.
  auto may_end_at = [&](size_t p) {
    if (p == 0) return false;
    unsigned char c = byte(p - 1);
    return kLetterIndex[c] < 26
               ? before_letters.MayMatchBefore(text, p) && before_words.MayMatchBefore(text, p)
               : before_bytes.May(c);
  };
  auto is_gap_byte = [](unsigned char c) {
    return c >= 0x80 || c == ' ' || c == '\t' || c == '\n' || c == '\r';
  };
  if (start == 0) return true;
  // The two common places, with no gap to read: a byte glued to the
  // digits ("(96", "n°5"), where all four lists end at the digits; one
  // space after a word ("Henan 96"), where the currency and the hedge end
  // before the space.
  const unsigned char before = byte(start - 1);
  if (!is_gap_byte(before)) {
    return !(may_end_at(start) && (matches(pack->ordinal_prefixes, start) ||
                                   matches(pack->identifier_markers, start) ||
                                   matches(pack->currency_before, start) ||
                                   matches(pack->hedges_before, start)));
  }
  if (before == ' ' && start >= 2 && !is_gap_byte(byte(start - 2))) {
    if (before_bytes.May(' ') && (matches(pack->ordinal_prefixes, start) ||
                                  matches(pack->identifier_markers, start))) {
      return false;
    }
    const size_t b = start - 1;
    return !(may_end_at(b) && (matches(pack->currency_before, b) ||
                               matches(pack->hedges_before, b)));
  }
  const bool at_start = may_end_at(start);
  if (at_start && (matches(pack->ordinal_prefixes, start) ||
                   matches(pack->identifier_markers, start))) {
    return false;
  }
  // Most often one of the digits' own place, or both the same.
  size_t b = SkipNumberGapBack(text, start);
  const bool at_b = b == start ? at_start : may_end_at(b);
  if (at_b && matches(pack->currency_before, b)) return false;
  size_t h = SkipNumberGapAndBreakBack(text, start);
  const bool at_h = h == b ? at_b : may_end_at(h);
  return !(at_h && matches(pack->hedges_before, h));
}

bool NumberScreens::NothingAroundDigits(std::string_view text, size_t start,
                                        size_t end) const {
  return NothingAfterDigits(text, end) && NoneBeforeDigits<true>(text, start);
}

NumberScreens::Around NumberScreens::ScreenAroundDigits(std::string_view text, size_t start,
                                                        size_t end) const {
  if (!NothingAfterDigits(text, end)) return Around::kMayFollow;
  return NoneBeforeDigits<false>(text, start) ? Around::kNothing : Around::kOnlyBefore;
}

const NumberScreens* NumberScreensFor(const LanguagePack& pack) {
  // The last screens found, checked first: a page is read in one pack, and
  // the search below costs more than the rest of a short reading's setup.
  // Only screens are kept, which live as long as the process.
  static std::atomic<const NumberScreens*> last{nullptr};
  const NumberScreens* screens = last.load(std::memory_order_acquire);
  if (screens != nullptr && screens->pack == &pack) return screens;
  screens = DerivedTablesFor<NumberScreens>(pack);
  if (screens != nullptr) last.store(screens, std::memory_order_release);
  return screens;
}

}  // namespace values
}  // namespace twinmap
