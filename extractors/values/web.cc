// Web addresses and e-mail: RE2 shapes, then checks a pattern cannot make
// ("sd.gov.cn" needs a known top-level domain unless written with www. or a
// scheme). The host is reported lower-case, trailing punctuation dropped.
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

bool IsHostChar(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
         c == '-' || c == '.';
}

// Host names: dot-separated labels of letters, digits and inner hyphens,
// the last one 2..24 letters. Read by hand: this runs at every "www." of a
// page, and a regex call costs more than the whole check.
// Returns the end of the longest valid host starting at `pos`, or `pos`.
size_t HostEnd(std::string_view text, size_t pos) {
  size_t end = pos;
  while (end < text.size() && IsHostChar(text[end])) ++end;
  // Drop a trailing dot or hyphen ("www.example.gov.cn." ends a sentence).
  while (end > pos && (text[end - 1] == '.' || text[end - 1] == '-')) --end;
  std::string_view host = text.substr(pos, end - pos);
  size_t last_dot = host.rfind('.');
  if (last_dot == std::string_view::npos || last_dot == 0) return pos;
  std::string_view tld = host.substr(last_dot + 1);
  if (tld.size() < 2 || tld.size() > 24) return pos;
  for (char c : tld) {
    if (!IsAsciiLetter(static_cast<unsigned char>(c))) return pos;
  }
  size_t label_start = 0;
  for (size_t i = 0; i <= host.size(); ++i) {
    if (i < host.size() && host[i] != '.') continue;
    size_t len = i - label_start;
    if (len == 0 || len > 63 || host[label_start] == '-' || host[i - 1] == '-') return pos;
    label_start = i + 1;
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

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = char(c + 32);
  }
  return out;
}

// Trailing characters that end a sentence rather than a URL.
bool IsTrailingPunct(char c) {
  return c == '.' || c == ',' || c == ';' || c == ':' || c == '!' ||
         c == '?' || c == ')' || c == '\'' || c == '"';
}

}  // namespace

bool ReadWeb(const ParseInput& in, size_t pos, Candidate* out) {
  std::string_view text = in.text;
  CodePoint before = DecodeBefore(text, pos);
  if (IsLatinLetter(before.cp) || IsDigit(before.cp) || before.cp == '.' ||
      before.cp == '@' || before.cp == '-' || before.cp == '_') {
    return false;
  }
  // Neither form crosses white space: that bounds the regex's work.
  size_t limit = pos;
  bool at_sign = false;
  while (limit < text.size() && static_cast<unsigned char>(text[limit]) > ' ' &&
         limit - pos < 2048) {
    at_sign = at_sign || text[limit] == '@';
    ++limit;
  }
  std::vector<Span> g;
  Candidate& c = *out;
  Value& v = c.value;
  if (at_sign && EmailPattern().MatchAt(text, pos, &g, limit - pos)) {
    c.Reset();
    c.rank = kRankWeb;
    size_t at = text.find('@', pos);
    v.type = ValueType::kEmail;
    v.span = g[0];
    v.text = Lower(g[0].In(text));
    v.parts = {{"user", Span{pos, at}}, {"host", Span{at + 1, g[0].end}}};
    v.pattern = "email";
    return true;
  }
  size_t h = pos;
  for (std::string_view scheme : {"http://", "https://", "ftp://"}) {
    if (StartsWithAt(text, pos, scheme)) h = pos + scheme.size();
  }
  size_t host_end = HostEnd(text, h);
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
  bool www = host_view.size() >= 4 && Lower(host_view.substr(0, 4)) == "www.";
  if (scheme.empty() && !www) {
    std::string tld = Lower(host_view.substr(host_view.rfind('.') + 1));
    if (!in.pack->tlds.count(tld)) return false;
    // "sd.gov.cn" yes; a bare "word.com" inside a sentence needs two dots or
    // a known TLD, which we have; but "e.g" style abbreviations never reach
    // here (one-letter labels end before a two-letter TLD).
  }
  size_t end = match_end;
  while (end > host.end && IsTrailingPunct(text[end - 1])) --end;
  // A following letter or digit means the match stopped inside a word.
  CodePoint after = DecodeAt(text, end);
  if (end == host.end && (IsLatinLetter(after.cp) || IsDigit(after.cp))) return false;
  c.Reset();
  c.rank = kRankWeb;
  v.type = ValueType::kUrl;
  v.span = Span{pos, end};
  v.text = Lower(host_view);
  v.parts.reserve(4);  // one allocation for scheme, host, port and path
  if (!scheme.empty()) v.parts.push_back({"scheme", scheme});
  v.parts.push_back({"host", host});
  if (!port.empty() && port.end <= end) v.parts.push_back({"port", port});
  if (!path.empty() && path.begin < end) {
    v.parts.push_back({"path", Span{path.begin, end}});
  }
  v.pattern = scheme.empty() ? (www ? "url:www" : "url:domain") : "url:scheme";
  return true;
}

}  // namespace values
}  // namespace twinmap
