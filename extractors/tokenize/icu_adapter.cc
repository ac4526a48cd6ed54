#include "tokenize/icu_adapter.h"

#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/ubrk.h>
#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/utext.h>
#include <unicode/utf16.h>

#include <memory>
#include <mutex>
#include <string>

#include "tokenize/ascii_words.h"
#include "tokenize/white_space.h"

namespace twinmap {
namespace tokenize {
namespace icu_adapter {

class Breaker {
 public:
  explicit Breaker(icu::BreakIterator* iterator) : iterator_(iterator) {}
  icu::BreakIterator* iterator() { return iterator_.get(); }

 private:
  std::unique_ptr<icu::BreakIterator> iterator_;
};

namespace {

static_assert(kWordStatusNone == UBRK_WORD_NONE &&
                  kWordStatusNumber == UBRK_WORD_NUMBER &&
                  kWordStatusLetter == UBRK_WORD_LETTER,
              "ascii_words.h mirrors ICU's word rule statuses");

const char* TypeName(BreakType type) {
  return type == BreakType::kWord ? "word" : "sentence";
}

// A process-wide prototype, built on first use and never destroyed (threads
// may still clone it while static destructors run).
struct Prototype {
  std::unique_ptr<icu::BreakIterator> iterator;
  UErrorCode error = U_ZERO_ERROR;
  std::mutex clone_mutex;  // clone() of a shared iterator, one at a time
};

Prototype* BuildPrototype(BreakType type) {
  auto* p = new Prototype;
  const icu::Locale& root = icu::Locale::getRoot();
  p->iterator.reset(
      type == BreakType::kWord
          ? icu::BreakIterator::createWordInstance(root, p->error)
          : icu::BreakIterator::createSentenceInstance(root, p->error));
  if (U_FAILURE(p->error)) p->iterator.reset();
  return p;
}

Prototype& GetPrototype(BreakType type) {
  static Prototype* const word = BuildPrototype(BreakType::kWord);
  static Prototype* const sentence = BuildPrototype(BreakType::kSentence);
  return type == BreakType::kWord ? *word : *sentence;
}

Status IcuError(const std::string& what, UErrorCode error) {
  return Status::Internal("ICU: " + what + ": " + u_errorName(error));
}

Script MapScript(UScriptCode code) {
  switch (code) {
    case USCRIPT_LATIN:
      return Script::kLatin;
    case USCRIPT_HAN:
      return Script::kHan;
    case USCRIPT_HANGUL:
      return Script::kHangul;
    case USCRIPT_HIRAGANA:
    case USCRIPT_KATAKANA:
    case USCRIPT_KATAKANA_OR_HIRAGANA:
      return Script::kKana;
    case USCRIPT_CYRILLIC:
      return Script::kCyrillic;
    case USCRIPT_ARABIC:
      return Script::kArabic;
    // Unknown covers unassigned and private-use code points: no script.
    case USCRIPT_COMMON:
    case USCRIPT_INHERITED:
    case USCRIPT_UNKNOWN:
      return Script::kCommon;
    default:
      return Script::kOther;
  }
}

Script LookUpScript(UChar32 c) {
  UErrorCode error = U_ZERO_ERROR;
  UScriptCode code = uscript_getScript(c, &error);
  return U_FAILURE(error) ? Script::kCommon : MapScript(code);
}

// uscript_getScript() per code point was most of the cost of classifying
// CJK tokens and of langid's counts, so the BMP is looked up once, on first
// use, into a 64 KiB table; supplementary code points still ask ICU.
const Script* BmpScripts() {
  static const Script* const table = [] {
    auto* t = new Script[0x10000];
    for (UChar32 c = 0; c < 0x10000; ++c) t[c] = LookUpScript(c);
    return t;
  }();
  return table;
}

Script CodePointScript(UChar32 c) {
  if (c < 0x80) {
    return ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') ? Script::kLatin
                                                    : Script::kCommon;
  }
  if (c < 0x10000) return BmpScripts()[c];
  return LookUpScript(c);
}

// Called once per token: ASCII and the rest of the BMP are looked up inline,
// only surrogates go through U16_NEXT.
Script FirstStrongScript(const char16_t* s, int32_t n) {
  int32_t i = 0;
  while (i < n) {
    char16_t u = s[i];
    if (u < 0x80) {
      ++i;
      if ((u | 0x20) >= 'a' && (u | 0x20) <= 'z') return Script::kLatin;
      continue;
    }
    Script script;
    if (!U16_IS_SURROGATE(u)) {
      ++i;
      script = BmpScripts()[u];
    } else {
      UChar32 c;
      U16_NEXT(s, i, n, c);
      script = CodePointScript(c);
    }
    if (script != Script::kCommon) return script;
  }
  return Script::kCommon;
}

bool IsAsciiLetter(char16_t u) {
  return u < 0x80 && (u | 0x20) >= 'a' && (u | 0x20) <= 'z';
}

// How FindSentences reads a BMP code point of Sentence_Break `value`.
SentenceBreakUnits::Kind SentenceKindOf(UChar32 c, int32_t value) {
  using Kind = SentenceBreakUnits::Kind;
  if (U16_IS_SURROGATE(c)) return Kind::kOther;
  switch (value) {
    case U_SB_STERM:
    case U_SB_ATERM:
      return Kind::kTerminator;
    case U_SB_CLOSE:
      return Kind::kClose;
    case U_SB_SP:
      return Kind::kSpace;
    case U_SB_SCONTINUE:
      return Kind::kContinue;
    case U_SB_EXTEND:
    case U_SB_FORMAT:
      return Kind::kTransparent;
    case U_SB_UPPER:
    case U_SB_LOWER:
    case U_SB_OLETTER:
      return Kind::kLetter;
    default:
      return Kind::kOther;
  }
}

}  // namespace

const TokenKind* AsciiTokenKinds() {
  static const TokenKind* const table = [] {
    auto* t = new TokenKind[0x80];
    for (UChar32 c = 0; c < 0x80; ++c) {
      t[c] = IsWhiteSpace(static_cast<char32_t>(c)) ? TokenKind::kSpace
             : u_ispunct(c)                         ? TokenKind::kPunctuation
                                                    : TokenKind::kSymbol;
    }
    return t;
  }();
  return table;
}

Result<Breaker*> ThreadBreaker(BreakType type) {
  thread_local std::unique_ptr<Breaker> breakers[2];
  std::unique_ptr<Breaker>& slot = breakers[type == BreakType::kWord ? 0 : 1];
  if (slot) return slot.get();
  Prototype& prototype = GetPrototype(type);
  if (!prototype.iterator) {
    return IcuError(std::string("cannot create the ") + TypeName(type) +
                        " break iterator for the root locale",
                    prototype.error);
  }
  icu::BreakIterator* clone;
  {
    std::lock_guard<std::mutex> lock(prototype.clone_mutex);
    clone = prototype.iterator->clone();
  }
  if (clone == nullptr) {
    return IcuError(
        std::string("cannot clone the ") + TypeName(type) + " break iterator",
        U_MEMORY_ALLOCATION_ERROR);
  }
  slot = std::make_unique<Breaker>(clone);
  return slot.get();
}

Status SetText(Breaker* breaker, const char16_t* units, int32_t size) {
  UErrorCode error = U_ZERO_ERROR;
  UText text = UTEXT_INITIALIZER;
  // UChars over our buffer, no copy; setText() keeps its own shallow clone.
  utext_openUChars(&text, units, size, &error);
  if (U_SUCCESS(error)) breaker->iterator()->setText(&text, error);
  utext_close(&text);
  if (U_FAILURE(error)) {
    return IcuError("cannot set the text of a break iterator (" +
                        std::to_string(size) + " UTF-16 units)",
                    error);
  }
  return Status::Ok();
}

int32_t Next(Breaker* breaker, int32_t* rule_status) {
  icu::BreakIterator* it = breaker->iterator();
  int32_t boundary = it->next();
  if (boundary == icu::BreakIterator::DONE) return kDone;
  if (rule_status != nullptr) *rule_status = it->getRuleStatus();
  return boundary;
}

const SentenceBreakUnits& GetSentenceBreakUnits() {
  static const SentenceBreakUnits* const units = [] {
    auto* set = new SentenceBreakUnits;
    for (UChar32 c = 0; c <= 0xFFFF; ++c) {
      int32_t value = u_getIntPropertyValue(c, UCHAR_SENTENCE_BREAK);
      bool may_break = U16_IS_SURROGATE(c) || value == U_SB_STERM ||
                       value == U_SB_ATERM || value == U_SB_SEP ||
                       value == U_SB_CR || value == U_SB_LF;
      if (may_break) set->bits_[c >> 6] |= uint64_t{1} << (c & 63);
      set->kinds_[c] = SentenceKindOf(c, value);
    }
    return set;
  }();
  return *units;
}

void Classify(const char16_t* units, int32_t size, int32_t rule_status,
              TokenKind* kind, Script* script) {
  const char16_t u0 = units[0];
  if (rule_status >= UBRK_WORD_NONE_LIMIT) {
    *kind = rule_status < UBRK_WORD_NUMBER_LIMIT ? TokenKind::kNumber
                                                 : TokenKind::kWord;
    *script =
        IsAsciiLetter(u0) ? Script::kLatin : FirstStrongScript(units, size);
    return;
  }
  if (size == 1 && u0 < 0x80) {
    *kind = AsciiTokenKinds()[u0];
    *script = IsAsciiLetter(u0) ? Script::kLatin : Script::kCommon;
    return;
  }
  int32_t i = 0;
  UChar32 first;
  U16_NEXT(units, i, size, first);
  bool all_space = IsWhiteSpace(static_cast<char32_t>(first));
  while (all_space && i < size) {
    UChar32 c;
    U16_NEXT(units, i, size, c);
    all_space = IsWhiteSpace(static_cast<char32_t>(c));
  }
  if (all_space) {
    *kind = TokenKind::kSpace;
    *script = Script::kCommon;
    return;
  }
  *kind = u_ispunct(first) ? TokenKind::kPunctuation : TokenKind::kSymbol;
  *script = FirstStrongScript(units, size);
}

int32_t NextWordSegments(Breaker* breaker, const char16_t* units, int32_t begin,
                         WordSegment* out, int32_t capacity) {
  icu::BreakIterator* it = breaker->iterator();
  const TokenKind* ascii_kinds = AsciiTokenKinds();
  int32_t n = 0;
  while (n < capacity) {
    int32_t end = it->next();
    if (end == icu::BreakIterator::DONE) break;
    WordSegment& segment = out[n++];
    segment.end = end;
    const int32_t rule_status = it->getRuleStatus();
    const char16_t first = units[begin];
    // The commonest segments, a Latin word or a one-unit space or
    // punctuation, inline; the same answers as Classify().
    if (rule_status >= UBRK_WORD_NUMBER_LIMIT && IsAsciiLetter(first)) {
      segment.kind = TokenKind::kWord;
      segment.script = Script::kLatin;
    } else if (rule_status < UBRK_WORD_NONE_LIMIT && end - begin == 1 &&
               first < 0x80) {
      segment.kind = ascii_kinds[first];
      segment.script = IsAsciiLetter(first) ? Script::kLatin : Script::kCommon;
    } else {
      Classify(units + begin, end - begin, rule_status, &segment.kind,
               &segment.script);
    }
    begin = end;
  }
  return n;
}

}  // namespace icu_adapter

Script ScriptOf(char32_t c) {
  return c > 0x10FFFF ? Script::kCommon
                      : icu_adapter::CodePointScript(static_cast<UChar32>(c));
}

}  // namespace tokenize
}  // namespace twinmap
