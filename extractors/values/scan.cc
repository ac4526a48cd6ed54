// Scan and Parse. One pass over the text finds anchors — digits, "+"
// before digits, Latin words that begin a number word, month or web
// address, Han and Hangul characters that begin a number word, province or
// address label — cheaply (a byte test; for a word, its first two letters
// and length against a bitmap, then a word hash; else a code-point
// bitmap). Only at anchors do the precise parsers run; of their readings
// the one reaching furthest wins, ties going to the more specific kind.
// Digits that are a bare number by the parsers' own first tests, the
// commonest value, are appended without running them (bare_number.h).
#include <algorithm>
#include <array>
#include <cstring>

#include "values/bare_number.h"
#include "values/byte_masks.h"
#include "values/candidate.h"
#include "values/char_class.h"
#include "values/plain_skip.h"
#include "values/values.h"

namespace twinmap {
namespace values {
namespace {

// The readings at one anchor. Two candidates are reused for the whole
// page: parsers write into the one that is not the best so far, and the
// better one is kept by swapping an index, never by copying a Value.
struct Best {
  Candidate slots[2];
  int best = -1;                 // index into slots, or -1
  std::vector<Candidate> extra;  // a phone's shared-prefix siblings
  std::vector<Candidate> phones;

  void Clear() {
    best = -1;
    extra.clear();
  }
  bool found() const { return best >= 0; }
  Candidate& first() { return slots[best]; }
  Candidate& scratch() { return slots[best == 0 ? 1 : 0]; }
  size_t end() const {
    return extra.empty() ? slots[best].value.span.end : extra.back().value.span.end;
  }
  bool Beats(size_t e, int rank) const {
    return best < 0 || e > end() || (e == end() && rank < slots[best].rank);
  }
  // The scratch slot holds a new reading: keep it if it is better.
  void OfferScratch() {
    Candidate& c = scratch();
    if (!Beats(c.value.span.end, c.rank)) return;
    best = best == 0 ? 1 : 0;
    extra.clear();
  }
  void OfferPhones() {
    if (phones.empty() || !Beats(phones.back().value.span.end, phones.front().rank)) return;
    scratch() = std::move(phones.front());
    best = best == 0 ? 1 : 0;
    extra.assign(std::make_move_iterator(phones.begin() + 1),
                 std::make_move_iterator(phones.end()));
  }
};

// What a byte is to an e-mail's or a host's run ([A-Za-z0-9._%+-]): a
// letter or digit, one of "._%+-", '@' or ':' (which may follow a run in
// one: "a@b", "http://"), or a byte after which the run is no web address.
enum : uint8_t { kEndsWebRun = 0, kAlnumRunByte = 1, kRunMark = 2, kAfterRun = 3 };

constexpr std::array<uint8_t, 256> MakeWebRunClasses() {
  std::array<uint8_t, 256> t{};
  for (int b = 0; b < 256; ++b) {
    if ((b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || (b >= '0' && b <= '9')) {
      t[b] = kAlnumRunByte;
    } else if (b == '.' || b == '_' || b == '%' || b == '+' || b == '-') {
      t[b] = kRunMark;
    } else if (b == '@' || b == ':') {
      t[b] = kAfterRun;
    }
  }
  return t;
}
constexpr std::array<uint8_t, 256> kWebRunClass = MakeWebRunClasses();

inline bool IsWebRunByte(unsigned char b) { return unsigned(kWebRunClass[b] - 1) < 2u; }

// Whether the run of [A-Za-z0-9._%+-] at `pos` looks like an e-mail or a
// host: it holds "@", or "." before a letter, or is followed by "://".
bool LooksLikeWeb(std::string_view text, size_t pos) {
  const auto* bytes = reinterpret_cast<const unsigned char*>(text.data());
  const size_t n = text.size();
  // Most runs are a number's digits or a word, then a space or a stop:
  // without a mark, '@' or ':' they are no web address.
  size_t p = pos;
  while (p < n && kWebRunClass[bytes[p]] == kAlnumRunByte) ++p;
  if (p == n || kWebRunClass[bytes[p]] == kEndsWebRun) return false;
  bool dot_letter = false;
  const size_t first_end = std::min(n, pos + 8);
  while (p < first_end && IsWebRunByte(bytes[p])) {
    if (bytes[p] == '.' && p + 1 < n && IsAsciiLetter(bytes[p + 1])) return true;
    ++p;
  }
#if defined(__SSE2__)
  // Hosts run for twenty bytes and more: the rest sixteen at a time, to
  // the run's end or the last sixteen bytes.
  while (p >= first_end && p + 16 <= n) {
    const __m128i v = LoadSixteen(bytes + p);
    const unsigned letters = AsciiLetterMask(v);
    const unsigned dots = ByteMask(v, '.');
    const unsigned run = letters | dots |
                         MaskOf(Union(DigitLanes(v), ByteLanes(v, '_'), ByteLanes(v, '%'),
                                      ByteLanes(v, '+'), ByteLanes(v, '-')));
    const unsigned stop = ~run & 0xFFFFu;
    const int len = stop ? __builtin_ctz(stop) : 16;
    // A "." before a letter, both in the run, settles it.
    if (dots & (letters >> 1) & ((1u << len) - 1)) return true;
    if (len < 16) {
      p += size_t(len);
      break;
    }
    // A "." in the last byte is read again with the byte after it.
    p += (dots >> 15) ? 15 : 16;
  }
#endif
  while (p < n) {
    unsigned char c = bytes[p];
    if (!IsWebRunByte(c)) {
      if (c == '@') return true;
      break;
    }
    if (c == '.' && p + 1 < n && IsAsciiLetter(bytes[p + 1])) dot_letter = true;
    ++p;
  }
  if (dot_letter) return true;
  return BytesAt(text, p, "://");
}

// The web prefixes BuildAnchors makes anchor words.
constexpr std::string_view kWebWords[] = {"www", "http", "https", "ftp"};
constexpr int kWebWordCount = 4;

// Whether `a` and the lowercase ASCII `b` agree, ASCII case folded, over
// the shorter one's length (both non-empty).
bool SharePrefix(std::string_view a, std::string_view b) {
  if (a.empty() || b.empty()) return false;
  for (size_t i = 0; i < a.size() && i < b.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(a[i]);
    if ((IsAsciiLetter(c) ? c | 0x20 : c) != static_cast<unsigned char>(b[i])) return false;
  }
  return true;
}

// For one pack, the web prefixes at which only ReadWeb can read. At a
// Latin word the other parsers start only with an entry of these lists
// (the scanner's anchor words rest on that); a web prefix no entry's first
// word shares a prefix with (either way, for lists that match glued) can
// begin nothing else.
struct WebOnlyWords {
  const LanguagePack* pack;
  bool web_only[kWebWordCount] = {};

  explicit WebOnlyWords(const LanguagePack& p) : pack(&p) {
    for (int i = 0; i < kWebWordCount; ++i) {
      web_only[i] = true;
      for (const PhraseList* list : {&p.number_words, &p.approx_nouns, &p.percent_before,
                                     &p.months, &p.weekdays, &p.provinces, &p.address_labels}) {
        for (size_t k = 0; k < list->size(); ++k) {
          if (SharePrefix(LatinWordAt(list->phrase(k), 0), kWebWords[i])) web_only[i] = false;
        }
      }
    }
  }
};

// Whether the word [pos, next) (an anchor's, not digits: a whole Latin
// word) is a web prefix at which only ReadWeb can read. A word going on
// with a non-ASCII character is none.
bool OnlyWebAt(const ParseInput& in, size_t pos, size_t next) {
  std::string_view text = in.text;
  const size_t length = next - pos;
  if (length < 3 || length > 5) return false;
  unsigned char first = static_cast<unsigned char>(text[pos]) | 0x20;
  if (first != 'w' && first != 'h' && first != 'f') return false;
  if (next < text.size() && static_cast<unsigned char>(text[next]) >= 0x80) return false;
  std::string_view word = text.substr(pos, length);
  for (int i = 0; i < kWebWordCount; ++i) {
    if (word.size() != kWebWords[i].size() || !SharePrefix(word, kWebWords[i])) continue;
    const WebOnlyWords* t = DerivedTablesFor<WebOnlyWords>(*in.pack);
    return t && t->web_only[i];
  }
  return false;
}

// Not inlined: Scan's loop stays small.
// `no_date`: the date screen said no here already.
// `next`: where the anchor's word or digits end. `digits`: the digits
// here read and screened already, or null.
__attribute__((noinline)) void TryAll(const ParseInput& in, size_t pos, size_t next, bool digit,
                                       bool glued, bool no_date, const DigitsScreened* digits,
                                       Best* best) {
  best->Clear();
  if (glued) {
    // Digits stuck to a word ("President2010-06-24", "A380", "km2"): only a
    // full numeric date reads there.
    Candidate& c = best->scratch();
    if (ReadDate(in, pos, &c) && c.value.type == ValueType::kDate &&
        c.value.precision == Precision::kDay) {
      best->OfferScratch();
    }
    return;
  }
  // Most anchors are a word or digits followed by a byte that ends every
  // host's or e-mail's run (a space): LooksLikeWeb, reading that run from
  // `pos`, would say no. (At "+" the digits follow; a non-ASCII anchor it
  // turns away at once.)
  const bool run_goes_on =
      next < in.text.size() &&
      kWebRunClass[static_cast<unsigned char>(in.text[next])] != kEndsWebRun;
  if (run_goes_on && LooksLikeWeb(in.text, pos) && ReadWeb(in, pos, &best->scratch())) {
    best->OfferScratch();
  }
  // "www", "http": the other parsers would read nothing.
  if (!digit && OnlyWebAt(in, pos, next)) return;
  // Addresses begin with a province or a label, never with a digit.
  if (!digit && ReadAddress(in, pos, &best->scratch())) best->OfferScratch();
  // ReadDate screens digit anchors itself, with the pack's words
  // (MayStartDateAt).
  if (!no_date && ReadDate(in, pos, &best->scratch())) best->OfferScratch();
  if (digit) {
    best->phones.clear();
    if (ReadPhone(in, pos, &best->phones)) best->OfferPhones();
  }
  if (ReadQuantity(in, pos, &best->scratch(), digits)) best->OfferScratch();
}

// Where every parser but ReadDate would read only the bare number `bare`
// at `pos` (BareNumber::only_date): whether ReadDate's reading reaches as
// far, and so wins (a date ranks above a quantity); it is then best's.
__attribute__((noinline)) bool DateBeatsBare(const ParseInput& in, size_t pos,
                                             const BareNumber& bare, Best* best) {
  best->Clear();
  Candidate& c = best->scratch();
  if (!ReadDateAfterScreen(in, pos, bare.seen, &c) || c.value.span.end < bare.end) return false;
  best->OfferScratch();
  return true;
}

// Moves `from` into the blank `to`, touching only the fields a reading set:
// most of a Value's strings are empty, and moving each of them costs more
// than the rest of emitting it.
void MoveInto(Value* from, Value* to) {
#if defined(__GLIBCXX__) && defined(__x86_64__)
  static_assert(sizeof(Value) == 376, "Value changed: update MoveInto");
#endif
  auto take = [](std::string* a, std::string* b) {
    if (!a->empty()) *b = std::move(*a);
  };
  to->type = from->type;
  to->span = from->span;
  to->number = from->number;
  if (!from->ratio.empty()) to->ratio = std::move(from->ratio);
  take(&from->unit, &to->unit);
  to->bound = from->bound;
  take(&from->date, &to->date);
  take(&from->date_end, &to->date_end);
  to->precision = from->precision;
  take(&from->text, &to->text);
  // Only the address parser fills it, and it sets the type first (see
  // Candidate::Reset, which clears it on the same test).
  if (from->type == ValueType::kPostalAddress) to->address = std::move(from->address);
  if (!from->parts.empty()) to->parts = std::move(from->parts);
  to->pattern = from->pattern;
}

void Emit(Candidate* c, std::vector<Value>* out) {
  if (!c->emit) return;
  out->emplace_back();
  Value& v = out->back();
  MoveInto(&c->value, &v);
  if (c->pattern_head) SetPatternRemembered(c->pattern_head, v.parts, c->pattern_tail, &v.pattern);
}

}  // namespace

void Candidate::Reset() {
  Value& v = value;
  // Only the address parser fills it, and it sets the type first.
  if (v.type == ValueType::kPostalAddress) v.address.reset();
  v.type = ValueType::kNumber;
  v.span = Span{};
  v.number = 0;
  v.bound = Bound::kExact;
  v.precision = Precision::kNone;
  v.pattern = PatternName();
  // Most often all empty already (Emit moved them out, or the last reading
  // was a bare number): one test costs less than clearing each.
  if ((v.unit.size() | v.date.size() | v.date_end.size() | v.text.size() | v.parts.size() |
       size_t(v.ratio.empty() ? 0 : 1)) != 0) {
    v.ratio.clear();
    v.unit.clear();
    v.date.clear();
    v.date_end.clear();
    v.text.clear();
    v.parts.clear();
  }
  emit = true;
  rank = 0;
  pattern_head = nullptr;
  pattern_tail = "";
}

namespace {

// Byte classes for the scanner's fast path over ASCII.
enum : uint8_t { kOther = 0, kLetter = 1, kDigitByte = 2, kPlus = 3, kHigh = 4 };

constexpr std::array<uint8_t, 256> MakeByteClasses() {
  std::array<uint8_t, 256> t{};
  for (int b = 0; b < 256; ++b) {
    if ((b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z')) t[b] = kLetter;
    else if (b >= '0' && b <= '9') t[b] = kDigitByte;
    else if (b == '+') t[b] = kPlus;
    else if (b >= 0x80) t[b] = kHigh;
  }
  return t;
}
constexpr std::array<uint8_t, 256> kByteClass = MakeByteClasses();

inline uint8_t ClassAt(std::string_view text, size_t pos) {
  return kByteClass[static_cast<unsigned char>(text[pos])];
}

// Whether the character before `pos` is a Latin letter.
inline bool LetterBefore(std::string_view text, size_t pos) {
  if (pos == 0) return false;
  uint8_t c = ClassAt(text, pos - 1);
  if (c != kHigh) return c == kLetter;
  return IsLatinLetter(DecodeBefore(text, pos).cp);
}

// Reads the Latin word at `pos` (its first character already known to be a
// letter) and returns its end; *hash is WordHash() of it.
size_t ReadWord(std::string_view text, size_t pos, uint64_t* hash) {
  uint64_t h = kWordHashSeed;
  size_t p = pos;
  const size_t n = text.size();
  while (p < n) {
    unsigned char b = static_cast<unsigned char>(text[p]);
    if (kByteClass[b] == kLetter) {
      h = WordHashStep(h, b | 0x20);
      ++p;
    } else if (b >= 0x80) {
      CodePoint c = DecodeAt(text, p);
      if (!IsLatinLetter(c.cp)) break;
      h = WordHashStep(h, FoldChar(c.cp));
      p += c.len;
    } else {
      break;
    }
  }
  *hash = h;
  return p;
}

// WordHash() of the ASCII letters [begin, end).
inline uint64_t AsciiWordHash(const unsigned char* bytes, size_t begin, size_t end) {
  uint64_t h = kWordHashSeed;
  for (size_t p = begin; p < end; ++p) h = WordHashStep(h, bytes[p] | 0x20);
  return h;
}

// Where the run of ASCII letters at `p` ends, reading eight bytes at a time
// (most words of a page are passed over this way, so this is the scanner's
// inner loop).
size_t AsciiLettersEnd(const unsigned char* bytes, size_t p, size_t n) {
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
  constexpr uint64_t kOnes = 0x0101010101010101ull;
  while (p + 8 <= n) {
    uint64_t w;
    std::memcpy(&w, bytes + p, 8);
    // Per byte, the high bit says 'a' <= (byte | 0x20) <= 'z' for a byte
    // below 0x80: a subtraction and an addition on the low seven bits,
    // which cannot borrow or carry across bytes.
    uint64_t folded = w | (kOnes * 0x20);
    uint64_t low7 = folded & (kOnes * 0x7F);
    uint64_t letters = (kOnes * (127 + 'z' + 1) - low7) & ~folded &
                       (low7 + kOnes * (127 - ('a' - 1))) & (kOnes * 0x80);
    uint64_t others = ~letters & (kOnes * 0x80);
    if (others) return p + (__builtin_ctzll(others) >> 3);
    p += 8;
  }
#endif
  while (p < n && kByteClass[bytes[p]] == kLetter) ++p;
  return p;
}

// End of the Latin word at `pos`, without hashing it.
size_t WordEnd(std::string_view text, size_t pos) {
  const auto* bytes = reinterpret_cast<const unsigned char*>(text.data());
  const size_t n = text.size();
  size_t p = pos;
  while (true) {
    p = AsciiLettersEnd(bytes, p, n);
    if (p >= n || bytes[p] < 0x80) break;
    if (IsTwoByteLatinLetter(bytes, p, n)) {
      p += 2;
      continue;
    }
    CodePoint c = DecodeAt(text, p);
    if (!IsLatinLetter(c.cp)) break;
    p += c.len;
  }
  return p;
}

// Where the parsers run next: an anchor, the digits flags TryAll takes, and
// where to go on if nothing reads there.
struct Anchor {
  size_t pos = 0;
  size_t next = 0;
  bool digit = false;
  bool glued = false;
};

// Finds the first anchor at or after `pos`; false when there is none. Kept
// apart from the parsers (in NextAnchorPlain and NextAnchorBmi) so that its
// loop over every byte of the page runs in registers.
__attribute__((always_inline)) inline bool FindNextAnchor(std::string_view text, size_t pos,
                                                          const LanguagePack& pack, Anchor* a) {
  const size_t n = text.size();
  const auto* bytes = reinterpret_cast<const unsigned char*>(text.data());
  while (pos < n) {
    uint8_t cls = kByteClass[bytes[pos]];
    if (cls == kOther || cls == kLetter) {
      size_t anchor_word_end = 0;
      pos = SkipPlainText(bytes, pos, n, pack, &anchor_word_end);
      if (anchor_word_end != 0) {
        *a = Anchor{pos, anchor_word_end, false, false};
        return true;
      }
      if (pos >= n) break;
      cls = kByteClass[bytes[pos]];
    }
    if (cls == kOther) {  // ASCII punctuation and spaces start nothing
      ++pos;
      continue;
    }
    if (cls == kLetter) {
      // The common case, kept free of calls: an ASCII word followed by
      // neither an accented letter nor '.' or '@'. Shaped like no anchor
      // word, it is passed over; else it is hashed here, read once.
      size_t end = AsciiLettersEnd(bytes, pos + 1, n);
      if (end >= n || (bytes[end] < 0x80 && bytes[end] != '.' && bytes[end] != '@')) {
        if (pack.MayBeAnchorWord(LanguagePack::WordShape(
                bytes[pos], pos + 1 < n ? bytes[pos + 1] : 0, end - pos)) &&
            !LetterBefore(text, pos) && pack.IsAnchorWord(AsciiWordHash(bytes, pos, end))) {
          *a = Anchor{pos, end, false, false};
          return true;
        }
        pos = end;
        continue;
      }
      // Else it runs into '.' or '@' (may be a host or an e-mail) or goes
      // on with an accented letter. Only words shaped like an anchor word
      // are hashed.
      const size_t next = bytes[end] < 0x80 ? end : WordEnd(text, end);
      bool may_anchor = pack.MayBeAnchorWord(
          LanguagePack::WordShape(bytes[pos], pos + 1 < n ? bytes[pos + 1] : 0, next - pos));
      if (!LetterBefore(text, pos)) {
        uint64_t hash = 0;
        if (may_anchor && next == end) hash = AsciiWordHash(bytes, pos, end);
        else if (may_anchor) ReadWord(text, pos, &hash);
        if ((may_anchor && pack.IsAnchorWord(hash)) ||
            (next < n && (bytes[next] == '.' || bytes[next] == '@') && LooksLikeWeb(text, pos))) {
          *a = Anchor{pos, next, false, false};
          return true;
        }
      }
      pos = next;
      continue;
    }
    if (cls == kHigh) {
      const size_t past = PassPlainThreeByteChars(bytes, pos, n, pack);
      if (past != pos) {
        pos = past;
        continue;
      }
    }
    size_t next = pos + 1;  // where to go on if nothing reads here
    bool anchor = false, digit = false, glued = false;
    if (cls == kDigitByte) {
      anchor = digit = true;
      glued = LetterBefore(text, pos);
      while (next < n && kByteClass[bytes[next]] == kDigitByte) ++next;
    } else if (cls == kPlus) {
      anchor = digit = next < n && kByteClass[bytes[next]] == kDigitByte;
    } else {
      CodePoint c = DecodeAt(text, pos);
      next = pos + c.len;
      if (IsFullwidthDigit(c.cp)) {
        anchor = digit = true;
      } else if (c.cp == 0xFF0B) {
        anchor = digit = IsDigit(DecodeAt(text, next).cp);
      } else if (c.cp < 0x10000 && pack.anchor_chars[c.cp]) {
        // Korean numbers begin a word; Han ones may begin anywhere.
        anchor = !IsHangul(c.cp) || !IsHangul(DecodeBefore(text, pos).cp);
      } else if (IsLatinLetter(c.cp)) {
        // As for a word of ASCII letters: hashed only if shaped like an
        // anchor word.
        next = WordEnd(text, next);
        if (pack.MayBeAnchorWord(
                LanguagePack::WordShape(c.cp, DecodeAt(text, pos + c.len).cp, next - pos)) &&
            !LetterBefore(text, pos)) {
          uint64_t hash;
          ReadWord(text, pos, &hash);
          anchor = pack.IsAnchorWord(hash);
        }
      }
    }
    if (anchor) {
      *a = Anchor{pos, next, digit, glued};
      return true;
    }
    pos = next;
  }
  return false;
}

__attribute__((noinline)) bool NextAnchorPlain(std::string_view text, size_t pos,
                                               const LanguagePack& pack, Anchor* a) {
  return FindNextAnchor(text, pos, pack, a);
}

#if defined(TWINMAP_VALUES_BMI_SKIP)
__attribute__((noinline)) TWINMAP_VALUES_BMI_TARGET bool NextAnchorBmi(
    std::string_view text, size_t pos, const LanguagePack& pack, Anchor* a) {
  return FindNextAnchor(text, pos, pack, a);
}

// Set once, before main (false until then: the plain copy, as good).
const bool kBmiSkip = HasBmiSkip();
#endif

inline bool NextAnchor(std::string_view text, size_t pos, const LanguagePack& pack,
                       Anchor* a) {
#if defined(TWINMAP_VALUES_BMI_SKIP)
  if (kBmiSkip) return NextAnchorBmi(text, pos, pack, a);
#endif
  return NextAnchorPlain(text, pos, pack, a);
}

}  // namespace

std::vector<Value> Scan(std::string_view text, const Context& ctx) {
  const LanguagePack& pack = PackFor(ctx.lang);
  ParseInput in{text, &ctx, &pack, 0};
  std::vector<Value> out;
  // Dense pages hold a value every 50 bytes or so; the cap keeps a huge
  // page from reserving gigabytes up front.
  out.reserve(std::min<size_t>(text.size() / 16 + 4, size_t(1) << 16));
  Best best;
  Anchor a;
  size_t pos = 0;
  const BareNumbers bare_numbers(in);
  BareNumber bare;
  while (NextAnchor(text, pos, pack, &a)) {
    // Most digits are a bare number, known from the parsers' own screens;
    // many others are one unless a date reads there ("in 2016").
    bool no_date = false, date_read = false;
    const DigitsScreened* digits = nullptr;
    if (a.digit && !a.glued) {
      const bool is_bare = bare_numbers.Read(a.pos, &bare);
      if (is_bare || (bare.only_date && !DateBeatsBare(in, a.pos, bare, &best))) {
        AppendBareNumber(a.pos, bare, &out);
        pos = bare.end;
        in.floor = bare.end;
        continue;
      }
      no_date = bare.no_date;
      date_read = bare.only_date;
      if (bare.screened) digits = &bare.digits;
    }
    if (!date_read) TryAll(in, a.pos, a.next, a.digit, a.glued, no_date, digits, &best);
    // Emitting moves the readings' contents, never their spans.
    const size_t end = best.found() ? best.end() : 0;
    if (end <= a.pos) {
      pos = a.next;
      continue;
    }
    Emit(&best.first(), &out);
    for (Candidate& c : best.extra) Emit(&c, &out);
    pos = end;
    in.floor = end;
  }
  return out;
}

Result<Value> Parse(std::string_view text, ValueType wanted, const Context& ctx) {
  size_t begin = SkipSpaces(text, 0);
  size_t end = SkipSpacesBack(text, text.size());
  while (begin < end && IsLineBreak(DecodeAt(text, begin).cp)) ++begin;
  while (end > begin && IsLineBreak(DecodeBefore(text, end).cp)) --end;
  if (begin >= end) {
    return Status::InvalidArgument("empty text is not a " + std::string(TypeName(wanted)));
  }
  std::string_view body = text.substr(begin, end - begin);
  std::vector<Value> found = Scan(body, ctx);
  auto shift = [begin](Value v) {
    v.span.begin += begin;
    v.span.end += begin;
    for (Part& p : v.parts) {
      p.span.begin += begin;
      p.span.end += begin;
    }
    return v;
  };
  if (found.size() == 1 && found[0].span.begin == 0 && found[0].span.end == body.size()) {
    Value& v = found[0];
    if (v.type == wanted) return shift(v);
    if (wanted == ValueType::kQuantity && v.type == ValueType::kNumber) return shift(v);
    // A bare year is a date when the caller says so.
    if (wanted == ValueType::kDate && v.type == ValueType::kNumber &&
        v.pattern == "number" && v.bound == Bound::kExact &&
        v.number >= 1000 && v.number <= 2099 && v.number == double(int(v.number)) &&
        body.size() == 4) {
      Value d;
      d.type = ValueType::kDate;
      d.span = v.span;
      d.date = std::to_string(int(v.number));
      d.precision = Precision::kYear;
      d.parts = {{"year", v.span}};
      d.pattern = "date:year";
      return shift(d);
    }
  }
  std::string message = "'" + std::string(body) + "' is not one " +
                        std::string(TypeName(wanted));
  if (found.empty()) {
    message += ": no value found";
  } else {
    message += ": found";
    for (const Value& v : found) {
      message += " " + std::string(TypeName(v.type)) + " '" +
                 std::string(v.span.In(body)) + "' at bytes " +
                 std::to_string(v.span.begin + begin) + ".." +
                 std::to_string(v.span.end + begin) + ";";
    }
    message.pop_back();
  }
  return Status::InvalidArgument(message);
}

Span Value::PartSpan(std::string_view name) const {
  for (const Part& p : parts) {
    if (p.name == name) return p.span;
  }
  return Span{span.begin, span.begin};
}

bool Value::HasPart(std::string_view name) const {
  for (const Part& p : parts) {
    if (p.name == name) return true;
  }
  return false;
}

}  // namespace values
}  // namespace twinmap
