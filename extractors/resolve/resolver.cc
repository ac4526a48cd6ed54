// The decision: candidates from the index, filtered and ranked by context.
// The ranking rules and their order are documented in resolve.h.
#include <algorithm>

#include "resolve/name_key.h"
#include "resolve/resolve.h"

namespace twinmap::resolve {
namespace {

const std::vector<std::string> kProvinceTypes = {
    "province", "autonomous_region", "municipality",
    "special_administrative_region"};
const std::vector<std::string> kPrefectureTypes = {
    "prefecture_city", "prefecture", "autonomous_prefecture", "league",
    "municipality"};

double BaseScore(const char* match) {
  std::string_view m = match;
  if (m == "exact") return 1.0;
  if (m == "suffix") return 0.95;
  if (m == "particle") return 0.9;
  if (m == "fuzzy:1") return 0.8;
  if (m == "fuzzy:2") return 0.7;
  return 1.0;
}

// Levenshtein distance of two byte strings if <= bound, else bound + 1.
size_t BoundedDistance(std::string_view a, std::string_view b, size_t bound) {
  if (a.size() > b.size()) std::swap(a, b);
  if (b.size() - a.size() > bound) return bound + 1;
  size_t row[64];
  if (a.size() >= 63) return bound + 1;
  for (size_t j = 0; j <= a.size(); ++j) row[j] = j;
  for (size_t i = 1; i <= b.size(); ++i) {
    size_t diag = row[0], best = i;
    row[0] = i;
    for (size_t j = 1; j <= a.size(); ++j) {
      size_t up = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1,
                         diag + (a[j - 1] == b[i - 1] ? 0 : 1)});
      diag = up;
      best = std::min(best, row[j]);
    }
    if (best > bound) return bound + 1;
  }
  return row[a.size()];
}

// True when `e` existed at `as_of` (ISO date or year); with no date, when it
// exists now. Dates compare as strings: "2007" < "2016-01-01".
bool InEra(const refdata::Entity& e, const std::string& as_of) {
  if (as_of.empty()) return e.current();
  if (!e.valid_from.empty() && as_of < e.valid_from.substr(0, as_of.size())) return false;
  if (!e.valid_to.empty() && as_of > e.valid_to.substr(0, as_of.size())) return false;
  return true;
}

struct Ranked {
  bool in_era = true;
  Candidate candidate;
  bool supported = false;
  bool demoted = false;  // the sole child of this unit is also a candidate
  size_t type_rank = 0;
};

}  // namespace

const std::string& Resolution::id() const {
  static const std::string kNone;
  return chosen ? chosen->id : kNone;
}

Resolver::Resolver(const NameIndex& index, const Judgements* judgements)
    : index_(index) {
  if (judgements == nullptr) return;
  for (const Judgement& j : judgements->entries())
    judged_[j.key].push_back(&j);
}

Resolution Resolver::Resolve(std::string_view mention,
                             const Context& context) const {
  Resolution out;
  Resolve(mention, context, &out);
  return out;
}

bool Resolver::Allowed(const refdata::Entity& e, const Context& c) const {
  if (!c.types.empty() &&
      std::find(c.types.begin(), c.types.end(), e.type) == c.types.end())
    return false;
  if (!c.country.empty() && e.country != c.country) return false;
  if (!c.within.empty() && !index_.gazetteer().IsWithin(e, c.within))
    return false;
  return true;
}

// Adds the allowed entities of `key` (exact, then without suffix, then
// without Korean particle) to out->candidates.
void Resolver::Collect(const std::string& key, const Context& context,
                       Resolution* out) const {
  const std::vector<refdata::Entity>& entities = index_.gazetteer().entities();
  auto add = [&](const std::vector<NameIndex::Posting>* postings,
                 const char* match) {
    if (postings == nullptr) return;
    for (const NameIndex::Posting& p : *postings) {
      const refdata::Entity& e = entities[p.entity];
      if (!Allowed(e, context)) continue;
      const char* m = p.stripped && std::string_view(match) == "exact"
                          ? "suffix" : match;
      out->candidates.push_back({&e, BaseScore(m), m});
    }
  };
  add(index_.Lookup(key), "exact");
  if (!out->candidates.empty()) return;
  thread_local std::string shorter;
  size_t cut = WithoutSuffix(key, /*korean_do=*/true);
  if (cut < key.size()) {
    shorter.assign(key, 0, cut);
    add(index_.Lookup(shorter), "suffix");
    if (!out->candidates.empty()) return;
  }
  size_t skip = WithoutPrefix(key);
  if (skip > 0) {
    shorter.assign(key, skip, std::string::npos);
    add(index_.Lookup(shorter), "suffix");
    if (!out->candidates.empty()) return;
  }
  cut = WithoutParticle(key);
  if (cut < key.size()) {
    shorter.assign(key, 0, cut);
    add(index_.Lookup(shorter), "particle");
    if (!out->candidates.empty()) return;
    size_t cut2 = WithoutSuffix(shorter, true);
    if (cut2 < shorter.size()) {
      shorter.resize(cut2);
      add(index_.Lookup(shorter), "particle");
    }
  }
}

