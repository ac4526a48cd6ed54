#include "resolve/name_key.h"

#include "normalize/normalize.h"
#include "resolve/resolve.h"

namespace twinmap::resolve {
namespace {

// Folded forms (keys have no spaces), longest first so "autonomousregion"
// is removed whole rather than as "region".
constexpr std::string_view kSuffixes[] = {
    "specialadministrativeregion", "autonomousregion", "特别行政区",
    "highandnewtechnologyindustrialdevelopmentzone",
    "economicandtechnologicaldevelopmentzone", "developmentzone",
    "prefecture", "province", "region", "city", "zone",
    "自治区", "地区", "省", "市", "盟",
    "특별시", "광역시", "자치구", "성", "시", "도",
};

// Designations written before a name (French "Ville de Nancy", English
// "City of Kunming"), accents already removed.
constexpr std::string_view kPrefixes[] = {
    "villede", "villed", "cityof", "regionde", "regiond", "provincede",
    "provinceof", "departementde", "departementdu", "communede",
};

// Pinyin endings of zone names (高新技术产业开发区, 经济技术开发区 ...).
constexpr std::string_view kZoneKinds[] = {
    "gaoxinjishuchanyekaifaqu", "jingjijishukaifaqu", "jingjikaifaqu",
    "kaifaqu", "guanliqu", "xinqu", "gaoxinqu", "yuanqu",
};

// Longest first: "에서" before "에", "으로" before "로".
constexpr std::string_view kParticles[] = {
    "에서는", "에서", "으로", "와의", "과의", "에는", "의", "와", "과",
    "은", "는", "이", "가", "을", "를", "에", "로", "도",
};

bool EndsWith(std::string_view s, std::string_view tail) {
  return s.size() >= tail.size() &&
         s.compare(s.size() - tail.size(), tail.size(), tail) == 0;
}

bool IsFolded(unsigned char c) {
  return c == ' ' || c == '-' || c == '\'' || c == '.' || c == '\t' ||
         c == '\n' || c == '\r';
}

}  // namespace

size_t CodePoints(std::string_view s) {
  size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

size_t WithoutSuffix(std::string_view key, bool korean_do) {
  for (std::string_view suffix : kSuffixes) {
    if (!EndsWith(key, suffix)) continue;
    std::string_view rest = key.substr(0, key.size() - suffix.size());
    if (CodePoints(rest) >= 2) return rest.size();
  }
  if (korean_do && EndsWith(key, "do") && key.size() >= 5) return key.size() - 2;
  return key.size();
}

size_t WithoutPrefix(std::string_view key) {
  for (std::string_view prefix : kPrefixes) {
    if (key.size() > prefix.size() + 1 &&
        key.compare(0, prefix.size(), prefix) == 0)
      return prefix.size();
  }
  return 0;
}

size_t WithoutZoneKind(std::string_view key) {
  for (std::string_view kind : kZoneKinds) {
    if (EndsWith(key, kind) && key.size() >= kind.size() + 2)
      return key.size() - kind.size();
  }
  return key.size();
}

size_t WithoutParticle(std::string_view key) {
  // Hangul syllables are U+AC00-U+D7A3: lead bytes 0xEA-0xED.
  if (key.size() < 6) return key.size();
  unsigned char lead = static_cast<unsigned char>(key[key.size() - 3]);
  if (lead < 0xEA || lead > 0xED) return key.size();
  for (std::string_view p : kParticles) {
    if (!EndsWith(key, p)) continue;
    std::string_view rest = key.substr(0, key.size() - p.size());
    if (CodePoints(rest) >= 2) return rest.size();
  }
  return key.size();
}

void NameIndex::FoldKey(std::string_view surface, std::string* out) {
  out->clear();
  bool ascii = true;
  for (unsigned char c : surface) ascii = ascii && c < 0x80;
  if (ascii) {
    // NFKC + case fold of ASCII is lower-casing; skip utf8proc (hot path).
    for (unsigned char c : surface) {
      if (IsFolded(c)) continue;
      out->push_back(static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c));
    }
    return;
  }
  std::string key = normalize::MatchKey(surface, {/*strip_marks=*/true});
  for (size_t i = 0; i < key.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(key[i]);
    if (IsFolded(c)) continue;
    // Middle dots joining name parts: U+00B7 and U+30FB.
    if (c == 0xC2 && i + 1 < key.size() &&
        static_cast<unsigned char>(key[i + 1]) == 0xB7) {
      ++i;
      continue;
    }
    if (key.compare(i, 3, "\xE3\x83\xBB") == 0) {
      i += 2;
      continue;
    }
    out->push_back(static_cast<char>(c));
  }
}

}  // namespace twinmap::resolve
