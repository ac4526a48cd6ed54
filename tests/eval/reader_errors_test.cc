// Bad inputs: each kind gets a clear error naming file:line, never a crash.
#include <catch2/catch.hpp>

#include "eval/eval.h"
#include "eval/eval_fixture.h"
#include "eval/temp_dir.h"

namespace twinmap::eval {
namespace {

using testing::TempDir;

const char kEntity[] =
    R"({"id": "e:a", "type": "province", "name": "A", "codes": {"gb2260": "410000"}})"
    "\n";
const char kClaim[] =
    R"({"id": "c1", "subject": "e:a", "property": "population", "value": 5, )"
    R"("provenance": [{"source": "p.txt", "span": [0, 1], "line": 1}]})"
    "\n";

TEST_CASE("Bad dataset lines are errors naming file:line") {
  struct Row {
    const char* name;
    const char* file;  // which file gets the bad second line
    const char* line;
    const char* message;  // expected in the error
  };
  const Row rows[] = {
      {"broken JSON", "claims.jsonl", R"({"id": "c2", "subject": )",
       "claims.jsonl:2:"},
      {"not an object", "claims.jsonl", "[1, 2]",
       "claims.jsonl:2: expected one JSON object"},
      {"missing subject", "claims.jsonl",
       R"({"id": "c2", "property": "x", "value": 1})",
       "claims.jsonl:2: missing field \"subject\""},
      {"neither value nor object", "claims.jsonl",
       R"({"id": "c2", "subject": "e:a", "property": "x"})",
       "claims.jsonl:2: a claim needs \"value\" or \"object\""},
      {"both value and object", "claims.jsonl",
       R"({"id": "c2", "subject": "e:a", "property": "x", "value": 1, "object": "e:a"})",
       "claims.jsonl:2: a claim has \"value\" or \"object\", not both"},
      {"span backwards", "claims.jsonl",
       R"({"id": "c2", "subject": "e:a", "property": "x", "value": 1, )"
       R"("provenance": [{"source": "p.txt", "span": [9, 2]}]})",
       "claims.jsonl:2: provenance[0]: field \"span\""},
      {"span of strings", "claims.jsonl",
       R"({"id": "c2", "subject": "e:a", "property": "x", "value": 1, )"
       R"("provenance": [{"source": "p.txt", "span": ["0", "2"]}]})",
       "claims.jsonl:2: provenance[0]: field \"span\""},
      {"codes not strings", "entities.jsonl",
       R"({"id": "e:b", "codes": {"gb2260": 410000}})",
       "entities.jsonl:2: field \"codes.gb2260\" must be a string"},
      {"entity without id", "entities.jsonl", R"({"name": "B"})",
       "entities.jsonl:2: missing field \"id\""},
      {"bad trace stage", "trace.jsonl",
       R"({"source": "p.txt", "stage": "guess", "ok": true})",
       "trace.jsonl:2: \"stage\" must be"},
  };
  for (const Row& row : rows) {
    INFO(row.name);
    TempDir dir;
    const std::string file = row.file;
    dir.Write("entities.jsonl",
              kEntity + (file == "entities.jsonl" ? row.line + std::string("\n")
                                                  : ""));
    dir.Write(
        "claims.jsonl",
        kClaim + (file == "claims.jsonl" ? row.line + std::string("\n") : ""));
    if (file == "trace.jsonl") {
      dir.Write(
          "trace.jsonl",
          std::string(R"({"source": "p.txt", "stage": "match", "ok": false})") +
              "\n" + row.line + "\n");
    }
    Result<Dataset> d = ReadDataset(dir.path(), nullptr);
    REQUIRE_FALSE(d.ok());
    CHECK(d.status().code() == Status::Code::kDataError);
    CHECK_THAT(d.status().message(), Catch::Contains(row.message));
  }
}

TEST_CASE("A missing dataset file is an error naming it") {
  TempDir dir;
  dir.Write("entities.jsonl", kEntity);
  Result<Dataset> d = ReadDataset(dir.path(), nullptr);
  REQUIRE_FALSE(d.ok());
  CHECK(d.status().code() == Status::Code::kNotFound);
  CHECK_THAT(d.status().message(), Catch::Contains("claims.jsonl"));

  Result<Dataset> none = ReadDataset(dir.path() + "/nowhere", nullptr);
  REQUIRE_FALSE(none.ok());
  CHECK_THAT(none.status().message(), Catch::Contains("nowhere"));
}

TEST_CASE("Blank lines, CRLF and a BOM are accepted, and no trace is fine") {
  TempDir dir;
  dir.Write("entities.jsonl",
            std::string("\xEF\xBB\xBF") + kEntity + "\n   \n");
  dir.Write("claims.jsonl",
            std::string(kClaim).insert(sizeof(kClaim) - 2, "\r"));
  Result<Dataset> d = ReadDataset(dir.path(), nullptr);
  REQUIRE(d.ok());
  CHECK(d->entities.size() == 1);
  CHECK(d->claims.size() == 1);
  CHECK_FALSE(d->has_trace);
  CHECK(d->claims[0].bound == "exact");
}

TEST_CASE("Duplicate entity ids and unknown subjects are warnings") {
  TempDir dir;
  dir.Write("entities.jsonl", std::string(kEntity) + kEntity);
  dir.Write(
      "claims.jsonl",
      std::string(kClaim) +
          R"({"id": "c2", "subject": "e:zz", "property": "x", "value": 1})" +
          "\n");
  DiagnosticSink sink;
  Result<Dataset> d = ReadDataset(dir.path(), &sink);
  REQUIRE(d.ok());
  REQUIRE(sink.warning_count() == 2);
  CHECK_THAT(sink.collected()[0].ToString(),
             Catch::Contains("entities.jsonl:2"));
  CHECK_THAT(sink.collected()[0].message,
             Catch::Contains("duplicate entity id \"e:a\""));
  CHECK_THAT(sink.collected()[1].message, Catch::Contains("\"e:zz\""));
  CHECK(sink.collected()[1].line == 2);
}

TEST_CASE("Bad gold lines are errors naming file:line") {
  struct Row {
    const char* name;
    const char* line;
    const char* message;
  };
  const Row rows[] = {
      {"broken JSON", R"({"source": "p.txt", )", "p.txt.jsonl:1:"},
      {"unknown key",
       R"({"source": "p.txt", "kind": "entity", "entity": {"name": "A", "type": "t"}, "evidence": "x", "note": 1})",
       "p.txt.jsonl:1: unknown key \"note\""},
      {"no evidence",
       R"({"source": "p.txt", "kind": "entity", "entity": {"name": "A", "type": "t"}})",
       "p.txt.jsonl:1: missing field \"evidence\""},
      {"other page",
       R"({"source": "q.txt", "kind": "entity", "entity": {"name": "A", "type": "t"}, "evidence": "x"})",
       "p.txt.jsonl:1: \"source\" is \"q.txt\""},
      {"bad kind", R"({"source": "p.txt", "kind": "fact", "evidence": "x"})",
       "p.txt.jsonl:1: \"kind\" must be"},
      {"bad bound",
       R"({"source": "p.txt", "kind": "attribute", "subject": {"name": "A", "type": "t"}, "property": "population", "value": 1, "bound": "about", "evidence": "x"})",
       "p.txt.jsonl:1: \"bound\" must be"},
      {"relation without object",
       R"({"source": "p.txt", "kind": "relation", "subject": {"name": "A", "type": "t"}, "property": "partner", "evidence": "x"})",
       "p.txt.jsonl:1: missing field \"object\""},
  };
  for (const Row& row : rows) {
    INFO(row.name);
    TempDir dir;
    std::string path = dir.Write("p.txt.jsonl", std::string(row.line) + "\n");
    Result<GoldPage> page = ReadGoldFile(path);
    REQUIRE_FALSE(page.ok());
    CHECK_THAT(page.status().message(), Catch::Contains(row.message));
  }
}

TEST_CASE("A gold dir without gold files is an error") {
  TempDir dir;
  dir.Write("FORMAT.md", "# not gold\n");
  Result<std::vector<GoldPage>> gold = ReadGoldDir(dir.path());
  REQUIRE_FALSE(gold.ok());
  CHECK_THAT(gold.status().message(), Catch::Contains("no gold"));
  CHECK_FALSE(ReadGoldDir(dir.path() + "/missing").ok());
}

TEST_CASE("A gold page missing from the corpus is an error naming it") {
  Result<Report> r =
      EvaluateDirs(testing::FixtureGold(), testing::FixtureDataset(),
                   testing::FixtureDir() + "/no-corpus", {}, nullptr);
  REQUIRE_FALSE(r.ok());
  CHECK_THAT(r.status().message(), Catch::Contains("no-corpus/alpha.txt"));
}

TEST_CASE(
    "Evidence missing from its page is a warning and unproven provenance") {
  TempDir dir;
  dir.Write("corpus/p.txt", "Henan 96\n");
  dir.Write(
      "gold/p.txt.jsonl",
      R"({"source": "p.txt", "kind": "attribute", "subject": {"name": "Henan", "type": "province", "gb2260": "410000"}, "property": "population", "value": 96, "evidence": "Henan 97"})"
      "\n");
  dir.Write("dataset/entities.jsonl", kEntity);
  dir.Write(
      "dataset/claims.jsonl",
      R"({"id": "c1", "subject": "e:a", "property": "population", "value": 96, "provenance": [{"source": "p.txt", "span": [0, 8]}]})"
      "\n");
  DiagnosticSink sink;
  Result<Report> r = EvaluateDirs(dir.path() + "/gold", dir.path() + "/dataset",
                                  dir.path() + "/corpus", {}, &sink);
  REQUIRE(r.ok());
  REQUIRE(sink.warning_count() == 1);
  CHECK_THAT(sink.collected()[0].ToString(), Catch::Contains("p.txt.jsonl:1"));
  CHECK_THAT(sink.collected()[0].message,
             Catch::Contains("evidence not found"));
  REQUIRE(r->pages.size() == 1);
  CHECK(r->pages[0].facts[0].held);
  CHECK(r->pages[0].facts[0].provenance_ok == false);
}

}  // namespace
}  // namespace twinmap::eval

