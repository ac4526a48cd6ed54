// Bounded fuzzy matching of typos.
#include <catch2/catch.hpp>

#include "resolve/resolver_fixture.h"

namespace twinmap::resolve {
namespace {

using testing::RepoIndex;
using testing::Types;

TEST_CASE("FuzzyMatchesOneTypo") {
  Resolver r(RepoIndex());
  Resolution w = r.Resolve("Weinian", Types({"prefecture_city"}, "CN"));
  CHECK(w.id() == "cn:610500");
  CHECK(w.evidence.at(0) == "fuzzy:1");
  Resolution v = r.Resolve("Valencienne", Types({"commune"}, "FR"));
  CHECK(v.id() == "fr:commune:59606");
  CHECK(v.evidence.at(0) == "fuzzy:1");
}

TEST_CASE("NoFuzzyMatchForShortKey") {
  Resolver r(RepoIndex());
  // "Xinin" (5 letters) is one edit from Xining but too short to bend.
  Resolution res = r.Resolve("Xinin", Types({"prefecture_city"}, "CN"));
  CHECK_FALSE(res.resolved());
}

TEST_CASE("FuzzyStaysWithinAllowedTypes") {
  Resolver r(RepoIndex());
  Resolution res = r.Resolve("Weinian", Types({"commune"}, "FR"));
  CHECK(res.id() != "cn:610500");
}

}  // namespace
}  // namespace twinmap::resolve
