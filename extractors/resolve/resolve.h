// resolve: a mention (a place name as a page writes it) -> one entity of the
// reference gazetteer, decided from the mention's normalised key and the
// context the extractor knows, with every decision recorded.
//
// Entry header of the resolve stage; other stages include only this file.
//
//   NameIndex index = NameIndex::Build(gazetteer);    // once, ~0.2 s
//   Resolver resolver(index, &judgements);             // judgements optional
//   Context c; c.types = {"province", "autonomous_region", "municipality"};
//   c.country = "CN";
//   resolver.Resolve("Shandong Province", c).id()      -> "cn:370000"
//   resolver.Resolve("Mongolie Intérieure", c).id()    -> "cn:150000"
//   c.types = {"prefecture_city"};
//   resolver.Resolve("Weinian", c)                      -> cn:610500, "fuzzy:1"
//
// Keys (NameIndex::FoldKey): NFKC + case fold + accents removed
// (normalize::MatchKey with strip_marks), then spaces, hyphens, apostrophes
// and dots dropped: "Xi'an" = "Xian" = "Xi An", "Saint-Étienne" =
// "Saint Etienne". Every name and alias is indexed with and without one
// administrative suffix (省 市 自治区 特别行政区 地区 盟; Province City Region
// Autonomous Region Prefecture; 성 시 도 특별시 광역시 자치구; "-do" for Korean
// provinces; "zone" and English zone kinds). Development zones are also
// indexed by their own name (pinyin without the city's name and the zone
// kind: "Jingyue"). A query that misses is retried without its suffix, then
// without a leading designation ("Ville de", "City of"), then (Hangul only)
// without a trailing Korean particle (에서 의 와 과 은 는 ...).
//
// Decision, in order:
//  1. hard filters: Context::types (if any), Context::country (if any),
//     Context::within (Gazetteer::IsWithin);
//  2. support from the record: the candidate equals, contains or lies in the
//     entity that the phone area code or the Chinese address strings point to;
//  3. current entities before former ones;
//  4. "coincident units": a candidate that is the only child of its type
//     of another candidate with the same key represents both (Paris the commune, sole
//     commune of the département Paris, wins over it; Vienne the commune of
//     Isère does not lie in the département Vienne, so rule 5 applies);
//  5. the position of the type in Context::types (earlier wins);
//  6. larger population (unknown counts as smallest);
//  7. id order (deterministic).
// No exact candidate at all -> bounded fuzzy match over ASCII keys: edit
// distance <= 1 for keys of >= 6 characters, <= 2 for >= 10, only when the
// context restricts types or country (a typo is never bent into just any
// place on earth), and only when
// the query key is not itself the exact key of some entity (so Shanxi 山西
// and Shaanxi 陕西 never merge). Judgements (rules/judgements.yaml) override
// the decision. Nothing found -> unresolved; the caller mints a local id with
// LocalEntityId.
//
// Thread safety: NameIndex and Resolver are immutable after construction and
// may be shared across threads. Both refer to (do not own) the Gazetteer and
// Judgements they are built from; those must outlive them.
#ifndef TWINMAP_RESOLVE_RESOLVE_H_
#define TWINMAP_RESOLVE_RESOLVE_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "base/status.h"
#include "refdata/refdata.h"

