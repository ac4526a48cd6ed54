// Records sections, each-rules and their conditions, on a registry layout.
#include <algorithm>
#include <memory>
#include <string>

#include <catch2/catch.hpp>

#include "extract/extract.h"
#include "extract_world.h"

namespace twinmap::extract {
namespace {

using testing::Extract;

std::vector<const Fact*> Find(const PageFacts& f, const std::string& subject, const std::string& property) {
  std::vector<const Fact*> out;
  for (const Fact& fact : f.facts) {
    if (fact.subject == subject && fact.property == property) out.push_back(&fact);
  }
  return out;
}

const std::string kHeader = "Registre de test\n\n11 Juillet 2007\n\n VILLE \n\n";

TEST_CASE("A record's province column places its city; two Yulins stay apart") {
  PageFacts f = Extract(kHeader +
                        "1 Yulin 4 Shaanxi  www.yl.gov.cn\n"
                        "2 Yulin 5 Guangxi  www.yulin.gov.cn\n");
  auto shaanxi = Find(f, "cn:610800", "located_in");
  REQUIRE(shaanxi.size() == 1);
  CHECK(shaanxi[0]->object == "cn:610000");
  auto guangxi = Find(f, "cn:450900", "located_in");
  REQUIRE(guangxi.size() == 1);
  CHECK(guangxi[0]->object == "cn:450000");
  // Each row keeps its own website.
  auto site = Find(f, "cn:450900", "website");
  REQUIRE(site.size() == 1);
  CHECK(site[0]->value.text == "www.yulin.gov.cn");
}

TEST_CASE("A population column in millions is scaled, approximate, dated by the page") {
  PageFacts f = Extract(kHeader + "1 Kunming 5 Yunnan  www.km.gov.cn\n");
  auto pop = Find(f, "cn:530100", "population");
  REQUIRE(pop.size() == 1);
  CHECK(pop[0]->value.number == Approx(5e6));
  CHECK(pop[0]->value.bound == "approx");
  CHECK(pop[0]->qualifiers.at("as_of") == "2007");
  // Provenance points at raw bytes holding the number.
  CHECK(pop[0]->provenance.text.find('5') != std::string::npos);
  CHECK(pop[0]->provenance.rule == "test-registry/cities/population");
}

TEST_CASE("A French place after 'au nord de' situates, it is not a partner") {
  PageFacts f = Extract(kHeader + "1 Wuhan 9 Hubei au nord de \nLyon\n\nBordeaux \nwww.wuhan.gov.cn\n");
  auto partners = Find(f, "cn:420100", "partner");
  REQUIRE(partners.size() == 1);
  CHECK(partners[0]->object == "fr:commune:33063");  // Bordeaux, not Lyon
}

TEST_CASE("A name inside a longer proper name is not a partner (standalone)") {
  PageFacts f = Extract(kHeader + "1 Yichang 4 Hubei  Metz \n\nBarrage des Trois Gorges \nwww.yichang.gov.cn\n");
  auto partners = Find(f, "cn:420500", "partner");
  REQUIRE(partners.size() == 1);
  CHECK(partners[0]->object == "fr:commune:57463");  // Metz only
}

TEST_CASE("A misspelt long partner name is matched within the slot's types") {
  PageFacts f = Extract(kHeader + "1 Yichang 4 Hubei  Valencienne \nwww.yichang.gov.cn\n");
  auto partners = Find(f, "cn:420500", "partner");
  REQUIRE(partners.size() == 1);
  CHECK(partners[0]->object == "fr:commune:59606");
}

TEST_CASE("A page the source's fingerprint does not match gets no source facts") {
  PageFacts f = Extract("Autre chose\n\n VILLE \n\n1 Kunming 5 Yunnan  www.km.gov.cn\n");
  CHECK(f.facts.empty());
  CHECK(f.sources_applied.empty());
}

}  // namespace
}  // namespace twinmap::extract
