#include "langid/evidence.h"

#include "base/utf8.h"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstring>

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

constexpr uint64_t kHighBits = 0x8080808080808080ull;
constexpr uint64_t Bytes(uint8_t b) { return 0x0101010101010101ull * b; }

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
  // Room for 8 bytes copied at any size up to kMaxWordBytes; at least 8
  // bytes for KeyOfPadded.
  char word[kMaxWordBytes + 1 + 8] = {};
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
      const StopWords::Key key = StopWords::KeyOfPadded(word, word_size);
      if (elided) {
        e.fr_words += fr.ContainsElision(key);
        e.en_words += en.ContainsElision(key);
      } else {
        e.fr_words += fr.Contains(key);
        e.en_words += en.Contains(key);
      }
    }
    word_size = 0;
    accented = false;
  };
  // Counted in a local, not in `e`: end_word() holds a reference to `e`,
  // which kept this count in memory, a store and reload per letter.
  uint32_t latin = 0;
  const auto* bytes = reinterpret_cast<const unsigned char*>(text.data());
  for (size_t i = 0; i < text.size();) {
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    // Up to eight ASCII bytes at a time: a branch per word instead of per
    // byte (the letter test mispredicted at every word edge). Same effect
    // as the byte loop below.
    if (i + 8 <= text.size()) {
      uint64_t chunk;
      std::memcpy(&chunk, bytes + i, 8);
      // The ASCII bytes before the first non-ASCII one, if any.
      const uint64_t high = chunk & kHighBits;
      const size_t ascii = high == 0 ? 8 : __builtin_ctzll(high) / 8;
      if (ascii != 0) {
        const uint64_t in_reach =
            ascii == 8 ? kHighBits
                       : kHighBits & ((uint64_t{1} << (8 * ascii)) - 1);
        const uint64_t lower = (chunk & ~high) | Bytes(0x20);
        // High bit of each byte that is a letter: 'a' <= lower <= 'z'.
        const uint64_t letters = (lower + Bytes(0x80 - 'a')) &
                                 ~(lower + Bytes(0x80 - 'z' - 1)) & in_reach;
        const uint64_t others = ~letters & in_reach;
        // One bit per byte: gather them into the top byte by a multiply
        // (no popcount instruction in the baseline x86-64 target).
        latin += static_cast<uint32_t>(((letters >> 7) * Bytes(1)) >> 56);
        // Padded so that eight bytes can be copied from any offset below 8.
        unsigned char lowered[16] = {};
        std::memcpy(lowered, &lower, 8);
        for (size_t j = 0; j < ascii;) {
          if ((letters >> (8 * j)) & 0x80) {  // a run of letters from j
            const uint64_t rest = others >> (8 * j);
            const size_t run =
                rest == 0 ? ascii - j : __builtin_ctzll(rest) / 8;
            if (word_size <= kMaxWordBytes) {
              // A fixed eight-byte copy (the word buffer has room): a
              // variable-length one branched on the length.
              std::memcpy(word + word_size, lowered + j, 8);
              word_size += std::min(run, kMaxWordBytes + 1 - word_size);
            }
            j += run;
          } else {  // a run of other bytes: the first one ends the word
            if (word_size != 0) end_word(bytes[i + j] == '\'');
            const uint64_t rest = letters >> (8 * j);
            j = rest == 0 ? ascii : j + __builtin_ctzll(rest) / 8;
          }
        }
        i += ascii;
        continue;
      }
    }
#endif
    unsigned char b = bytes[i];
    if (b < 0x80) {  // ASCII, most of a Latin page: no decoding
      ++i;
      unsigned char lower = b | 0x20;
      if (lower >= 'a' && lower <= 'z') {
        ++latin;
        if (word_size <= kMaxWordBytes) word[word_size++] = lower;
        continue;
      }
      if (word_size != 0) end_word(b == '\'');
      continue;
    }
    char32_t c = Decode(text, &i);
    switch (ScriptOfLetter(c)) {
      case Script::kLatin: {
        ++latin;
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
  e.latin = latin;
  return e;
}

}  // namespace langid
}  // namespace twinmap
