// refdata: the reference gazetteer. Reads the generated data files in
// rules/refdata/ (built by tools/refdata/build.js from pinned packages) and
// the curated YAML files in rules/aliases/, and holds every known place as an
// Entity with a stable id:
//
//   cn:<gb2260>                  PRC division          cn:610100 Xi'an
//   fr:region:<insee or slug>    French region         fr:region:32,
//   fr:region:picardie fr:dep:<code>                French département
//   fr:dep:54 fr:commune:<insee>           French commune fr:commune:54395
//   Nancy fr:epci:<siren>              intercommunality      fr:epci:242900314
//   Brest Métropole country:<ISO 3166-1 alpha-2> country country:CN
//   place:<alpha-2>:<slug>       other region or city  place:KR:busan
//
// Lookup by id or by code lives here; matching names in text (normalised
// keys, pinyin, fuzzy matching, context) is the resolver's job, built on
// entities() and each entity's names and aliases.
//
// Loading is all-or-nothing: a missing file, a malformed line, broken YAML,
// an unknown YAML key or a reference to an unknown id gives a Status whose
// message starts with "file:line:". Warnings (nothing is lost) go to the
// DiagnosticSink. The Gazetteer owns its entities; pointers returned by Find*
// stay valid for the Gazetteer's lifetime.
#ifndef TWINMAP_REFDATA_REFDATA_H_
#define TWINMAP_REFDATA_REFDATA_H_

#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "base/diagnostics.h"
#include "base/status.h"

namespace twinmap::refdata {

// One surface form of an entity besides its per-language names.
struct Alias {
  std::string text;  // as written: "Lhassa", "C.U. de Brest", "내몽골", "Xi An"
  std::string lang;  // en fr ko zh; zh-Hant (traditional), zh-Latn (pinyin),
                     // ko-Latn (romanised Korean), und (local/ISO form)
  std::string
      kind;  // name, short, exonym, pinyin, pinyin_tones, suffixed,
             // transcription, sino_korean, former_name, abbreviation, ...
  std::string source;  // source tag (rules/refdata/README.md) or curated note
};

// A code the entity had before (a county-level city turned district keeps
// its old GB/T 2260 code; a merged commune its old INSEE code).
struct FormerCode {
  std::string scheme;  // "gb2260", "insee"
  std::string code;    // "320584"
  std::string name;    // the unit's name under that code, if known: "吴江市"
  std::string last_seen;  // "2011-10": last revision listing it; "" if unknown
  std::string source;
};

struct Entity {
  std::string id;
  // province municipality autonomous_region special_administrative_region
  // prefecture_city prefecture autonomous_prefecture league county_city
  // district county autonomous_county banner zone ...; region departement
  // commune commune_deleguee municipal_arrondissement intercommunality;
  // country foreign_region foreign_city (rules/refdata/README.md lists all).
  std::string type;
  std::string name;     // English if known, else the canonical local name
  std::string country;  // ISO 3166-1 alpha-2 of the country it lies in
  std::map<std::string, std::string> names;  // lang -> name ("zh" -> "西安市")
  std::vector<Alias> aliases;
  // scheme -> code: gb2260, iso3166_2, insee, insee_dep, insee_region, siren,
  // epci_kind, postal ("54000,54100"), geonames, iso3166_1, ...
  std::map<std::string, std::string> codes;
  std::vector<FormerCode> former_codes;
  std::string parent;  // id of the unit it lies in now
  std::vector<std::string>
      former_parents;                   // e.g. a département's pre-2016 region
  std::string valid_from;               // ISO date or "YYYY-MM"; "" unknown
  std::string valid_to;                 // "" while it exists
  std::vector<std::string> successors;  // ids that replaced it
  std::string phone_area_code;          // PRC trunk code: "0971"
  int64_t population = -1;              // -1 unknown
  std::string source;                   // where the entity comes from

  bool current() const { return valid_to.empty(); }
  // The code of `scheme`, or "" if none.
  const std::string& code(const std::string& scheme) const;
};

class Gazetteer {
 public:
  // Reads <rules_dir>/refdata/ (manifest.tsv and the files it lists) and
  // every *.yaml in <rules_dir>/aliases/. `sink` may be null.
  static Result<Gazetteer> Load(const std::string& rules_dir,
                                DiagnosticSink* sink);
  // The same with the two folders given separately (tests use this).
  static Result<Gazetteer> LoadFrom(const std::string& refdata_dir,
                                    const std::string& aliases_dir,
                                    DiagnosticSink* sink);

  Gazetteer(Gazetteer&&) noexcept;
  Gazetteer& operator=(Gazetteer&&) noexcept;
  ~Gazetteer();

  // nullptr if unknown.
  const Entity* Find(std::string_view id) const;
  // By a current code ("gb2260", "532501"), else by a former one
  // ("gb2260", "320584" -> cn:320509). nullptr if unknown.
  const Entity* FindByCode(std::string_view scheme,
                           std::string_view code) const;
  // True if `code` is a former code of scheme `scheme` (and not a current one).
  bool IsFormerCode(std::string_view scheme, std::string_view code) const;
  // The entity's parent, or nullptr for a top-level one.
  const Entity* Parent(const Entity& e) const;
  // True if `ancestor_id` is e's parent, grandparent, ... (not e itself).
  bool IsWithin(const Entity& e, std::string_view ancestor_id) const;

  const std::vector<Entity>& entities() const;
  size_t size() const;
  // Paths of the files read, in reading order.
  const std::vector<std::string>& files() const;

 private:
  struct Data;
  Gazetteer();
  std::unique_ptr<Data> data_;
  friend class GazetteerBuilder;
};

}  // namespace twinmap::refdata

#endif  // TWINMAP_REFDATA_REFDATA_H_
