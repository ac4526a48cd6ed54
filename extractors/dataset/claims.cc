// claims.jsonl: facts from every page merged into claims, ranked.
#include <algorithm>
#include <cstdio>
#include <map>

#include <nlohmann/json.hpp>

#include "dataset/claims.h"
#include "ingest/ingest.h"

namespace twinmap::dataset {
namespace {

std::string NumberText(double v) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.12g", v);
  return buf;
}

// What makes two facts the same claim.
std::string ClaimKey(const extract::Fact& f) {
  std::string k = f.subject + "\x1f" + f.property + "\x1f";
  if (!f.object.empty()) {
    k += "o:" + f.object;
  } else if (f.value.kind == extract::FactValue::Kind::kNumber) {
    k += "n:" + NumberText(f.value.number) + "\x1f" + f.value.unit + "\x1f" + f.value.bound;
  } else {
    k += "s:" + f.value.text;
  }
  for (const auto& [q, v] : f.qualifiers) k += "\x1f" + q + "=" + v;
  return k;
}

bool SameProvenance(const extract::Provenance& a, const extract::Provenance& b) {
  return a.source == b.source && a.span == b.span && a.rule == b.rule;
}

bool ProvenanceLess(const extract::Provenance& a, const extract::Provenance& b) {
  if (a.source != b.source) return a.source < b.source;
  if (a.span != b.span) return a.span < b.span;
  return a.rule < b.rule;
}

// Preferred among several values of one property: the latest observation,
// then the most precise bound.
int BoundPrecision(const std::string& b) { return b == "exact" ? 3 : b == "approx" ? 2 : 1; }

}  // namespace

std::vector<Claim> MergeFacts(const std::vector<extract::PageFacts>& pages) {
  std::map<std::string, Claim> by_key;
  for (const auto& page : pages) {
    for (const extract::Fact& f : page.facts) {
      std::string key = ClaimKey(f);
      Claim& c = by_key[key];
      if (c.id.empty()) {
        c.id = "claim:" + ingest::Sha256Hex(key).substr(0, 16);
        c.fact = f;
        c.provenance.clear();
      }
      bool seen = false;
      for (const auto& p : c.provenance) seen |= SameProvenance(p, f.provenance);
      if (!seen) c.provenance.push_back(f.provenance);
    }
  }
  std::vector<Claim> out;
  for (auto& [key, c] : by_key) {
    std::sort(c.provenance.begin(), c.provenance.end(), ProvenanceLess);
    out.push_back(std::move(c));
  }
  // Rank attribute claims sharing subject and property.
  std::map<std::string, std::vector<Claim*>> groups;
  for (Claim& c : out) {
    c.rank = "preferred";
    if (c.fact.object.empty()) groups[c.fact.subject + "\x1f" + c.fact.property].push_back(&c);
  }
  for (auto& [g, claims] : groups) {
    if (claims.size() < 2) continue;
    auto better = [](const Claim* a, const Claim* b) {
      auto as_of = [](const Claim* c) {
        auto it = c->fact.qualifiers.find("as_of");
        return it == c->fact.qualifiers.end() ? std::string() : it->second;
      };
      if (as_of(a) != as_of(b)) return as_of(a) > as_of(b);
      int pa = BoundPrecision(a->fact.value.bound), pb = BoundPrecision(b->fact.value.bound);
      if (pa != pb) return pa > pb;
      if (a->provenance.size() != b->provenance.size()) return a->provenance.size() > b->provenance.size();
      return a->id < b->id;
    };
    std::sort(claims.begin(), claims.end(), better);
    // Several phones or websites are all true at once: only numbers compete.
    if (claims.front()->fact.value.kind != extract::FactValue::Kind::kNumber) continue;
    for (size_t i = 1; i < claims.size(); ++i) claims[i]->rank = "normal";
  }
  std::sort(out.begin(), out.end(), [](const Claim& a, const Claim& b) { return a.id < b.id; });
  return out;
}

std::string ClaimLine(const Claim& c) {
  nlohmann::ordered_json j;
  j["id"] = c.id;
  j["subject"] = c.fact.subject;
  j["property"] = c.fact.property;
  if (!c.fact.object.empty()) {
    j["object"] = c.fact.object;
  } else if (c.fact.value.kind == extract::FactValue::Kind::kNumber) {
    j["value"] = c.fact.value.number;
    j["unit"] = c.fact.value.unit.empty() ? nlohmann::ordered_json(nullptr)
                                          : nlohmann::ordered_json(c.fact.value.unit);
    j["bound"] = c.fact.value.bound.empty() ? "exact" : c.fact.value.bound;
  } else {
    j["value"] = c.fact.value.text;
    j["unit"] = nullptr;
    j["bound"] = nullptr;
  }
  nlohmann::ordered_json q = nlohmann::ordered_json::object();
  for (const auto& [k, v] : c.fact.qualifiers) q[k] = v;
  j["qualifiers"] = q;
  j["rank"] = c.rank;
  nlohmann::ordered_json prov = nlohmann::ordered_json::array();
  for (const auto& p : c.provenance) {
    nlohmann::ordered_json e;
    e["source"] = p.source;
    e["sha256"] = p.sha256;
    e["span"] = {p.span.begin, p.span.end};
    e["line"] = p.line;
    e["text"] = p.text;
    e["extractor"] = p.extractor;
    e["rule"] = p.rule;
    e["rule_origin"] = p.rule_origin;
    prov.push_back(e);
  }
  j["provenance"] = prov;
  return j.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
}

std::string TraceLine(const extract::TraceRecord& t) {
  nlohmann::ordered_json j;
  j["source"] = t.source;
  j["span"] = {t.span.begin, t.span.end};
  j["line"] = t.line;
  j["extractor"] = t.extractor;
  j["rule"] = t.rule;
  if (!t.property.empty()) j["property"] = t.property;
  j["stage"] = t.stage;
  j["ok"] = t.ok;
  j["matched"] = t.matched;
  j["reason"] = t.reason;
  return j.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
}

std::string ResolutionLine(const extract::ResolutionRecord& r) {
  nlohmann::ordered_json j;
  j["source"] = r.source;
  j["span"] = {r.span.begin, r.span.end};
  j["surface"] = r.surface;
  j["key"] = r.key;
  j["wanted"] = r.wanted;
  j["chosen"] = r.chosen.empty() ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(r.chosen);
  nlohmann::ordered_json cands = nlohmann::ordered_json::array();
  for (const auto& c : r.candidates) cands.push_back({{"id", c.id}, {"score", c.score}, {"match", c.match}});
  j["candidates"] = cands;
  j["evidence"] = r.evidence;
  return j.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
}

}  // namespace twinmap::dataset
