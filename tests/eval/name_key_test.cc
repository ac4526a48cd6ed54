#include "eval/name_key.h"

#include <catch2/catch.hpp>

namespace twinmap::eval {
namespace {

TEST_CASE("NameKey folds case, accents, spaces, hyphens and apostrophes") {
  struct Row {
    const char* a;
    const char* b;
  };
  const Row rows[] = {
      {"Saône-et-Loire", "saone et loire"},
      {"Côte d'Or", "Cote-d’Or"},
      {"HÔTEL-DE-VILLE DE NANCY", "Hôtel de Ville de Nancy"},
      {"Ｓｈａｎｄｏｎｇ", "shandong"},  // full-width letters (NFKC)
      {"C.U. de Lyon", "CU de Lyon"},
      {"河南省", "河南省"},
      {"동북아시아 지방정부연합", "동북아시아지방정부연합"},
  };
  for (const Row& row : rows) {
    INFO(row.a << " vs " << row.b);
    CHECK(NameKey(row.a) == NameKey(row.b));
  }
  CHECK(NameKey("Saône-et-Loire") == "saoneetloire");
}

TEST_CASE("NameKey keeps different names apart") {
  CHECK(NameKey("Jilin") != NameKey("Jiling"));
  CHECK(NameKey("河南") != NameKey("河北"));
  CHECK(NameKey("Hauts-de-Seine") != NameKey("Seine"));
}

TEST_CASE("NameKey survives invalid UTF-8") {
  CHECK(NameKey("Ab\xC3 c") ==
        "ab\xC3"
        "c");
  CHECK(NameKey("") == "");
}

TEST_CASE(
    "ValueKey trims, collapses white space and folds case, keeping accents") {
  CHECK(ValueKey("  WWW.Henan.gov.cn ") == "www.henan.gov.cn");
  CHECK(ValueKey("Maire  de\nNancy") == "maire de nancy");
  CHECK(ValueKey("Première adjointe") == "première adjointe");
  CHECK(ValueKey("Premiere adjointe") != ValueKey("Première adjointe"));
}

}  // namespace
}  // namespace twinmap::eval
