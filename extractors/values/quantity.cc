// Numbers with what surrounds them: the hedge before or after, currency
// signs, scale words after an infix hedge ("700余万"), units, percentages,
// ratios; and the look-alikes to step over (ordinals, times of day, licence
// numbers, version strings).

#include <new>
#include <utility>

#include "values/bare_number.h"
#include "values/candidate.h"
#include "values/char_class.h"
#include "values/number_screens.h"
#include "values/numbers.h"

namespace twinmap {
namespace values {
namespace {

bool IsCurrencyCode(std::string_view unit) {
  if (unit.size() != 3) return false;
  for (char c : unit) {
    if (c < 'A' || c > 'Z') return false;
  }
  return true;
}

ValueType TypeForUnit(std::string_view unit) {
  if (unit.empty()) return ValueType::kNumber;
  if (unit == "percent") return ValueType::kPercent;
  if (IsCurrencyCode(unit)) return ValueType::kMoney;
  return ValueType::kQuantity;
}

bool IsRatioColon(char32_t c) { return c == ':' || c == 0x2236 || c == 0xFF1A; }

// End of a run of digits, letters, '.', ',', '-' starting at `pos`: the
// whole look-alike to skip ("1.2.3", "08102974号").
size_t EndOfCode(std::string_view text, size_t pos) {
  while (pos < text.size()) {
    CodePoint c = DecodeAt(text, pos);
    bool part = IsDigit(c.cp) || IsAsciiLetter(c.cp) || c.cp == '.' ||
                c.cp == ',' || c.cp == '-';
    if (!part) break;
    pos += c.len;
  }
  return pos;
}

// "10:30", "18h30", "6 p.m.": a time of day after a one- or two-digit number
// ending at `end`; returns the end of the time or npos.
// `gap_end`: SkipNumberGap(in.text, end), which the caller has.
size_t TimeOfDayEnd(const ParseInput& in, const NumberScreens* screens, const DigitRun& run,
                    size_t end, size_t gap_end) {
  constexpr size_t npos = std::string_view::npos;
  if (!run.plain() || run.digit_count > 2 || run.value > 24) return npos;
  std::string_view text = in.text;
  CodePoint c = DecodeAt(text, end);
  size_t time_end = npos;
  if ((c.cp == ':' || c.cp == 'h' || c.cp == 'H') &&
      IsDigit(DecodeAt(text, end + 1).cp)) {
    DigitRun minutes;
    ReadDigits(text, end + 1, *in.pack, &minutes);
    if (minutes.digit_count != 2 || minutes.value >= 60 || !minutes.plain()) {
      return npos;
    }
    time_end = minutes.end;
    if (c.cp == ':' && DecodeAt(text, time_end).cp == ':') {
      DigitRun seconds;
      if (ReadDigits(text, time_end + 1, *in.pack, &seconds) &&
          seconds.digit_count == 2) {
        time_end = seconds.end;
      }
    }
  }
  PhraseList::Match m;
  size_t q = time_end != npos ? SkipNumberGap(text, time_end) : gap_end;
  if ((!screens || screens->time_suffixes.MayMatchAt(text, q)) &&
      in.pack->time_suffixes.MatchAt(text, q, &m)) {
    return m.end;
  }
  return time_end;
}

// "4.6 : 18.1 : 77.3": terms after the first, or false. `gap_end`:
// SkipNumberGap(in.text, first.span.end).
bool ReadRatio(const ParseInput& in, const NumberExpr& first, size_t gap_end, Candidate* out) {
  std::string_view text = in.text;
  if (!IsRatioColon(DecodeAt(text, gap_end).cp)) return false;
  // Room for the common three terms ("4.6 : 18.1 : 77.3") at once.
  std::vector<double> terms;
  terms.reserve(4);
  terms.push_back(first.value);
  PartList parts{{"number", first.span}};
  size_t end = first.span.end;
  bool spaced = false, decimals = first.first_run.decimal_count > 0;
  while (true) {
    size_t q = SkipNumberGap(text, end);
    CodePoint c = DecodeAt(text, q);
    if (!IsRatioColon(c.cp)) break;
    size_t r = SkipNumberGap(text, q + c.len);
    DigitRun run;
    if (!IsDigit(DecodeAt(text, r).cp) || !ReadDigits(text, r, *in.pack, &run)) break;
    if (q != end || r != q + c.len) spaced = true;
    if (run.decimal_count > 0) decimals = true;
    terms.push_back(run.value);
    parts.emplace_back("number", Span{r, run.end});
    end = run.end;
  }
  if (terms.size() < 2) return false;
  // "10:30" unspaced with two integer terms is a time, not a ratio.
  if (terms.size() == 2 && !spaced && !decimals) return false;
  out->Reset();
  out->value.type = ValueType::kRatio;
  out->value.span = Span{first.span.begin, end};
  out->value.ratio = std::move(terms);
  out->value.parts = std::move(parts);
  out->value.pattern = "ratio";
  out->rank = kRankQuantity;
  return true;
}

}  // namespace

bool ReadQuantity(const ParseInput& in, size_t pos, Candidate* out) {
  return ReadQuantity(in, pos, out, nullptr);
}

bool ReadQuantity(const ParseInput& in, size_t pos, Candidate* out,
                  const DigitsScreened* digits_screened) {
  std::string_view text = in.text;
  const LanguagePack& pack = *in.pack;
  const Context& ctx = *in.ctx;
  PhraseList::Match m;
  // Screens first: most words around a number are in none of the lists.
  const NumberScreens* screens = NumberScreensFor(pack);
  // A digit, a number word, an approximate noun or a percent prefix must
  // begin here, or nothing is read.
  if (screens && !screens->MayBeginQuantityAt(text, pos)) return false;
  auto may_start = [&](const LetterScreen NumberScreens::*list, size_t p) {
    return !screens || (screens->*list).MayMatchAt(text, p);
  };
  // The lists before the number are all in before_words: after a word
  // that ends like an entry, its whole word is looked at too (the full
  // matches cost many times more).
  // (A letter screen turns away nothing after a byte that is no letter: the
  // space before the digits, most often.)
  auto may_end = [&](const LetterScreen NumberScreens::*list, size_t p) {
    if (!screens || p == 0 || p > text.size() ||
        kLetterIndex[static_cast<unsigned char>(text[p - 1])] >= 26) {
      return true;
    }
    return (screens->*list).MayMatchBefore(text, p) &&
           screens->before_words.MayMatchBefore(text, p);
  };
  // The parts until the reading is known to stand (most do not), each set
  // only as it is added: the slots' constructor clears none of them. Kept
  // as the Parts the value takes, so that each is copied from where it was
  // written long before: a Part built at the copy, as separate words, would
  // be read back whole before its writes are done, a stall that cost more
  // than the rest of the copy.
  // The currency and the hedge before the number, read last, are put in
  // front of the rest (two slots kept there): the parts then come in text
  // order, and the sort below finds nothing to move.
  constexpr int kFront = 2;
  union PartSlots {
    PartSlots() {}
    Part at[kFront + NumberExpr::kMaxParts + 8];
  } slots;
  Part* const parts = slots.at;
  int first = kFront, np = kFront;
  auto add_part = [&](std::string_view name, Span span) {
    new (&parts[np++]) Part{name, span};
  };
  auto add_part_before = [&](std::string_view name, Span span) {
    new (&parts[--first]) Part{name, span};
  };
  std::string_view unit;
  double unit_factor = 1;
  Bound bound = Bound::kExact;
  size_t start = pos;

  // zh "百分之七十一".
  bool percent_prefix = false;
  if (pack.percent_before.MatchAt(text, pos, &m)) {
    percent_prefix = true;
    add_part("unit", Span{m.begin, m.end});
    unit = "percent";
    pos = m.end;
  }

  NumberExpr expr;
  double factor = 1;
  bool has_scale = false;
  size_t end = pos;
  size_t left = start;
  // The reading, once its parts are known. Inlined at both calls: built
  // as a closure, its dozen references would cost every call more than the
  // fast path saves.
  auto finish = [&]() __attribute__((always_inline)) {
    out->Reset();
    Candidate& c = *out;
    Value& v = c.value;
    double number = expr.value * factor;
    bool context_scale = false, context_unit = false;
    if (!has_scale && !percent_prefix && ctx.default_scale != 1) {
      number *= ctx.default_scale;
      context_scale = true;
    }
    if (unit.empty() && !ctx.default_unit.empty()) {
      unit = ctx.default_unit;
      context_unit = true;
    }
    if ((context_scale || context_unit) && bound == Bound::kExact) bound = ctx.default_bound;
    v.type = TypeForUnit(unit);
    v.number = CleanNumber(number * unit_factor);
    if (!unit.empty()) v.unit.assign(unit.data(), unit.size());  // Reset cleared it
    v.bound = bound;
    v.span = Span{left, end};
    // Into text order: an insertion sort (what libstdc++'s std::sort does
    // with 16 elements or fewer, so stable as it was); the parts come in
    // order, and cost one comparison each. (Those put in front begin before
    // all others, so the order found is the one sorting them last gave.)
    for (int i = first + 1; i < np; ++i) {
      if (!(parts[i].span.begin < parts[i - 1].span.begin)) continue;
      Part p = parts[i];
      int j = i;
      for (; j > first && p.span.begin < parts[j - 1].span.begin; --j) parts[j] = parts[j - 1];
      parts[j] = p;
    }
    v.parts.reserve(np - first);
    for (int i = first; i < np; ++i) v.parts.push_back(parts[i]);
    c.pattern_head = "";
    c.pattern_tail = context_scale && context_unit ? "+context_scale+context_unit"
                     : context_scale                ? "+context_scale"
                     : context_unit                 ? "+context_unit"
                                                    : "";
    c.rank = kRankQuantity;
    return true;
  };

  // A bare number, the most common reading: digits that are no code, with
  // nothing around them that any list could match. (ReadNumber would read
  // them alone: the screen covers its number words too.)
  const DigitRun* digits = nullptr;  // read here already, for ReadNumber
  // Nothing can be read after the digits, which are no code: only the
  // lists before them are left to read ("more than 200", "près de 500"),
  // each once.
  bool only_before = false;
  if (!percent_prefix && screens && pos < text.size() &&
      IsAsciiDigit(static_cast<unsigned char>(text[pos]))) {
    DigitRun& run = expr.first_run;
    if (digits_screened) run = digits_screened->run;
    if (digits_screened || ReadDigits(text, pos, pack, &run)) {
      if (!run.trailing_junk && !(run.plain() && run.digit_count > 1 && run.leading_zero)) {
        NumberScreens::Around around = digits_screened
                                           ? digits_screened->around
                                           : screens->ScreenAroundDigits(text, pos, run.end);
        if (around == NumberScreens::Around::kNothing) {
          expr.value = CleanNumber(run.value);
          end = run.end;
          add_part("number", Span{pos, run.end});
          return finish();
        }
        only_before = around == NumberScreens::Around::kOnlyBefore;
      }
      digits = &run;
    }
  }

  bool approx_noun = false;
  if (only_before) {
    SetDigitsAlone(expr.first_run, pos, &expr);
  } else if (!ReadNumberFrom(text, pos, pack, screens, digits, &expr)) {
    if (percent_prefix || !pack.approx_nouns.MatchAt(text, pos, &m)) return false;
    expr.value = pack.approx_values[m.index];
    expr.span = Span{m.begin, m.end};
    expr.parts[0] = {false, m.begin, m.end};
    expr.part_count = 1;
    expr.has_digits = expr.has_scale = expr.weak_only = expr.hangul_end = false;
    expr.tokens = 1;
    approx_noun = true;
    bound = Bound::kApprox;
  }
  // A lone weak word ("五", "one", "이") is a number only before a unit,
  // directly or after an infix hedge ("三人", "세 명", "十余人"): decide that
  // first, as most such words are just words.
  if (expr.weak_only) {
    PhraseList::Match u;
    size_t after = expr.span.end;
    if (pack.hedges_infix.MatchAt(text, after, &u)) after = u.end;
    size_t q = SkipNumberGap(text, after);
    if (!(may_start(&NumberScreens::units, q) && pack.units.MatchAt(text, q, &u)) &&
        !(may_start(&NumberScreens::unit_links, q) && pack.unit_links.MatchAt(text, q, &u))) {
      return false;
    }
  }
  const bool digits_only = expr.has_digits && expr.tokens == 1;
  const DigitRun& run = expr.first_run;
  has_scale = expr.has_scale || approx_noun;
  end = expr.span.end;
  // Most lists after the number are read where the gap after it ends: that
  // place and its letters are looked up once for all of them.
  const size_t gap_end = SkipNumberGap(text, expr.span.end);
  const LetterScreen::Key gap_end_key = LetterScreen::KeyAt(text, gap_end);
  auto may_start_at_gap_end = [&](const LetterScreen NumberScreens::*list) {
    return !screens || (screens->*list).May(gap_end_key);
  };

  // Look-alikes: ordinals (第3, 1st, 2ème), licence numbers, versions, times.
  if (may_end(&NumberScreens::ordinal_prefixes, start) &&
      pack.ordinal_prefixes.MatchBefore(text, start, &m) && m.begin >= in.floor) {
    return SkipOver(out, m.begin, expr.span.end, "ordinal");
  }
  if (expr.has_digits && may_end(&NumberScreens::identifier_markers, start) &&
      pack.identifier_markers.MatchBefore(text, start, &m) &&
      m.begin >= in.floor) {
    return SkipOver(out, start, EndOfCode(text, start), "identifier");
  }
  if (digits_only && run.trailing_junk) {
    return SkipOver(out, start, EndOfCode(text, start), "code");
  }
  // "054", "007": a leading zero makes digits a code, not a quantity.
  if (digits_only && run.plain() && run.digit_count > 1 && run.leading_zero) {
    return SkipOver(out, start, run.end, "code");
  }
  if (!only_before && digits_only && run.plain() &&
      pack.ordinal_suffixes.MatchAt(text, expr.span.end, &m)) {
    return SkipOver(out, start, m.end, "ordinal");
  }
  if (!only_before && digits_only) {
    size_t time_end = TimeOfDayEnd(in, screens, run, expr.span.end, gap_end);
    if (time_end != std::string_view::npos) {
      return SkipOver(out, start, time_end, "time");
    }
    if (!percent_prefix && ReadRatio(in, expr, gap_end, out)) return true;
  }

  // "十二月", "8月", "22日": a month or a day named on its own (the date
  // parser reads it when a year or a month goes with it).
  if (!only_before && !approx_noun && !percent_prefix &&
      (!screens || screens->MayHaveDateMarkerAt(text, expr.span.end))) {
    size_t marker_end;
    for (const auto* markers : {&pack.month_markers, &pack.day_markers}) {
      for (const std::string& mk : *markers) {
        // The first byte first: most numbers are followed by none.
        size_t e = expr.span.end;
        if (!mk.empty() && (e >= text.size() || text[e] != mk[0])) continue;
        if (BytesAt(text, e, mk)) {
          marker_end = expr.span.end + mk.size();
          return SkipOver(out, start, marker_end, "date part");
        }
      }
    }
  }
  for (int i = 0; i < expr.part_count; ++i) {
    add_part(expr.parts[i].name(), expr.parts[i].span());
  }

  // Infix hedge: "700余万", "300여만", "100多人".
  if (!only_before && pack.hedges_infix.MatchAt(text, end, &m)) {
    double f;
    size_t scale_end;
    PhraseList::Match u;
    if (ReadScaleWords(text, m.end, pack, &f, &scale_end)) {
      add_part("hedge", Span{m.begin, m.end});
      add_part("scale", Span{m.end, scale_end});
      factor = f;
      has_scale = true;
      bound = pack.bounds_infix[m.index];
      end = scale_end;
    } else if (may_start(&NumberScreens::units, SkipNumberGap(text, m.end)) &&
               pack.units.MatchAt(text, SkipNumberGap(text, m.end), &u)) {
      add_part("hedge", Span{m.begin, m.end});
      bound = pack.bounds_infix[m.index];
      end = m.end;
    }
  }

  // Unit, possibly after a link ("millions d'habitants").
  if (!only_before && unit.empty()) {
    const bool at_gap_end = end == expr.span.end;
    size_t u = at_gap_end ? gap_end : SkipNumberGap(text, end);
    PhraseList::Match link, um;
    if (has_scale && may_start(&NumberScreens::unit_links, u) &&
        pack.unit_links.MatchAt(text, u, &link)) {
      size_t after = SkipNumberGap(text, link.end);
      if (may_start(&NumberScreens::units, after) && pack.units.MatchAt(text, after, &um)) {
        add_part("link", Span{link.begin, link.end});
        add_part("unit", Span{um.begin, um.end});
        unit = pack.unit_info[um.index].unit;
        unit_factor = pack.unit_info[um.index].factor;
        end = um.end;
      }
    }
    bool may_be_unit = at_gap_end ? may_start_at_gap_end(&NumberScreens::units)
                                  : may_start(&NumberScreens::units, u);
    if (unit.empty() && may_be_unit &&
        pack.units.MatchAt(text, u, &um)) {
      add_part("unit", Span{um.begin, um.end});
      unit = pack.unit_info[um.index].unit;
      unit_factor = pack.unit_info[um.index].factor;
      end = um.end;
    }
  }

  // Left side: currency sign or code, then the hedge.
  if (unit.empty()) {
    size_t b = SkipNumberGapBack(text, left);
    if (b >= in.floor && may_end(&NumberScreens::currency_before, b) &&
        pack.currency_before.MatchBefore(text, b, &m) &&
        m.begin >= in.floor) {
      add_part_before("currency", Span{m.begin, m.end});
      unit = pack.currency_before_code[m.index];
      left = m.begin;
    }
  }
  if (bound == Bound::kExact || approx_noun) {
    size_t b = SkipNumberGapAndBreakBack(text, left);
    PhraseList::Match blocker;
    if (b >= in.floor && may_end(&NumberScreens::hedges_before, b) &&
        pack.hedges_before.MatchBefore(text, b, &m) &&
        m.begin >= in.floor &&
        !(pack.hedge_blockers.MatchBefore(text, m.end, &blocker) &&
          blocker.begin < m.begin)) {
      add_part_before("hedge", Span{m.begin, m.end});
      bound = pack.bounds_before[m.index];
      left = m.begin;
    }
  }
  if (!only_before && bound == Bound::kExact) {
    const bool at_gap_end = end == expr.span.end;
    size_t h = at_gap_end ? gap_end : SkipNumberGap(text, end);
    bool may_be_hedge = at_gap_end ? may_start_at_gap_end(&NumberScreens::hedges_after)
                                   : may_start(&NumberScreens::hedges_after, h);
    if (may_be_hedge && pack.hedges_after.MatchAt(text, h, &m)) {
      add_part("hedge", Span{m.begin, m.end});
      bound = pack.bounds_after[m.index];
      end = m.end;
    }
  }

  // Digits running into letters that are no unit ("5G", "3D") are a code.
  if (!only_before && digits_only && end == expr.span.end && unit.empty() &&
      IsLatinLetter(DecodeAt(text, end).cp)) {
    return SkipOver(out, start, EndOfCode(text, start), "code");
  }
  // A number spelt in Hangul ends a word: what follows must be a particle,
  // a unit or a hedge, or not Hangul at all ("삼성" is no number).
  if (expr.hangul_end && !expr.has_digits && end == expr.span.end &&
      IsHangul(DecodeAt(text, end).cp) && !pack.particles.MatchAt(text, end, &m)) {
    return false;
  }
  if (expr.weak_only && unit.empty()) return false;

  return finish();
}

}  // namespace values
}  // namespace twinmap
