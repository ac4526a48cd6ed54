// Reviewer judgements: loading, errors with file:line, overriding.
#include <catch2/catch.hpp>

#include "resolve/resolver_fixture.h"

namespace twinmap::resolve {
namespace {

using testing::RepoGazetteer;
using testing::RepoIndex;
using testing::Types;

TEST_CASE("RepoJudgementsFileLoadsAndChecks") {
  Result<Judgements> j = Judgements::Load(TWINMAP_RULES_DIR "/judgements.yaml");
  INFO(j.status().ToString());
  REQUIRE(j.ok());
  CHECK(j->Check(RepoGazetteer()).ok());
}

TEST_CASE("JudgementIsOverridesDecision") {
  Result<Judgements> j = Judgements::Parse(
      "judgements:\n  - surface: Jilin\n    is: cn:220200\n    note: city\n",
      "j.yaml");
  REQUIRE(j.ok());
  Resolver r(RepoIndex(), &j.value());
  Resolution res = r.Resolve("JILIN", Types({"province"}, "CN"));
  CHECK(res.id() == "cn:220200");
  CHECK(res.evidence.back() == "judgement:is (j.yaml:2)");
}

TEST_CASE("JudgementIsNotRemovesCandidate") {
  Result<Judgements> j = Judgements::Parse(
      "judgements:\n  - surface: Vienne\n    is_not: fr:dep:86\n", "j.yaml");
  REQUIRE(j.ok());
  Resolver r(RepoIndex(), &j.value());
  Resolution res = r.Resolve("Vienne", Types({"departement", "commune"}, "FR"));
  CHECK(res.id() == "fr:commune:38544");
}

TEST_CASE("JudgementScopedToPage") {
  Result<Judgements> j = Judgements::Parse(
      "judgements:\n  - surface: Jilin\n    is: cn:220200\n    source: a.txt\n",
      "j.yaml");
  REQUIRE(j.ok());
  Resolver r(RepoIndex(), &j.value());
  Context c = Types({"province", "prefecture_city"}, "CN");
  c.page = "b.txt";
  CHECK(r.Resolve("Jilin", c).id() == "cn:220000");
  c.page = "a.txt";
  CHECK(r.Resolve("Jilin", c).id() == "cn:220200");
}

TEST_CASE("JudgementUnknownKeyNamesFileAndLine") {
  Result<Judgements> j = Judgements::Parse(
      "judgements:\n  - surface: X\n    is: cn:110000\n    colour: red\n",
      "j.yaml");
  REQUIRE_FALSE(j.ok());
  CHECK(j.status().message().find("j.yaml:4:") == 0);
  CHECK(j.status().message().find("colour") != std::string::npos);
}

TEST_CASE("JudgementNeedsExactlyOneOfIsIsNot") {
  Result<Judgements> j = Judgements::Parse(
      "judgements:\n  - surface: X\n", "j.yaml");
  REQUIRE_FALSE(j.ok());
  CHECK(j.status().message().find("j.yaml:2:") == 0);
}

TEST_CASE("JudgementBrokenYamlNamesLine") {
  Result<Judgements> j = Judgements::Parse("judgements: [\n  {", "j.yaml");
  REQUIRE_FALSE(j.ok());
  CHECK(j.status().message().find("j.yaml:") == 0);
}

TEST_CASE("JudgementUnknownIdFailsCheck") {
  Result<Judgements> j = Judgements::Parse(
      "judgements:\n  - surface: X\n    is: cn:999999\n", "j.yaml");
  REQUIRE(j.ok());
  Status s = j->Check(RepoGazetteer());
  CHECK_FALSE(s.ok());
  CHECK(s.message().find("j.yaml:2:") == 0);
}

}  // namespace
}  // namespace twinmap::resolve