namespace twinmap::eval {
namespace {

TEST_CASE("Provenance from another version of a page is a warning") {
  TempDir dir;
  dir.Write("corpus/p.txt", "Henan 96\n");
  dir.Write(
      "gold/p.txt.jsonl",
      R"({"source": "p.txt", "kind": "attribute", "subject": {"name": "Henan", "type": "province", "gb2260": "410000"}, "property": "population", "value": 96, "evidence": "Henan 96"})"
      "\n");
  dir.Write("dataset/entities.jsonl", kEntity);
  const std::string stale(64, '0');
  dir.Write(
      "dataset/claims.jsonl",
      R"({"id": "c1", "subject": "e:a", "property": "population", "value": 96, "provenance": [{"source": "p.txt", "sha256": ")" +
          stale +
          R"(", "span": [0, 8]}]})"
          "\n");
  DiagnosticSink sink;
  Result<Report> r = EvaluateDirs(dir.path() + "/gold", dir.path() + "/dataset",
                                  dir.path() + "/corpus", {}, &sink);
  REQUIRE(r.ok());
  REQUIRE(sink.warning_count() == 1);
  CHECK_THAT(sink.collected()[0].message, Catch::Contains("claim c1"));
  CHECK_THAT(sink.collected()[0].message, Catch::Contains("another sha256"));
}

}  // namespace
}  // namespace twinmap::eval
