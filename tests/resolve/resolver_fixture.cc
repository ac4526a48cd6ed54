#include "resolve/resolver_fixture.h"

#include <catch2/catch.hpp>
#include <memory>

namespace twinmap::resolve::testing {

const refdata::Gazetteer& RepoGazetteer() {
  static std::unique_ptr<refdata::Gazetteer> loaded;
  if (!loaded) {
    Result<refdata::Gazetteer> g =
        refdata::Gazetteer::Load(TWINMAP_RULES_DIR, nullptr);
    INFO(g.status().ToString());
    REQUIRE(g.ok());
    loaded = std::make_unique<refdata::Gazetteer>(std::move(g).value());
  }
  return *loaded;
}

const NameIndex& RepoIndex() {
  static std::unique_ptr<NameIndex> index;
  if (!index)
    index = std::make_unique<NameIndex>(NameIndex::Build(RepoGazetteer()));
  return *index;
}

Context Types(std::vector<std::string> types, std::string country) {
  Context c;
  c.types = std::move(types);
  c.country = std::move(country);
  return c;
}

}  // namespace twinmap::resolve::testing
