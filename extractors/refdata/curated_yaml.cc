#include "refdata/curated_yaml.h"

#include <yaml-cpp/yaml.h>

#include <initializer_list>
#include <set>

namespace twinmap::refdata {
namespace {

// Errors inside this file travel as exceptions of this type and become a
// Status at the boundary, like yaml-cpp's own.
struct CuratedError {
  size_t line;
  std::string message;
};

size_t LineOf(const YAML::Node& n) {
  return static_cast<size_t>(n.Mark().line) + 1;
}

[[noreturn]] void Fail(const YAML::Node& n, const std::string& message) {
  throw CuratedError{LineOf(n), message};
}

std::string Join(std::initializer_list<const char*> keys) {
  std::string out;
  for (const char* k : keys) out += std::string(out.empty() ? "" : ", ") + k;
  return out;
}

// Every key of `map` must be one of `allowed` (style: unknown keys are errors).
void CheckKeys(const YAML::Node& map, const char* what,
               std::initializer_list<const char*> allowed) {
  if (!map.IsMap()) Fail(map, std::string("expected a mapping for ") + what);
  for (auto it = map.begin(); it != map.end(); ++it) {
    std::string key = it->first.as<std::string>();
    bool ok = false;
    for (const char* a : allowed) ok = ok || key == a;
    if (!ok) {
      Fail(it->first, "unknown key \"" + key + "\" in " + what +
                          " (allowed: " + Join(allowed) + ")");
    }
  }
}

std::string Scalar(const YAML::Node& map, const char* key, bool required,
                   const char* what) {
  YAML::Node v = map[key];
  if (!v || v.IsNull()) {
    if (required) Fail(map, std::string("missing \"") + key + "\" in " + what);
    return std::string();
  }
  if (!v.IsScalar())
    Fail(v, std::string("\"") + key + "\" must be a single value");
  std::string s = v.Scalar();
  if (required && s.empty())
    Fail(v, std::string("empty \"") + key + "\" in " + what);
  return s;
}

std::vector<std::string> StringList(const YAML::Node& map, const char* key) {
  std::vector<std::string> out;
  YAML::Node v = map[key];
  if (!v || v.IsNull()) return out;
  if (!v.IsSequence()) Fail(v, std::string("\"") + key + "\" must be a list");
  for (const YAML::Node& item : v) {
    if (!item.IsScalar() || item.Scalar().empty())
      Fail(item, std::string("\"") + key + "\" items must be ids");
    out.push_back(item.Scalar());
  }
  return out;
}

std::map<std::string, std::string> StringMap(const YAML::Node& map,
                                             const char* key) {
  std::map<std::string, std::string> out;
  YAML::Node v = map[key];
  if (!v || v.IsNull()) return out;
  if (!v.IsMap()) Fail(v, std::string("\"") + key + "\" must be a mapping");
  for (auto it = v.begin(); it != v.end(); ++it) {
    if (!it->second.IsScalar())
      Fail(it->second,
           std::string("values of \"") + key + "\" must be single values");
    out[it->first.as<std::string>()] = it->second.Scalar();
  }
  return out;
}

// `forms:` items: {text, lang, kind?, source?}; the group's source is the
// default.
std::vector<CuratedForm> Forms(const YAML::Node& owner,
                               const std::string& default_source) {
  std::vector<CuratedForm> out;
  YAML::Node forms = owner["forms"];
  if (!forms || forms.IsNull()) return out;
  if (!forms.IsSequence()) Fail(forms, "\"forms\" must be a list");
  for (const YAML::Node& f : forms) {
    CheckKeys(f, "a form", {"text", "lang", "kind", "source"});
    CuratedForm form;
    form.line = LineOf(f);
    form.alias.text = Scalar(f, "text", true, "a form");
    form.alias.lang = Scalar(f, "lang", true, "a form");
    form.alias.kind = Scalar(f, "kind", false, "a form");
    if (form.alias.kind.empty()) form.alias.kind = "curated";
    form.alias.source = Scalar(f, "source", false, "a form");
    if (form.alias.source.empty()) form.alias.source = default_source;
    if (form.alias.source.empty())
      Fail(f, "a form needs a \"source\" (or one on its entry)");
    out.push_back(std::move(form));
  }
  return out;
}

CuratedAliasGroup Group(const YAML::Node& n) {
  CheckKeys(n, "an aliases entry", {"id", "source", "forms"});
  CuratedAliasGroup g;
  g.line = LineOf(n);
  g.id = Scalar(n, "id", true, "an aliases entry");
  g.forms = Forms(n, Scalar(n, "source", false, "an aliases entry"));
  if (g.forms.empty()) Fail(n, "aliases entry " + g.id + " has no forms");
  return g;
}

CuratedEntity EntityEntry(const YAML::Node& n) {
  const char* what = "an entities entry";
  CheckKeys(
      n, what,
      {"id", "type", "name", "country", "parent", "names", "codes",
       "valid_from", "valid_to", "successors", "members", "source", "forms"});
  CuratedEntity c;
  c.line = LineOf(n);
  Entity& e = c.entity;
  e.id = Scalar(n, "id", true, what);
  e.type = Scalar(n, "type", true, what);
  e.name = Scalar(n, "name", true, what);
  e.country = Scalar(n, "country", false, what);
  e.parent = Scalar(n, "parent", false, what);
  e.names = StringMap(n, "names");
  e.codes = StringMap(n, "codes");
  e.valid_from = Scalar(n, "valid_from", false, what);
  e.valid_to = Scalar(n, "valid_to", false, what);
  e.successors = StringList(n, "successors");
  e.source = Scalar(n, "source", true, what);
  c.members = StringList(n, "members");
  for (CuratedForm& f : Forms(n, e.source))
    e.aliases.push_back(std::move(f.alias));
  return c;
}

CuratedFile Parse(const YAML::Node& root, const std::string& display) {
  CuratedFile out;
  out.display = display;
  if (!root || root.IsNull()) return out;
  CheckKeys(root, "the file", {"about", "aliases", "entities"});
  out.about = Scalar(root, "about", false, "the file");
  YAML::Node groups = root["aliases"];
  if (groups && !groups.IsNull()) {
    if (!groups.IsSequence()) Fail(groups, "\"aliases\" must be a list");
    for (const YAML::Node& g : groups) out.groups.push_back(Group(g));
  }
  YAML::Node entities = root["entities"];
  if (entities && !entities.IsNull()) {
    if (!entities.IsSequence()) Fail(entities, "\"entities\" must be a list");
    for (const YAML::Node& e : entities) out.entities.push_back(EntityEntry(e));
  }
  return out;
}

}  // namespace

Result<CuratedFile> ReadCuratedFile(const std::string& path,
                                    const std::string& display) {
  try {
    YAML::Node root = YAML::LoadFile(path);
    return Parse(root, display);
  } catch (const CuratedError& e) {
    return Status::DataError(display + ":" + std::to_string(e.line) + ": " +
                             e.message);
  } catch (const YAML::BadFile&) {
    return Status::NotFound(display + ": cannot open");
  } catch (const YAML::Exception& e) {
    return Status::DataError(display + ":" + std::to_string(e.mark.line + 1) +
                             ": broken YAML: " + e.msg);
  }
}

}  // namespace twinmap::refdata
