// One named test per kind of bad input: each is refused with a clear Status
// or repaired byte by byte with the map kept exact.
#include <unistd.h>

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <random>
#include <string>

#include "ingest/ingest.h"
#include "ingest/map_checks.h"

namespace twinmap::ingest {
namespace {

namespace fs = std::filesystem;

const std::string kReplacement = "\xEF\xBF\xBD";
// Enough well-formed multi-byte text that one bad run leaves it UTF-8.
const std::string kBefore = "湖南省长沙市芙蓉区韶山北路12号 Changsha ";

// A file in the temp directory, removed at scope exit.
class TempFile {
 public:
  TempFile(const std::string& name, const std::string& bytes)
      : path_((fs::temp_directory_path() /
               ("twinmap_ingest_" + std::to_string(::getpid()) + "_" + name))
                  .string()) {
    std::ofstream(path_, std::ios::binary) << bytes;
  }
  ~TempFile() {
    std::error_code ignored;
    fs::remove(path_, ignored);
  }
  const std::string& path() const { return path_; }

 private:
  std::string path_;
};

std::string Repeat(const std::string& s, size_t n) {
  std::string out;
  for (size_t i = 0; i < n; ++i) out += s;
  return out;
}

// Loads kBefore + bad + after without forcing an encoding and checks that
// every byte of `bad` became one U+FFFD, reported once at its offset, with
// the map exact before, across and after it.
void CheckReplacedRun(const std::string& bad, const std::string& after,
                      const std::string& first_hex) {
  const std::string raw = kBefore + bad + after;
  DiagnosticSink sink;
  Result<Page> page = LoadBytes(raw, "bad.txt", LoadOptions(), &sink);
  REQUIRE(page.ok());
  CHECK(page->encoding == "UTF-8");
  CHECK(page->raw == raw);
  CHECK(page->text == kBefore + Repeat(kReplacement, bad.size()) + after);
  CHECK(page->replaced_bytes == bad.size());

  REQUIRE(sink.collected().size() == 1);
  const Diagnostic& d = sink.collected()[0];
  CHECK(d.severity == Diagnostic::Severity::kWarning);
  CHECK(d.file == "bad.txt");
  CHECK(d.byte_offset == kBefore.size());
  CHECK_THAT(d.message, Catch::Contains(first_hex));
  CHECK_THAT(d.message, Catch::Contains(std::to_string(bad.size()) + " byte"));

  const OffsetMap& map = page->text_to_raw;
  CHECK(map.ToInput(Span{0, kBefore.size()}) == Span{0, kBefore.size()});
  for (uint64_t k = 0; k < bad.size(); ++k) {
    const uint64_t at = kBefore.size() + 3 * k;
    CHECK(map.ToInput(Span{at, at + 3}) ==
          Span{kBefore.size() + k, kBefore.size() + k + 1});
  }
  const uint64_t after_text = kBefore.size() + 3 * bad.size();
  CHECK(map.ToInput(Span{after_text, page->text.size()}) ==
        Span{kBefore.size() + bad.size(), raw.size()});
  testing::CheckEveryCharacterMapsBack(*page, 0);
}

TEST_CASE("Truncated UTF-8 at the end") {
  // The first two bytes of "明" (E6 98 8E); the file was cut.
  CheckReplacedRun("\xE6\x98", "", "E6 98");
}

TEST_CASE("Lone continuation byte") {
  CheckReplacedRun("\x80", " Hunan 湖南", "80");
}

TEST_CASE("Overlong encoding") {
  // "/" as C0 AF and as E0 80 AF: both must be refused, byte by byte.
  CheckReplacedRun("\xC0\xAF", " after", "C0 AF");
  CheckReplacedRun("\xE0\x80\xAF", " after", "E0 80 AF");
}

TEST_CASE("Surrogate encoded in UTF-8") {
  // U+D800 as ED A0 80: well-formed in shape, not UTF-8.
  CheckReplacedRun("\xED\xA0\x80", " 长沙", "ED A0 80");
}

TEST_CASE("Code point above U+10FFFF") {
  CheckReplacedRun("\xF4\x90\x80\x80", " end", "F4 90 80 80");
}

TEST_CASE("Invalid byte in the middle") {
  CheckReplacedRun("\xFF", " Kunming 昆明", "FF");
}

TEST_CASE("Invalid bytes are reported 20 times, then once in summary") {
  std::string raw;
  for (int i = 0; i < 100; ++i) raw += "ok \xFF ";
  LoadOptions options;
  options.encoding = "UTF-8";
  DiagnosticSink sink;
  Result<Page> page = LoadBytes(raw, "noisy.txt", options, &sink);
  REQUIRE(page.ok());
  CHECK(page->replaced_bytes == 100);
  REQUIRE(sink.collected().size() == 21);
  CHECK(sink.collected()[0].byte_offset == 3);
  CHECK(sink.collected()[19].byte_offset == 19 * 5 + 3);
  const Diagnostic& summary = sink.collected()[20];
  CHECK(summary.byte_offset == 20 * 5 + 3);
  CHECK_THAT(summary.message, Catch::Contains("80 more"));
  CHECK_THAT(summary.message, Catch::Contains("100 bytes"));
  testing::CheckEveryCharacterMapsBack(*page, 0);
}

TEST_CASE("Invalid byte in GB18030 keeps the map exact") {
  // 湖南 (BA FE C4 CF), an FF that GB18030 never uses, then 长沙 (B3 A4 C9 B3).
  const std::string raw = "\xBA\xFE\xC4\xCF\xFF\xB3\xA4\xC9\xB3";
  LoadOptions options;
  options.encoding = "gbk";
  DiagnosticSink sink;
  Result<Page> page = LoadBytes(raw, "gb.txt", options, &sink);
  REQUIRE(page.ok());
  CHECK(page->encoding == "GB18030");
  CHECK(page->text == "湖南" + kReplacement + "长沙");
  CHECK(page->replaced_bytes == 1);
  REQUIRE(sink.collected().size() == 1);
  CHECK(sink.collected()[0].byte_offset == 4);
  CHECK(page->text_to_raw.ToInput(Span{6, 9}) == Span{4, 5});
  CHECK(page->text_to_raw.ToInput(Span{9, 15}) == Span{5, 9});
  testing::CheckEveryCharacterMapsBack(*page, 0);
}

TEST_CASE("UTF-16 lone surrogate and odd final byte") {
  // BOM, "A", a lone high surrogate D800, "B", then half a code unit.
  const std::string raw("\xFF\xFE" "A\0" "\x00\xD8" "B\0" "C", 9);
  DiagnosticSink sink;
  Result<Page> page = LoadBytes(raw, "u16.txt", LoadOptions(), &sink);
  REQUIRE(page.ok());
  CHECK(page->encoding == "UTF-16LE");
  CHECK(page->text == "A" + kReplacement + kReplacement + "B" + kReplacement);
  CHECK(page->replaced_bytes == 3);
  REQUIRE(sink.collected().size() == 2);
  CHECK(sink.collected()[0].byte_offset == 4);
  CHECK(sink.collected()[1].byte_offset == 8);
  CHECK(page->text_to_raw.ToInput(Span{7, 8}) == Span{6, 8});  // "B"
  testing::CheckEveryCharacterMapsBack(*page, 2);
}

TEST_CASE("Empty input") {
  Result<Page> page = LoadBytes("", "empty.txt", LoadOptions(), nullptr);
  REQUIRE_FALSE(page.ok());
  CHECK(page.status().code() == Status::Code::kDataError);
  CHECK_THAT(page.status().message(), Catch::Contains("empty.txt is empty"));

  TempFile file("empty.txt", "");
  page = LoadFile(file.path(), LoadOptions(), nullptr);
  REQUIRE_FALSE(page.ok());
  CHECK(page.status().code() == Status::Code::kDataError);
  CHECK_THAT(page.status().message(), Catch::Contains(file.path() + " is empty"));
}

TEST_CASE("NUL bytes") {
  const std::string raw("Nancy\0Kunming\0", 14);
  Result<Page> page = LoadBytes(raw, "nul.txt", LoadOptions(), nullptr);
  REQUIRE_FALSE(page.ok());
  CHECK(page.status().code() == Status::Code::kDataError);
  CHECK_THAT(page.status().message(), Catch::StartsWith("nul.txt: byte 5: NUL"));
}

TEST_CASE("NUL character in UTF-16 with a BOM") {
  const std::string raw("\xFE\xFF\0A\0\0\0B", 8);
  Result<Page> page = LoadBytes(raw, "u16nul.txt", LoadOptions(), nullptr);
  REQUIRE_FALSE(page.ok());
  CHECK(page.status().code() == Status::Code::kDataError);
  CHECK_THAT(page.status().message(), Catch::StartsWith("u16nul.txt: byte 4: NUL"));
}

TEST_CASE("Binary: random bytes with NULs") {
  std::mt19937 random(20240611);
  std::uniform_int_distribution<int> byte(0, 255);
  std::string raw(4096, '\0');
  for (char& c : raw) c = static_cast<char>(byte(random));
  raw[0] = 'B';  // no accidental BOM
  const size_t first_nul = raw.find('\0');
  REQUIRE(first_nul != std::string::npos);
  Result<Page> page = LoadBytes(raw, "random.bin", LoadOptions(), nullptr);
  REQUIRE_FALSE(page.ok());
  CHECK(page.status().code() == Status::Code::kDataError);
  CHECK_THAT(page.status().message(),
             Catch::StartsWith("random.bin: byte " + std::to_string(first_nul) + ": NUL"));
}

TEST_CASE("Binary: too many control characters") {
  // One character in ten is a control (0x01): over the 1-in-20 limit.
  std::string raw;
  for (int i = 0; i < 50; ++i) raw += "abcdefghi\x01";
  Result<Page> page = LoadBytes(raw, "ctl.txt", LoadOptions(), nullptr);
  REQUIRE_FALSE(page.ok());
  CHECK(page.status().code() == Status::Code::kDataError);
  CHECK_THAT(page.status().message(), Catch::StartsWith("ctl.txt: byte 9: "));
  CHECK_THAT(page.status().message(), Catch::Contains("50 control characters"));
}

TEST_CASE("A few control characters are kept, with one warning") {
  std::string raw = "Nancy\x1B Kunming\tNancy\fKunming\r\n";
  for (int i = 0; i < 5; ++i) raw += raw;
  DiagnosticSink sink;
  Result<Page> page = LoadBytes(raw, "esc.txt", LoadOptions(), &sink);
  REQUIRE(page.ok());
  CHECK(page->text == raw);
  REQUIRE(sink.collected().size() == 1);
  CHECK(sink.collected()[0].byte_offset == 5);
  CHECK_THAT(sink.collected()[0].message, Catch::Contains("32 control"));
}

TEST_CASE("Over max_bytes") {
  LoadOptions options;
  options.max_bytes = 16;
  const std::string raw(17, 'a');
  Result<Page> page = LoadBytes(raw, "big.txt", options, nullptr);
  REQUIRE_FALSE(page.ok());
  CHECK(page.status().code() == Status::Code::kTooLarge);
  CHECK_THAT(page.status().message(), Catch::Contains("big.txt"));
  CHECK_THAT(page.status().message(), Catch::Contains("17 bytes"));
  CHECK_THAT(page.status().message(), Catch::Contains("limit of 16 bytes"));

  TempFile file("big.txt", raw);
  page = LoadFile(file.path(), options, nullptr);
  REQUIRE_FALSE(page.ok());
  CHECK(page.status().code() == Status::Code::kTooLarge);
  CHECK_THAT(page.status().message(), Catch::Contains("17 bytes"));

  options.max_bytes = 17;  // exactly at the limit is fine
  CHECK(LoadFile(file.path(), options, nullptr).ok());
}

TEST_CASE("Missing path") {
  const std::string path =
      (fs::temp_directory_path() / "twinmap_ingest_no_such_dir" / "page.txt").string();
  Result<Page> page = LoadFile(path, LoadOptions(), nullptr);
  REQUIRE_FALSE(page.ok());
  CHECK(page.status().code() == Status::Code::kNotFound);
  CHECK_THAT(page.status().message(), Catch::Contains(path));
}

TEST_CASE("A directory") {
  const std::string path = TWINMAP_CORPUS_DIR;
  Result<Page> page = LoadFile(path, LoadOptions(), nullptr);
  REQUIRE_FALSE(page.ok());
  CHECK(page.status().code() == Status::Code::kIoError);
  CHECK_THAT(page.status().message(), Catch::Contains(path));
  CHECK_THAT(page.status().message(), Catch::Contains("directory"));
}

}  // namespace
}  // namespace twinmap::ingest
