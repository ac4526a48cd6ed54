#include "base/diagnostics.h"

namespace twinmap {

std::string Diagnostic::ToString() const {
  std::string out = file.empty() ? std::string("<stdin>") : file;
  if (line > 0) {
    out += ":" + std::to_string(line) + ":" + std::to_string(column);
  } else {
    out += ": byte " + std::to_string(byte_offset);
  }
  out += severity == Severity::kError ? ": error: " : ": warning: ";
  out += message;
  return out;
}

void DiagnosticSink::Report(Diagnostic d) {
  if (d.severity == Diagnostic::Severity::kError) {
    ++errors_;
  } else {
    ++warnings_;
  }
  if (callback_) {
    callback_(d);
  } else {
    collected_.push_back(std::move(d));
  }
}

}  // namespace twinmap
