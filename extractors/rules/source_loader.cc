// Reads one rules/sources/*.yaml file into SourceRules, checking the schema
// of doc/rules.md as it goes. Every problem is reported with file:line:col;
// the file is rejected if there was any.
#include <re2/re2.h>

#include <filesystem>
#include <set>

#include "rules/rules.h"
#include "rules/yaml_reader.h"

namespace twinmap::rules {
namespace {

const std::set<std::string> kProperties = {
    "population", "area_km2", "gdp", "gdp_per_capita", "budget", "urbanization_rate",
    "website", "phone", "address", "title", "date", "end_date", "founded",
    "sister_city_count", "sister_city_country_count", "partnership_count",
    "sister_school_count", "letter_of_intent_count", "partner", "located_in",
    "capital_of", "member_of", "participant_in", "affiliated_with", "held_in", "name"};
const std::set<std::string> kBounds = {"exact", "approx", "lower", "upper"};
// Types of the entities a rule may name itself (`create`): local ones only;
// places come from the gazetteer.
const std::set<std::string> kCreatableTypes = {"organization", "person", "event", "programme"};

class SourceReader {
 public:
  SourceReader(const std::string& path, DiagnosticSink* sink) : path_(path), schema_(sink) {}

  Result<SourceRules> Read() {
    Origin syntax_error_at;
    auto root = ParseYamlFile(path_, &syntax_error_at);
    if (!root.ok()) {
      schema_.Error(syntax_error_at, root.status().message());
      return root.status();
    }
    SourceRules out;
    out.origin = root->origin();
    if (!schema_.CheckKeys(*root, {"source", "description", "applies_to", "languages", "generic",
                                   "page", "sections"},
                           "a source file")) {
      return Failed();
    }
    schema_.RequireString(*root, "source", &out.id);
    std::string stem = std::filesystem::path(path_).stem().string();
    if (!out.id.empty() && out.id != stem) {
      schema_.Error(root->Get("source").origin(),
                    "source id '" + out.id + "' must equal the file name '" + stem + "'");
    }
    schema_.OptionalString(*root, "description", &out.description);
    OptionalBool(*root, "generic", &out.generic);
    ReadAppliesTo(root->Get("applies_to"), &out);
    schema_.OptionalStringList(*root, "languages", &out.languages);
    for (const auto& lang : out.languages) {
      if (lang != "fr" && lang != "en" && lang != "ko" && lang != "zh") {
        schema_.Error(root->Get("languages").origin(), "unknown language '" + lang + "'");
      }
    }
    YamlNode page = root->Get("page");
    if (page.IsDefined()) {
      if (!page.IsSequence()) schema_.Error(page.origin(), "'page' must be a list of rules");
      for (const YamlNode& r : page.Items()) ReadRule(r, out.id + "/page", {}, &out.page_rules, true);
    }
    YamlNode sections = root->Get("sections");
    if (!sections.IsSequence() || sections.Items().empty()) {
      schema_.Error(sections.IsDefined() ? sections.origin() : root->origin(),
                    "'sections' must be a non-empty list");
    }
    for (const YamlNode& s : sections.Items()) ReadSection(s, &out);
    if (schema_.errors() > 0) return Failed();
    return out;
  }

 private:
  Status Failed() {
    return Status::DataError(path_ + ": " + std::to_string(schema_.errors()) + " error(s)");
  }

  // A plain regex under `key` (no slots); its text goes to *source_out.
  std::shared_ptr<RE2> Regex(const YamlNode& map, const std::string& key,
                             std::string* source_out = nullptr) {
    std::string source;
    if (!schema_.OptionalString(map, key, &source) || source.empty()) return nullptr;
    if (source_out) *source_out = source;
    // Through the pattern compiler so \s means the same everywhere.
    auto p = CompilePattern(source, map.Get(key).origin());
    if (!p.ok()) {
      schema_.Error(map.Get(key).origin(), "'" + key + "': " + p.status().message());
      return nullptr;
    }
    if (!p->slots.empty()) {
      schema_.Error(map.Get(key).origin(), "'" + key + "' cannot have slots");
    }
    return p->re;
  }

  // "true" or "false" (YAML's other spellings are not accepted, so a typo
  // cannot silently mean false).
  void OptionalBool(const YamlNode& map, const std::string& key, bool* out) {
    std::string text;
    if (!schema_.OptionalString(map, key, &text) || text.empty()) return;
    if (text == "true") {
      *out = true;
    } else if (text == "false") {
      *out = false;
    } else {
      schema_.Error(map.Get(key).origin(), "'" + key + "' must be true or false");
    }
  }

