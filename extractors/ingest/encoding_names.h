// Internal to ingest: the encodings we accept, their aliases, and BOMs.
#ifndef TWINMAP_INGEST_ENCODING_NAMES_H_
#define TWINMAP_INGEST_ENCODING_NAMES_H_

#include <cstddef>
#include <optional>
#include <string_view>

namespace twinmap::ingest {

inline constexpr std::string_view kUtf8 = "UTF-8";
inline constexpr std::string_view kUtf16Le = "UTF-16LE";
inline constexpr std::string_view kUtf16Be = "UTF-16BE";
inline constexpr std::string_view kUtf32Le = "UTF-32LE";
inline constexpr std::string_view kUtf32Be = "UTF-32BE";
inline constexpr std::string_view kGb18030 = "GB18030";
inline constexpr std::string_view kBig5 = "Big5";
inline constexpr std::string_view kEucKr = "EUC-KR";
inline constexpr std::string_view kShiftJis = "Shift_JIS";
inline constexpr std::string_view kWindows1252 = "windows-1252";
inline constexpr std::string_view kLatin1 = "ISO-8859-1";

// True for UTF-16LE/BE and UTF-32LE/BE: the encodings in which NUL bytes are
// normal and ASCII bytes do not stand for themselves.
bool IsWideUnicode(std::string_view canonical);

// A byte-order mark at the start of a text.
struct Bom {
  std::string_view encoding;  // canonical
  size_t size;                // 2, 3 or 4 bytes
};

// The BOM `raw` starts with, if any. UTF-32LE's BOM (FF FE 00 00) starts like
// UTF-16LE's (FF FE); the longer one wins.
std::optional<Bom> SniffBom(std::string_view raw);

}  // namespace twinmap::ingest

#endif  // TWINMAP_INGEST_ENCODING_NAMES_H_
