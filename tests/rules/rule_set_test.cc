// LoadRuleSet over a rules directory, and inputs that are not rule files at
// all: each is reported with its file and position, never a crash.
#include <catch2/catch.hpp>

#include "rules/load_text.h"

namespace twinmap::testing {
namespace {

const std::string kRulesData = std::string(TWINMAP_TESTDATA_DIR) + "/rules";

std::vector<std::string> Messages(const DiagnosticSink& sink) {
  std::vector<std::string> out;
  for (const Diagnostic& d : sink.collected()) out.push_back(d.ToString());
  return out;
}

TEST_CASE("LoadRuleSet loads a directory of good files") {
  DiagnosticSink sink;
  auto set = rules::LoadRuleSet(kRulesData + "/good", &sink);
  INFO(set.status().message());
  REQUIRE(set.ok());
  CHECK(sink.collected().empty());
  REQUIRE(set->sources.size() == 1);
  CHECK(set->sources[0].id == "good");
  CHECK(set->files == std::vector<std::string>{kRulesData + "/good/sources/good.yaml"});
}

TEST_CASE("LoadRuleSet reports a source id used by two files") {
  DiagnosticSink sink;
  auto set = rules::LoadRuleSet(kRulesData + "/dup", &sink);
  CHECK_FALSE(set.ok());
  std::vector<std::string> messages = Messages(sink);
  INFO(Catch::Detail::stringify(messages));
  REQUIRE(messages.size() == 1);
  CHECK(messages[0] == kRulesData + "/dup/lang/fr.yaml:2:1: error: duplicate source id 'fr' (also in " +
                           kRulesData + "/dup/sources/fr.yaml)");
}

TEST_CASE("LoadRuleSet reports every error of every file and returns no set") {
  DiagnosticSink sink;
  auto set = rules::LoadRuleSet(kRulesData + "/mixed", &sink);
  CHECK_FALSE(set.ok());
  std::vector<std::string> messages = Messages(sink);
  INFO(Catch::Detail::stringify(messages));
  REQUIRE(messages.size() == 2);
  const std::string broken = kRulesData + "/mixed/sources/broken.yaml";
  CHECK(messages[0].rfind(broken + ":12:", 0) == 0);
  CHECK(messages[0].find("unknown key 'qualifier' in an emit") != std::string::npos);
  CHECK(messages[1].rfind(broken + ":14:18: error: rule 'population': bad regex: missing )", 0) == 0);
}

TEST_CASE("LoadRuleSet on a directory without sources/ is NotFound") {
  DiagnosticSink sink;
  auto set = rules::LoadRuleSet(kRulesData + "/odd", &sink);
  CHECK(set.status().code() == Status::Code::kNotFound);
  CHECK(set.status().message().find("odd/sources") != std::string::npos);
}

// Files that are not rule files at all: each is one error at a position.
TEST_CASE("odd inputs are reported, not crashed on") {
  struct Case {
    const char* file;
    const char* where;
    const char* fragment;
  };
  const Case cases[] = {
      {"scalar.yaml", "scalar.yaml:1:1", "a source file must be a mapping"},
      {"list.yaml", "list.yaml:1:1", "a source file must be a mapping"},
      {"empty.yaml", "empty.yaml:1:1", "a source file must be a mapping"},
      // yaml-cpp reads the bytes as a scalar until a backslash it cannot take.
      {"binary.yaml", "binary.yaml:1:19", "YAML syntax error: unknown escape character"},
  };
  for (const Case& c : cases) {
    DYNAMIC_SECTION(c.file) {
      DiagnosticSink sink;
      auto source = rules::LoadSourceFile(kRulesData + "/odd/" + c.file, &sink);
      CHECK_FALSE(source.ok());
      std::vector<std::string> messages = Messages(sink);
      INFO(Catch::Detail::stringify(messages));
      REQUIRE(messages.size() == 1);
      CHECK(messages[0].rfind(kRulesData + "/odd/" + c.where + ": error: ", 0) == 0);
      CHECK(messages[0].find(c.fragment) != std::string::npos);
    }
  }
}

TEST_CASE("deeply nested YAML is reported, not a stack overflow") {
  Loaded flow = LoadText("deep", "source: " + std::string(100000, '[') + "\n");
  INFO(Joined(flow));
  CHECK_FALSE(flow.ok);
  REQUIRE(flow.errors.size() == 1);
  CHECK(flow.errors[0].rfind("deep.yaml:", 0) == 0);
  CHECK(flow.errors[0].find("YAML syntax error") != std::string::npos);

  std::string block;
  for (int depth = 0; depth < 5000; ++depth) block += std::string(depth, ' ') + "k:\n";
  Loaded nested = LoadText("deep", block);
  CHECK_FALSE(nested.ok);
  CHECK_FALSE(nested.errors.empty());
}

TEST_CASE("wrong shapes in every place are reported, not crashed on") {
  const std::pair<const char*, const char*> edits[] = {
      {"sections:\n", "sections: 3\nx:\n"},
      {"languages: [fr, en]", "languages: {fr: en}"},
      {"    rules:\n      - id: twinning", "    rules: [[1], {}]\n    x:\n      - id: twinning"},
      {"          - subject: $a\n", "          - [subject, $a]\n          - subject: $a\n"},
      {"        when:\n", "        when: [1]\n        x:\n"},
      {"      city: [prefecture_city, county]", "      city: [[a], {b: c}]"},
      {"    types:\n", "    types: county\n    x:\n"},
      {"              since: $page.updated", "              since: [$page.updated]"},
      {"source: good", "source: {id: good}"},
      {"source: good", "? [a, b]\n: c\nsource: good"},
      {"source: good", "source: &a good\nx: *a"},
      {"\"[0-9]{2,5} {y:year}\"", "\"(((a{1000}){1000}){1000}) {y:year}\""},
      {"\"[0-9]{2,5} {y:year}\"", "\"{y:year\""},
      {"\"[0-9]{2,5} {y:year}\"", "\"$ {:year} {y:}\""},
      {"$record.city", "$"},
      {"$record.city", "$page."},
  };
  for (const auto& [from, to] : edits) {
    DYNAMIC_SECTION(to) {
      Loaded l = LoadGoodWithEdit(from, to);
      INFO(Joined(l));
      CHECK_FALSE(l.ok);
      REQUIRE_FALSE(l.errors.empty());
      for (const std::string& e : l.errors) CHECK(e.rfind("good.yaml:", 0) == 0);
    }
  }
}

}  // namespace
}  // namespace twinmap::testing
