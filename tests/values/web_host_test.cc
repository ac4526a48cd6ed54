// Hosts read through the bit masks of sixteen-byte blocks (the labels a
// block closes, the last dot, the last byte no letter) end where the host
// rule, read byte by byte, ends them: random runs of letters, digits, dots
// and hyphens, with labels across blocks, empty, long, or with hyphens at
// either end, after "www." and "http://", and at every distance from the
// text's end up to twenty bytes (near it the host is read byte by byte).
#include <catch2/catch.hpp>

#include <random>
#include <string>
#include <vector>

#include "values/values.h"

namespace twinmap {
namespace values {
namespace {

bool IsLetter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool IsHostChar(char c) { return IsLetter(c) || (c >= '0' && c <= '9') || c == '.' || c == '-'; }

// The host rule: the run of host bytes at `h`, less trailing dots and
// hyphens, split at its dots; every label 1..63 bytes without a hyphen at
// either end, the last 2..24 letters. `h` when the run is no host.
size_t RuleHostEnd(const std::string& text, size_t h) {
  size_t end = h;
  while (end < text.size() && IsHostChar(text[end])) ++end;
  while (end > h && (text[end - 1] == '.' || text[end - 1] == '-')) --end;
  std::vector<std::string> labels(1);
  for (size_t i = h; i < end; ++i) {
    if (text[i] == '.') {
      labels.emplace_back();
    } else {
      labels.back() += text[i];
    }
  }
  if (labels.size() < 2) return h;
  for (size_t i = 0; i + 1 < labels.size(); ++i) {
    const std::string& l = labels[i];
    if (l.empty() || l.size() > 63 || l.front() == '-' || l.back() == '-') return h;
  }
  const std::string& tld = labels.back();
  if (tld.size() < 2 || tld.size() > 24) return h;
  for (char c : tld) {
    if (!IsLetter(c)) return h;
  }
  return end;
}

// Labels of every kind the masks must tell apart, mostly short (several
// to a block), some long enough to cross one or to pass 63 bytes.
std::string RandomHost(std::mt19937* rng) {
  static const char kBytes[] = "abzAZ09-";
  std::string host;
  int labels = 1 + int((*rng)() % 6);
  for (int i = 0; i < labels; ++i) {
    if (i > 0) host += '.';
    int kind = int((*rng)() % 10);
    int len = kind == 0 ? 0 : kind == 1 ? 10 + int((*rng)() % 60) : 1 + int((*rng)() % 6);
    for (int k = 0; k < len; ++k) {
      // Mostly letters, so that many hosts are valid.
      host += (*rng)() % 4 ? char('a' + (*rng)() % 26) : kBytes[(*rng)() % 8];
    }
  }
  if ((*rng)() % 5 == 0) host += (*rng)() % 2 ? "." : "-";
  if ((*rng)() % 8 == 0) host += ".-";
  return host;
}

std::string Lower(std::string s) {
  for (char& c : s) {
    if (c >= 'A' && c <= 'Z') c = char(c + 32);
  }
  return s;
}

TEST_CASE("web hosts: the masked reading ends hosts where the byte-wise rule does") {
  Context ctx;
  ctx.lang = "en";
  std::mt19937 rng(20261123);
  int bad = 0;
  int urls = 0;
  for (int t = 0; t < 3000; ++t) {
    const std::string prefix = t % 3 == 2 ? "http://" : "www.";
    const std::string host = prefix == "www." ? "www." + RandomHost(&rng) : RandomHost(&rng);
    for (size_t tail = 0; tail <= 20; ++tail) {
      const std::string text =
          (prefix == "www." ? "" : prefix) + host + " " + std::string(tail, 'x');
      const size_t h = prefix == "www." ? 0 : prefix.size();
      const size_t host_end = RuleHostEnd(text, h);
      std::string expected;
      if (host_end > h) {
        expected = "0.." + std::to_string(host_end) + " " + Lower(text.substr(h, host_end - h));
      }
      std::string got;
      for (const Value& v : Scan(text, ctx)) {
        if (v.type != ValueType::kUrl) continue;
        got += (got.empty() ? "" : " | ") + std::to_string(v.span.begin) + ".." +
               std::to_string(v.span.end) + " " + v.text;
      }
      urls += !got.empty();
      if (got != expected && ++bad <= 5) {
        FAIL_CHECK("'" << text << "': got '" << got << "', the rule gives '" << expected << "'");
      }
    }
  }
  CHECK(bad == 0);
  // The random hosts must not all fail alike.
  CHECK(urls > 20000);
}

// Characters next to a host, and what the host rule says of them: no
// address begins after a letter (accented ones too), a digit (fullwidth
// ones too) or one of ".@-_", nor ends before a letter or a digit. ASCII
// bytes are answered by a table, the others decoded.
struct Neighbour {
  std::string text;
  bool word;  // a letter or a digit
};

std::vector<Neighbour> Neighbours() {
  std::vector<Neighbour> out;
  for (int b = 1; b < 0x80; ++b) {
    out.push_back({std::string(1, char(b)), IsLetter(char(b)) || (b >= '0' && b <= '9')});
  }
  for (const char* letter : {"é", "É", "ÿ", "Ā", "ſ", "ɏ", "Ḁ", "ỿ", "０", "９"}) {
    out.push_back({letter, true});
  }
  for (const char* other : {"×", "÷", "ɐ", "中", "，", "：", "\xC2\xA0", "\xE3\x80\x80",
                            "\xFF", "\x80", "\xE4\xB8", "\xEF\xBC\x9A"}) {
    out.push_back({other, false});
  }
  return out;
}

TEST_CASE("web hosts: the characters around a host decide as the rule does") {
  Context ctx;
  ctx.lang = "en";
  const std::string host = "www.example.cn";
  int bad = 0;
  auto check = [&](const std::string& text, size_t begin, bool expect_url) {
    std::string got;
    for (const Value& v : Scan(text, ctx)) {
      if (v.type != ValueType::kUrl) continue;
      got += (got.empty() ? "" : " | ") + std::to_string(v.span.begin) + ".." +
             std::to_string(v.span.end) + " " + v.text;
    }
    const std::string expected =
        expect_url ? std::to_string(begin) + ".." + std::to_string(begin + host.size()) + " " + host
                   : "";
    if (got != expected && ++bad <= 5) {
      FAIL_CHECK("'" << text << "': got '" << got << "', the rule gives '" << expected << "'");
    }
  };
  for (const Neighbour& n : Neighbours()) {
    const char c = n.text[0];
    const bool joins = n.word || c == '.' || c == '@' || c == '-' || c == '_';
    // An ASCII letter, digit, dot or hyphen before it is part of the host.
    if (n.text.size() > 1 || !IsHostChar(c)) {
      check("x " + n.text + host + " x", 2 + n.text.size(), !joins);
    }
    // After the host only what the run of host bytes stops at: no ASCII
    // letter, digit, dot or hyphen, and nothing a port, path or e-mail
    // would take.
    if (n.text.size() > 1 || !(IsHostChar(c) || c == '/' || c == ':' || c == '@')) {
      const bool trailing = std::string(".,;:!?)'\"").find(c) != std::string::npos;
      if (!trailing) check("x " + host + n.text + " x", 2, !n.word);
    }
  }
  CHECK(bad == 0);
}

}  // namespace
}  // namespace values
}  // namespace twinmap
