// Bad data files: each kind of damage gives a Status naming the file and
// line, on a small fixture written to a scratch folder.
#include <catch2/catch.hpp>
#include <string>

#include "refdata/refdata.h"
#include "refdata/temp_dir.h"

namespace twinmap::refdata {
namespace {

using testing::TempDir;

const char kManifest[] =
    "# GENERATED test fixture\n"
    "file\tkind\trows\tdefault_source\n"
    "places.tsv\tentities\t2\ttest\n"
    "places_aliases.tsv\taliases\t1\ttest\n";
const char kPlaces[] =
    "# GENERATED test fixture\n"
    "id\ttype\tname\tcountry\tparent\tname_fr\tcodes\tpopulation\n"
    "cn:530000\tprovince\tYunnan\tCN\t\t=\tgb2260=530000 iso3166_2=CN-YN\t\n"
    "cn:530100\tprefecture_city\tKunming\tCN\tcn:530000\t=\tgb2260="
    "530100\t6670000\n";
const char kAliases[] =
    "# GENERATED test fixture\n"
    "id\ttext\tlang\tkind\tsource\n"
    "cn:530100\t昆明\tzh\tshort\t\n";
const char kYaml[] =
    "about: test fixture\n"
    "aliases:\n"
    "  - id: cn:530100\n"
    "    source: a note on where this comes from\n"
    "    forms:\n"
    "      - {text: Yunnan-fou, lang: fr, kind: former_name}\n";

// A valid fixture; each test damages one file.
struct Fixture {
  TempDir dir;
  Fixture() {
    dir.Write("refdata/manifest.tsv", kManifest);
    dir.Write("refdata/places.tsv", kPlaces);
    dir.Write("refdata/places_aliases.tsv", kAliases);
    dir.Write("aliases/a.yaml", kYaml);
  }
  Result<Gazetteer> Load(DiagnosticSink* sink = nullptr) const {
    return Gazetteer::Load(dir.path(), sink);
  }
};

// The status is an error whose message contains `where` (file:line) and `what`.
void ExpectError(const Result<Gazetteer>& r, const std::string& where,
                 const std::string& what) {
  INFO(r.status().ToString());
  REQUIRE_FALSE(r.ok());
  CHECK(r.status().message().find(where) != std::string::npos);
  CHECK(r.status().message().find(what) != std::string::npos);
}

TEST_CASE("The valid fixture loads") {
  Fixture f;
  DiagnosticSink sink;
  Result<Gazetteer> g = f.Load(&sink);
  INFO(g.status().ToString());
  REQUIRE(g.ok());
  CHECK(g->size() == 2);
  const Entity* kunming = g->Find("cn:530100");
  REQUIRE(kunming != nullptr);
  CHECK(kunming->names.at("fr") == "Kunming");  // "=" means the same as name
  CHECK(kunming->population == 6670000);
  CHECK(kunming->source == "test");  // the manifest's default
  REQUIRE(kunming->aliases.size() == 2);
  CHECK(kunming->aliases[1].source == "a note on where this comes from");
  CHECK(g->Find("cn:530000")->population == -1);
  CHECK(g->FindByCode("iso3166_2", "CN-YN")->id == "cn:530000");
  CHECK(sink.collected().empty());
}

TEST_CASE("MissingManifest") {
  Fixture f;
  std::filesystem::remove(f.dir.path() + "/refdata/manifest.tsv");
  Result<Gazetteer> r = f.Load();
  ExpectError(r, "manifest.tsv", "cannot open");
  CHECK(r.status().code() == Status::Code::kNotFound);
}

TEST_CASE("MissingListedFile") {
  Fixture f;
  std::filesystem::remove(f.dir.path() + "/refdata/places_aliases.tsv");
  ExpectError(f.Load(), "places_aliases.tsv", "cannot open");
}

TEST_CASE("MissingNoteLine") {
  Fixture f;
  f.dir.Write("refdata/places.tsv",
              std::string(kPlaces).substr(std::string(kPlaces).find('\n') + 1));
  ExpectError(f.Load(), "places.tsv:1:", "note line");
}

TEST_CASE("UnknownColumn") {
  Fixture f;
  std::string bad = kPlaces;
  bad.replace(bad.find("population"), 10, "inhabitants");
  f.dir.Write("refdata/places.tsv", bad);
  ExpectError(f.Load(), "places.tsv:2:", "unknown column \"inhabitants\"");
}

TEST_CASE("WrongFieldCount") {
  Fixture f;
  std::string bad = kPlaces;
  bad += "cn:530200\tprefecture_city\tQujing\tCN\n";
  f.dir.Write("refdata/places.tsv", bad);
  ExpectError(f.Load(),
              "places.tsv:5:", "expected 8 tab-separated fields, found 4");
}

TEST_CASE("MalformedCode") {
  Fixture f;
  std::string bad = kPlaces;
  bad.replace(bad.find("gb2260=530100"), 13, "gb2260");
  f.dir.Write("refdata/places.tsv", bad);
  ExpectError(f.Load(), "places.tsv:4:", "not scheme=value");
}

TEST_CASE("BadPopulation") {
  Fixture f;
  std::string bad = kPlaces;
  bad.replace(bad.find("6670000"), 7, "6.67M");
  f.dir.Write("refdata/places.tsv", bad);
  ExpectError(f.Load(), "places.tsv:4:", "population \"6.67M\"");
}

TEST_CASE("DuplicateId") {
  Fixture f;
  std::string bad = kPlaces;
  bad.replace(bad.find("cn:530100\tprefecture_city"), 9, "cn:530000");
  f.dir.Write("refdata/places.tsv", bad);
  ExpectError(f.Load(),
              "places.tsv:4:", "duplicate id cn:530000 (first defined at");
}

TEST_CASE("UnknownParent") {
  Fixture f;
  std::string bad = kPlaces;
  bad.replace(bad.find("\tcn:530000\t="), 10, "\tcn:539999");
  f.dir.Write("refdata/places.tsv", bad);
  ExpectError(f.Load(), "places.tsv:4:", "parent cn:539999");
}

TEST_CASE("RowCountDisagreesWithManifest") {
  Fixture f;
  std::string bad = kManifest;
  bad.replace(bad.find("entities\t2"), 10, "entities\t3");
  f.dir.Write("refdata/manifest.tsv", bad);
  ExpectError(f.Load(), "places.tsv", "manifest.tsv:3 says 3");
}

TEST_CASE("UnknownManifestKind") {
  Fixture f;
  std::string bad = kManifest;
  bad.replace(bad.find("aliases\t1"), 7, "synonym");
  f.dir.Write("refdata/manifest.tsv", bad);
  ExpectError(f.Load(), "manifest.tsv:4:", "unknown kind \"synonym\"");
}

TEST_CASE("AliasForUnknownId") {
  Fixture f;
  std::string bad = kAliases;
  bad.replace(bad.find("cn:530100"), 9, "cn:530199");
  f.dir.Write("refdata/places_aliases.tsv", bad);
  ExpectError(f.Load(),
              "places_aliases.tsv:3:", "alias for unknown id cn:530199");
}

TEST_CASE("BrokenYaml") {
  Fixture f;
  f.dir.Write("aliases/a.yaml",
              std::string(kYaml) + "      - {text: Kunming, lang: en\n");
  ExpectError(f.Load(), "a.yaml:", "broken YAML");
}

TEST_CASE("UnknownYamlKey") {
  Fixture f;
  std::string bad = kYaml;
  bad.replace(bad.find("    source:"), 11, "    origin:");
  f.dir.Write("aliases/a.yaml", bad);
  ExpectError(f.Load(), "a.yaml:4:", "unknown key \"origin\"");
}

TEST_CASE("UnknownTopLevelYamlKey") {
  Fixture f;
  f.dir.Write("aliases/a.yaml", std::string(kYaml) + "exonyms: []\n");
  ExpectError(f.Load(), "a.yaml:7:", "unknown key \"exonyms\"");
}

TEST_CASE("YamlAliasForUnknownId") {
  Fixture f;
  std::string bad = kYaml;
  bad.replace(bad.find("cn:530100"), 9, "cn:530199");
  f.dir.Write("aliases/a.yaml", bad);
  ExpectError(f.Load(), "a.yaml:3:", "unknown id cn:530199");
}

TEST_CASE("YamlFormWithoutLang") {
  Fixture f;
  std::string bad = kYaml;
  bad.replace(bad.find(", lang: fr"), 10, "");
  f.dir.Write("aliases/a.yaml", bad);
  ExpectError(f.Load(), "a.yaml:6:", "missing \"lang\"");
}

TEST_CASE("YamlFormWithoutSource") {
  Fixture f;
  std::string bad = kYaml;
  bad.erase(bad.find("    source:"),
            bad.find("    forms:") - bad.find("    source:"));
  f.dir.Write("aliases/a.yaml", bad);
  ExpectError(f.Load(), "a.yaml:5:", "needs a \"source\"");
}

TEST_CASE("YamlEntityReusingAGeneratedId") {
  Fixture f;
  f.dir.Write("aliases/b.yaml",
              "entities:\n"
              "  - id: cn:530000\n"
              "    type: province\n"
              "    name: Yunnan\n"
              "    source: test\n");
  ExpectError(f.Load(), "b.yaml:2:", "duplicate id cn:530000");
}

TEST_CASE("YamlEntityWithUnknownMember") {
  Fixture f;
  f.dir.Write("aliases/b.yaml",
              "entities:\n"
              "  - id: cn:old\n"
              "    type: prefecture\n"
              "    name: Old prefecture\n"
              "    valid_to: \"1990\"\n"
              "    members: [cn:530999]\n"
              "    source: test\n");
  ExpectError(f.Load(), "b.yaml:2:", "member cn:530999");
}

TEST_CASE("MissingAliasesFolder") {
  Fixture f;
  std::filesystem::remove_all(f.dir.path() + "/aliases");
  ExpectError(f.Load(), "aliases", "no such folder");
}

TEST_CASE("A code shared by two entities is a warning, and the first wins") {
  Fixture f;
  std::string dup = kPlaces;
  dup.replace(dup.find("gb2260=530100"), 13, "gb2260=530000");
  f.dir.Write("refdata/places.tsv", dup);
  DiagnosticSink sink;
  Result<Gazetteer> g = f.Load(&sink);
  REQUIRE(g.ok());
  REQUIRE(sink.warning_count() == 1);
  CHECK(sink.collected()[0].line == 4);
  CHECK(sink.collected()[0].message.find("gb2260 530000") != std::string::npos);
  CHECK(g->FindByCode("gb2260", "530000")->id == "cn:530000");
}

}  // namespace
}  // namespace twinmap::refdata
