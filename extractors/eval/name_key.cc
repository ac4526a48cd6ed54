#include "eval/name_key.h"

#include <utf8proc.h>

#include <cctype>
#include <cstdlib>

namespace twinmap::eval {
namespace {

std::string AsciiLower(std::string_view text) {
  std::string out(text);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

// Runs utf8proc_map; false when the input is not valid UTF-8.
bool Map(std::string_view text, int options, std::string* out) {
  utf8proc_uint8_t* mapped = nullptr;
  utf8proc_ssize_t n =
      utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(text.data()),
                   static_cast<utf8proc_ssize_t>(text.size()), &mapped,
                   static_cast<utf8proc_option_t>(options));
  if (n < 0) return false;
  out->assign(reinterpret_cast<const char*>(mapped), static_cast<size_t>(n));
  std::free(mapped);
  return true;
}

bool IsSpaceOrPunct(utf8proc_int32_t cp) {
  switch (utf8proc_category(cp)) {
    case UTF8PROC_CATEGORY_ZS:
    case UTF8PROC_CATEGORY_ZL:
    case UTF8PROC_CATEGORY_ZP:
    case UTF8PROC_CATEGORY_PC:
    case UTF8PROC_CATEGORY_PD:
    case UTF8PROC_CATEGORY_PS:
    case UTF8PROC_CATEGORY_PE:
    case UTF8PROC_CATEGORY_PI:
    case UTF8PROC_CATEGORY_PF:
    case UTF8PROC_CATEGORY_PO:
    case UTF8PROC_CATEGORY_CC:
    case UTF8PROC_CATEGORY_CF:
      return true;
    default:
      return false;
  }
}

bool IsSpace(utf8proc_int32_t cp) {
  utf8proc_category_t c = utf8proc_category(cp);
  return c == UTF8PROC_CATEGORY_ZS || c == UTF8PROC_CATEGORY_ZL ||
         c == UTF8PROC_CATEGORY_ZP || cp == '\t' || cp == '\n' || cp == '\r' ||
         cp == '\f' || cp == '\v';
}

void Append(utf8proc_int32_t cp, std::string* out) {
  utf8proc_uint8_t buf[4];
  utf8proc_ssize_t n = utf8proc_encode_char(cp, buf);
  out->append(reinterpret_cast<const char*>(buf), static_cast<size_t>(n));
}

// Calls `f` with each code point of valid UTF-8 `text`.
template <typename F>
void ForEachCodePoint(const std::string& text, F f) {
  const auto* p = reinterpret_cast<const utf8proc_uint8_t*>(text.data());
  utf8proc_ssize_t left = static_cast<utf8proc_ssize_t>(text.size());
  while (left > 0) {
    utf8proc_int32_t cp = 0;
    utf8proc_ssize_t n = utf8proc_iterate(p, left, &cp);
    if (n <= 0) return;  // cannot happen after a successful utf8proc_map
    f(cp);
    p += n;
    left -= n;
  }
}

}  // namespace

std::string NameKey(std::string_view text) {
  std::string folded;
  if (!Map(text,
           UTF8PROC_COMPOSE | UTF8PROC_COMPAT | UTF8PROC_CASEFOLD |
               UTF8PROC_STRIPMARK,
           &folded)) {
    std::string out;
    for (char c : AsciiLower(text)) {
      if (static_cast<unsigned char>(c) >= 0x80 ||
          std::isalnum(static_cast<unsigned char>(c))) {
        out += c;
      }
    }
    return out;
  }
  std::string out;
  ForEachCodePoint(folded, [&](utf8proc_int32_t cp) {
    if (!IsSpaceOrPunct(cp)) Append(cp, &out);
  });
  return out;
}

std::string ValueKey(std::string_view text) {
  std::string folded;
  if (!Map(text, UTF8PROC_COMPOSE | UTF8PROC_COMPAT | UTF8PROC_CASEFOLD,
           &folded)) {
    folded = AsciiLower(text);
    std::string out;
    bool pending_space = false;
    for (char c : folded) {
      if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
        pending_space = !out.empty();
        continue;
      }
      if (pending_space) out += ' ';
      pending_space = false;
      out += c;
    }
    return out;
  }
  std::string out;
  bool pending_space = false;
  ForEachCodePoint(folded, [&](utf8proc_int32_t cp) {
    if (IsSpace(cp)) {
      pending_space = !out.empty();
      return;
    }
    if (pending_space) out += ' ';
    pending_space = false;
    Append(cp, &out);
  });
  return out;
}

}  // namespace twinmap::eval
