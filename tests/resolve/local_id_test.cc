// Local ids for unresolved mentions.
#include <catch2/catch.hpp>

#include "resolve/resolve.h"

namespace twinmap::resolve {
namespace {

TEST_CASE("LocalIdsTable") {
  struct Row { const char* type; const char* surface; const char* country; const char* id; };
  const Row rows[] = {
      {"org", "Conseil Régional d'Aquitaine", "", "org:conseil-regional-d-aquitaine"},
      {"organization", "  Œuvre  Française ", "", "org:oeuvre-francaise"},
      {"person", "Jean-Marc Ayrault", "", "person:jean-marc-ayrault"},
      {"event", "Forum 2012!", "", "event:forum-2012"},
      {"place", "Gangnam-gu", "kr", "place:KR:gangnam-gu"},
      {"org", "동북아 지방정부연합", "", "org:동북아-지방정부연합"},
      {"org", "中国人民对外友好协会", "", "org:中国人民对外友好协会"},
      {"place", "Somewhere", "", "place:XX:somewhere"},
  };
  for (const Row& row : rows) {
    INFO(row.surface);
    CHECK(LocalEntityId(row.type, row.surface, row.country) == row.id);
  }
}

TEST_CASE("LocalIdsStableAcrossOrderAndSpelling") {
  std::string a = LocalEntityId("org", "Sister Cities International");
  std::string b = LocalEntityId("person", "X");
  std::string a2 = LocalEntityId("org", "SISTER  cities   international");
  CHECK(a == a2);
  CHECK(LocalEntityId("person", "X") == b);
  CHECK(LocalEntityId("org", "") == "org:unnamed");
}

}  // namespace
}  // namespace twinmap::resolve
