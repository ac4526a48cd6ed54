// `twinmap tokens`: output shape, and bad inputs that must give a clear
// message and a non-zero exit without a crash.
#include <sstream>
#include <string>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "cli/run_command.h"

namespace twinmap::testing {
namespace {

const std::string kPage002 = std::string(TWINMAP_CORPUS_DIR) + "/002_7941bc9dae388bd5.txt";

struct TempFile {
  std::string dir = MakeTempDir();
  std::string path = dir + "/page.txt";
  explicit TempFile(const std::string& bytes) { WriteFile(path, bytes); }
  ~TempFile() { std::system(("rm -rf '" + dir + "'").c_str()); }
};

TEST_CASE("tokens prints one JSON object per token with its raw span") {
  CommandResult r = RunTwinmap("tokens '" + kPage002 + "'");
  REQUIRE(r.exit_code == 0);
  std::istringstream lines(r.out);
  std::string line;
  bool saw_korean = false, saw_han = false;
  size_t n = 0;
  while (std::getline(lines, line)) {
    auto j = nlohmann::json::parse(line);
    for (const char* key : {"text", "kind", "script", "lang", "span", "line", "col"}) {
      REQUIRE(j.contains(key));
    }
    CHECK(j["kind"] != "space");
    if (j["text"] == "동북아시아지방정부연합") {
      saw_korean = true;
      CHECK(j["script"] == "hangul");
      CHECK(j["lang"] == "ko");
      CHECK(j["line"] == 1);
      CHECK(j["col"] == 1);
    }
    if (j["text"] == "安徽省") {
      saw_han = true;
      CHECK(j["lang"] == "zh");
    }
    ++n;
  }
  CHECK(n > 500);
  CHECK(saw_korean);
  CHECK(saw_han);
}

TEST_CASE("tokens: a missing path is named, exit 1") {
  CommandResult r = RunTwinmap("tokens /nonexistent/page.txt");
  CHECK(r.exit_code == 1);
  CHECK(r.err.find("/nonexistent/page.txt") != std::string::npos);
}

TEST_CASE("tokens: an unreadable path (a file used as a folder), exit 1") {
  TempFile f("hello\n");
  CommandResult r = RunTwinmap("tokens '" + f.path + "/child.txt'");
  CHECK(r.exit_code == 1);
  CHECK(r.err.find("child.txt") != std::string::npos);
}

TEST_CASE("tokens: an empty file, exit 1") {
  TempFile f("");
  CommandResult r = RunTwinmap("tokens '" + f.path + "'");
  CHECK(r.exit_code == 1);
  CHECK(r.err.find("empty") != std::string::npos);
}

TEST_CASE("tokens: NUL bytes, exit 1 naming the offset") {
  TempFile f(std::string("abc\0def", 7));
  CommandResult r = RunTwinmap("tokens '" + f.path + "'");
  CHECK(r.exit_code == 1);
  CHECK(r.err.find("3") != std::string::npos);
}

TEST_CASE("tokens: a binary file, exit 1") {
  std::string bytes;
  for (int i = 0; i < 4096; ++i) bytes.push_back(static_cast<char>((i * 7919) % 256));
  TempFile f(bytes);
  CommandResult r = RunTwinmap("tokens '" + f.path + "'");
  CHECK(r.exit_code == 1);
  CHECK_FALSE(r.err.empty());
  CHECK(r.out.empty());
}

TEST_CASE("tokens: truncated UTF-8 is replaced, reported with its offset, exit 1") {
  TempFile f("Kunming \xE6\x98");  // the first two bytes of 明
  CommandResult r = RunTwinmap("tokens '" + f.path + "'");
  CHECK(r.exit_code == 1);
  CHECK(r.err.find("byte 8") != std::string::npos);
  CHECK(r.out.find("\"Kunming\"") != std::string::npos);
  CHECK(r.out.find("\xEF\xBF\xBD") != std::string::npos);  // U+FFFD
}

TEST_CASE("tokens: a 100 MB single line is refused with its size, exit 1") {
  TempFile f(std::string(100u << 20, 'a'));
  CommandResult r = RunTwinmap("tokens '" + f.path + "'");
  CHECK(r.exit_code == 1);
  CHECK(r.err.find("page.txt") != std::string::npos);
  CHECK(r.out.empty());
}

TEST_CASE("tokens: a good file after a bad one is still printed") {
  CommandResult r = RunTwinmap("tokens /nonexistent.txt '" + kPage002 + "'");
  CHECK(r.exit_code == 1);
  CHECK(r.out.find("동북아시아지방정부연합") != std::string::npos);
}

}  // namespace
}  // namespace twinmap::testing
