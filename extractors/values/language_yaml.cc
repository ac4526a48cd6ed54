// Reads one rules/values/*.yaml file into a LanguagePack; the only file of
// values/ that includes yaml-cpp. The format is in rules/values/README.md.
#include <yaml-cpp/yaml.h>

#include <initializer_list>

#include "values/language_pack.h"

namespace twinmap {
namespace values {
namespace {

// Errors carry "name:line: " like a compiler's, and name the offending key.
class YamlReader {
 public:
  explicit YamlReader(std::string_view name) : name_(name) {}

  Status Error(const YAML::Node& node, const std::string& message) const {
    std::string where = name_;
    if (node.IsDefined() && node.Mark().line >= 0) {
      where += ":" + std::to_string(node.Mark().line + 1);
    }
    return Status::DataError(where + ": " + message);
  }

  // Unknown keys are errors, never skipped.
  Status CheckKeys(const YAML::Node& map, const std::string& section,
                   std::initializer_list<const char*> allowed) const {
    if (!map.IsMap()) return Error(map, "'" + section + "' must be a map");
    for (const auto& entry : map) {
      std::string key = entry.first.as<std::string>();
      bool known = false;
      for (const char* a : allowed) known = known || key == a;
      if (!known) {
        return Error(entry.first, "unknown key '" + key + "' in '" + section + "'");
      }
    }
    return Status::Ok();
  }

  Status StringList(const YAML::Node& node, const std::string& key,
                    std::vector<std::string>* out) const {
    if (!node.IsDefined() || node.IsNull()) return Status::Ok();
    if (!node.IsSequence()) return Error(node, "'" + key + "' must be a list");
    for (const auto& item : node) {
      if (!item.IsScalar()) return Error(item, "'" + key + "' holds a non-string");
      out->push_back(item.as<std::string>());
    }
    return Status::Ok();
  }

  Status AddPhrases(const YAML::Node& node, const std::string& key,
                    PhraseList* out) const {
    std::vector<std::string> items;
    Status s = StringList(node, key, &items);
    for (auto& item : items) out->Add(item);
    return s;
  }

  Status Number(const YAML::Node& node, const std::string& key,
                double* out) const {
    try {
      *out = node.as<double>();
    } catch (const YAML::Exception&) {
      return Error(node, "'" + key + "' is not a number");
    }
    return Status::Ok();
  }

  Status BoundOf(const YAML::Node& node, const std::string& key,
                 Bound* out) const {
    Result<Bound> b = BoundFromName(node.as<std::string>());
    if (!b.ok()) return Error(node, "'" + key + "': " + b.status().message());
    *out = *b;
    return Status::Ok();
  }