  void ReadAppliesTo(const YamlNode& node, SourceRules* out) {
    if (!node.IsDefined()) {
      schema_.Error(out->origin, "missing required key 'applies_to'");
      return;
    }
    if (!schema_.CheckKeys(node, {"file", "fingerprint"}, "applies_to")) return;
    schema_.OptionalString(node, "file", &out->file_glob);
    out->fingerprint = Regex(node, "fingerprint");
  }

  void ReadSection(const YamlNode& node, SourceRules* out) {
    Section s;
    s.origin = node.origin();
    if (!schema_.CheckKeys(node, {"id", "kind", "start", "end", "record", "item", "types", "within", "rules"},
                           "a section")) {
      return;
    }
    schema_.RequireString(node, "id", &s.id);
    std::string kind;
    schema_.RequireString(node, "kind", &kind);
    if (kind == "prose") {
      s.kind = SectionKind::kProse;
    } else if (kind == "list") {
      s.kind = SectionKind::kList;
    } else if (kind == "records") {
      s.kind = SectionKind::kRecords;
    } else if (!kind.empty()) {
      schema_.Error(node.Get("kind").origin(), "unknown section kind '" + kind +
                                                   "' (prose, list or records)");
    }
    s.start = Regex(node, "start");
    s.end = Regex(node, "end");
    s.item = Regex(node, "item");
    std::set<std::string> record_slots;
    std::string record;
    schema_.OptionalString(node, "record", &record);
    record_slots_known_ = true;
    if (s.kind == SectionKind::kRecords && record.empty()) {
      schema_.Error(node.origin(), "a records section needs 'record'");
      record_slots_known_ = false;
    }
    if (!record.empty()) {
      auto p = CompilePattern(record, node.Get("record").origin());
      if (!p.ok()) {
        schema_.Error(node.Get("record").origin(), "'record': " + p.status().message());
        record_slots_known_ = false;
      } else {
        s.record = *p;
        for (const Slot& slot : p->slots) record_slots.insert(slot.name);
      }
    }
    YamlNode types = node.Get("types");
    if (types.IsDefined() && !types.IsMap()) {
      schema_.Error(types.origin(), "'types' must be a mapping from slot to entity types");
    }
    for (const auto& [slot, list] : types.Entries()) {
      std::vector<std::string> t;
      for (const YamlNode& item : list.Items()) {
        if (!item.IsScalar()) {
          schema_.Error(item.origin(), "items of 'types." + slot + "' must be strings");
        } else {
          t.push_back(item.Scalar());
        }
      }
      if (list.Items().empty()) {
        schema_.Error(list.origin(), "'types." + slot + "' must be a list of entity types");
      }
      s.types[slot] = t;
    }
    schema_.OptionalStringMap(node, "within", &s.within);
    YamlNode rules = node.Get("rules");
    if (!rules.IsSequence() || rules.Items().empty()) {
      schema_.Error(rules.IsDefined() ? rules.origin() : node.origin(),
                    "'rules' must be a non-empty list");
    }
    for (const YamlNode& r : rules.Items()) {
      ReadRule(r, out->id + "/" + s.id, record_slots, &s.rules, false);
    }
    out->sections.push_back(std::move(s));
  }

  void ReadRule(const YamlNode& node, const std::string& prefix,
                const std::set<std::string>& record_slots, std::vector<Rule>* out, bool page_rule) {
    Rule r;
    r.origin = node.origin();
    if (!schema_.CheckKeys(node, {"id", "pattern", "each", "repeat", "when", "emit", "set", "create"}, "a rule")) {
      return;
    }
    std::string id;
    schema_.RequireString(node, "id", &id);
    r.id = prefix + "/" + id;
    if (!id.empty() && !ids_.insert(r.id).second) {
      schema_.Error(node.Get("id").origin(), "duplicate rule id '" + r.id + "'");
    }
    std::string pattern;
    schema_.OptionalString(node, "pattern", &pattern);
    schema_.OptionalString(node, "each", &r.each);
    // When the pattern itself is wrong, references to its slots are not
    // checked: one mistake, one error.
    slots_known_ = true;
    if (pattern.empty() == r.each.empty()) {
      schema_.Error(node.origin(), "a rule needs exactly one of 'pattern' and 'each'");
      slots_known_ = false;
    }
    std::set<std::string> slots;
    if (!pattern.empty()) {
      auto p = CompilePattern(pattern, node.Get("pattern").origin());
      if (!p.ok()) {
        schema_.Error(node.Get("pattern").origin(), "rule '" + id + "': " + p.status().message());
        slots_known_ = false;
      } else {
        r.pattern = *p;
        for (const Slot& s : p->slots) slots.insert(s.name);
      }
    }
    if (!r.each.empty()) {
      if (!IsKnownSlotType(r.each) && r.each != "scope") {
        schema_.Error(node.Get("each").origin(), "unknown slot type '" + r.each + "'");
      }
      slots.insert("it");
    }
    OptionalBool(node, "repeat", &r.repeat);
    YamlNode when = node.Get("when");
    if (when.IsDefined() &&
        schema_.CheckKeys(when, {"capitalized", "standalone", "not_after", "not_before", "sentence"}, "when")) {
      OptionalBool(when, "capitalized", &r.when.capitalized);
      OptionalBool(when, "standalone", &r.when.standalone);
      r.when.not_after = Regex(when, "not_after", &r.when.not_after_source);
      r.when.not_before = Regex(when, "not_before", &r.when.not_before_source);
      r.when.sentence = Regex(when, "sentence", &r.when.sentence_source);
    }
    ReadCreate(node.Get("create"), &slots, record_slots, &r);
    schema_.OptionalStringMap(node, "set", &r.set);
    if (!r.set.empty() && !page_rule) {
      schema_.Error(node.KeyOrigin("set"), "only page rules may 'set' page variables");
    }
    for (const auto& [var, ref] : r.set) {
      CheckReference(ref, slots, record_slots, node.Get("set").Get(var).origin());
      page_vars_.insert(var);
    }
    YamlNode emit = node.Get("emit");
    if (emit.IsDefined() && !emit.IsSequence()) schema_.Error(emit.origin(), "'emit' must be a list");
    for (const YamlNode& e : emit.Items()) ReadEmit(e, slots, record_slots, &r);
    if (r.emit.empty() && r.set.empty()) {
      schema_.Error(node.origin(), "rule '" + id + "' neither emits nor sets anything");
    }
    out->push_back(std::move(r));
  }

