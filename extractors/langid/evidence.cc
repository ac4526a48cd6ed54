#include "langid/evidence.h"

#include "base/utf8.h"

#include <algorithm>
#include <cstddef>

#include "tokenize/tokenize.h"

namespace twinmap {
namespace langid {
namespace {

using tokenize::Script;

// Next code point of `text` from `*i`; an invalid byte yields 0xFFFD.
char32_t Decode(std::string_view text, size_t* i) {
  const auto* p = reinterpret_cast<const unsigned char*>(text.data()) + *i;
  size_t left = text.size() - *i;
  unsigned char b = p[0];
  int len = b < 0x80                 ? 1
            : b >= 0xC2 && b <= 0xDF ? 2
            : b >= 0xE0 && b <= 0xEF ? 3
            : b >= 0xF0 && b <= 0xF4 ? 4
                                     : 0;
  if (len == 0 || static_cast<size_t>(len) > left) {
    ++*i;
    return 0xFFFD;
  }
  char32_t c = len == 1   ? b
               : len == 2 ? (b & 0x1F)
               : len == 3 ? (b & 0x0F)
                          : (b & 0x07);
  for (int k = 1; k < len; ++k) {
    if ((p[k] & 0xC0) != 0x80) {
      ++*i;
      return 0xFFFD;
    }
    c = (c << 6) | (p[k] & 0x3F);
  }
  *i += len;
  return c;
}

char32_t ToLower(char32_t c) {
  if (c >= 'A' && c <= 'Z') return c + 32;
  if (c >= 0xC0 && c <= 0xDE && c != 0xD7) return c + 32;
  if (c == 0x152) return 0x153;  // Œ
  return c;
}

bool IsFrenchAccent(char32_t c) {
  switch (c) {
    case U'é':
    case U'è':
    case U'ê':
    case U'ë':
    case U'à':
    case U'â':
    case U'î':
    case U'ï':
    case U'ô':
    case U'û':
    case U'ù':
    case U'ç':
    case U'œ':
      return true;
    default:
      return false;
  }
}


Script ScriptOfLetter(char32_t c) {
  if (c < 0x80) {
    return ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') ? Script::kLatin
                                                    : Script::kCommon;
  }
  return tokenize::ScriptOf(c);
}

// Longer runs are not function words; they are counted as letters only.
constexpr size_t kMaxWordBytes = 32;

}  // namespace

void Evidence::Add(const Evidence& e) {
  latin += e.latin;
  han += e.han;
  hangul += e.hangul;
  kana += e.kana;
  other += e.other;
  fr_words += e.fr_words;
  en_words += e.en_words;
  accented_words += e.accented_words;
}

Evidence Gather(std::string_view text, const StopWords& fr,
                const StopWords& en) {
  Evidence e;
  // The current word, lower-cased into a stack buffer; it stops growing past
  // kMaxWordBytes (room for one more code point), and is then too long to
  // be looked up.
  char word[kMaxWordBytes + 4];
  size_t word_size = 0;
  bool accented = false;
  // A word longer than every entry needs no hashing.
  const size_t longest =
      std::min(kMaxWordBytes, std::max(fr.longest(), en.longest()));
  auto end_word = [&](bool elided) {
    if (word_size != 0 && word_size <= kMaxWordBytes) {
      e.accented_words += accented;
    }
    if (word_size != 0 && word_size <= longest) {
      std::string_view w(word, word_size);
      uint32_t hash = StopWords::Hash(w);
      if (elided) {
        e.fr_words += fr.ContainsElision(w, hash);
        e.en_words += en.ContainsElision(w, hash);
      } else {
        e.fr_words += fr.Contains(w, hash);
        e.en_words += en.Contains(w, hash);
      }
    }
    word_size = 0;
    accented = false;
  };
  const auto* bytes = reinterpret_cast<const unsigned char*>(text.data());
  for (size_t i = 0; i < text.size();) {
    unsigned char b = bytes[i];
    if (b < 0x80) {  // ASCII, most of a Latin page: no decoding
      ++i;
      unsigned char lower = b | 0x20;
      if (lower >= 'a' && lower <= 'z') {
        ++e.latin;
        if (word_size <= kMaxWordBytes) word[word_size++] = lower;
        continue;
      }
      if (word_size != 0) end_word(b == '\'');
      continue;
    }
    char32_t c = Decode(text, &i);
    switch (ScriptOfLetter(c)) {
      case Script::kLatin: {
        ++e.latin;
        char32_t lower = ToLower(c);
        accented = accented || IsFrenchAccent(lower);
        if (word_size <= kMaxWordBytes) {
          word_size += EncodeUtf8(lower, word + word_size);
        }
        continue;
      }
      case Script::kHan:
        ++e.han;
        break;
      case Script::kHangul:
        ++e.hangul;
        break;
      case Script::kKana:
        ++e.kana;
        break;
      case Script::kCommon:
        break;
      default:
        ++e.other;
        break;
    }
    if (word_size != 0) end_word(c == U'\u2019');
  }
  end_word(false);
  return e;
}

}  // namespace langid
}  // namespace twinmap
