// Gazetteer::Load: reads manifest.tsv and the generated files it lists, then
// the curated YAML files, then checks every reference between entities and
// builds the code indexes.
#include <algorithm>
#include <charconv>
#include <filesystem>
#include <set>

#include "refdata/curated_yaml.h"
#include "refdata/gazetteer_data.h"
#include "refdata/refdata.h"
#include "refdata/tsv_file.h"

namespace twinmap::refdata {
namespace {

const std::vector<std::string> kEntityColumns = {
    "id",         "type",     "name",       "country",
    "parent",     "name_en",  "name_fr",    "name_ko",
    "name_zh",    "codes",    "population", "phone_area_code",
    "valid_from", "valid_to", "successors", "source"};
const std::vector<std::string> kAliasColumns = {"id", "text", "lang", "kind",
                                                "source"};
const std::vector<std::string> kFormerCodeColumns = {
    "id", "scheme", "code", "name", "last_seen", "source"};
const std::vector<std::string> kManifestColumns = {"file", "kind", "rows",
                                                   "default_source"};

// Codes that describe rather than identify: not indexed for FindByCode.
const std::set<std::string> kNotIdentifying = {
    "postal",           "dep",
    "epci_kind",        "subdivision_type",
    "geonames_feature", "geonames_population"};

std::vector<std::string> SplitSpaces(const std::string& s) {
  std::vector<std::string> out;
  size_t i = 0;
  while (i < s.size()) {
    size_t j = s.find(' ', i);
    if (j == std::string::npos) j = s.size();
    if (j > i) out.push_back(s.substr(i, j - i));
    i = j + 1;
  }
  return out;
}

}  // namespace

// Builds a Gazetteer's Data; remembers where each entity was defined so that
// a dangling reference is reported at the line that makes it.
class GazetteerBuilder {
 public:
  GazetteerBuilder(std::string refdata_dir, std::string aliases_dir,
                   DiagnosticSink* sink)
      : refdata_dir_(std::move(refdata_dir)),
        aliases_dir_(std::move(aliases_dir)),
        sink_(sink) {}

  Result<Gazetteer> Build() {
    Status s = ReadManifest();
    if (s.ok()) s = ReadGenerated("entities");
    if (s.ok()) s = ReadGenerated("aliases");
    if (s.ok()) s = ReadGenerated("former_codes");
    if (s.ok()) s = ReadCurated();
    if (s.ok()) s = CheckReferences();
    if (!s.ok()) return s;
    IndexCodes();
    Gazetteer g;
    *g.data_ = std::move(data_);
    return g;
  }

 private:
  struct ManifestRow {
    std::string file, kind, default_source;
    size_t rows = 0;
    size_t line = 0;
  };

  std::string RefdataPath(const std::string& file) const {
    return refdata_dir_ + "/" + file;
  }

  Status ReadManifest() {
    const std::string path = RefdataPath("manifest.tsv");
    Result<TsvFile> f =
        TsvFile::Open(path, path, kManifestColumns, {"file", "kind", "rows"});
    if (!f.ok()) return f.status();
    data_.files.push_back(path);
    while (f->Next()) {
      ManifestRow r;
      r.file = f->Field("file");
      r.kind = f->Field("kind");
      r.default_source = f->Field("default_source");
      r.line = f->line();
      const std::string rows = f->Field("rows");
      auto [p, ec] =
          std::from_chars(rows.data(), rows.data() + rows.size(), r.rows);
      if (ec != std::errc() || p != rows.data() + rows.size()) {
        return f->ErrorHere("\"rows\" is not a count: \"" + rows + "\"");
      }
      if (r.kind != "entities" && r.kind != "aliases" &&
          r.kind != "former_codes") {
        return f->ErrorHere("unknown kind \"" + r.kind +
                            "\" (entities, aliases, former_codes)");
      }
      if (r.file.empty() || r.file.find('/') != std::string::npos) {
        return f->ErrorHere("\"file\" must be a file name in the same folder");
      }
      manifest_.push_back(std::move(r));
    }
    return f->status();
  }

