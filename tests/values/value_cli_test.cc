// `twinmap value` run as a rule writer runs it: one JSON line per value for
// a text argument, one line per input line on stdin, exit 1 when --type was
// given and a line is not such a value.
#include <catch2/catch.hpp>

#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace {

struct RunResult {
  std::string out;
  int exit_code = -1;
};

// Runs `args` (already shell-quoted) after the binary, with `input` on stdin.
RunResult RunValue(const std::string& args, const std::string& input = "") {
  char in_path[] = "/tmp/twinmap_value_cli_XXXXXX";
  int fd = mkstemp(in_path);
  REQUIRE(fd >= 0);
  REQUIRE(write(fd, input.data(), input.size()) == ssize_t(input.size()));
  close(fd);
  std::string cmd = std::string("'") + TWINMAP_BINARY + "' value " + args + " < '" + in_path + "'";
  RunResult r;
  FILE* pipe = popen(cmd.c_str(), "r");
  REQUIRE(pipe != nullptr);
  char buf[4096];
  size_t n;
  while ((n = fread(buf, 1, sizeof buf, pipe)) > 0) r.out.append(buf, n);
  int status = pclose(pipe);
  r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  std::remove(in_path);
  return r;
}

std::vector<nlohmann::json> Lines(const std::string& out) {
  std::vector<nlohmann::json> lines;
  size_t start = 0;
  while (start < out.size()) {
    size_t end = out.find('\n', start);
    if (end == std::string::npos) end = out.size();
    if (end > start) lines.push_back(nlohmann::json::parse(out.substr(start, end - start)));
    start = end + 1;
  }
  return lines;
}

TEST_CASE("value cli: a text argument prints one JSON line per value") {
  RunResult r = RunValue("--lang fr \"plus de 7 millions d'habitants\"");
  REQUIRE(r.exit_code == 0);
  std::vector<nlohmann::json> lines = Lines(r.out);
  REQUIRE(lines.size() == 1);
  const nlohmann::json& v = lines[0];
  CHECK(v["type"] == "quantity");
  CHECK(v["value"] == 7000000);
  CHECK(v["unit"] == "persons");
  CHECK(v["bound"] == "lower");
  CHECK(v["span"] == nlohmann::json::array({0, 30}));
  CHECK(v["pattern"] == "hedge+number+scale+link+unit");
  std::vector<std::string> names;
  for (const auto& p : v["parts"]) names.push_back(p["name"]);
  CHECK(names == std::vector<std::string>{"hedge", "number", "scale", "link", "unit"});
  CHECK(v["parts"][0]["text"] == "plus de");
}

TEST_CASE("value cli: several values in one text") {
  RunResult r = RunValue("--region CN '+86-731-82217493 / 82219825'");
  REQUIRE(r.exit_code == 0);
  std::vector<nlohmann::json> lines = Lines(r.out);
  REQUIRE(lines.size() == 2);
  CHECK(lines[0]["value"] == "+8673182217493");
  CHECK(lines[1]["value"] == "+8673182219825");
}

TEST_CASE("value cli: --year dates a day without a year") {
  RunResult r = RunValue("--lang en --year 2010 'June 23, Changsha'");
  REQUIRE(r.exit_code == 0);
  std::vector<nlohmann::json> lines = Lines(r.out);
  REQUIRE(lines.size() == 1);
  CHECK(lines[0]["type"] == "date");
  CHECK(lines[0]["value"] == "2010-06-23");
  CHECK(lines[0]["precision"] == "day");
}

TEST_CASE("value cli: stdin gives one result line per input line") {
  RunResult r = RunValue("--lang fr", "22 et 23 novembre 2007\nrien ici\n11 Juillet 2007\n");
  REQUIRE(r.exit_code == 0);
  std::vector<nlohmann::json> lines = Lines(r.out);
  REQUIRE(lines.size() == 3);
  CHECK(lines[0]["input"] == "22 et 23 novembre 2007");
  REQUIRE(lines[0]["values"].size() == 1);
  CHECK(lines[0]["values"][0]["type"] == "date_range");
  CHECK(lines[0]["values"][0]["end"] == "2007-11-23");
  CHECK(lines[1]["values"].empty());
  CHECK(lines[2]["values"][0]["value"] == "2007-07-11");
}

TEST_CASE("value cli: --type exits 1 when a line is not such a value") {
  RunResult ok = RunValue("--type phone", "+86-551-62703790\n0971-8239560\n");
  CHECK(ok.exit_code == 0);
  std::vector<nlohmann::json> lines = Lines(ok.out);
  REQUIRE(lines.size() == 2);
  CHECK(lines[1]["values"][0]["value"] == "+869718239560");

  RunResult bad = RunValue("--type phone", "+86-551-62703790\n22.08.2017\n");
  CHECK(bad.exit_code == 1);
  lines = Lines(bad.out);
  REQUIRE(lines.size() == 2);
  CHECK(lines[1]["values"].empty());
  CHECK(lines[1].contains("error"));
}

TEST_CASE("value cli: --scale and --unit read a table column") {
  RunResult r = RunValue("--lang fr --scale 1e6 --unit persons --bound approx 'Henan 96'");
  REQUIRE(r.exit_code == 0);
  std::vector<nlohmann::json> lines = Lines(r.out);
  REQUIRE(lines.size() == 1);
  CHECK(lines[0]["value"] == 96000000);
  CHECK(lines[0]["bound"] == "approx");
}

TEST_CASE("value cli: an unknown --type is a usage error") {
  RunResult r = RunValue("--type weight '5 kg' 2>/dev/null");
  CHECK(r.exit_code == 2);
}

}  // namespace
