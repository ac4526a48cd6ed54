// The scanner's fast lanes: up to sixty-four bytes at a time, it passes over
// ASCII punctuation, spaces and words that can start no value, which is
// most of a page; and runs of Han and Hangul that begin nothing. Inline:
// they are the scanner's inner loops. Internal to values/.
#ifndef TWINMAP_VALUES_PLAIN_SKIP_H_
#define TWINMAP_VALUES_PLAIN_SKIP_H_

#include <cstddef>
#include <cstdint>
#include <cstring>

#include "values/byte_masks.h"
#include "values/char_class.h"
#include "values/language_pack.h"
#include "values/phrase_list.h"

// The skip's word loop is mostly bit scans and clears, which BMI1/2 do in
// one instruction each (tzcnt, blsr, shrx): the scanner has a copy built
// for them, chosen at run time, as the build's x86-64 baseline lacks them.
#if defined(__SSE2__) && defined(__x86_64__) && defined(__GNUC__)
#define TWINMAP_VALUES_BMI_SKIP 1
#define TWINMAP_VALUES_BMI_TARGET __attribute__((target("bmi,bmi2")))
#endif

namespace twinmap {
namespace values {

// Whether a web address's run ([A-Za-z0-9._%+-]) may go on with `b`, or
// `b` may begin what follows a run in one ("@", "://").
inline bool MayGoOnWeb(unsigned char b) {
  return unsigned((b | 0x20) - 'a') < 26u || unsigned(b - '0') < 10u || b == '.' ||
         b == '_' || b == '%' || b == '+' || b == '-' || b == '@' || b == ':';
}

// Whether the two bytes at `p` are a letter of U+00C0..U+023F ("é", "ç",
// "œ"): all are but "×" and "÷". French accents, read without decoding.
inline bool IsTwoByteLatinLetter(const unsigned char* bytes, size_t p, size_t n) {
  unsigned char lead = bytes[p];
  if (lead < 0xC3 || lead > 0xC8 || p + 1 >= n) return false;
  unsigned char next = bytes[p + 1];
  return (next & 0xC0) == 0x80 && !(lead == 0xC3 && (next == 0x97 || next == 0xB7));
}

// Whether the non-ASCII byte at `p`, where IsTwoByteLatinLetter says no,
// begins no Latin letter: all do but leads 0xC9 (U+0240..U+024F) and 0xE1
// (U+1E00..U+1EFF), which are left to the scanner to decode.
inline bool BeginsNoLatinLetter(unsigned char lead) { return lead != 0xC9 && lead != 0xE1; }

// The end of a word whose first ASCII letters stop at `p` (a digit, '+' or
// non-ASCII byte), if it goes on with only ASCII letters and letters of
// U+00C0..U+023F up to an ASCII byte other than '.' and '@', or up to a
// non-ASCII character that is no Latin letter ("l’", "People’s": no web
// address goes on there); else 0, and the caller reads the word.
inline size_t AccentedWordEnd(const unsigned char* bytes, size_t p, size_t n) {
  while (p < n) {
    const unsigned char b = bytes[p];
    if (unsigned((b | 0x20) - 'a') < 26u) {
      ++p;
    } else if (b < 0x80) {
      return b == '.' || b == '@' ? 0 : p;
    } else if (IsTwoByteLatinLetter(bytes, p, n)) {
      p += 2;
    } else {
      return BeginsNoLatinLetter(b) ? p : 0;
    }
  }
  return 0;
}

// The bits of the lengths of the anchor words shaped like a word that
// begins with the ASCII letter `first`, then `second`: an ASCII letter, or
// a non-ASCII byte (an accented letter counts as none), by
// ascii_word_lengths.
inline uint32_t AnchorLengthsFor(const LanguagePack& pack, unsigned first, unsigned second) {
  return pack.ascii_word_lengths[(first & 31u) * 32 + (second < 0x80 ? second & 31u : 0u)];
}

// Past the run of three-byte characters at `pos` (Han, Hangul, CJK
// punctuation) that begin nothing: no fullwidth digit or '+', no anchor
// character (but a Hangul one after Hangul: Korean numbers begin a word),
// no Latin letter, all well formed (the scanner decodes the others one by
// one). A tight loop: on a Chinese or Korean page most bytes are these.
inline size_t PassPlainThreeByteChars(const unsigned char* bytes, size_t pos, size_t n,
                                      const LanguagePack& pack) {
  bool after_hangul = false;  // only for a character this loop passed
  while (pos + 3 <= n && (bytes[pos] & 0xF0) == 0xE0) {
    const unsigned b1 = bytes[pos + 1], b2 = bytes[pos + 2];
    if ((b1 & 0xC0) != 0x80 || (b2 & 0xC0) != 0x80) break;
    const char32_t cp = (char32_t(bytes[pos] & 0x0F) << 12) | ((b1 & 0x3F) << 6) | (b2 & 0x3F);
    if (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF)) break;  // the general path's
    const bool hangul = IsHangul(cp);
    if ((cp >= 0xFF0B && cp <= 0xFF19) || (cp >= 0x1E00 && cp <= 0x1EFF) ||
        (pack.anchor_chars[cp] && !(hangul && after_hangul))) {
      break;
    }
    after_hangul = hangul;
    pos += 3;
  }
  return pos;
}

// Past the non-ASCII character at `pos` if the scanner would pass over it
// and nothing after it depends on it: a run of PassPlainThreeByteChars,
// a two-byte character that is no letter and no anchor character (U+00A0,
// '×'), or a word beginning with a letter of U+00C0..U+023F ("été", "à")
// that is shaped like no anchor word. Else `pos`, for the scanner to read.
// Each ends where the scanner goes on, before no Latin letter: a word
// after it is read as one after a space.
inline size_t PassPlainNonAscii(const unsigned char* bytes, size_t pos, size_t n,
                                const LanguagePack& pack) {
  const unsigned char lead = bytes[pos];
  if (lead >= 0xE0) return PassPlainThreeByteChars(bytes, pos, n, pack);
  if (lead < 0xC2 || pos + 1 >= n || (bytes[pos + 1] & 0xC0) != 0x80) return pos;
  const char32_t cp = (char32_t(lead & 0x1F) << 6) | (bytes[pos + 1] & 0x3F);
  if (pack.anchor_chars[cp]) return pos;
  if (cp < 0xC0 || cp == 0xD7 || cp == 0xF7 || cp > 0x24F) return pos + 2;
  // The word: ASCII letters and letters of U+00C0..U+023F, up to an ASCII
  // byte (others, rare, are the scanner's to decode).
  size_t end = pos + 2;
  while (end < n) {
    const unsigned char b = bytes[end];
    if (unsigned((b | 0x20) - 'a') < 26u) {
      ++end;
    } else if (b < 0x80) {
      break;
    } else if (IsTwoByteLatinLetter(bytes, end, n)) {
      end += 2;
    } else {
      return pos;
    }
  }
  const unsigned char second = pos + 2 < n ? bytes[pos + 2] : 0;
  const bool second_letter = unsigned((second | 0x20) - 'a') < 26u;
  if (pack.MayBeAnchorWord(
          LanguagePack::WordShape(cp, second_letter ? char32_t(second) : 0, end - pos))) {
    return pos;
  }
  return end;
}

#if defined(__SSE2__)
// One bit per byte of sixteen: ASCII letters, '.' or '@', and the bytes
// that stop the fast lane (digits, '+', non-ASCII).
struct SixteenMasks {
  unsigned letters, dots, special;
};

inline SixteenMasks ClassifySixteen(const unsigned char* p) {
  const __m128i v = LoadSixteen(p);
  // The raw bytes in the stop mask: their high bit is non-ASCII.
  return {AsciiLetterMask(v), MaskOf(Union(ByteLanes(v, '.'), ByteLanes(v, '@'))),
          MaskOf(Union(DigitLanes(v), ByteLanes(v, '+'), v))};
}
#endif

// Where the byte-by-byte scan must resume at or after `pos`: the first byte
// that is a digit, '+' or non-ASCII, the first word that is an anchor word
// (or is shaped like one, by WordShape, and starts at `pos`) or runs into
// '@', a non-ASCII byte other than an accented letter, or a '.' after which
// a web address could go on, or a word that reaches past the bytes read.
// Everything it passes over, the byte-by-byte scan would pass over too:
// ASCII bytes that are no letter, digit or '+', and words after an ASCII
// byte that are no anchor word (those ending a sentence included: no host
// or e-mail reads there; those with letters of U+00C0..U+023F after the
// first included, when shaped like no anchor word).
//
// Where it stops at an anchor word it has hashed (not at `pos`, so after a
// byte that is no letter), it sets *anchor_word_end to the word's end: the
// scanner's anchor there, without reading the word again.
__attribute__((always_inline)) inline size_t SkipPlainText(const unsigned char* bytes,
                                                           size_t pos, size_t n,
                                                           const LanguagePack& pack,
                                                           size_t* anchor_word_end) {
#if defined(__SSE2__)
  // Only a word at the very start may follow a letter (an accented one).
  const size_t start = pos;
  while (pos + 16 <= n) {
    // Up to four sixteens at once, stopping after one with a stop byte
    // (most anchors are near): fewer words are cut by a block's end and
    // read twice.
    uint64_t letters = 0, dots = 0, special = 0;
    int width = 0;
    do {
      SixteenMasks m = ClassifySixteen(bytes + pos + width);
      letters |= uint64_t(m.letters) << width;
      dots |= uint64_t(m.dots) << width;
      special |= uint64_t(m.special) << width;
      width += 16;
    } while (!special && width < 64 && pos + size_t(width) + 16 <= n);
    const int limit = special ? __builtin_ctzll(special) : width;
    const uint64_t inside = limit < 64 ? letters & ((uint64_t(1) << limit) - 1) : letters;
    // Each word of the block: its first letter in `starts`, its last in
    // `lasts`, taken in pairs.
    uint64_t starts = inside & ~(inside << 1);
    uint64_t lasts = inside & ~(inside >> 1);
    // Last letters of the words that need a closer look: the one reaching
    // the stop byte or the block's end, and those followed by '.' or '@'.
    const uint64_t closer = (lasts & (dots >> 1)) |
                            (limit > 0 ? lasts & (uint64_t(1) << (limit - 1)) : 0);
    const unsigned char* block = bytes + pos;
    int carry = 0;
    size_t resume = 0;  // past an accented word
    while (starts) {
      const int s = __builtin_ctzll(starts);
      const int last = __builtin_ctzll(lasts);  // the word's last letter
      if ((closer >> last) & 1) {
        const int e = last + 1;
        if (e == limit) {
          // A word cut by the block's end is read again from its start in
          // the next block; one that fills the block or reaches a stop
          // byte is the caller's, but for one going on with accented
          // letters and shaped like no anchor word.
          if (limit == width && s > 0) {
            carry = s;
            break;
          }
          if (limit == width || pos + s == start) return pos + s;
          const size_t end = AccentedWordEnd(bytes, pos + e, n);
          if (end == 0) return pos + s;
          const size_t length = end - (pos + s);
          if ((AnchorLengthsFor(pack, bytes[pos + s], bytes[pos + s + 1]) >>
               (length < 31 ? length : 31)) & 1) {
            return pos + s;
          }
          resume = end;
          break;
        }
        // Followed by '.' or '@': may be a host or an e-mail, unless a
        // sentence ends there.
        const size_t after = pos + size_t(e) + 1;
        if (((dots >> e) & 1) &&
            (block[e] != '.' || (after < n && MayGoOnWeb(bytes[after])))) {
          return pos + s;
        }
      }
      // The word's WordShape() bit: by its first two letters, then its
      // length. (The block holds the byte after the word: two bytes are
      // there. After a one-letter word any byte reads its row's bit for
      // length 1.) Read little-endian, as on every SSE2 processor.
      const unsigned char* word = block + s;
      uint16_t two;
      std::memcpy(&two, word, 2);
      // Sign-extended, bit 30 (31 and longer) reads for lengths up to 63.
      // Bit last - s, read as (bits << s) >> last: no subtraction, and
      // nothing of it is shifted out (last < 64).
      const uint64_t lengths_less_one =
          uint64_t(int64_t(pack.ascii_pair_lengths[two & 0x1F1Fu]));
      if (((lengths_less_one << s) >> last) & 1) {
        const int length = last + 1 - s;
        // Shaped like an anchor word: the caller's if it is one, or if it
        // starts where a letter may come before it; else passed over here.
        if (pos + s == start) return start;
        // Hashed only if it begins as an anchor word does.
        if (length < 3 || pack.MayBeginAnchorWord(word[0], word[1], word[2])) {
          uint64_t h = kWordHashSeed;
          for (int i = 0; i < length; ++i) h = WordHashStep(h, word[i] | 0x20u);
          if (pack.IsAnchorWord(h)) {
            *anchor_word_end = pos + size_t(last) + 1;
            return pos + s;
          }
        }
      }
      starts &= starts - 1;
      lasts &= lasts - 1;
    }
    if (carry) {
      pos += size_t(carry);
      continue;
    }
    if (resume) {
      pos = resume;
      continue;
    }
    pos += size_t(limit);
    if (limit < width) {
      // The stop byte, no word's last: most non-ASCII ones begin nothing
      // ('•', '“', U+00A0, Han, "été") and are passed over here, where the
      // scanner would return to this loop after them.
      if (bytes[pos] < 0x80) return pos;
      const size_t past = PassPlainNonAscii(bytes, pos, n, pack);
      if (past == pos) return pos;
      pos = past;
    }
  }
#else
  (void)bytes;
  (void)n;
  (void)pack;
  (void)anchor_word_end;
#endif
  return pos;
}

#if defined(TWINMAP_VALUES_BMI_SKIP)
// Whether this processor runs TWINMAP_VALUES_BMI_TARGET code.
inline bool HasBmiSkip() {
  __builtin_cpu_init();
  return __builtin_cpu_supports("bmi") && __builtin_cpu_supports("bmi2");
}
#endif

}  // namespace values
}  // namespace twinmap

#endif  // TWINMAP_VALUES_PLAIN_SKIP_H_