  Status ReadGenerated(const std::string& kind) {
    for (const ManifestRow& m : manifest_) {
      if (m.kind != kind) continue;
      const std::string path = RefdataPath(m.file);
      const auto& columns = kind == "entities"  ? kEntityColumns
                            : kind == "aliases" ? kAliasColumns
                                                : kFormerCodeColumns;
      std::vector<std::string> required = {"id"};
      if (kind == "entities") required = {"id", "type", "name"};
      if (kind == "aliases") required = {"id", "text", "lang"};
      if (kind == "former_codes") required = {"id", "scheme", "code"};
      Result<TsvFile> f = TsvFile::Open(path, path, columns, required);
      if (!f.ok()) return f.status();
      data_.files.push_back(path);
      Status s = kind == "entities"  ? ReadEntities(&*f, m.default_source)
                 : kind == "aliases" ? ReadAliases(&*f, m.default_source)
                                     : ReadFormerCodes(&*f, m.default_source);
      if (!s.ok()) return s;
      if (f->rows_read() != m.rows) {
        return Status::DataError(
            path + ": " + std::to_string(f->rows_read()) +
            " rows, but manifest.tsv:" + std::to_string(m.line) + " says " +
            std::to_string(m.rows) + " (truncated or hand-edited?)");
      }
    }
    return Status::Ok();
  }

  Status AddEntity(Entity e, std::string origin) {
    if (e.id.empty()) return Status::DataError(origin + ": empty id");
    auto [it, inserted] = data_.by_id.emplace(e.id, data_.entities.size());
    if (!inserted) {
      return Status::DataError(origin + ": duplicate id " + e.id +
                               " (first defined at " + origins_[it->second] +
                               ")");
    }
    data_.entities.push_back(std::move(e));
    origins_.push_back(std::move(origin));
    return Status::Ok();
  }

  Status ReadEntities(TsvFile* f, const std::string& default_source) {
    const int c_id = f->ColumnIndex("id"), c_type = f->ColumnIndex("type"),
              c_name = f->ColumnIndex("name"),
              c_country = f->ColumnIndex("country"),
              c_parent = f->ColumnIndex("parent"),
              c_codes = f->ColumnIndex("codes"),
              c_pop = f->ColumnIndex("population"),
              c_phone = f->ColumnIndex("phone_area_code"),
              c_from = f->ColumnIndex("valid_from"),
              c_to = f->ColumnIndex("valid_to"),
              c_succ = f->ColumnIndex("successors"),
              c_source = f->ColumnIndex("source");
    const std::pair<const char*, int> c_names[] = {
        {"en", f->ColumnIndex("name_en")},
        {"fr", f->ColumnIndex("name_fr")},
        {"ko", f->ColumnIndex("name_ko")},
        {"zh", f->ColumnIndex("name_zh")}};
    while (f->Next()) {
      Entity e;
      e.id = f->FieldAt(c_id);
      e.type = f->FieldAt(c_type);
      e.name = f->FieldAt(c_name);
      if (e.type.empty() || e.name.empty())
        return f->ErrorHere("empty type or name for " + e.id);
      e.country = f->FieldAt(c_country);
      e.parent = f->FieldAt(c_parent);
      for (const auto& [lang, col] : c_names) {
        std::string v = f->FieldAt(col);
        if (v == "=") v = e.name;  // "same as name"
        if (!v.empty()) e.names[lang] = std::move(v);
      }
      for (const std::string& kv : SplitSpaces(f->FieldAt(c_codes))) {
        size_t eq = kv.find('=');
        if (eq == 0 || eq == std::string::npos || eq + 1 == kv.size()) {
          return f->ErrorHere("code \"" + kv + "\" is not scheme=value");
        }
        e.codes[kv.substr(0, eq)] = kv.substr(eq + 1);
      }
      const std::string pop = f->FieldAt(c_pop);
      if (!pop.empty()) {
        auto [p, ec] =
            std::from_chars(pop.data(), pop.data() + pop.size(), e.population);
        if (ec != std::errc() || p != pop.data() + pop.size() ||
            e.population < 0) {
          return f->ErrorHere("population \"" + pop + "\" is not a count");
        }
      }
      e.phone_area_code = f->FieldAt(c_phone);
      e.valid_from = f->FieldAt(c_from);
      e.valid_to = f->FieldAt(c_to);
      e.successors = SplitSpaces(f->FieldAt(c_succ));
      e.source = f->FieldAt(c_source);
      if (e.source.empty()) e.source = default_source;
      Status s = AddEntity(std::move(e),
                           f->display() + ":" + std::to_string(f->line()));
      if (!s.ok()) return s;
    }
    return f->status();
  }

