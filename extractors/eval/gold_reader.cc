// Reads tests/gold/FORMAT.md files. Gold is curated by hand, so the reader is
// strict: an unknown key is a typo to fix, not something to skip.
#include <algorithm>
#include <filesystem>
#include <map>
#include <set>
#include <system_error>

#include "eval/gold.h"
#include "eval/jsonl.h"

namespace twinmap::eval {
namespace {

namespace fs = std::filesystem;

const std::set<std::string>& CodeKeys() {
  static const std::set<std::string> keys = {
      "gb2260", "iso3166_2", "insee", "siren", "dep", "region_fr", "country"};
  return keys;
}

const std::set<std::string>& FactKeys() {
  static const std::set<std::string> keys = {
      "source", "kind",  "entity", "subject", "property",   "value",
      "unit",   "bound", "as_of",  "object",  "qualifiers", "evidence"};
  return keys;
}

Status CheckKeys(const nlohmann::json& object,
                 const std::set<std::string>& allowed, const std::string& where,
                 const std::string& what) {
  for (auto it = object.begin(); it != object.end(); ++it) {
    if (allowed.count(it.key()) == 0) {
      return Status::DataError(where + ": unknown key \"" + it.key() +
                               "\" in " + what);
    }
  }
  return Status::Ok();
}

Status ReadRef(const nlohmann::json& j, const std::string& where,
               const std::string& field, EntityRef* ref) {
  std::set<std::string> allowed = CodeKeys();
  allowed.insert({"name", "type", "aliases", "code_confidence"});
  Status keys = CheckKeys(j, allowed, where, "\"" + field + "\"");
  if (!keys.ok()) return keys;
  FieldReader f(j, where);
  ref->name = f.String("name", true);
  ref->type = f.String("type", true);
  ref->aliases = f.Strings("aliases");
  std::string confidence = f.String("code_confidence");
  if (!confidence.empty() && confidence != "low") {
    f.Fail("\"" + field + ".code_confidence\" must be \"low\"");
  }
  ref->low_confidence = confidence == "low";
  for (const std::string& key : CodeKeys()) {
    std::string code = f.String(key.c_str());
    if (!code.empty()) ref->codes[key] = code;
  }
  if (f.status().ok() && (ref->name.empty() || ref->type.empty())) {
    f.Fail("\"" + field + "\" needs a non-empty name and type");
  }
  return f.status();
}

Status ReadFact(const nlohmann::json& j, const std::string& where,
                GoldFact* fact) {
  Status keys = CheckKeys(j, FactKeys(), where, "fact");
  if (!keys.ok()) return keys;
  FieldReader f(j, where);
  fact->source = f.String("source", true);
  std::string kind = f.String("kind", true);
  fact->evidence = f.String("evidence", true);
  if (!f.status().ok()) return f.status();
  if (fact->evidence.empty())
    return Status::DataError(where + ": empty \"evidence\"");

  const char* subject_key = "subject";
  if (kind == "entity") {
    fact->kind = FactKind::kEntity;
    subject_key = "entity";
  } else if (kind == "attribute") {
    fact->kind = FactKind::kAttribute;
  } else if (kind == "relation") {
    fact->kind = FactKind::kRelation;
  } else {
    return Status::DataError(
        where + ": \"kind\" must be entity, attribute or relation, not \"" +
        kind + "\"");
  }
  const nlohmann::json* subject = f.Object(subject_key, true);
  if (!f.status().ok()) return f.status();
  Status ref = ReadRef(*subject, where, subject_key, &fact->subject);
  if (!ref.ok()) return ref;
  if (fact->kind == FactKind::kEntity) return Status::Ok();

  fact->property = f.String("property", true);
  if (fact->kind == FactKind::kAttribute) {
    if (!f.Has("value")) f.Fail("missing field \"value\"");
    fact->value = f.Scalar("value");
    fact->unit = f.String("unit");
    fact->as_of = f.String("as_of");
    std::string bound = f.String("bound");
    if (!bound.empty()) fact->bound = bound;
    if (f.status().ok() && fact->bound != "exact" && fact->bound != "approx" &&
        fact->bound != "lower" && fact->bound != "upper") {
      f.Fail("\"bound\" must be exact, approx, lower or upper");
    }
    return f.status();
  }
  const nlohmann::json* object = f.Object("object", true);
  fact->qualifiers = f.ScalarMap("qualifiers");
  if (!f.status().ok()) return f.status();
  return ReadRef(*object, where, "object", &fact->object);
}

}  // namespace

const char* FactKindName(FactKind kind) {
  switch (kind) {
    case FactKind::kEntity:
      return "entity";
    case FactKind::kAttribute:
      return "attribute";
    case FactKind::kRelation:
      return "relation";
  }
  return "?";
}

// A page's entity fact names the entity once with its aliases; the same
// entity's references in attributes and relations usually carry only its
// name and type. They are one entity, so the references get the aliases too
// (the association a page names only in Korean is still that association).
void ShareEntityAliases(GoldPage* page) {
  std::map<std::pair<std::string, std::string>, std::vector<std::string>> aliases;
  for (const GoldFact& f : page->facts) {
    if (f.kind != FactKind::kEntity || f.subject.aliases.empty()) continue;
    auto& list = aliases[{f.subject.name, f.subject.type}];
    list.insert(list.end(), f.subject.aliases.begin(), f.subject.aliases.end());
  }
  auto enrich = [&](EntityRef* ref) {
    auto it = aliases.find({ref->name, ref->type});
    if (it == aliases.end()) return;
    for (const std::string& a : it->second) {
      if (std::find(ref->aliases.begin(), ref->aliases.end(), a) == ref->aliases.end()) {
        ref->aliases.push_back(a);
      }
    }
  };
  for (GoldFact& f : page->facts) {
    if (f.kind == FactKind::kEntity) continue;
    enrich(&f.subject);
    if (f.kind == FactKind::kRelation) enrich(&f.object);
  }
}

Result<GoldPage> ReadGoldFile(const std::string& path) {
  GoldPage page;
  page.gold_file = path;
  page.source = fs::path(path).filename().string();
  const std::string suffix = ".jsonl";
  if (page.source.size() > suffix.size() &&
      page.source.compare(page.source.size() - suffix.size(), suffix.size(),
                          suffix) == 0) {
    page.source.resize(page.source.size() - suffix.size());
  }
  Status status = ReadJsonLines(
      path,
      [&](const nlohmann::json& j, const std::string& where, uint64_t line) {
        GoldFact fact;
        fact.gold_file = path;
        fact.gold_line = line;
        Status s = ReadFact(j, where, &fact);
        if (!s.ok()) return s;
        if (fact.source != page.source) {
          return Status::DataError(where + ": \"source\" is \"" + fact.source +
                                   "\" but this file holds facts of \"" +
                                   page.source + "\"");
        }
        page.facts.push_back(std::move(fact));
        return Status::Ok();
      });
  if (!status.ok()) return status;
  ShareEntityAliases(&page);
  return page;
}

Result<std::vector<GoldPage>> ReadGoldDir(const std::string& dir) {
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) {
    return Status::NotFound(dir + ": gold directory does not exist");
  }
  std::vector<std::string> files;
  for (fs::directory_iterator it(dir, ec), end; !ec && it != end;
       it.increment(ec)) {
    if (it->path().extension() == ".jsonl")
      files.push_back(it->path().string());
  }
  if (ec) return Status::IoError(dir + ": " + ec.message());
  if (files.empty()) return Status::NotFound(dir + ": no gold *.jsonl files");
  std::sort(files.begin(), files.end());
  std::vector<GoldPage> pages;
  for (const std::string& file : files) {
    Result<GoldPage> page = ReadGoldFile(file);
    if (!page.ok()) return page.status();
    pages.push_back(std::move(page).value());
  }
  return pages;
}

}  // namespace twinmap::eval
