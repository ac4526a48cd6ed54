#include "base/status.h"

#include <catch2/catch.hpp>

#include "base/diagnostics.h"

namespace twinmap {
namespace {

TEST_CASE("Result carries either a value or a status") {
  Result<int> good(42);
  REQUIRE(good.ok());
  CHECK(*good == 42);
  Result<int> bad(Status::NotFound("corpus/x.txt: no such file"));
  CHECK_FALSE(bad.ok());
  CHECK(bad.status().code() == Status::Code::kNotFound);
  CHECK(bad.status().ToString() == "NotFound: corpus/x.txt: no such file");
}

TEST_CASE("Diagnostic names the file and the place") {
  Diagnostic d;
  d.file = "a.txt";
  d.byte_offset = 17;
  d.message = "invalid UTF-8 byte 0xC3";
  CHECK(d.ToString() == "a.txt: byte 17: warning: invalid UTF-8 byte 0xC3");
  d.line = 3;
  d.column = 5;
  d.severity = Diagnostic::Severity::kError;
  CHECK(d.ToString() == "a.txt:3:5: error: invalid UTF-8 byte 0xC3");
}

TEST_CASE("DiagnosticSink counts by severity and forwards to a callback") {
  int seen = 0;
  DiagnosticSink sink([&](const Diagnostic&) { ++seen; });
  sink.Report(Diagnostic{});
  Diagnostic e;
  e.severity = Diagnostic::Severity::kError;
  sink.Report(e);
  CHECK(seen == 2);
  CHECK(sink.warning_count() == 1);
  CHECK(sink.error_count() == 1);
  CHECK(sink.collected().empty());
}

}  // namespace
}  // namespace twinmap
