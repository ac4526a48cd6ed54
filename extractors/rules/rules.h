// rules: the YAML rule language, loaded and checked.
//
// A rule set is every rules/sources/*.yaml file (one per source layout) plus
// the language packs in rules/lang/*.yaml. Loading checks everything a rule
// writer can get wrong and reports each problem as "file:line:col: message"
// (unknown keys, missing fields, bad regexes with RE2's message and the
// offending fragment, unknown slot types, duplicate ids). A rule set with any
// error is not returned: a build stops before writing anything.
//
// The schema, with one example per key, is doc/rules.md. In short:
//
//   source: nancy-news                 # id, equals the file name's stem
//   applies_to: {file: "*.txt", fingerprint: "(?i)relations internationales"}
//   languages: [fr]
//   sections:
//     - id: body
//       kind: prose                    # prose | list | records
//       rules:
//         - id: twinning
//           pattern: "{a:place} et {b:place} .* jumel"
//           emit:
//             - {subject: $a, property: partner, object: $b,
//                qualifiers: {relation_kind: sister_city}}
#ifndef TWINMAP_RULES_RULES_H_
#define TWINMAP_RULES_RULES_H_

#include <map>
#include <memory>
#include <string>
#include <vector>

#include "base/diagnostics.h"
#include "base/status.h"

namespace re2 {
class RE2;
}

namespace twinmap::rules {

// Where something was written: for messages and provenance.
struct Origin {
  std::string file;  // path as loaded
  int line = 0;      // 1-based
  int column = 0;    // 1-based
  std::string ToString() const;  // "rules/sources/x.yaml:12:5"
};

// A typed slot of a pattern, written {name:type}: a value type (number,
// quantity, percent, ratio, money, date, daterange, phone, url, email,
// address, year, int, text) or an entity class (place, place:cn, place:fr,
// place:foreign, org, person, event, programme, name). A plain RE2 named
// group (?P<name>...) is a text slot too: it captures a stretch that may
// hold other slots ("(?P<title>Secretary of the {p:place:cn} Committee)").
struct Slot {
  std::string name;
  std::string type;
  bool is_entity() const;
};

// A pattern as written and as compiled: slots became named groups.
struct Pattern {
  std::string source;             // as written in the YAML
  std::string expanded;           // the RE2 syntax it compiles to
  std::vector<Slot> slots;        // in order of appearance
  std::shared_ptr<re2::RE2> re;   // compiled; shared so rule sets copy cheaply
  Origin origin;
};

// One claim a rule makes from its captures. References are "$slot",
// "$record.slot", "$page.var"; anything else is a literal.
struct Emit {
  std::string subject;
  std::string property;
  std::string value;    // attribute claims
  std::string object;   // relation claims
  double scale = 0;     // 0: none; multiplies a numeric value with no scale of its own
  std::string unit;     // default unit for a numeric value
  std::string bound;    // exact | approx | lower | upper: overrides the value's
  std::map<std::string, std::string> qualifiers;
  // A date written without its year ("June 23") takes the year this
  // reference gives ("$page.year").
  std::string year;
  Origin origin;
};

// Conditions on where a match or an `each` item may be.
struct When {
  bool capitalized = false;         // the surface starts with an upper-case letter
  // Not the head or tail of a longer proper name: no capitalised word that
  // is not itself a gazetteer name right before or after it on its line
  // ("Trois Gorges" is not the commune Gorges).
  bool standalone = false;
  std::shared_ptr<re2::RE2> not_after;   // must not match the text just before
  std::shared_ptr<re2::RE2> not_before;  // must not match the text just after
  std::shared_ptr<re2::RE2> sentence;    // the sentence around the match must match
  std::string not_after_source, not_before_source, sentence_source;
};

// An entity a rule names itself when the page describes one without naming
// it ("X et Y ont signé la lettre d'intention" is a signing event). Names
// are templates: "${slot}" stands for a capture (an entity's name, a value,
// a text), "${page.var}" for a page variable.
struct NewEntity {
  std::string type;                          // organization | person | event | programme
  std::string name;                          // template, English or canonical
  std::map<std::string, std::string> names;  // by language, templates
  Origin origin;
};

struct Rule {
  std::string id;         // "<source>/<section>/<rule>", unique in the set
  Pattern pattern;        // either a pattern...
  std::string each;       // ...or every item of this slot type in the scope
  bool repeat = true;     // a pattern may match several times in a scope
  When when;
  std::vector<Emit> emit;
  std::map<std::string, std::string> set;  // page variables set by a page rule
  std::map<std::string, NewEntity> create;  // entities the rule names, as $<key>
  Origin origin;
};

enum class SectionKind { kProse, kList, kRecords };

struct Section {
  std::string id;
  SectionKind kind = SectionKind::kProse;
  std::shared_ptr<re2::RE2> start;  // section begins at the first matching line
  std::shared_ptr<re2::RE2> end;    // and ends before the next matching line
  Pattern record;                   // records: a record starts where this matches
  std::shared_ptr<re2::RE2> item;   // list: an item starts at a matching line
  // Entity types a slot accepts here, e.g. subject: [province, municipality].
  std::map<std::string, std::vector<std::string>> types;
  // A slot resolved within the entity of another: {subject: province} makes
  // the row's city lie in the row's province (two Yulins, two Yichuns).
  std::map<std::string, std::string> within;
  std::vector<Rule> rules;
  Origin origin;
};

struct SourceRules {
  std::string id;
  std::string description;
  std::string file_glob;                  // "" = any file
  std::shared_ptr<re2::RE2> fingerprint;  // null = any content
  std::vector<std::string> languages;
  std::vector<Rule> page_rules;           // run first; may `set` page variables
  std::vector<Section> sections;
  bool generic = false;                   // the fallback for unclaimed pages
  Origin origin;
};

struct RuleSet {
  std::vector<SourceRules> sources;       // sorted by id; generic ones last
  std::vector<std::string> files;         // every file loaded
};

// Loads rules/sources/*.yaml and rules/lang/*.yaml under `rules_dir`. Every
// problem goes to `sink` as an error with its file:line:col; the result is an
// error Status when there was any.
Result<RuleSet> LoadRuleSet(const std::string& rules_dir, DiagnosticSink* sink);

// Loads one source file (for tests and `twinmap check FILE`).
Result<SourceRules> LoadSourceFile(const std::string& path, DiagnosticSink* sink);

// Expands {name:type} slots into named RE2 groups and compiles. Errors name
// the fragment RE2 rejected.
Result<Pattern> CompilePattern(const std::string& source, const Origin& origin);

// Slot types the language knows.
bool IsKnownSlotType(const std::string& type);

// A template is a string holding "${ref}" parts ("Signing of the ${a}–${b}
// letter of intent"). Returns the references in order ("a", "page.x"), or
// an error for an unclosed or empty "${".
Result<std::vector<std::string>> TemplateRefs(const std::string& text);
bool IsTemplate(const std::string& text);

}  // namespace twinmap::rules

#endif  // TWINMAP_RULES_RULES_H_
