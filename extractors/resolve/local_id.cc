// Local ids for unresolved mentions: a pure function of type, surface and
// country, so the same mention gets the same id in any processing order.
#include <string>

#include "normalize/normalize.h"
#include "resolve/resolve.h"

namespace twinmap::resolve {
namespace {

// Code point at s[*i] (advancing *i); malformed bytes come back as-is.
uint32_t NextCodePoint(std::string_view s, size_t* i) {
  unsigned char c = static_cast<unsigned char>(s[*i]);
  size_t n = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
  if (*i + n > s.size()) n = 1;
  uint32_t cp = n == 1 ? c : n == 2 ? c & 0x1F : n == 3 ? c & 0x0F : c & 0x07;
  for (size_t k = 1; k < n; ++k)
    cp = (cp << 6) | (static_cast<unsigned char>(s[*i + k]) & 0x3F);
  *i += n;
  return cp;
}

// Separators outside ASCII: Latin-1 punctuation, general punctuation, CJK
// punctuation, fullwidth punctuation.
bool IsSeparator(uint32_t cp) {
  if (cp < 0x80) {
    return !((cp >= 'a' && cp <= 'z') || (cp >= '0' && cp <= '9'));
  }
  return (cp >= 0x80 && cp <= 0xBF) || cp == 0xD7 || cp == 0xF7 ||
         (cp >= 0x2000 && cp <= 0x206F) || (cp >= 0x3000 && cp <= 0x303F) ||
         cp == 0x30FB || (cp >= 0xFF00 && cp <= 0xFF0F) ||
         (cp >= 0xFF1A && cp <= 0xFF20);
}

// Letters that carry no combining mark to strip but have a plain spelling.
const char* AsciiSpelling(uint32_t cp) {
  switch (cp) {
    case 0xE6: return "ae";
    case 0x153: return "oe";
    case 0xF8: return "o";
    case 0x111: return "d";
    case 0x142: return "l";
    case 0xF0: return "d";
    case 0xFE: return "th";
    case 0x131: return "i";
    default: return nullptr;
  }
}

}  // namespace

std::string LocalEntityId(std::string_view type, std::string_view surface,
                          std::string_view country) {
  std::string prefix;
  if (type == "org" || type == "organization") prefix = "org:";
  else if (type == "event" || type == "programme") prefix = "event:";
  else if (type == "person") prefix = "person:";
  else if (type == "place") {
    prefix = "place:";
    for (char c : country)
      prefix.push_back(c >= 'a' && c <= 'z' ? static_cast<char>(c - 32) : c);
    if (country.empty()) prefix += "XX";
    prefix += ":";
  } else {
    prefix = std::string(type) + ":";
  }
  std::string key = normalize::MatchKey(surface, {/*strip_marks=*/true});
  std::string slug;
  bool pending_dash = false;
  for (size_t i = 0; i < key.size();) {
    size_t start = i;
    uint32_t cp = NextCodePoint(key, &i);
    if (IsSeparator(cp)) {
      pending_dash = !slug.empty();
      continue;
    }
    if (pending_dash) slug.push_back('-');
    pending_dash = false;
    if (const char* plain = AsciiSpelling(cp)) slug += plain;
    else slug.append(key, start, i - start);
  }
  if (slug.empty()) slug = "unnamed";
  return prefix + slug;
}

}  // namespace twinmap::resolve
