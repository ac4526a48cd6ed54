// A page's entity fact lends its aliases to the same entity's references in
// attributes and relations of that page.
#include <filesystem>
#include <fstream>

#include <catch2/catch.hpp>

#include "eval/gold.h"

namespace twinmap::eval {
namespace {

TEST_CASE("References take the aliases of the page's entity fact for the same entity") {
  auto dir = std::filesystem::temp_directory_path() / "twinmap-gold-aliases";
  std::filesystem::create_directories(dir);
  std::string path = (dir / "p.txt.jsonl").string();
  std::ofstream(path)
      << R"({"source": "p.txt", "kind": "entity", "entity": {"name": "Assoc", "type": "organization", "aliases": ["협회"]}, "evidence": "협회"})" "\n"
      << R"({"source": "p.txt", "kind": "relation", "subject": {"name": "Hubei", "type": "province", "gb2260": "420000"}, "property": "member_of", "object": {"name": "Assoc", "type": "organization"}, "evidence": "joined"})" "\n"
      << R"({"source": "p.txt", "kind": "relation", "subject": {"name": "Hubei", "type": "province", "gb2260": "420000"}, "property": "member_of", "object": {"name": "Assoc", "type": "event"}, "evidence": "joined"})" "\n";
  Result<GoldPage> page = ReadGoldFile(path);
  std::filesystem::remove_all(dir);
  REQUIRE(page.ok());
  REQUIRE(page->facts.size() == 3);
  CHECK(page->facts[1].object.aliases == std::vector<std::string>{"협회"});
  // Another type is another entity: no aliases borrowed.
  CHECK(page->facts[2].object.aliases.empty());
}

}  // namespace
}  // namespace twinmap::eval