namespace twinmap::resolve {

// What the extractor knows around the mention. Every field is optional.
struct Context {
  // Allowed entity types, most preferred first; empty: any type.
  std::vector<std::string> types;
  std::string country;  // ISO 3166-1 alpha-2 the entity must lie in: "CN"
  std::string within;   // entity id the result must lie within: "cn:630000"
  std::string phone_area_code;   // PRC trunk code from the record: "0971"
  std::string address_province;  // from a Chinese address: "青海省"
  std::string address_city;      // from a Chinese address: "西宁市"
  std::string lang;  // page language (fr en ko zh); recorded as evidence
  std::string page;  // source page file name, for page-scoped judgements
  // The date the page speaks of (ISO date or year): units that existed then
  // win over later ones ("Centre" in 2007 is the pre-2016 region). Empty:
  // current units win.
  std::string as_of;
};

// One entity the mention may name.
struct Candidate {
  const refdata::Entity* entity = nullptr;
  // 1.0 exact key, 0.95 suffix removed, 0.9 particle removed, 0.8 / 0.7
  // fuzzy at distance 1 / 2; +0.1 with record support, -0.2 if former.
  double score = 0;
  const char* match = "";  // "exact" "suffix" "particle" "fuzzy:1" "fuzzy:2"
                           // "address" "phone" "judgement"
};

// The recorded decision for one mention.
struct Resolution {
  std::string surface;  // the mention as given
  std::string key;      // its folded key
  const refdata::Entity* chosen = nullptr;  // null: unresolved
  std::vector<Candidate> candidates;        // allowed candidates, best first
  // Why: "exact" / "fuzzy:1", "type:province", "country:CN",
  // "within:cn:630000", "phone:0971", "address_province:青海省",
  // "judgement:is (rules/judgements.yaml:12)", "population", "current" ...
  std::vector<std::string> evidence;

  bool resolved() const { return chosen != nullptr; }
  // The chosen id, or "" when unresolved.
  const std::string& id() const;
};

// Normalised keys -> entities, built once from a Gazetteer.
class NameIndex {
 public:
  static NameIndex Build(const refdata::Gazetteer& gazetteer);
  // Movable (the key table's nodes do not move), not copyable (the fuzzy
  // table points into the key table).
  NameIndex(NameIndex&&) = default;
  NameIndex& operator=(NameIndex&&) = default;
  NameIndex(const NameIndex&) = delete;
  NameIndex& operator=(const NameIndex&) = delete;

  // Writes the folded key of `surface` into *out (cleared first; its
  // capacity is reused).
  static void FoldKey(std::string_view surface, std::string* out);

  struct Posting {
    uint32_t entity;  // index into gazetteer().entities()
    bool stripped;    // reached through a removed suffix
  };
  // Postings of an exact folded key; null if none.
  const std::vector<Posting>* Lookup(const std::string& key) const;
  // Entities having this PRC telephone area code ("0971").
  const std::vector<uint32_t>* ByAreaCode(const std::string& code) const;
  // True if `inner` is the only child of `outer` of inner's type.
  bool IsSoleChild(uint32_t inner, uint32_t outer) const;

  const refdata::Gazetteer& gazetteer() const { return *gazetteer_; }
  size_t key_count() const { return keys_.size(); }

  // Set of the letters a-z and digits (as bits 0-25, 26 for any digit,
  // 27 for anything else) in an ASCII key.
  static uint32_t LetterMask(std::string_view key);

  // Calls fn(key, postings) for every ASCII key whose length is in
  // [min_len, max_len] and whose letter set differs from `mask` in at most
  // `max_diff` letters (the fuzzy matcher's search space: one edit changes
  // at most two letters of the set).
  // `types` and `countries` are TagBits of the allowed types and countries
  // (~0 for any): keys none of whose entities can be allowed are skipped.
  template <typename Fn>
  void ForAsciiKeys(size_t min_len, size_t max_len, uint32_t mask,
                    int max_diff, uint64_t types, uint64_t countries,
                    Fn fn) const {
    for (size_t n = min_len; n <= max_len && n < ascii_by_length_.size(); ++n)
      for (const AsciiKey& k : ascii_by_length_[n])
        if ((k.types & types) != 0 && (k.countries & countries) != 0 &&
            BitCount(k.mask ^ mask) <= max_diff)
          fn(k.kv->first, k.kv->second);
  }
  // One bit (of 64) standing for a type or country name: a Bloom filter.
  static uint64_t TagBit(std::string_view tag);

