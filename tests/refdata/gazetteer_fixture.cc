#include "refdata/gazetteer_fixture.h"

#include <catch2/catch.hpp>
#include <memory>

namespace twinmap::refdata::testing {

const Gazetteer& RepoGazetteer() {
  static std::unique_ptr<Gazetteer> loaded;
  if (!loaded) {
    DiagnosticSink sink;
    Result<Gazetteer> g = Gazetteer::Load(TWINMAP_RULES_DIR, &sink);
    INFO(g.status().ToString());
    REQUIRE(g.ok());
    for (const Diagnostic& d : sink.collected()) UNSCOPED_INFO(d.ToString());
    REQUIRE(sink.collected().empty());
    loaded = std::make_unique<Gazetteer>(std::move(g).value());
  }
  return *loaded;
}

std::vector<std::string> IdsWithForm(const Gazetteer& g,
                                     const std::string& text,
                                     const std::string& lang) {
  std::vector<std::string> out;
  for (const Entity& e : g.entities()) {
    bool hit = false;
    for (const auto& [l, n] : e.names)
      hit = hit || ((lang.empty() || l == lang) && n == text);
    for (const Alias& a : e.aliases)
      hit = hit || ((lang.empty() || a.lang == lang) && a.text == text);
    if (hit) out.push_back(e.id);
  }
  return out;
}

}  // namespace twinmap::refdata::testing
