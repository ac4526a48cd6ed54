// LoadBytes: checks, detection and decoding, the binary check, diagnostics.
#include <algorithm>
#include <cstdio>

#include "ingest/control_scan.h"
#include "ingest/detect.h"
#include "ingest/encoding_names.h"
#include "ingest/ingest.h"
#include "ingest/refusals.h"

namespace twinmap::ingest {
namespace {

// A text is binary if over 1 in kControlShare of its characters are C0
// controls other than \t \n \f \r (random bytes have about 1 in 9).
constexpr uint64_t kControlShare = 20;
// Bytes of an invalid run shown in its diagnostic.
constexpr uint64_t kBytesShown = 8;

std::string HexBytes(std::string_view raw, uint64_t offset, uint64_t size) {
  std::string out;
  char buf[4];
  for (uint64_t k = 0; k < std::min(size, kBytesShown); ++k) {
    std::snprintf(buf, sizeof buf, "%s%02X", k ? " " : "",
                  static_cast<unsigned char>(raw[offset + k]));
    out += buf;
  }
  if (size > kBytesShown) out += " ...";
  return out;
}

void Warn(DiagnosticSink* sink, const std::string& source, uint64_t offset,
          std::string message) {
  if (sink == nullptr) return;
  Diagnostic d;
  d.severity = Diagnostic::Severity::kWarning;
  d.file = source;
  d.byte_offset = offset;
  d.message = std::move(message);
  sink->Report(std::move(d));
}

void ReportReplacements(const Page& page, const ReplacementLog& log,
                        DiagnosticSink* sink) {
  for (const InvalidRun& run : log.kept()) {
    Warn(sink, page.source, run.offset,
         "invalid " + page.encoding + ": " + std::to_string(run.size) +
             (run.size == 1 ? " byte (" : " bytes (") +
             HexBytes(page.raw, run.offset, run.size) +
             ") replaced by U+FFFD");
  }
  if (log.runs() > log.kept().size()) {
    Warn(sink, page.source, log.first_unkept_offset(),
         std::to_string(log.runs() - log.kept().size()) +
             " more runs of invalid bytes not listed; " +
             std::to_string(log.bytes()) + " bytes replaced by U+FFFD in all");
  }
}

std::string AtByte(const std::string& source, uint64_t offset) {
  return source + ": byte " + std::to_string(offset) + ": ";
}

}  // namespace

Status PageTooLarge(const std::string& source, uint64_t size, uint64_t limit,
                    bool at_least) {
  return Status::TooLarge(source + ": " + (at_least ? "more than " : "") +
                          std::to_string(at_least ? limit : size) +
                          " bytes is over the limit of " +
                          std::to_string(limit) + " bytes (max_bytes)");
}

Status PageEmpty(const std::string& source) {
  return Status::DataError(source + " is empty (0 bytes)");
}

Result<Page> LoadBytes(std::string raw, std::string source,
                       const LoadOptions& options, DiagnosticSink* sink) {
  if (raw.empty()) return PageEmpty(source);
  if (raw.size() > options.max_bytes) {
    return PageTooLarge(source, raw.size(), options.max_bytes);
  }
  std::string forced;
  if (!options.encoding.empty()) {
    std::optional<std::string> canonical = CanonicalEncoding(options.encoding);
    if (!canonical) {
      return Status::InvalidArgument(
          source + ": unknown encoding \"" + options.encoding +
          "\" (accepted: UTF-8, UTF-16LE, UTF-16BE, UTF-32LE, UTF-32BE, "
          "GB18030, Big5, EUC-KR, Shift_JIS, windows-1252, ISO-8859-1)");
    }
    forced = *canonical;
  }

  Result<DetectedText> detected = DetectAndDecode(raw, forced);
  if (!detected.ok()) {
    const std::string message = source + ": " + detected.status().message();
    return detected.status().code() == Status::Code::kTooLarge
               ? Status::TooLarge(message)
               : Status::Internal(message);
  }
  DecodedText& decoded = detected->decoded;
  if (decoded.text.empty()) {
    return Status::DataError(source + " has no text, only a byte-order mark");
  }

  // Binary check, on the decoded text so that it reads the same for every
  // encoding; offsets are mapped back to raw bytes for the message.
  const ControlScan scan = ScanControls(decoded.text);
  if (scan.nuls > 0) {
    return Status::DataError(
        AtByte(source, decoded.map.ToInput(scan.first_nul)) +
        "NUL character: this looks like a binary file, not text (read as " +
        detected->encoding + ")");
  }
  if (scan.controls * kControlShare > scan.characters) {
    return Status::DataError(
        AtByte(source, decoded.map.ToInput(scan.first_control)) +
        "first of " + std::to_string(scan.controls) +
        " control characters in " + std::to_string(scan.characters) +
        " characters (over 1 in " + std::to_string(kControlShare) +
        "): this looks like a binary file, not text");
  }

  Page page;
  page.source = std::move(source);
  page.sha256 = Sha256Hex(raw);
  page.raw = std::move(raw);
  page.encoding = detected->encoding;
  page.encoding_confidence = detected->confidence;
  page.had_bom = detected->had_bom;
  page.text = std::move(decoded.text);
  page.text_to_raw = std::move(decoded.map);
  page.replaced_bytes = decoded.replaced.bytes();

  if (detected->guessed) {
    Warn(sink, page.source, 0,
         "encoding not recognised; decoded as " + page.encoding +
             ", which may be wrong (force one with LoadOptions::encoding)");
  }
  ReportReplacements(page, decoded.replaced, sink);
  if (scan.controls > 0) {
    Warn(sink, page.source, page.text_to_raw.ToInput(scan.first_control),
         std::to_string(scan.controls) +
             " control character(s) kept in the text, the first here");
  }
  return page;
}

}  // namespace twinmap::ingest
