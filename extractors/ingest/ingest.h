// ingest: the first stage of the text layer, raw bytes => Page.
//
// A Page keeps the bytes exactly as read (they are what every raw Span points
// into), their SHA-256, the detected encoding, and the text decoded to UTF-8
// with an OffsetMap from every text byte back to the raw byte(s) it came from.
//
//   raw  "\xEF\xBB\xBF" "caf\xC3\xA9"   (UTF-8 with a BOM, 8 bytes)
//   text "caf\xC3\xA9"                  encoding "UTF-8", had_bom true
//   text_to_raw.ToInput({3, 5}) == {6, 8}
//
//   raw  "caf\xE9"                      (windows-1252, 4 bytes)
//   text "caf\xC3\xA9"                  text_to_raw.ToInput({3, 5}) == {3, 4}
//
//   raw  "ab\xFF" "c"                   (UTF-8 with one invalid byte)
//   text "ab\xEF\xBF\xBD" "c"           replaced_bytes 1, one warning at byte 2
//
// How the encoding is chosen (BOM, then a UTF-8 prior, then ICU's detector
// restricted to the encodings below) and what counts as binary is explained
// in extractors/ingest/README.md.
//
// Who owns what: a Page owns all its strings; nothing points into the caller's
// buffers. Loading never throws and never crashes on bad input: refused input
// comes back as a Status naming the source (and the byte offset when there is
// one); repaired input (invalid bytes) is reported to the DiagnosticSink.
#ifndef TWINMAP_INGEST_INGEST_H_
#define TWINMAP_INGEST_INGEST_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "base/diagnostics.h"
#include "base/offset_map.h"
#include "base/status.h"

namespace twinmap::ingest {

struct LoadOptions {
  // A page over this many bytes is refused with TooLarge.
  uint64_t max_bytes = 32ull << 20;
  // Force an encoding (any name CanonicalEncoding accepts); "" = detect.
  std::string encoding;
};

struct Page {
  std::string source;           // path or label as given by the caller
  std::string raw;              // the bytes as read
  std::string sha256;           // lower-case hex SHA-256 of raw
  std::string encoding;         // canonical name, see CanonicalEncoding
  int encoding_confidence = 0;  // 0-100; 100 for a BOM or a forced encoding
  bool had_bom = false;         // a byte-order mark was found and dropped
  // UTF-8. The BOM is dropped; each raw byte that could not be decoded became
  // one U+FFFD (so a bad 3-byte sequence gives three U+FFFD).
  std::string text;
  // Every byte of text -> the raw byte(s) it came from. in_size() == raw.size().
  OffsetMap text_to_raw;
  uint64_t replaced_bytes = 0;  // how many raw bytes became U+FFFD
};

// Reads `path` and loads it as LoadBytes does, with `path` as the source.
// Errors: NotFound (no such path), IoError (a directory, or the OS refused;
// the message carries strerror), plus everything LoadBytes returns.
Result<Page> LoadFile(const std::string& path, const LoadOptions& options,
                      DiagnosticSink* sink);

// Decodes `raw`. `source` names it in messages and diagnostics. `sink` gets
// one warning per run of invalid bytes (the first 20, then one summary line)
// and a warning when the encoding could only be guessed; it may be null.
// Errors: DataError (empty or only a BOM; binary: a NUL character or too many
// control characters, naming the first one's byte offset), TooLarge (over
// options.max_bytes), InvalidArgument (options.encoding is not one we accept).
Result<Page> LoadBytes(std::string raw, std::string source,
                       const LoadOptions& options, DiagnosticSink* sink);

// Lower-case hex SHA-256 of `bytes`: Sha256Hex("abc") == "ba7816bf...15ad".
std::string Sha256Hex(std::string_view bytes);

// The canonical name of an encoding we accept, given any common spelling
// ("utf8", "UTF-16le", "gbk", "cp1252", "latin1", "sjis", ...), or nullopt.
// Canonical names: UTF-8, UTF-16LE, UTF-16BE, UTF-32LE, UTF-32BE, GB18030,
// Big5, EUC-KR, Shift_JIS, windows-1252, ISO-8859-1.
std::optional<std::string> CanonicalEncoding(std::string_view name);

}  // namespace twinmap::ingest

#endif  // TWINMAP_INGEST_INGEST_H_