const refdata::Entity* Resolver::ClimbToType(const refdata::Entity* e,
                                             const Context& context) const {
  for (int depth = 0; e != nullptr && depth < 16; ++depth) {
    if (Allowed(*e, context)) return e;
    e = index_.gazetteer().Parent(*e);
  }
  return nullptr;
}

// The most specific entity the record's other fields point to: the address
// city, else the address province, else the phone area code.
const refdata::Entity* Resolver::FromRecord(const Context& context,
                                            Resolution* out) const {
  if (context.address_province.empty() && context.address_city.empty() &&
      context.phone_area_code.empty())
    return nullptr;
  const std::string country = context.country.empty() ? "CN" : context.country;
  auto best = [&](const std::string& text, const std::vector<std::string>& types,
                  const std::string& within) -> const refdata::Entity* {
    Context sub;
    sub.types = types;
    sub.country = country;
    sub.within = within;
    Resolution r;
    NameIndex::FoldKey(text, &r.key);
    Collect(r.key, sub, &r);
    Rank(sub, nullptr, &r);
    return r.candidates.empty() ? nullptr : r.candidates.front().entity;
  };
  const refdata::Entity* province = nullptr;
  const refdata::Entity* found = nullptr;
  if (!context.address_province.empty()) {
    province = best(context.address_province, kProvinceTypes, "");
    if (province) {
      out->evidence.push_back("address_province:" + context.address_province);
      found = province;
    }
  }
  if (!context.address_city.empty()) {
    const refdata::Entity* city = best(context.address_city, kPrefectureTypes,
                                       province ? province->id : "");
    if (city) {
      out->evidence.push_back("address_city:" + context.address_city);
      found = city;
    }
  }
  if (found == nullptr && !context.phone_area_code.empty()) {
    if (const auto* list = index_.ByAreaCode(context.phone_area_code)) {
      const std::vector<refdata::Entity>& entities =
          index_.gazetteer().entities();
      // Several units may share a trunk code; the current prefecture-level
      // one (the code's city) comes first, then id order.
      for (uint32_t i : *list) {
        const refdata::Entity& e = entities[i];
        bool prefecture = std::find(kPrefectureTypes.begin(),
                                    kPrefectureTypes.end(),
                                    e.type) != kPrefectureTypes.end();
        if (!e.current() || !prefecture) continue;
        if (found == nullptr || e.id < found->id) found = &e;
      }
      if (found) out->evidence.push_back("phone:" + context.phone_area_code);
    }
  }
  return found;
}

void Resolver::Rank(const Context& context, const refdata::Entity* support,
                    Resolution* out) const {
  std::vector<Candidate>& cands = out->candidates;
  // Drop duplicates (one entity reached by two keys), keeping the best match.
  std::stable_sort(cands.begin(), cands.end(),
                   [](const Candidate& a, const Candidate& b) {
                     return a.entity->id < b.entity->id;
                   });
  cands.erase(std::unique(cands.begin(), cands.end(),
                          [](const Candidate& a, const Candidate& b) {
                            return a.entity == b.entity;
                          }),
              cands.end());
  if (cands.empty()) return;
  const refdata::Gazetteer& g = index_.gazetteer();
  thread_local std::vector<Ranked> ranked;
  ranked.clear();
  const refdata::Entity* base = g.entities().data();
  for (const Candidate& c : cands) {
    Ranked r;
    r.candidate = c;
    if (support != nullptr) {
      r.supported = c.entity == support || g.IsWithin(*support, c.entity->id) ||
                    g.IsWithin(*c.entity, support->id);
    }
    r.in_era = InEra(*c.entity, context.as_of);
    r.type_rank = std::find(context.types.begin(), context.types.end(),
                            c.entity->type) - context.types.begin();
    // A French unit that is the sole one of its type inside another (the
    // commune Paris in the département Paris) is that unit. A Chinese
    // county named like its city (长沙县 in 长沙市) is only a part of it.
    bool may_coincide = c.entity->country != "CN";
    for (const Candidate& other : cands) {
      if (may_coincide && other.entity != c.entity &&
          index_.IsSoleChild(static_cast<uint32_t>(other.entity - base),
                             static_cast<uint32_t>(c.entity - base)))
        r.demoted = true;
    }
    r.candidate.score += (r.supported ? 0.1 : 0) - (r.in_era ? 0 : 0.2);
    ranked.push_back(r);
  }
  // Which rule separated a from b, or nullptr if none did.
  auto decisive = [](const Ranked& a, const Ranked& b) -> const char* {
    if (a.supported != b.supported) return "record_support";
    if (a.in_era != b.in_era) return "in_era";
    if (a.demoted != b.demoted) return "coincident_unit";
    if (a.type_rank != b.type_rank) return "type_order";
    if (a.candidate.entity->population != b.candidate.entity->population)
      return "population";
    return nullptr;
  };
  auto before = [](const Ranked& a, const Ranked& b) {
    const refdata::Entity& x = *a.candidate.entity;
    const refdata::Entity& y = *b.candidate.entity;
    if (a.supported != b.supported) return a.supported;
    if (a.in_era != b.in_era) return a.in_era;
    if (a.demoted != b.demoted) return !a.demoted;
    if (a.type_rank != b.type_rank) return a.type_rank < b.type_rank;
    if (x.population != y.population) return x.population > y.population;
    return x.id < y.id;
  };
  std::sort(ranked.begin(), ranked.end(), before);
  for (size_t i = 0; i < ranked.size(); ++i) cands[i] = ranked[i].candidate;
  if (ranked.size() > 1) {
    const char* rule = decisive(ranked[0], ranked[1]);
    out->evidence.push_back(rule ? rule : "id_order");
  }
}

