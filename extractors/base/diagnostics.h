// Diagnostics: bad data reported with its location while the run goes on.
//
// A stage that meets bad data it can repair (an invalid byte, an unknown
// character) reports it here and continues; whoever owns the run decides
// whether to print, count, or stop (strict mode). Modelled on a log reader's
// Reporter callback.
#ifndef TWINMAP_BASE_DIAGNOSTICS_H_
#define TWINMAP_BASE_DIAGNOSTICS_H_

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

namespace twinmap {

struct Diagnostic {
  enum class Severity { kWarning, kError };
  Severity severity = Severity::kWarning;
  std::string file;         // path as given by the user, or "" for stdin
  uint64_t byte_offset = 0;  // into the raw file
  uint64_t line = 0;        // 1-based; 0 when unknown
  uint64_t column = 0;      // 1-based, in characters; 0 when unknown
  std::string message;

  // "file:line:col: warning: message" or "file: byte N: warning: message".
  std::string ToString() const;
};

// Receives diagnostics. The default sink collects them in memory.
class DiagnosticSink {
 public:
  using Callback = std::function<void(const Diagnostic&)>;
  DiagnosticSink() = default;
  explicit DiagnosticSink(Callback callback) : callback_(std::move(callback)) {}

  void Report(Diagnostic d);
  const std::vector<Diagnostic>& collected() const { return collected_; }
  size_t error_count() const { return errors_; }
  size_t warning_count() const { return warnings_; }

 private:
  Callback callback_;
  std::vector<Diagnostic> collected_;
  size_t errors_ = 0;
  size_t warnings_ = 0;
};

}  // namespace twinmap

#endif  // TWINMAP_BASE_DIAGNOSTICS_H_
