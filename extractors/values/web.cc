// Web addresses and e-mail: RE2 shapes, then checks a pattern cannot make
// ("sd.gov.cn" needs a known top-level domain unless written with www. or a
// scheme). The host is reported lower-case, trailing punctuation dropped.
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

#include "values/byte_masks.h"
#include "values/candidate.h"
#include "values/char_class.h"
#include "values/regex.h"

namespace twinmap {
namespace values {
namespace {

const char kLabel[] = "[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?";

// E-mail addresses are rare and irregular: RE2 checks their shape (no
// capturing groups, so its DFA alone answers).
const Regex& EmailPattern() {
  static const Regex re = Regex::MustCompile(
      std::string("(?i)[a-z0-9._%+-]+@(?:") + kLabel + "\\.)+[a-z]{2,24}");
  return re;
}

// Byte classes of host names and of e-mail users, one table lookup per byte:
// these loops run over every "www." address of a page. kEmailCue marks what
// may follow the user: "@", or a byte past ASCII (the e-mail pattern's case
// folding admits "ſ" and the Kelvin sign, so those are left to it). Of the
// ASCII bytes, kWordByte marks letters and digits, and kJoinsHost those and
// ".@-_": after one of these no address begins.
enum : uint8_t { kHostByte = 1, kUserByte = 2, kEmailCue = 4, kWordByte = 8, kJoinsHost = 16 };
struct ByteClasses {
  uint8_t of[256] = {};
  char lower[256] = {};  // ASCII lower-casing; other bytes kept
  constexpr ByteClasses() {
    for (int c = 0; c < 256; ++c) {
      lower[c] = char(c >= 'A' && c <= 'Z' ? c + 32 : c);
      bool alnum = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
      if (alnum || c == '-' || c == '.') of[c] |= kHostByte;
      if (alnum || c == '-' || c == '.' || c == '_' || c == '%' || c == '+') of[c] |= kUserByte;
      if (c == '@' || c >= 0x80) of[c] |= kEmailCue;
      if (alnum) of[c] |= kWordByte;
      if (alnum || c == '.' || c == '@' || c == '-' || c == '_') of[c] |= kJoinsHost;
    }
  }
};
constexpr ByteClasses kBytes;

inline uint8_t ClassOf(char c) { return kBytes.of[static_cast<unsigned char>(c)]; }

// Whether the e-mail pattern can match at `pos`: it needs user characters
// and then "@".
bool MayBeEmail(std::string_view text, size_t pos) {
  size_t p = pos;
  while (p < text.size() && (ClassOf(text[p]) & kUserByte)) ++p;
  return p < text.size() && (ClassOf(text[p]) & kEmailCue);
}

// Host names: dot-separated labels of letters, digits and inner hyphens,
// the last one 2..24 letters. Read by hand: this runs at every "www." of a
// page, and a regex call costs more than the whole check.
struct HostRun {
  size_t end = 0;  // where the host bytes end, before any check
  size_t bad_dot = std::string_view::npos;  // the first dot ending a bad label
  size_t last_dot = std::string_view::npos;
  size_t last_non_letter = std::string_view::npos;  // the last byte no ASCII letter
  bool capitals = false;  // an ASCII capital among the bytes
};

// Whether the label [label_start, dot) that ends at a dot is bad: empty,
// longer than 63 bytes, or with a hyphen at either end.
inline bool IsBadLabel(std::string_view text, size_t label_start, size_t dot) {
  size_t len = dot - label_start;
  return len == 0 || len > 63 || text[label_start] == '-' || text[dot - 1] == '-';
}

// Notes the label [*label_start, dot) that ends at a dot.
inline void CheckLabel(std::string_view text, size_t dot, size_t* label_start, HostRun* run) {
  if (run->bad_dot == std::string_view::npos && IsBadLabel(text, *label_start, dot)) {
    run->bad_dot = dot;
  }
  *label_start = dot + 1;
}

#if defined(__SSE2__)
// The labels ending at the dots `dots` of a block of sixteen bytes at
// `base` (bits of the host's run only; `hyphens` likewise). The first dot's
// label may have begun in an earlier block and is checked byte-wise; the
// others begin and end in the block, so their bits settle them: a dot or
// a hyphen just before a dot, or a hyphen just after one, marks a bad label.
inline void CheckBlockLabels(std::string_view text, size_t base, unsigned dots, unsigned hyphens,
                             size_t* label_start, HostRun* run) {
  if (run->bad_dot == std::string_view::npos) {
    const size_t first = base + size_t(__builtin_ctz(dots));
    if (IsBadLabel(text, *label_start, first)) {
      run->bad_dot = first;
    } else {
      const unsigned later = dots & (dots - 1);
      unsigned bad = later & ((dots | hyphens) << 1);
      // A label opening with a hyphen is bad at the dot that closes it, the
      // first dot past the hyphen; the first such hyphen closes first.
      const unsigned opening_hyphens = hyphens & (dots << 1);
      if (opening_hyphens) {
        const unsigned past = ~((2u << __builtin_ctz(opening_hyphens)) - 1);
        bad |= later & past & (0u - (later & past));
      }
      if (bad) run->bad_dot = base + size_t(__builtin_ctz(bad));
    }
  }
  run->last_dot = base + size_t(31 - __builtin_clz(dots));
  *label_start = run->last_dot + 1;
}
#endif

// One pass over the run of host bytes at `pos`, sixteen bytes at a time
// where the text has them (a "www." host is about that long).
HostRun ReadHostRun(std::string_view text, size_t pos) {
  HostRun run;
  size_t end = pos;
  size_t label_start = pos;
#if defined(__SSE2__)
  const auto* bytes = reinterpret_cast<const unsigned char*>(text.data());
  while (end + 16 <= text.size()) {
    const __m128i v = LoadSixteen(bytes + end);
    const __m128i dot = ByteLanes(v, '.');
    const __m128i hyphen = ByteLanes(v, '-');
    const __m128i letter = AsciiLetterLanes(v);
    const unsigned letters = MaskOf(letter);
    const unsigned host = MaskOf(Union(letter, DigitLanes(v), dot, hyphen));
    int len = __builtin_ctz(~host);  // 16 if all are
    unsigned in_run = (1u << len) - 1;
    run.capitals = run.capitals || (MaskOf(CapitalLanes(v)) & in_run);
    const unsigned non_letters = ~letters & in_run;
    if (non_letters) run.last_non_letter = end + size_t(31 - __builtin_clz(non_letters));
    const unsigned dots = MaskOf(dot) & in_run;
    if (dots) {
      CheckBlockLabels(text, end, dots, MaskOf(hyphen) & in_run, &label_start, &run);
    }
    end += size_t(len);
    if (len < 16) {
      run.end = end;
      return run;
    }
  }
#endif
  while (end < text.size()) {
    char c = text[end];
    if (!(ClassOf(c) & kHostByte)) break;
    if (c == '.') {
      CheckLabel(text, end, &label_start, &run);
      run.last_dot = end;
    }
    if (!IsAsciiLetter(static_cast<unsigned char>(c))) run.last_non_letter = end;
    run.capitals = run.capitals || (c >= 'A' && c <= 'Z');
    ++end;
  }
  run.end = end;
  return run;
}

// The end of the longest valid host starting at `pos`, or `pos`, given the
// run of host bytes there.
size_t HostEnd(std::string_view text, size_t pos, const HostRun& run) {
  size_t end = run.end;
  if (end == pos) return pos;
  // Most runs end on a letter: the host is the whole run, its last dot and
  // last byte no letter noted while reading it.
  if (text[end - 1] != '.' && text[end - 1] != '-') {
    if (run.bad_dot != std::string_view::npos) return pos;
    if (run.last_dot == std::string_view::npos || run.last_dot == pos) return pos;
    const size_t tld_size = end - run.last_dot - 1;
    if (tld_size < 2 || tld_size > 24 || run.last_non_letter != run.last_dot) return pos;
    return end;
  }
  // Drop a trailing dot or hyphen ("www.example.gov.cn." ends a sentence):
  // only labels ending before `end` count.
  while (end > pos && (text[end - 1] == '.' || text[end - 1] == '-')) --end;
  if (run.bad_dot < end) return pos;
  // The last label, the top-level domain: 2..24 letters after a dot.
  std::string_view host = text.substr(pos, end - pos);
  size_t last_dot = host.rfind('.');
  if (last_dot == std::string_view::npos || last_dot == 0) return pos;
  std::string_view tld = host.substr(last_dot + 1);
  if (tld.size() < 2 || tld.size() > 24) return pos;
  for (char c : tld) {
    if (!IsAsciiLetter(static_cast<unsigned char>(c))) return pos;
  }
  return end;
}

// Characters a path may hold: anything printable but white space, quotes,
// angle brackets and CJK punctuation.
size_t PathEnd(std::string_view text, size_t pos) {
  size_t p = pos;
  while (p < text.size()) {
    unsigned char b = static_cast<unsigned char>(text[p]);
    if (b <= ' ' || b == '<' || b == '>' || b == '"' || b == '\'' || b == '`' ||
        b == '{' || b == '}' || b == '|' || b == '\\' || b == '^' || b == '[' || b == ']') {
      break;
    }
    if (b >= 0x80) {
      CodePoint c = DecodeAt(text, p);
      // ，。、；：（） and other CJK punctuation end a URL.
      if ((c.cp >= 0x3000 && c.cp <= 0x303F) || (c.cp >= 0xFF00 && c.cp <= 0xFF65) ||
          IsSpace(c.cp)) {
        break;
      }
      p += c.len;
      continue;
    }
    ++p;
  }
  return p;
}

// Sets the empty *out to `s`: built as a new string and moved in. Its
// constructor is inlined and allocates once at the final size (none for a
// short host, kept inline), where append is a library call and goes
// through the general growth path.
inline void SetEmpty(std::string_view s, std::string* out) { *out = std::string(s); }

// The empty *out set to `s`, ASCII lower-cased.
void SetEmptyLower(std::string_view s, std::string* out) {
  SetEmpty(s, out);
  for (char& c : *out) c = kBytes.lower[static_cast<unsigned char>(c)];
}

// Whether the four bytes at `p` are "www." in any case, in one compare:
// "c | 0x20" folds only 'W' onto 'w'.
bool IsWwwDot(const char* p) {
  static constexpr char kFold[4] = {0x20, 0x20, 0x20, 0};
  uint32_t bytes, fold, www;
  std::memcpy(&bytes, p, 4);
  std::memcpy(&fold, kFold, 4);
  std::memcpy(&www, "www.", 4);
  return (bytes | fold) == www;
}

// Whether the character ending at `pos` (pos > 0) is a letter, a digit or
// one of ".@-_", which an address at `pos` would go on from. Most are ASCII,
// answered by the table.
bool JoinsHostBefore(std::string_view text, size_t pos) {
  unsigned char b = static_cast<unsigned char>(text[pos - 1]);
  if (b < 0x80) return ClassOf(char(b)) & kJoinsHost;
  char32_t cp = DecodeMultiBefore(text, pos).cp;
  return IsLatinLetter(cp) || IsDigit(cp);
}

// Whether a letter or a digit starts at `pos`.
bool WordCharAt(std::string_view text, size_t pos) {
  if (pos >= text.size()) return false;
  unsigned char b = static_cast<unsigned char>(text[pos]);
  if (b < 0x80) return ClassOf(char(b)) & kWordByte;
  char32_t cp = DecodeMultiAt(text, pos).cp;
  return IsLatinLetter(cp) || IsDigit(cp);
}

// Trailing characters that end a sentence rather than a URL.
bool IsTrailingPunct(char c) {
  return c == '.' || c == ',' || c == ';' || c == ':' || c == '!' ||
         c == '?' || c == ')' || c == '\'' || c == '"';
}

}  // namespace

bool ReadWeb(const ParseInput& in, size_t pos, Candidate* out) {
  std::string_view text = in.text;
  if (pos > 0 && pos <= text.size() && JoinsHostBefore(text, pos)) return false;
  Candidate& c = *out;
  Value& v = c.value;
  size_t h = pos;
  char first = pos < text.size() ? char(text[pos] | 0x20) : 0;
  if (first == 'h' || first == 'f') {  // "http://", "https://", "ftp://"
    for (std::string_view scheme : {"http://", "https://", "ftp://"}) {
      if (StartsWithAt(text, pos, scheme)) h = pos + scheme.size();
    }
  }
  HostRun host_run = ReadHostRun(text, h);
  size_t host_end = HostEnd(text, h, host_run);
  // Host bytes are user bytes too: without a scheme, the e-mail test goes on
  // where the host's run stopped.
  if (MayBeEmail(text, h == pos ? host_run.end : pos)) {
    // Neither form crosses white space: that bounds the regex's work.
    size_t limit = pos;
    bool at_sign = false;
    while (limit < text.size() && static_cast<unsigned char>(text[limit]) > ' ' &&
           limit - pos < 2048) {
      at_sign = at_sign || text[limit] == '@';
      ++limit;
    }
    std::vector<Span> g;
    if (at_sign && EmailPattern().MatchAt(text, pos, &g, limit - pos)) {
      c.Reset();
      c.rank = kRankWeb;
      size_t at = text.find('@', pos);
      v.type = ValueType::kEmail;
      v.span = g[0];
      SetEmptyLower(g[0].In(text), &v.text);
      v.parts = {{"user", Span{pos, at}}, {"host", Span{at + 1, g[0].end}}};
      static const PatternName kEmail("email");
      v.pattern = kEmail;
      return true;
    }
  }
  if (host_end == h) return false;
  size_t port_end = host_end;
  if (port_end < text.size() && text[port_end] == ':') {
    size_t q = port_end + 1;
    while (q < text.size() && IsAsciiDigit(static_cast<unsigned char>(text[q])) &&
           q - port_end <= 5) {
      ++q;
    }
    if (q > port_end + 1) port_end = q;
  }
  size_t match_end = port_end;
  if (match_end < text.size() && text[match_end] == '/') match_end = PathEnd(text, match_end);
  Span scheme{pos, h}, host{h, host_end}, port{host_end, port_end},
      path{port_end, match_end};
  // Most hosts fail a check below: lower-case only what is kept or looked up.
  std::string_view host_view = host.In(text);
  bool www = host_view.size() >= 4 && IsWwwDot(host_view.data());
  if (scheme.empty() && !www) {
    std::string tld;
    SetEmptyLower(host_view.substr(host_view.rfind('.') + 1), &tld);
    if (!in.pack->tlds.count(tld)) return false;
    // "sd.gov.cn" yes; a bare "word.com" inside a sentence needs two dots or
    // a known TLD, which we have; but "e.g" style abbreviations never reach
    // here (one-letter labels end before a two-letter TLD).
  }
  size_t end = match_end;
  while (end > host.end && IsTrailingPunct(text[end - 1])) --end;
  // A following letter or digit means the match stopped inside a word.
  if (end == host.end && WordCharAt(text, end)) return false;
  c.Reset();
  c.rank = kRankWeb;
  v.type = ValueType::kUrl;
  v.span = Span{pos, end};
  // Most hosts are lower-case already.
  if (host_run.capitals) {
    SetEmptyLower(host_view, &v.text);
  } else {
    SetEmpty(host_view, &v.text);
  }
  v.parts.reserve(4);  // one allocation for scheme, host, port and path
  if (!scheme.empty()) v.parts.emplace_back("scheme", scheme);
  v.parts.emplace_back("host", host);
  if (!port.empty() && port.end <= end) v.parts.emplace_back("port", port);
  if (!path.empty() && path.begin < end) {
    v.parts.emplace_back("path", Span{path.begin, end});
  }
  static const PatternName kScheme("url:scheme"), kWww("url:www"), kDomain("url:domain");
  v.pattern = !scheme.empty() ? kScheme : www ? kWww : kDomain;
  return true;
}

}  // namespace values
}  // namespace twinmap
