// Reads the dataset contract of doc/dataset.md. Unknown fields are ignored so
// the writer can add some without breaking eval; fields eval relies on are
// checked and a bad one stops the read with file:line.
#include <filesystem>
#include <system_error>

#include "eval/dataset.h"
#include "eval/jsonl.h"

namespace twinmap::eval {
namespace {

namespace fs = std::filesystem;

Status ReadEntity(const nlohmann::json& j, const std::string& where,
                  Entity* e) {
  FieldReader f(j, where);
  e->id = f.String("id", true);
  e->type = f.String("type");
  e->name = f.String("name");
  e->names = f.StringMap("names");
  e->aliases = f.Strings("aliases");
  e->codes = f.StringMap("codes");
  e->parent = f.String("parent");
  e->resolved = f.Bool("resolved");
  if (f.status().ok() && e->id.empty()) f.Fail("empty \"id\"");
  return f.status();
}

Status ReadProvenance(const nlohmann::json& j, const std::string& where,
                      Provenance* p) {
  FieldReader f(j, where);
  p->source = f.String("source", true);
  p->sha256 = f.String("sha256");
  p->has_span = f.SpanField("span", &p->span);
  p->line = f.Unsigned("line");
  p->text = f.String("text");
  p->extractor = f.String("extractor");
  p->rule = f.String("rule");
  return f.status();
}

Status ReadClaim(const nlohmann::json& j, const std::string& where, Claim* c) {
  FieldReader f(j, where);
  c->id = f.String("id", true);
  c->subject = f.String("subject", true);
  c->property = f.String("property", true);
  c->has_object = f.Has("object");
  if (c->has_object && f.Has("value")) {
    f.Fail("a claim has \"value\" or \"object\", not both");
  } else if (c->has_object) {
    c->object = f.String("object");
  } else if (f.Has("value")) {
    c->value = f.Scalar("value");
  } else if (f.status().ok()) {
    f.Fail("a claim needs \"value\" or \"object\"");
  }
  c->unit = f.String("unit");
  std::string bound = f.String("bound");
  if (!bound.empty()) c->bound = bound;
  c->qualifiers = f.ScalarMap("qualifiers");
  c->rank = f.String("rank");
  std::vector<const nlohmann::json*> provenance = f.Objects("provenance");
  if (!f.status().ok()) return f.status();
  for (size_t i = 0; i < provenance.size(); ++i) {
    Provenance p;
    Status s = ReadProvenance(
        *provenance[i], where + ": provenance[" + std::to_string(i) + "]", &p);
    if (!s.ok()) return s;
    c->provenance.push_back(std::move(p));
  }
  return Status::Ok();
}

Status ReadTrace(const nlohmann::json& j, const std::string& where,
                 TraceRecord* t) {
  FieldReader f(j, where);
  t->source = f.String("source", true);
  t->has_span = f.SpanField("span", &t->span);
  t->line = f.Unsigned("line");
  t->extractor = f.String("extractor");
  t->rule = f.String("rule");
  t->stage = f.String("stage", true);
  t->property = f.String("property");
  t->ok = f.Bool("ok", true);
  t->matched = f.String("matched");
  t->reason = f.String("reason");
  t->claim = f.String("claim");
  if (f.status().ok() && t->stage != "match" && t->stage != "value" &&
      t->stage != "resolve" && t->stage != "relation" && t->stage != "claim") {
    f.Fail("\"stage\" must be match, value, resolve, relation or claim");
  }
  return f.status();
}

void Warn(DiagnosticSink* sink, const std::string& file, uint64_t line,
          std::string message) {
  if (sink == nullptr) return;
  Diagnostic d;
  d.file = file;
  d.line = line;
  d.message = std::move(message);
  sink->Report(std::move(d));
}

}  // namespace

std::string Provenance::RuleKey() const {
  if (!extractor.empty() && !rule.empty()) return extractor + "/" + rule;
  if (!extractor.empty()) return extractor;
  if (!rule.empty()) return rule;
  return "(no rule)";
}

const Entity* Dataset::FindEntity(const std::string& id) const {
  auto it = entity_by_id_.find(id);
  return it == entity_by_id_.end() ? nullptr : &entities[it->second];
}

void Dataset::IndexEntities() {
  entity_by_id_.clear();
  for (size_t i = 0; i < entities.size(); ++i)
    entity_by_id_.emplace(entities[i].id, i);
}

Result<Dataset> ReadDataset(const std::string& dir, DiagnosticSink* sink) {
  Dataset dataset;
  dataset.dir = dir;
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) {
    return Status::NotFound(dir + ": dataset directory does not exist");
  }
  const std::string entities_path = (fs::path(dir) / "entities.jsonl").string();
  const std::string claims_path = (fs::path(dir) / "claims.jsonl").string();
  const std::string trace_path = (fs::path(dir) / "trace.jsonl").string();

  Status s = ReadJsonLines(
      entities_path,
      [&](const nlohmann::json& j, const std::string& where, uint64_t line) {
        Entity e;
        e.line = line;
        Status r = ReadEntity(j, where, &e);
        if (r.ok()) dataset.entities.push_back(std::move(e));
        return r;
      });
  if (!s.ok()) return s;
  dataset.IndexEntities();
  for (const Entity& e : dataset.entities) {
    const Entity* first = dataset.FindEntity(e.id);
    if (first != &e) {
      Warn(sink, entities_path, e.line,
           "duplicate entity id \"" + e.id + "\" (first on line " +
               std::to_string(first->line) + "); this one is ignored");
    }
  }

  s = ReadJsonLines(claims_path, [&](const nlohmann::json& j,
                                     const std::string& where, uint64_t line) {
    Claim c;
    c.line = line;
    Status r = ReadClaim(j, where, &c);
    if (r.ok()) dataset.claims.push_back(std::move(c));
    return r;
  });
  if (!s.ok()) return s;
  for (const Claim& c : dataset.claims) {
    if (dataset.FindEntity(c.subject) == nullptr) {
      Warn(sink, claims_path, c.line,
           "claim \"" + c.id + "\": subject \"" + c.subject +
               "\" is not in entities.jsonl");
    }
    if (c.has_object && dataset.FindEntity(c.object) == nullptr) {
      Warn(sink, claims_path, c.line,
           "claim \"" + c.id + "\": object \"" + c.object +
               "\" is not in entities.jsonl");
    }
  }

  if (fs::exists(trace_path, ec)) {
    dataset.has_trace = true;
    s = ReadJsonLines(trace_path, [&](const nlohmann::json& j,
                                      const std::string& where, uint64_t line) {
      TraceRecord t;
      t.trace_line = line;
      Status r = ReadTrace(j, where, &t);
      if (r.ok()) dataset.trace.push_back(std::move(t));
      return r;
    });
    if (!s.ok()) return s;
  }
  return dataset;
}

}  // namespace twinmap::eval
