#include "tokenize/ascii_words.h"

namespace twinmap {
namespace tokenize {
namespace {

// Word_Break classes of the ASCII units, as ICU's root rules use them.
enum Class : uint8_t {
  kOther,  // also ":" (not MidLetter in ICU's root rules), '"', tab
  kCr,
  kLineBreak,  // LF, VT, FF
  kSpace,      // " " (WSegSpace)
  kLetter,
  kDigit,
  kUnderscore,  // ExtendNumLet
  kMidNumLet,   // "." and "'": join letters and digits
  kMidNum,      // "," and ";": join digits
};

constexpr Class ClassOf(int c) {
  // ICU's root rules count "@" as a letter (mail addresses).
  if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '@') {
    return kLetter;
  }
  if (c >= '0' && c <= '9') return kDigit;
  switch (c) {
    case '_':
      return kUnderscore;
    case '.':
    case '\'':
      return kMidNumLet;
    case ',':
    case ';':
      return kMidNum;
    case ' ':
      return kSpace;
    case '\r':
      return kCr;
    case '\n':
    case '\v':
    case '\f':
      return kLineBreak;
    default:
      return kOther;
  }
}

struct Classes {
  Class of[0x80];
  constexpr Classes() : of() {
    for (int c = 0; c < 0x80; ++c) of[c] = ClassOf(c);
  }
};
constexpr Classes kClasses;

bool IsAsciiLetter(char16_t u) {
  return (u | 0x20) >= 'a' && (u | 0x20) <= 'z';
}

bool Joins(Class c) { return c == kLetter || c == kDigit || c == kUnderscore; }

}  // namespace

int32_t NextAsciiWordBoundary(const char16_t* units, int32_t begin, int32_t end,
                              int32_t* status) {
  const Class first = kClasses.of[units[begin]];
  int32_t i = begin + 1;
  *status = kWordStatusNone;
  switch (first) {
    case kCr:
      return i < end && units[i] == u'\n' ? i + 1 : i;
    case kSpace:
      while (i < end && units[i] == u' ') ++i;
      return i;
    case kLetter:
    case kDigit:
    case kUnderscore:
      break;
    default:
      return i;
  }
  // A word: letters, digits and "_" in any order, and a middle unit between
  // two letters or two digits. The run is skipped with one test per unit;
  // the status is read from the last units afterwards.
  while (true) {
    while (i < end && Joins(kClasses.of[units[i]])) ++i;
    if (i + 1 >= end) break;
    const Class c = kClasses.of[units[i]];
    const Class before = kClasses.of[units[i - 1]];
    const bool middle = c == kMidNumLet ? before == kLetter || before == kDigit
                                        : c == kMidNum && before == kDigit;
    if (!middle || kClasses.of[units[i + 1]] != before) break;
    i += 2;
  }
  Class last = kClasses.of[units[i - 1]];
  if (last == kUnderscore) {
    // "a_" and "__" are letters, "1_" a number, a lone "_" nothing.
    last = i - 1 == begin                        ? kOther
           : kClasses.of[units[i - 2]] == kDigit ? kDigit
                                                 : kLetter;
  }
  *status = last == kLetter  ? kWordStatusLetter
            : last == kDigit ? kWordStatusNumber
                             : kWordStatusNone;
  return i;
}

int32_t NextAsciiWordSegments(const char16_t* units, int32_t begin, int32_t end,
                              icu_adapter::WordSegment* out, int32_t capacity) {
  const TokenKind* ascii_kinds = icu_adapter::AsciiTokenKinds();
  int32_t n = 0;
  while (n < capacity && begin < end) {
    int32_t status;
    const int32_t b = NextAsciiWordBoundary(units, begin, end, &status);
    icu_adapter::WordSegment& segment = out[n++];
    segment.end = b;
    // Classify() on ASCII: word status makes a word or a number, whose
    // script is Latin when it holds a letter ("__" and "1@" do not);
    // without it, one unit is looked up and longer runs are white space
    // (spaces, CR LF).
    if (status != kWordStatusNone) {
      segment.kind =
          status == kWordStatusNumber ? TokenKind::kNumber : TokenKind::kWord;
      segment.script = Script::kCommon;
      for (int32_t i = begin; i < b; ++i) {
        if (IsAsciiLetter(units[i])) {
          segment.script = Script::kLatin;
          break;
        }
      }
    } else {
      segment.kind =
          b - begin == 1 ? ascii_kinds[units[begin]] : TokenKind::kSpace;
      segment.script = Script::kCommon;
    }
    begin = b;
  }
  return n;
}

}  // namespace tokenize
}  // namespace twinmap
