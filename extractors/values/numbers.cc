// Numbers as words and scale words: tokens ("vingt", "三", "million",
// digit runs) combined by each language's rules into one value.
#include "values/numbers.h"

#include <cmath>
#include <limits>

#include "values/char_class.h"
#include "values/number_screens.h"

namespace twinmap {
namespace values {
namespace {

enum class Tok { kNone, kDigits, kAdditive, kMultiplier, kGroup, kScale, kZero };

enum class Script { kDigits, kLatin, kHan, kHangul };

// Plain data (no initialisers): ReadNumber keeps an array of them, and
// ReadToken sets every field.
struct Token {
  Tok kind;
  double value;
  size_t begin, end;
  bool weak, no_start;
  Script script;
};

void SetDigitToken(const DigitRun& run, size_t pos, Token* tok) {
  tok->kind = Tok::kDigits;
  tok->value = run.value;
  tok->begin = pos;
  tok->end = run.end;
  tok->weak = tok->no_start = false;
  tok->script = Script::kDigits;
}

// A digit token leaves its DigitRun in `*run`.
// `screens` (may be null) turns away most words before the dictionary.
// Inline: ReadNumber calls it two or three times per number, mostly where
// it fails at once, and a call costs as much as failing does.
inline bool ReadToken(std::string_view text, size_t pos, const LanguagePack& pack,
                      const NumberScreens* screens, Token* tok, DigitRun* run) {
  CodePoint c = DecodeAt(text, pos);
  if (c.len == 0) return false;
  if (IsDigit(c.cp)) {
    if (!ReadDigits(text, pos, pack, run)) return false;
    SetDigitToken(*run, pos, tok);
    return true;
  }
  if (screens) {
    // A letter by the letters after it; any other byte (a space after a
    // word, most often) by the first bytes of the entries.
    unsigned char b = static_cast<unsigned char>(text[pos]);
    if (kLetterIndex[b] < 26 ? !screens->number_words.MayMatchAt(text, pos)
                             : !screens->number_word_bytes.May(b)) {
      return false;
    }
  }
  PhraseList::Match m;
  if (!pack.number_words.MatchAt(text, pos, &m)) return false;
  const NumberWord& w = pack.number_word_info[m.index];
  switch (w.kind) {
    case WordKind::kAdditive: tok->kind = Tok::kAdditive; break;
    case WordKind::kMultiplier: tok->kind = Tok::kMultiplier; break;
    case WordKind::kGroup: tok->kind = Tok::kGroup; break;
    case WordKind::kScale: tok->kind = Tok::kScale; break;
    case WordKind::kZero: tok->kind = Tok::kZero; break;
  }
  tok->value = w.value;
  tok->begin = m.begin;
  tok->end = m.end;
  tok->weak = w.weak;
  tok->no_start = w.no_start;
  tok->script = IsHangul(c.cp) ? Script::kHangul
                : IsHan(c.cp)  ? Script::kHan
                               : Script::kLatin;
  return true;
}

// How the next token is attached to the previous one.
enum class Link { kAdjacent, kHyphen, kSpace, kJoiner };

struct Accumulator {
  double total = 0, section = 0, small = 0;
  double last_scale = std::numeric_limits<double>::infinity();

