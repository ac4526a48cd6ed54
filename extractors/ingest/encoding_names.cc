#include "ingest/encoding_names.h"

#include <string>

#include "ingest/ingest.h"

namespace twinmap::ingest {
namespace {

struct Alias {
  std::string_view spelling;  // lower case, without '-', '_', ' ' or '.'
  std::string_view canonical;
};

// GBK and GB2312 are subsets of GB18030, ASCII and ISO-8859-1 of
// windows-1252 in practice (C1 controls are not text), cp949 and cp932 the
// Microsoft supersets of EUC-KR and Shift_JIS that ICU's converters cover.
constexpr Alias kAliases[] = {
    {"utf8", kUtf8},          {"utf16le", kUtf16Le},
    {"utf16be", kUtf16Be},    {"utf32le", kUtf32Le},
    {"utf32be", kUtf32Be},    {"gb18030", kGb18030},
    {"gbk", kGb18030},        {"gb2312", kGb18030},
    {"cp936", kGb18030},      {"big5", kBig5},
    {"cp950", kBig5},         {"euckr", kEucKr},
    {"cp949", kEucKr},        {"ksc5601", kEucKr},
    {"shiftjis", kShiftJis},  {"sjis", kShiftJis},
    {"cp932", kShiftJis},     {"windows1252", kWindows1252},
    {"cp1252", kWindows1252}, {"usascii", kWindows1252},
    {"ascii", kWindows1252},  {"iso88591", kLatin1},
    {"latin1", kLatin1},      {"l1", kLatin1},
};

std::string Squeeze(std::string_view name) {
  std::string out;
  for (char c : name) {
    if (c == '-' || c == '_' || c == ' ' || c == '.') continue;
    out += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  }
  return out;
}

}  // namespace

std::optional<std::string> CanonicalEncoding(std::string_view name) {
  const std::string key = Squeeze(name);
  for (const Alias& alias : kAliases) {
    if (alias.spelling == key) return std::string(alias.canonical);
  }
  return std::nullopt;
}

bool IsWideUnicode(std::string_view canonical) {
  return canonical == kUtf16Le || canonical == kUtf16Be ||
         canonical == kUtf32Le || canonical == kUtf32Be;
}

std::optional<Bom> SniffBom(std::string_view raw) {
  auto starts = [raw](std::string_view prefix) {
    return raw.substr(0, prefix.size()) == prefix;
  };
  using std::literals::string_view_literals::operator""sv;
  if (starts("\xFF\xFE\x00\x00"sv)) return Bom{kUtf32Le, 4};
  if (starts("\x00\x00\xFE\xFF"sv)) return Bom{kUtf32Be, 4};
  if (starts("\xEF\xBB\xBF"sv)) return Bom{kUtf8, 3};
  if (starts("\xFF\xFE"sv)) return Bom{kUtf16Le, 2};
  if (starts("\xFE\xFF"sv)) return Bom{kUtf16Be, 2};
  return std::nullopt;
}

}  // namespace twinmap::ingest