  Entity* Lookup(const std::string& id) {
    auto it = data_.by_id.find(id);
    return it == data_.by_id.end() ? nullptr : &data_.entities[it->second];
  }

  Status ReadAliases(TsvFile* f, const std::string& default_source) {
    const int c_id = f->ColumnIndex("id"), c_text = f->ColumnIndex("text"),
              c_lang = f->ColumnIndex("lang"), c_kind = f->ColumnIndex("kind"),
              c_source = f->ColumnIndex("source");
    while (f->Next()) {
      Entity* e = Lookup(f->FieldAt(c_id));
      if (e == nullptr)
        return f->ErrorHere("alias for unknown id " + f->FieldAt(c_id));
      Alias a{f->FieldAt(c_text), f->FieldAt(c_lang), f->FieldAt(c_kind),
              f->FieldAt(c_source)};
      if (a.text.empty() || a.lang.empty())
        return f->ErrorHere("alias without text or lang");
      if (a.source.empty()) a.source = default_source;
      e->aliases.push_back(std::move(a));
    }
    return f->status();
  }

  Status ReadFormerCodes(TsvFile* f, const std::string& default_source) {
    while (f->Next()) {
      Entity* e = Lookup(f->Field("id"));
      if (e == nullptr)
        return f->ErrorHere("former code for unknown id " + f->Field("id"));
      FormerCode c{f->Field("scheme"), f->Field("code"), f->Field("name"),
                   f->Field("last_seen"), f->Field("source")};
      if (c.scheme.empty() || c.code.empty())
        return f->ErrorHere("former code without scheme or code");
      if (c.source.empty()) c.source = default_source;
      e->former_codes.push_back(std::move(c));
    }
    return f->status();
  }

  Status ReadCurated();
  Status CheckReferences();
  void IndexCodes();