  // `create: {name: {type: event, name: "template", names: {fr: "template"}}}`:
  // each new entity is a reference `$name` for the rule's emits and sets.
  void ReadCreate(const YamlNode& node, std::set<std::string>* slots,
                  const std::set<std::string>& record_slots, Rule* rule) {
    if (!node.IsDefined()) return;
    if (!node.IsMap()) {
      schema_.Error(node.origin(), "'create' must be a mapping from a name to an entity");
      return;
    }
    if (!rule->each.empty()) {
      schema_.Error(node.origin(), "'create' needs a 'pattern' (an entity is named once per match)");
    }
    for (const auto& [key, spec] : node.Entries()) {
      NewEntity e;
      e.origin = spec.origin();
      if (slots->count(key)) {
        schema_.Error(spec.origin(), "'create." + key + "': the rule already has a slot '" + key + "'");
      }
      if (!schema_.CheckKeys(spec, {"type", "name", "names"}, "a created entity")) continue;
      schema_.RequireString(spec, "type", &e.type);
      if (!e.type.empty() && !kCreatableTypes.count(e.type)) {
        schema_.Error(spec.Get("type").origin(),
                      "'" + e.type + "' cannot be created (organization, person, event or programme)");
      }
      schema_.RequireString(spec, "name", &e.name);
      schema_.OptionalStringMap(spec, "names", &e.names);
      CheckTemplate(e.name, *slots, record_slots, spec.Get("name").origin());
      for (const auto& [lang, text] : e.names) {
        if (lang != "fr" && lang != "en" && lang != "ko" && lang != "zh") {
          schema_.Error(spec.Get("names").Get(lang).origin(), "unknown language '" + lang + "'");
        }
        CheckTemplate(text, *slots, record_slots, spec.Get("names").Get(lang).origin());
      }
      rule->create[key] = std::move(e);
    }
    for (const auto& [key, e] : rule->create) slots->insert(key);
  }

  // Every "${ref}" of a template names something that exists.
  void CheckTemplate(const std::string& text, const std::set<std::string>& slots,
                     const std::set<std::string>& record_slots, const Origin& at) {
    auto refs = TemplateRefs(text);
    if (!refs.ok()) {
      schema_.Error(at, refs.status().message());
      return;
    }
    for (const std::string& ref : *refs) CheckReference("$" + ref, slots, record_slots, at);
  }