  void Add(const Token& t) {
    switch (t.kind) {
      case Tok::kDigits:
      case Tok::kAdditive:
        small += t.value;
        break;
      case Tok::kMultiplier:
        small = (small == 0 ? 1 : small) * t.value;
        break;
      case Tok::kGroup:
        section += (small == 0 ? 1 : small) * t.value;
        small = 0;
        break;
      case Tok::kScale: {
        double group = section + small;
        if (total != 0 && t.value > last_scale) {
          total = (total + group) * t.value;
        } else {
          total += (group == 0 ? 1 : group) * t.value;
        }
        section = small = 0;
        last_scale = t.value;
        break;
      }
      case Tok::kZero:
      case Tok::kNone:
        break;
    }
  }
  double value() const { return total + section + small; }
};

bool IsTens(double v) {
  return v >= 10 && v < 100 && std::fmod(v, 10) == 0;
}

// Whether `next` may follow `prev` (reached through `link`).
bool MayFollow(const Token& prev, const Token& next, Link link,
               const LanguagePack& pack, double last_scale) {
  bool prev_latin = prev.script == Script::kLatin;
  bool next_latin = next.script == Script::kLatin;
  switch (link) {
    case Link::kAdjacent:
      break;
    case Link::kHyphen:
      if (!prev_latin || !next_latin) return false;
      break;
    case Link::kJoiner:
      if (!prev_latin || !next_latin || next.kind != Tok::kAdditive) return false;
      if (prev.kind == Tok::kMultiplier || prev.kind == Tok::kScale) break;
      // "vingt et un", "soixante et onze".
      if (prev.kind == Tok::kAdditive && IsTens(prev.value) &&
          (next.value == 1 || next.value == 11)) {
        break;
      }
      return false;
    case Link::kSpace:
      if (prev_latin && next_latin) break;
      if (prev.kind == Tok::kDigits && next.kind != Tok::kAdditive &&
          next.kind != Tok::kDigits && next.kind != Tok::kZero) {
        break;  // "2.27 million", "300 万"
      }
      // "1억 2천만": a new group after a CJK scale word.
      if (prev.kind == Tok::kScale && !prev_latin &&
          (next.kind == Tok::kDigits || (!next_latin && next.kind == Tok::kAdditive))) {
        break;
      }
      return false;
  }
  switch (next.kind) {
    case Tok::kDigits:
      return prev.kind == Tok::kScale && !prev_latin;
    case Tok::kAdditive:
      if (prev.kind == Tok::kDigits) return false;
      if (prev.kind == Tok::kAdditive) {
        if (!IsTens(prev.value) || next.value <= 0) return false;
        if (next.value < 10) return true;
        if (next.value < 20) {
          for (int t : pack.teens_after_tens) {
            if (t == prev.value) return true;
          }
        }
        return false;
      }
      return true;
    case Tok::kMultiplier:
      return prev.kind == Tok::kAdditive || prev.kind == Tok::kDigits;
    case Tok::kGroup:
      if (prev.kind == Tok::kAdditive || prev.kind == Tok::kDigits ||
          prev.kind == Tok::kZero) {
        return true;
      }
      // "이천십칠": a smaller group word may follow without a digit.
      if (prev.kind == Tok::kGroup) return next.value < prev.value && !next.no_start;
      return prev.kind == Tok::kScale && !next.no_start;
    case Tok::kScale:
      if (prev.kind == Tok::kZero) return false;
      if (prev.kind == Tok::kScale) return next.value > last_scale;
      return true;
    case Tok::kZero:
      return prev.kind == Tok::kGroup || prev.kind == Tok::kScale;
    case Tok::kNone:
      return false;
  }
  return false;
}

// ReadNumberFrom's reading of a Latin word that no token follows: its
// value, parts and checks as the general path makes them for one token.
bool WordAlone(std::string_view text, size_t pos, const LanguagePack& pack,
               const NumberScreens* screens, const Token& word, NumberExpr* expr) {
  Accumulator acc;
  acc.Add(word);
  const bool scale = word.kind == Tok::kScale;
  expr->span = Span{pos, word.end};
  expr->value = CleanNumber(acc.value());
  expr->tokens = 1;
  expr->hangul_end = false;
  expr->has_scale = scale;
  expr->parts[0] = {scale, word.begin, word.end};
  expr->part_count = 1;
  expr->weak_only = word.weak || scale;
  std::string_view words = text.substr(pos, word.end - pos);
  return !(screens->MayBeNotNumber(words) && pack.not_numbers.count(std::string(words)));
}

// What the general path's first step reads after digits followed by one
// space and an ASCII letter, the commonest shape of a number that goes on
// ("2.27 million and", "57 billion RMB"): a scale, group or multiplier
// word it joins to them (*word), or no word that goes on them; else the
// path must take the step itself.
enum class AfterDigits { kUnknown, kNothing, kScaleWord };
AfterDigits ReadAfterDigits(std::string_view text, const LanguagePack& pack,
                            const NumberScreens& screens, const Token& digits, Token* word,
                            DigitRun* scratch) {
  auto byte = [&](size_t i) { return static_cast<unsigned char>(text[i]); };
  // The step finds no token glued to the digits (a space begins no number
  // word), and reads the one after the space.
  const size_t q = digits.end + 1;
  if (q >= text.size() || byte(digits.end) != ' ' || kLetterIndex[byte(q)] >= 26 ||
      screens.number_word_bytes.May(' ')) {
    return AfterDigits::kUnknown;
  }
  word->kind = Tok::kNone;  // set by ReadToken where it reads a word
  if (!ReadToken(text, q, pack, &screens, word, scratch)) return AfterDigits::kNothing;
  // After digits and a space, only these follow (MayFollow).
  const bool follows =
      word->kind == Tok::kScale || word->kind == Tok::kGroup || word->kind == Tok::kMultiplier;
  return follows ? AfterDigits::kScaleWord : AfterDigits::kNothing;
}

// Whether the general path reads nothing more after a Latin word ending
// at `end`: the text ends; or one space or tab and a word that begins no
// number word or joiner; or an ASCII byte that is no letter, digit,
// hyphen or white space and begins no number word ("million,").
bool NothingFollowsLatinWord(std::string_view text, size_t end, const NumberScreens& screens) {
  if (end >= text.size()) return true;
  const unsigned char b = static_cast<unsigned char>(text[end]);
  if (b == ' ' || b == '\t') return screens.NothingFollowsWord(text, end);
  return b < 0x80 && kLetterIndex[b] >= 26 && !IsAsciiDigit(b) && b != '-' && b != '\n' &&
         b != '\r' && !screens.number_word_bytes.May(b);
}

}  // namespace

void SetDigitsAlone(const DigitRun& run, size_t pos, NumberExpr* expr) {
  if (&expr->first_run != &run) expr->first_run = run;
  expr->span = Span{pos, run.end};
  expr->value = CleanNumber(run.value);
  expr->tokens = 1;
  expr->has_digits = true;
  expr->has_scale = expr->weak_only = expr->hangul_end = false;
  expr->parts[0] = {false, pos, run.end};
  expr->part_count = 1;
}

bool ReadNumber(std::string_view text, size_t pos, const LanguagePack& pack,
                NumberExpr* expr) {
  return ReadNumber(text, pos, pack, NumberScreensFor(pack), expr);
}

bool ReadNumber(std::string_view text, size_t pos, const LanguagePack& pack,
                const NumberScreens* screens, NumberExpr* expr) {
  return ReadNumberFrom(text, pos, pack, screens, nullptr, expr);
}

bool ReadNumberFrom(std::string_view text, size_t pos, const LanguagePack& pack,
                    const NumberScreens* screens, const DigitRun* digits, NumberExpr* expr) {
  expr->value = 0;
  expr->part_count = 0;
  expr->has_digits = expr->has_scale = expr->weak_only = expr->hangul_end = false;
  expr->tokens = 0;
  DigitRun scratch;
  Token first;
  if (digits) {
    if (&expr->first_run != digits) expr->first_run = *digits;
    SetDigitToken(*digits, pos, &first);
  } else if (!ReadToken(text, pos, pack, screens, &first, &expr->first_run)) {
    return false;
  }
  if (first.no_start) return false;
  // Most numbers are a digit run and a space before a word: read alone,
  // without the machinery that joins tokens.
  if (first.kind == Tok::kDigits && screens && screens->NothingFollowsDigits(text, first.end)) {
    SetDigitsAlone(expr->first_run, pos, expr);
    return true;
  }
  // Digits, a space and a word: the first step of the loop below, taken
  // here; where a scale word is all it reads ("2.27 million and", "7
  // millions,"), the reading is made at once.
  Token word;
  AfterDigits after_digits = AfterDigits::kUnknown;
  if (first.kind == Tok::kDigits && screens) {
    after_digits = ReadAfterDigits(text, pack, *screens, first, &word, &scratch);
    if (after_digits == AfterDigits::kNothing) {
      SetDigitsAlone(expr->first_run, pos, expr);
      return true;
    }
    if (after_digits == AfterDigits::kScaleWord &&
        NothingFollowsLatinWord(text, word.end, *screens)) {
      Accumulator acc;
      acc.Add(first);
      acc.Add(word);
      expr->span = Span{pos, word.end};
      expr->value = CleanNumber(acc.value());
      expr->tokens = 2;
      expr->has_digits = expr->has_scale = true;
      expr->parts[0] = {false, first.begin, first.end};
      expr->parts[1] = {true, word.begin, word.end};
      expr->part_count = 2;
      return true;
    }
  }
  if (first.script == Script::kHangul && IsHangul(DecodeBefore(text, pos).cp)) {
    return false;  // inside a Korean word
  }
  // A Latin word, then a space and a word that begins no number word or
  // joiner ("one of", "une bonne"): the loop below would read nothing more.
  if (first.script == Script::kLatin && screens && screens->NothingFollowsWord(text, first.end)) {
    return WordAlone(text, pos, pack, screens, first, expr);
  }
  bool has_run = first.kind == Tok::kDigits;

  Accumulator acc;
  acc.Add(first);
  Token prev = first;
  constexpr size_t kMaxTokens = 32;
  Token tokens[kMaxTokens];
  size_t count = 0;
  tokens[count++] = first;
  if (after_digits == AfterDigits::kScaleWord) {
    // The first step's word, joined by a space after digits: no
    // checkpoint, no digit run.
    acc.Add(word);
    tokens[count++] = word;
    prev = word;
  }
  // A space continuation ("1억 2천만") is kept only if it reaches a smaller
  // scale word; otherwise the number ends before the space.
  struct Checkpoint {
    Accumulator acc;
    size_t tokens = 0;
    bool active = false;
    bool reached_scale = false;
  } checkpoint;

  while (count < kMaxTokens) {
    size_t end = prev.end;
    Token next;
    Link link = Link::kAdjacent;
    bool found = false;
    CodePoint after = DecodeAt(text, end);
    // Hyphens and joiners link Latin words only (MayFollow): after digits,
    // the common case, they need not be read.
    const bool latin = prev.script == Script::kLatin;
    if (ReadToken(text, end, pack, screens, &next, &scratch)) {
      found = MayFollow(prev, next, Link::kAdjacent, pack, acc.last_scale);
    }
    if (!found && latin && after.cp == '-' &&
        ReadToken(text, end + 1, pack, screens, &next, &scratch)) {
      link = Link::kHyphen;
      found = MayFollow(prev, next, link, pack, acc.last_scale);
    }
    // IsSpace, with the ASCII spaces tested inline.
    bool space = after.cp == ' ' || after.cp == '\t' || (after.cp >= 0x80 && IsSpace(after.cp));
    if (!found && space) {
      size_t q = SkipNumberGap(text, end);
      PhraseList::Match j;
      // Digits after a space continue only a Han or Hangul scale word
      // ("1억 2천만", MayFollow): elsewhere ("14 6" in a table) they need
      // not be read.
      bool digits_may_follow = prev.kind == Tok::kScale && !latin;
      bool skip = !digits_may_follow && q < text.size() &&
                  IsAsciiDigit(static_cast<unsigned char>(text[q]));
      if (!skip && ReadToken(text, q, pack, screens, &next, &scratch)) {
        link = Link::kSpace;
        found = MayFollow(prev, next, link, pack, acc.last_scale);
      }
      if (!found && latin && (!screens || screens->joiners.MayMatchAt(text, q)) &&
          pack.joiners.MatchAt(text, q, &j) &&
          IsSpace(DecodeAt(text, j.end).cp) &&
          ReadToken(text, SkipSpaces(text, j.end), pack, screens, &next, &scratch)) {
        link = Link::kJoiner;
        found = MayFollow(prev, next, link, pack, acc.last_scale);
      }
    }
    if (!found) break;
    if (link == Link::kSpace && prev.kind == Tok::kScale &&
        prev.script != Script::kLatin) {
      checkpoint.acc = acc;
      checkpoint.tokens = count;
      checkpoint.active = true;
      checkpoint.reached_scale = false;
    } else if (checkpoint.active && next.kind == Tok::kScale) {
      checkpoint.reached_scale = true;
    }
    if (next.kind == Tok::kDigits && !has_run) {
      expr->first_run = scratch;
      has_run = true;
    }
    acc.Add(next);
    tokens[count++] = next;
    prev = next;
  }
  if (checkpoint.active && !checkpoint.reached_scale) {
    acc = checkpoint.acc;
    count = checkpoint.tokens;
  }

  // "970만이다", "삼만이 넘는": a one-syllable numeral that ends the number
  // and runs into more Hangul, or spells a particle, is that particle.
  PhraseList::Match particle;
  while (count > 1 && tokens[count - 1].script == Script::kHangul &&
         tokens[count - 1].weak &&
         (IsHangul(DecodeAt(text, tokens[count - 1].end).cp) ||
          pack.particles.MatchAt(text, tokens[count - 1].begin, &particle))) {
    --count;
    acc = Accumulator();
    for (size_t i = 0; i < count; ++i) acc.Add(tokens[i]);
  }
  const Token& last = tokens[count - 1];
  double value = acc.value();
  // zh "一万五" = 15000, "三百五" = 350: a final digit right after a group
  // or scale word of 100 or more stands for the next lower place.
  if (pack.abbreviated_tail && count >= 2 && last.kind == Tok::kAdditive &&
      last.value < 10) {
    const Token& before = tokens[count - 2];
    if ((before.kind == Tok::kGroup || before.kind == Tok::kScale) &&
        before.value >= 100 && before.script == Script::kHan) {
      value += last.value * (before.value / 10) - last.value;
    }
  }

  expr->span = Span{pos, last.end};
  expr->value = CleanNumber(value);
  expr->tokens = int(count);
  expr->hangul_end = last.script == Script::kHangul;
  bool any_word = false;
  for (size_t i = 0; i < count; ++i) {
    const Token& t = tokens[i];
    if (t.kind == Tok::kDigits) {
      expr->has_digits = true;
    } else {
      any_word = true;
    }
    bool scale = t.kind == Tok::kScale ||
                 (i > 0 && tokens[i - 1].kind == Tok::kDigits &&
                  (t.kind == Tok::kGroup || t.kind == Tok::kMultiplier));
    if (scale) expr->has_scale = true;
    int& n = expr->part_count;
    // Adjacent pieces of one kind share a part ("四千五百六十七").
    bool merge = n > 0 && expr->parts[n - 1].scale == scale &&
                 t.kind != Tok::kDigits &&
                 tokens[i - 1].kind != Tok::kDigits;
    if (merge || n == NumberExpr::kMaxParts) {
      expr->parts[n - 1].end = t.end;
    } else {
      expr->parts[n++] = {scale, t.begin, t.end};
    }
  }
  // "en millions", "thousands of": a scale word alone is no number unless a
  // unit follows ("mille habitants").
  expr->weak_only = count == 1 && (first.weak || first.kind == Tok::kScale);
  if (!expr->has_digits && any_word) {
    // Screened first: the copy and the set lookup cost more than the rest
    // of reading a number word.
    std::string_view words = text.substr(pos, last.end - pos);
    if ((!screens || screens->MayBeNotNumber(words)) &&
        pack.not_numbers.count(std::string(words))) {
      return false;
    }
  }
  return true;
}

bool ReadScaleWords(std::string_view text, size_t pos, const LanguagePack& pack,
                    double* factor, size_t* end) {
  *factor = 1;
  *end = pos;
  bool any = false;
  while (true) {
    size_t p = *end;
    Token t{};
    DigitRun run;
    bool latin = IsLatinLetter(DecodeAt(text, SkipSpaces(text, p)).cp);
    if (latin) p = SkipSpaces(text, p);
    if (!ReadToken(text, p, pack, NumberScreensFor(pack), &t, &run)) break;
    if (t.kind != Tok::kScale && t.kind != Tok::kGroup && t.kind != Tok::kMultiplier) break;
    *factor *= t.value;
    *end = t.end;
    any = true;
  }
  return any;
}

}  // namespace values
}  // namespace twinmap