  std::string refdata_dir_;
  std::string aliases_dir_;
  DiagnosticSink* sink_;
  std::vector<ManifestRow> manifest_;
  Gazetteer::Data data_;
  std::vector<std::string> origins_;  // "file:line" per entity
};

// Curated files add entities first (so an alias group may name an entity of
// another curated file), then members' former parents, then alias groups.
Status GazetteerBuilder::ReadCurated() {
  namespace fs = std::filesystem;
  std::vector<std::string> paths;
  std::error_code ec;
  if (!fs::is_directory(aliases_dir_, ec)) {
    return Status::NotFound(aliases_dir_ +
                            ": no such folder of curated aliases");
  }
  for (const fs::directory_entry& d :
       fs::directory_iterator(aliases_dir_, ec)) {
    if (d.is_regular_file() && d.path().extension() == ".yaml")
      paths.push_back(d.path().string());
  }
  if (ec) return Status::IoError(aliases_dir_ + ": " + ec.message());
  std::sort(paths.begin(), paths.end());
  std::vector<CuratedFile> files;
  for (const std::string& p : paths) {
    Result<CuratedFile> r = ReadCuratedFile(p, p);
    if (!r.ok()) return r.status();
    data_.files.push_back(p);
    files.push_back(std::move(r).value());
  }
  for (CuratedFile& file : files) {
    for (CuratedEntity& c : file.entities) {
      Status s =
          AddEntity(c.entity, file.display + ":" + std::to_string(c.line));
      if (!s.ok()) return s;
    }
  }
  for (const CuratedFile& file : files) {
    for (const CuratedEntity& c : file.entities) {
      for (const std::string& m : c.members) {
        Entity* member = Lookup(m);
        if (member == nullptr) {
          return Status::DataError(file.display + ":" + std::to_string(c.line) +
                                   ": member " + m + " of " + c.entity.id +
                                   " is not a known id");
        }
        member->former_parents.push_back(c.entity.id);
      }
    }
    for (const CuratedAliasGroup& g : file.groups) {
      Entity* e = Lookup(g.id);
      if (e == nullptr) {
        return Status::DataError(file.display + ":" + std::to_string(g.line) +
                                 ": unknown id " + g.id);
      }
      for (const CuratedForm& f : g.forms) {
        auto same = [&](const Alias& a) {
          return a.text == f.alias.text && a.lang == f.alias.lang;
        };
        auto name = e->names.find(f.alias.lang);
        if (std::any_of(e->aliases.begin(), e->aliases.end(), same) ||
            (name != e->names.end() && name->second == f.alias.text)) {
          continue;  // already known; the curated line documents its source
        }
        e->aliases.push_back(f.alias);
      }
    }
  }
  return Status::Ok();
}

Status GazetteerBuilder::CheckReferences() {
  for (size_t i = 0; i < data_.entities.size(); ++i) {
    const Entity& e = data_.entities[i];
    auto check = [&](const std::string& id, const char* what) {
      if (id.empty() || data_.by_id.count(id)) return Status::Ok();
      return Status::DataError(origins_[i] + ": " + what + " " + id + " of " +
                               e.id + " is not a known id");
    };
    Status s = check(e.parent, "parent");
    for (const std::string& x : e.successors)
      if (s.ok()) s = check(x, "successor");
    for (const std::string& x : e.former_parents)
      if (s.ok()) s = check(x, "former parent");
    if (!s.ok()) return s;
    if (e.parent == e.id)
      return Status::DataError(origins_[i] + ": " + e.id +
                               " is its own parent");
  }
  return Status::Ok();
}

void GazetteerBuilder::IndexCodes() {
  auto warn = [&](size_t i, const std::string& message) {
    if (sink_ == nullptr) return;
    Diagnostic d;
    const std::string& o = origins_[i];
    size_t colon = o.rfind(':');
    d.file = o.substr(0, colon);
    d.line = std::stoul(o.substr(colon + 1));
    d.column = 1;  // the whole row
    d.message = message;
    sink_->Report(std::move(d));
  };
  for (size_t i = 0; i < data_.entities.size(); ++i) {
    const Entity& e = data_.entities[i];
    for (const auto& [scheme, code] : e.codes) {
      if (kNotIdentifying.count(scheme)) continue;
      auto [it, inserted] = data_.by_code.emplace(CodeKey(scheme, code), i);
      if (!inserted && it->second != i) {
        warn(i, scheme + " " + code + " of " + e.id + " is also the code of " +
                    data_.entities[it->second].id +
                    "; FindByCode returns the first");
      }
    }
  }
  for (size_t i = 0; i < data_.entities.size(); ++i) {
    for (const FormerCode& c : data_.entities[i].former_codes) {
      const std::string key = CodeKey(c.scheme, c.code);
      if (data_.by_code.count(key)) continue;  // reused for a current unit
      data_.by_former_code.emplace(key, i);
    }
  }
}

Result<Gazetteer> Gazetteer::LoadFrom(const std::string& refdata_dir,
                                      const std::string& aliases_dir,
                                      DiagnosticSink* sink) {
  return GazetteerBuilder(refdata_dir, aliases_dir, sink).Build();
}

Result<Gazetteer> Gazetteer::Load(const std::string& rules_dir,
                                  DiagnosticSink* sink) {
  return LoadFrom(rules_dir + "/refdata", rules_dir + "/aliases", sink);
}

}  // namespace twinmap::refdata