 private:
  NameIndex() = default;
  using KeyMap = std::unordered_map<std::string, std::vector<Posting>>;
  const refdata::Gazetteer* gazetteer_ = nullptr;
  KeyMap keys_;
  // Portable popcount (no libgcc call without -mpopcnt).
  static int BitCount(uint32_t v) {
    v = v - ((v >> 1) & 0x55555555u);
    v = (v & 0x33333333u) + ((v >> 2) & 0x33333333u);
    return static_cast<int>((((v + (v >> 4)) & 0x0F0F0F0Fu) * 0x01010101u) >> 24);
  }
  struct AsciiKey {
    const KeyMap::value_type* kv;
    uint32_t mask;
    uint64_t types;      // TagBit of each posting's type, or-ed
    uint64_t countries;  // TagBit of each posting's country, or-ed
  };
  std::vector<std::vector<AsciiKey>> ascii_by_length_;
  std::unordered_map<std::string, std::vector<uint32_t>> area_codes_;
  std::vector<bool> sole_of_type_;  // only child of its type in its parent
  friend class Resolver;
};

// A reviewer's ruling: this surface form is (or is not) that entity.
struct Judgement {
  std::string surface;
  std::string key;  // folded surface
  std::string id;
  bool is = true;       // false: is_not
  std::string source;   // page file name it applies to; "" = every page
  std::string note;
  std::string where;    // "rules/judgements.yaml:12"
};

// The judgements file (format at the top of rules/judgements.yaml).
class Judgements {
 public:
  // Errors (broken YAML, unknown or missing key, both or neither of is /
  // is_not) name file:line.
  static Result<Judgements> Load(const std::string& path);
  static Result<Judgements> Parse(const std::string& yaml_text,
                                  const std::string& file_name);
  // Every judged id must exist in the gazetteer; error names file:line.
  Status Check(const refdata::Gazetteer& gazetteer) const;
  const std::vector<Judgement>& entries() const { return entries_; }

 private:
  std::vector<Judgement> entries_;
};

class Resolver {
 public:
  explicit Resolver(const NameIndex& index,
                    const Judgements* judgements = nullptr);

  Resolution Resolve(std::string_view mention, const Context& context) const;
  // The same into a caller-owned Resolution whose buffers are reused (the
  // allocation-light path for bulk resolution).
  void Resolve(std::string_view mention, const Context& context,
               Resolution* out) const;

 private:
  struct Scratch;
  void Collect(const std::string& key, const Context& context,
               Resolution* out) const;
  bool Allowed(const refdata::Entity& e, const Context& context) const;
  const refdata::Entity* FromRecord(const Context& context,
                                    Resolution* out) const;
  void Rank(const Context& context, const refdata::Entity* support,
            Resolution* out) const;
  void Fuzzy(const Context& context, Resolution* out) const;
  void ApplyJudgements(const Context& context, Resolution* out) const;
  const refdata::Entity* ClimbToType(const refdata::Entity* e,
                                     const Context& context) const;

  const NameIndex& index_;
  std::unordered_map<std::string, std::vector<const Judgement*>> judged_;
};

// A stable id for a mention no entity matches: "org:<slug>",
// "person:<slug>", "event:<slug>", "place:<ISO2>:<slug>" ("place:XX:" if no
// country). `type`: org (or organization), person, event (or programme),
// place; any other type is used as the prefix as it is. The slug is the
// accent-free lower-case words joined by '-'; Han, Hangul and other
// non-Latin letters are kept: "Conseil Régional d'Aquitaine" ->
// "conseil-regional-d-aquitaine", "동북아 지방정부연합" -> "동북아-지방정부연합".
// Depends only on its arguments.
std::string LocalEntityId(std::string_view type, std::string_view surface,
                          std::string_view country = "");

}  // namespace twinmap::resolve

#endif  // TWINMAP_RESOLVE_RESOLVE_H_
