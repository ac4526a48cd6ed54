// Names of the tokenize enums, as written in JSON output and test messages.
#include "tokenize/tokenize.h"

namespace twinmap {
namespace tokenize {

const char* ToString(TokenKind kind) {
  switch (kind) {
    case TokenKind::kWord:
      return "word";
    case TokenKind::kNumber:
      return "number";
    case TokenKind::kPunctuation:
      return "punctuation";
    case TokenKind::kSpace:
      return "space";
    case TokenKind::kSymbol:
      return "symbol";
  }
  return "unknown";
}

const char* ToString(Script script) {
  switch (script) {
    case Script::kCommon:
      return "common";
    case Script::kLatin:
      return "latin";
    case Script::kHan:
      return "han";
    case Script::kHangul:
      return "hangul";
    case Script::kKana:
      return "kana";
    case Script::kCyrillic:
      return "cyrillic";
    case Script::kArabic:
      return "arabic";
    case Script::kOther:
      return "other";
  }
  return "unknown";
}

}  // namespace tokenize
}  // namespace twinmap