 private:
  std::string name_;
};

#define TM_RETURN_IF_ERROR(expr)   \
  do {                             \
    Status _s = (expr);            \
    if (!_s.ok()) return _s;       \
  } while (0)

Status LoadNumbers(const YamlReader& r, const YAML::Node& n, LanguagePack* p) {
  TM_RETURN_IF_ERROR(r.CheckKeys(
      n, "numbers",
      {"decimal", "group_separators", "space_groups", "dot_groups", "words",
       "multipliers", "groups", "scales", "zeros", "joiners", "weak", "no_start",
       "not_numbers", "teens_after_tens", "abbreviated_tail", "approx_nouns",
       "ordinal_suffixes", "ordinal_prefixes", "identifier_markers",
       "particles"}));
  if (n["decimal"]) {
    std::string d = n["decimal"].as<std::string>();
    if (d != "dot" && d != "comma") {
      return r.Error(n["decimal"], "'decimal' must be dot or comma, not '" + d + "'");
    }
    DecimalStyle style = d == "dot" ? DecimalStyle::kDot : DecimalStyle::kComma;
    p->decimal = p->lang.empty() ? DecimalStyle::kEither : style;
  }
  TM_RETURN_IF_ERROR(r.StringList(n["group_separators"], "group_separators",
                                  &p->group_separators));
  if (!p->lang.empty()) {
    if (n["space_groups"]) p->space_groups = n["space_groups"].as<bool>();
    if (n["dot_groups"]) p->dot_groups = n["dot_groups"].as<bool>();
    if (n["abbreviated_tail"]) p->abbreviated_tail = n["abbreviated_tail"].as<bool>();
  }
  size_t first_word = p->number_word_info.size();
  auto add_words = [&](const char* key, WordKind kind) -> Status {
    const YAML::Node& words = n[key];
    if (!words) return Status::Ok();
    if (!words.IsMap()) return r.Error(words, std::string("'") + key + "' must be a map");
    for (const auto& entry : words) {
      NumberWord w;
      w.kind = kind;
      TM_RETURN_IF_ERROR(r.Number(entry.second, entry.first.as<std::string>(), &w.value));
      p->number_words.Add(entry.first.as<std::string>());
      p->number_word_info.push_back(w);
    }
    return Status::Ok();
  };
  TM_RETURN_IF_ERROR(add_words("words", WordKind::kAdditive));
  TM_RETURN_IF_ERROR(add_words("multipliers", WordKind::kMultiplier));
  TM_RETURN_IF_ERROR(add_words("groups", WordKind::kGroup));
  TM_RETURN_IF_ERROR(add_words("scales", WordKind::kScale));
  std::vector<std::string> zeros, weak, no_start, not_numbers;
  TM_RETURN_IF_ERROR(r.StringList(n["zeros"], "zeros", &zeros));
  for (auto& z : zeros) {
    p->number_words.Add(z);
    p->number_word_info.push_back({0, WordKind::kZero, false, false});
  }
  TM_RETURN_IF_ERROR(r.StringList(n["weak"], "weak", &weak));
  TM_RETURN_IF_ERROR(r.StringList(n["no_start"], "no_start", &no_start));
  // Flags apply to this file's words only, so the union pack keeps each
  // language's own reading of a shared spelling.
  auto flag = [&](const std::vector<std::string>& list, const char* key,
                  bool NumberWord::*field) -> Status {
    for (const auto& s : list) {
      bool found = false;
      for (size_t i = first_word; i < p->number_word_info.size(); ++i) {
        if (p->number_words.phrase(i) == s) {
          p->number_word_info[i].*field = true;
          found = true;
        }
      }
      if (!found) return r.Error(n[key], "'" + s + "' in '" + key + "' is not a number word");
    }
    return Status::Ok();
  };
  TM_RETURN_IF_ERROR(flag(weak, "weak", &NumberWord::weak));
  TM_RETURN_IF_ERROR(flag(no_start, "no_start", &NumberWord::no_start));
  TM_RETURN_IF_ERROR(r.StringList(n["not_numbers"], "not_numbers", &not_numbers));
  p->not_numbers.insert(not_numbers.begin(), not_numbers.end());
  if (const YAML::Node& t = n["teens_after_tens"]) {
    for (const auto& v : t) p->teens_after_tens.push_back(v.as<int>());
  }
  TM_RETURN_IF_ERROR(r.AddPhrases(n["joiners"], "joiners", &p->joiners));
  if (const YAML::Node& a = n["approx_nouns"]) {
    if (!a.IsMap()) return r.Error(a, "'approx_nouns' must be a map");
    for (const auto& entry : a) {
      double v = 0;
      TM_RETURN_IF_ERROR(r.Number(entry.second, entry.first.as<std::string>(), &v));
      p->approx_nouns.Add(entry.first.as<std::string>());
      p->approx_values.push_back(v);
    }
  }
  TM_RETURN_IF_ERROR(r.AddPhrases(n["ordinal_suffixes"], "ordinal_suffixes", &p->ordinal_suffixes));
  TM_RETURN_IF_ERROR(r.AddPhrases(n["ordinal_prefixes"], "ordinal_prefixes", &p->ordinal_prefixes));
  TM_RETURN_IF_ERROR(r.AddPhrases(n["identifier_markers"], "identifier_markers", &p->identifier_markers));
  TM_RETURN_IF_ERROR(r.AddPhrases(n["particles"], "particles", &p->particles));
  return Status::Ok();
}

Status LoadBoundMap(const YamlReader& r, const YAML::Node& n, const char* key,
                    PhraseList* list, std::vector<Bound>* bounds) {
  if (!n) return Status::Ok();
  if (!n.IsMap()) return r.Error(n, std::string("'") + key + "' must be a map");
  for (const auto& entry : n) {
    Bound b;
    TM_RETURN_IF_ERROR(r.BoundOf(entry.second, entry.first.as<std::string>(), &b));
    list->Add(entry.first.as<std::string>());
    bounds->push_back(b);
  }
  return Status::Ok();
}

Status LoadHedges(const YamlReader& r, const YAML::Node& n, LanguagePack* p) {
  TM_RETURN_IF_ERROR(r.CheckKeys(n, "hedges", {"before", "after", "infix", "blockers"}));
  TM_RETURN_IF_ERROR(LoadBoundMap(r, n["before"], "before", &p->hedges_before, &p->bounds_before));
  TM_RETURN_IF_ERROR(LoadBoundMap(r, n["after"], "after", &p->hedges_after, &p->bounds_after));
  TM_RETURN_IF_ERROR(LoadBoundMap(r, n["infix"], "infix", &p->hedges_infix, &p->bounds_infix));
  return r.AddPhrases(n["blockers"], "blockers", &p->hedge_blockers);
}

Status LoadUnits(const YamlReader& r, const YAML::Node& n, LanguagePack* p) {
  if (!n.IsMap()) return r.Error(n, "'units' must be a map");
  for (const auto& entry : n) {
    UnitWord u;
    const YAML::Node& v = entry.second;
    if (v.IsScalar()) {
      u.unit = v.as<std::string>();
    } else if (v.IsMap()) {
      TM_RETURN_IF_ERROR(r.CheckKeys(v, "units", {"unit", "factor"}));
      if (!v["unit"]) return r.Error(v, "unit entry without 'unit'");
      u.unit = v["unit"].as<std::string>();
      if (v["factor"]) TM_RETURN_IF_ERROR(r.Number(v["factor"], "factor", &u.factor));
    } else {
      return r.Error(v, "a unit is a name or {unit, factor}");
    }
    p->units.Add(entry.first.as<std::string>());
    p->unit_info.push_back(u);
  }
  return Status::Ok();
}

Status LoadDates(const YamlReader& r, const YAML::Node& n, LanguagePack* p) {
  TM_RETURN_IF_ERROR(r.CheckKeys(
      n, "dates",
      {"cues", "since_after", "range_openers", "range_joiners", "day_joiners",
       "day_suffixes", "extra_months", "day_markers", "lowercase_not_months"}));
  for (const char* key : {"cues", "range_openers"}) {
    const YAML::Node& m = n[key];
    if (!m) continue;
    if (!m.IsMap()) return r.Error(m, std::string("'") + key + "' must be a map");
    for (const auto& entry : m) {
      std::string part = entry.second.as<std::string>();
      if (part != "prep" && part != "since") {
        return r.Error(entry.second, "a cue's part is prep or since, not '" + part + "'");
      }
      if (std::string(key) == "cues") {
        p->date_cues.Add(entry.first.as<std::string>());
        p->cue_parts.push_back(part);
      } else {
        p->range_openers.Add(entry.first.as<std::string>());
      }
    }
  }
  TM_RETURN_IF_ERROR(r.AddPhrases(n["since_after"], "since_after", &p->since_after));
  TM_RETURN_IF_ERROR(r.AddPhrases(n["range_joiners"], "range_joiners", &p->range_joiners));
  TM_RETURN_IF_ERROR(r.AddPhrases(n["day_joiners"], "day_joiners", &p->day_joiners));
  TM_RETURN_IF_ERROR(r.AddPhrases(n["day_suffixes"], "day_suffixes", &p->day_suffixes));
  std::vector<std::string> not_months;
  TM_RETURN_IF_ERROR(r.StringList(n["lowercase_not_months"], "lowercase_not_months", &not_months));
  p->lowercase_not_months.insert(not_months.begin(), not_months.end());
  TM_RETURN_IF_ERROR(r.StringList(n["day_markers"], "day_markers", &p->day_markers));
  if (const YAML::Node& m = n["extra_months"]) {
    for (const auto& entry : m) {
      int month = entry.second.as<int>();
      if (month < 1 || month > 12) return r.Error(entry.second, "a month is 1..12");
      p->months.Add(entry.first.as<std::string>());
      p->month_numbers.push_back(month);
    }
  }
  return Status::Ok();
}

Status LoadAddresses(const YamlReader& r, const YAML::Node& n, LanguagePack* p) {
  TM_RETURN_IF_ERROR(r.CheckKeys(
      n, "addresses",
      {"provinces", "labels", "city_suffixes", "district_suffixes",
       "street_suffixes", "number_suffixes"}));
  TM_RETURN_IF_ERROR(r.AddPhrases(n["provinces"], "provinces", &p->provinces));
  TM_RETURN_IF_ERROR(r.AddPhrases(n["labels"], "labels", &p->address_labels));
  TM_RETURN_IF_ERROR(r.StringList(n["city_suffixes"], "city_suffixes", &p->city_suffixes));
  TM_RETURN_IF_ERROR(r.StringList(n["district_suffixes"], "district_suffixes", &p->district_suffixes));
  TM_RETURN_IF_ERROR(r.StringList(n["street_suffixes"], "street_suffixes", &p->street_suffixes));
  return r.StringList(n["number_suffixes"], "number_suffixes", &p->number_suffixes);
}

Status LoadTop(const YamlReader& r, const YAML::Node& root, LanguagePack* p) {
  TM_RETURN_IF_ERROR(r.CheckKeys(
      root, "top level",
      {"language", "numbers", "hedges", "units", "unit_links",
       "currency_before", "percent_before", "tlds", "dates", "times",
       "addresses"}));
  if (!root["language"]) return r.Error(root, "missing 'language'");
  if (root["numbers"]) TM_RETURN_IF_ERROR(LoadNumbers(r, root["numbers"], p));
  if (root["hedges"]) TM_RETURN_IF_ERROR(LoadHedges(r, root["hedges"], p));
  if (root["units"]) TM_RETURN_IF_ERROR(LoadUnits(r, root["units"], p));
  TM_RETURN_IF_ERROR(r.AddPhrases(root["unit_links"], "unit_links", &p->unit_links));
  if (const YAML::Node& c = root["currency_before"]) {
    if (!c.IsMap()) return r.Error(c, "'currency_before' must be a map");
    for (const auto& entry : c) {
      p->currency_before.Add(entry.first.as<std::string>());
      p->currency_before_code.push_back(entry.second.as<std::string>());
    }
  }
  TM_RETURN_IF_ERROR(r.AddPhrases(root["percent_before"], "percent_before", &p->percent_before));
  std::vector<std::string> tlds;
  TM_RETURN_IF_ERROR(r.StringList(root["tlds"], "tlds", &tlds));
  p->tlds.insert(tlds.begin(), tlds.end());
  if (root["dates"]) TM_RETURN_IF_ERROR(LoadDates(r, root["dates"], p));
  if (const YAML::Node& t = root["times"]) {
    TM_RETURN_IF_ERROR(r.CheckKeys(t, "times", {"suffixes"}));
    TM_RETURN_IF_ERROR(r.AddPhrases(t["suffixes"], "suffixes", &p->time_suffixes));
  }
  if (root["addresses"]) TM_RETURN_IF_ERROR(LoadAddresses(r, root["addresses"], p));
  return Status::Ok();
}

}  // namespace

Status LoadLanguageYaml(std::string_view yaml, std::string_view name,
                        LanguagePack* pack) {
  YamlReader reader(name);
  try {
    YAML::Node root = YAML::Load(std::string(yaml));
    if (!root.IsMap()) return reader.Error(root, "the file must be a map");
    return LoadTop(reader, root, pack);
  } catch (const YAML::Exception& e) {
    return Status::DataError(std::string(name) + ":" +
                             std::to_string(e.mark.line + 1) + ": " + e.msg);
  }
}

}  // namespace values
}  // namespace twinmap
