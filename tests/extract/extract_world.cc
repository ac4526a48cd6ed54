#include "extract_world.h"

#include <memory>

#include <catch2/catch.hpp>

#include "refdata/refdata.h"

namespace twinmap::extract::testing {
namespace {

// Reference data, index and fixture rules, loaded once per test process.
struct World {
  std::unique_ptr<refdata::Gazetteer> gazetteer;
  std::unique_ptr<resolve::NameIndex> index;
  rules::RuleSet rules;
  std::unique_ptr<resolve::Resolver> resolver;
  Knowledge knowledge;
};

const World& TheWorld() {
  static World* world = [] {
    auto* w = new World;
    std::string repo_rules = TWINMAP_RULES_DIR;
    auto g = refdata::Gazetteer::Load(repo_rules, nullptr);
    REQUIRE(g.ok());
    w->gazetteer = std::make_unique<refdata::Gazetteer>(std::move(g).value());
    w->index = std::make_unique<resolve::NameIndex>(resolve::NameIndex::Build(*w->gazetteer));
    auto r = rules::LoadRuleSet(std::string(TWINMAP_TESTDATA_DIR) + "/extract", nullptr);
    REQUIRE(r.ok());
    w->rules = std::move(r).value();
    w->resolver = std::make_unique<resolve::Resolver>(*w->index);
    w->knowledge = Knowledge{&w->rules, w->index.get(), w->resolver.get()};
    return w;
  }();
  return *world;
}

}  // namespace

PageFacts Extract(const std::string& text) {
  auto page = analyze::AnalyzeBytes(text, "page.txt", ingest::LoadOptions{}, nullptr);
  REQUIRE(page.ok());
  return ExtractPage(*page, "page.txt", TheWorld().knowledge, false);
}

}  // namespace twinmap::extract::testing