  void ReadEmit(const YamlNode& node, const std::set<std::string>& slots,
                const std::set<std::string>& record_slots, Rule* rule) {
    Emit e;
    e.origin = node.origin();
    if (!schema_.CheckKeys(node, {"subject", "property", "value", "object", "scale", "unit", "bound",
                                  "qualifiers", "year"},
                           "an emit")) {
      return;
    }
    schema_.RequireString(node, "subject", &e.subject);
    schema_.RequireString(node, "property", &e.property);
    if (!e.property.empty() && !kProperties.count(e.property)) {
      schema_.Error(node.Get("property").origin(), "unknown property '" + e.property + "'");
    }
    schema_.OptionalString(node, "value", &e.value);
    schema_.OptionalString(node, "object", &e.object);
    if (e.value.empty() == e.object.empty()) {
      schema_.Error(node.origin(), "an emit needs exactly one of 'value' and 'object'");
    }
    std::string scale;
    schema_.OptionalString(node, "scale", &scale);
    if (!scale.empty()) {
      char* end = nullptr;
      e.scale = std::strtod(scale.c_str(), &end);
      if (end == scale.c_str() || *end != '\0' || e.scale <= 0) {
        schema_.Error(node.Get("scale").origin(), "'scale' must be a positive number");
      }
    }
    schema_.OptionalString(node, "unit", &e.unit);
    schema_.OptionalString(node, "bound", &e.bound);
    if (!e.bound.empty() && !kBounds.count(e.bound)) {
      schema_.Error(node.Get("bound").origin(), "unknown bound '" + e.bound + "'");
    }
    schema_.OptionalStringMap(node, "qualifiers", &e.qualifiers);
    schema_.OptionalString(node, "year", &e.year);
    if (!e.year.empty() && e.year[0] != '$') {
      schema_.Error(node.Get("year").origin(), "'year' must be a reference such as $page.year");
    }
    // Each reference is reported where it is written; a value or qualifier
    // may also be a template.
    for (const char* key : {"subject", "value", "object", "year"}) {
      YamlNode ref = node.Get(key);
      if (!ref.IsScalar()) continue;
      if (!IsTemplate(ref.Scalar())) {
        CheckReference(ref.Scalar(), slots, record_slots, ref.origin());
      } else if (std::string(key) == "value") {
        CheckTemplate(ref.Scalar(), slots, record_slots, ref.origin());
      } else {
        schema_.Error(ref.origin(), std::string("'") + key + "' cannot be a template; only values and qualifiers can");
      }
    }
    for (const auto& [k, v] : e.qualifiers) {
      const Origin at = node.Get("qualifiers").Get(k).origin();
      if (IsTemplate(v)) {
        CheckTemplate(v, slots, record_slots, at);
      } else {
        CheckReference(v, slots, record_slots, at);
      }
    }
    rule->emit.push_back(std::move(e));
  }

  // "$slot", "$record.slot", "$page.var" must name something that exists.
  void CheckReference(const std::string& ref, const std::set<std::string>& slots,
                      const std::set<std::string>& record_slots, const Origin& at) {
    if (ref.empty() || ref[0] != '$') return;
    std::string name = ref.substr(1);
    size_t dot = name.find('.');
    std::string head = name.substr(0, dot);
    std::string tail = dot == std::string::npos ? "" : name.substr(dot + 1);
    if (head == "record") {
      if (record_slots_known_ && !record_slots.count(tail)) {
        schema_.Error(at, "'" + ref + "': the record pattern has no slot '" + tail + "'");
      }
    } else if (head == "page") {
      if (tail.empty()) {
        schema_.Error(at, "'" + ref + "': name a page variable");
      } else {
        // Page variables are checked once the whole file is read.
        page_refs_.emplace_back(tail, at);
      }
    } else if (slots_known_ && !slots.count(head)) {
      schema_.Error(at, "'" + ref + "': the rule has no slot '" + head + "'");
    }
  }

 public:
  void CheckPageRefs() {
    for (const auto& [var, at] : page_refs_) {
      std::string base = var.substr(0, var.find('.'));
      if (!page_vars_.count(base) && base != "date" && base != "year" && base != "source") {
        schema_.Error(at, "'$page." + var + "': no page rule sets '" + base + "'");
      }
    }
  }
  size_t errors() const { return schema_.errors(); }

 private:
  std::string path_;
  SchemaReader schema_;
  std::set<std::string> ids_;
  std::set<std::string> page_vars_;
  std::vector<std::pair<std::string, Origin>> page_refs_;
  bool slots_known_ = true;         // the current rule's pattern compiled
  bool record_slots_known_ = true;  // the current section's record compiled
};

}  // namespace

std::string Origin::ToString() const {
  return file + ":" + std::to_string(line) + ":" + std::to_string(column);
}

Result<SourceRules> LoadSourceFile(const std::string& path, DiagnosticSink* sink) {
  SourceReader reader(path, sink);
  Result<SourceRules> out = Status::Internal(path + ": not read");
  // yaml-cpp reports some misuse by throwing; whatever the input, the loader
  // reports and returns instead of letting an exception escape.
  try {
    out = reader.Read();
    reader.CheckPageRefs();
  } catch (const std::exception& e) {
    Diagnostic d;
    d.severity = Diagnostic::Severity::kError;
    d.file = path;
    d.line = 1;
    d.column = 1;
    d.message = std::string("cannot read the rules: ") + e.what();
    if (sink) sink->Report(d);
    return Status::DataError(path + ": " + d.message);
  }
  if (reader.errors() > 0) {
    return Status::DataError(path + ": " + std::to_string(reader.errors()) + " error(s)");
  }
  return out;
}

}  // namespace twinmap::rules