void Resolver::Fuzzy(const Context& context, Resolution* out) const {
  const std::string& key = out->key;
  size_t len = key.size();
  bool ascii = std::all_of(key.begin(), key.end(),
                           [](char c) { return (c & 0x80) == 0; });
  if (!ascii || len < 6) return;
  if (context.types.empty() && context.country.empty()) return;
  size_t bound = len >= 10 ? 2 : 1;
  uint64_t types = context.types.empty() ? ~uint64_t{0} : 0;
  for (const std::string& t : context.types) types |= NameIndex::TagBit(t);
  uint64_t countries = context.country.empty()
                           ? ~uint64_t{0}
                           : NameIndex::TagBit(context.country);
  size_t best = bound + 1;
  const std::vector<refdata::Entity>& entities = index_.gazetteer().entities();
  index_.ForAsciiKeys(len - bound, len + bound, NameIndex::LetterMask(key),
                      static_cast<int>(2 * bound), types, countries,
                      [&](const std::string& k, const auto& postings) {
    size_t d = BoundedDistance(key, k, std::min(bound, best));
    if (d > bound || d > best) return;
    bool any = false;
    for (const NameIndex::Posting& p : postings) {
      const refdata::Entity& e = entities[p.entity];
      if (!Allowed(e, context)) continue;
      if (!any && d < best) out->candidates.clear();
      any = true;
      best = d;
      const char* m = d == 1 ? "fuzzy:1" : "fuzzy:2";
      out->candidates.push_back({&e, BaseScore(m), m});
    }
  });
}

void Resolver::ApplyJudgements(const Context& context, Resolution* out) const {
  auto it = judged_.find(out->key);
  if (it == judged_.end()) return;
  for (const Judgement* j : it->second) {
    if (!j->source.empty() && j->source != context.page) continue;
    if (j->is) {
      const refdata::Entity* e = index_.gazetteer().Find(j->id);
      if (e == nullptr) continue;  // Judgements::Check reports these
      auto& c = out->candidates;
      c.erase(std::remove_if(c.begin(), c.end(),
                             [&](const Candidate& x) { return x.entity == e; }),
              c.end());
      c.insert(c.begin(), Candidate{e, 1.0, "judgement"});
      out->chosen = e;
      out->evidence.push_back("judgement:is (" + j->where + ")");
    } else {
      auto& c = out->candidates;
      size_t before = c.size();
      c.erase(std::remove_if(c.begin(), c.end(),
                             [&](const Candidate& x) {
                               return x.entity->id == j->id;
                             }),
              c.end());
      if (c.size() != before)
        out->evidence.push_back("judgement:is_not " + j->id + " (" + j->where +
                                ")");
      if (out->chosen && out->chosen->id == j->id)
        out->chosen = c.empty() ? nullptr : c.front().entity;
    }
  }
}

void Resolver::Resolve(std::string_view mention, const Context& context,
                       Resolution* out) const {
  out->surface.assign(mention.data(), mention.size());
  out->candidates.clear();
  out->evidence.clear();
  out->chosen = nullptr;
  NameIndex::FoldKey(mention, &out->key);
  const refdata::Entity* support = FromRecord(context, out);
  if (out->key.empty()) {
    // A nameless record: what its address or phone points to, climbed to
    // the expected type (西宁市 -> 青海省 when a province is expected).
    const refdata::Entity* e = support ? ClimbToType(support, context) : nullptr;
    if (e != nullptr) {
      out->candidates.push_back({e, 1.0, "record"});
      out->chosen = e;
    }
    return;
  }
  Collect(out->key, context, out);
  // Fuzzy only when the key names nothing at all: a key that is some
  // entity's exact name (Shanxi) is never bent into another's (Shaanxi).
  if (out->candidates.empty() && index_.Lookup(out->key) == nullptr)
    Fuzzy(context, out);
  Rank(context, support, out);
  if (!out->candidates.empty()) {
    out->chosen = out->candidates.front().entity;
    out->evidence.insert(out->evidence.begin(),
                         out->candidates.front().match);
  }
  if (!context.types.empty() && out->chosen)
    out->evidence.push_back("type:" + out->chosen->type);
  if (!context.country.empty()) out->evidence.push_back("country:" + context.country);
  if (!context.within.empty()) out->evidence.push_back("within:" + context.within);
  if (!context.lang.empty()) out->evidence.push_back("lang:" + context.lang);
  ApplyJudgements(context, out);
}

}  // namespace twinmap::resolve
