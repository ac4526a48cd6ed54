// The curated files of rules/aliases/ against the generated package data:
// every curated alias points at an existing id and is reachable there; every
// curated entity's successors and members exist, and a pre-2016 French
// region's member départements are now in its successor.
#include <algorithm>
#include <catch2/catch.hpp>
#include <filesystem>
#include <map>
#include <set>

#include "refdata/curated_yaml.h"
#include "refdata/gazetteer_fixture.h"

namespace twinmap::refdata {
namespace {

using testing::RepoGazetteer;

std::vector<CuratedFile> CuratedFiles() {
  std::vector<std::string> paths;
  for (const auto& f : std::filesystem::directory_iterator(
           std::string(TWINMAP_RULES_DIR) + "/aliases")) {
    if (f.path().extension() == ".yaml") paths.push_back(f.path().string());
  }
  std::sort(paths.begin(), paths.end());
  std::vector<CuratedFile> out;
  for (const std::string& p : paths) {
    Result<CuratedFile> r = ReadCuratedFile(p, p);
    INFO(r.status().ToString());
    REQUIRE(r.ok());
    out.push_back(std::move(r).value());
  }
  return out;
}

bool HasForm(const Entity& e, const Alias& a) {
  auto name = e.names.find(a.lang);
  if (name != e.names.end() && name->second == a.text) return true;
  return std::any_of(e.aliases.begin(), e.aliases.end(), [&](const Alias& x) {
    return x.text == a.text && x.lang == a.lang;
  });
}

TEST_CASE("Every curated alias points at an existing id and is loaded there") {
  const Gazetteer& g = RepoGazetteer();
  size_t forms = 0;
  for (const CuratedFile& file : CuratedFiles()) {
    for (const CuratedAliasGroup& group : file.groups) {
      INFO(file.display << ":" << group.line << " " << group.id);
      const Entity* e = g.Find(group.id);
      REQUIRE(e != nullptr);
      for (const CuratedForm& f : group.forms) {
        CHECK_FALSE(f.alias.lang.empty());
        CHECK_FALSE(f.alias.source.empty());
        CHECK(HasForm(*e, f.alias));
        ++forms;
      }
    }
  }
  CHECK(forms >= 50);
}

TEST_CASE("Curated entities' successors and members exist") {
  const Gazetteer& g = RepoGazetteer();
  for (const CuratedFile& file : CuratedFiles()) {
    for (const CuratedEntity& c : file.entities) {
      INFO(file.display << ":" << c.line << " " << c.entity.id);
      const Entity* e = g.Find(c.entity.id);
      REQUIRE(e != nullptr);
      CHECK_FALSE(e->source.empty());
      if (!e->current()) CHECK_FALSE(e->successors.empty());
      for (const std::string& s : e->successors) {
        const Entity* succ = g.Find(s);
        REQUIRE(succ != nullptr);
        CHECK(succ->current());
      }
      for (const std::string& m : c.members) {
        const Entity* member = g.Find(m);
        REQUIRE(member != nullptr);
        CHECK(std::find(member->former_parents.begin(),
                        member->former_parents.end(),
                        e->id) != member->former_parents.end());
      }
    }
  }
}

// INSEE's current départements -> regions (from the package) must agree
// with the curated pre-2016 regions: members of an old region are now in its
// successor, and the old regions merged into a new one cover it exactly.
TEST_CASE("Pre-2016 regions agree with the current départements") {
  const Gazetteer& g = RepoGazetteer();
  std::map<std::string, std::set<std::string>> covered;  // successor -> members
  size_t old_regions = 0;
  for (const CuratedFile& file : CuratedFiles()) {
    for (const CuratedEntity& c : file.entities) {
      if (c.entity.type != "region" || c.entity.country != "FR" ||
          c.entity.valid_to.empty())
        continue;
      ++old_regions;
      INFO(c.entity.id);
      REQUIRE(c.entity.successors.size() == 1);
      const std::string& succ = c.entity.successors[0];
      CHECK_FALSE(c.members.empty());
      for (const std::string& m : c.members) {
        CHECK(g.Find(m)->parent == succ);
        covered[succ].insert(m);
      }
    }
  }
  CHECK(old_regions == 16);
  for (const Entity& dep : g.entities()) {
    if (dep.type != "departement" || covered.count(dep.parent) == 0) continue;
    INFO(dep.id << " in " << dep.parent);
    CHECK(covered[dep.parent].count(dep.id) == 1);
  }
}

}  // namespace
}  // namespace twinmap::refdata
