#include <algorithm>

#include "resolve/name_key.h"
#include "resolve/resolve.h"

namespace twinmap::resolve {
namespace {

void Add(std::unordered_map<std::string, std::vector<NameIndex::Posting>>* keys,
         const std::string& key, uint32_t entity, bool stripped) {
  if (key.empty()) return;
  std::vector<NameIndex::Posting>& list = (*keys)[key];
  // Forms of one entity arrive together, so a duplicate is the last posting.
  // An unstripped form upgrades an earlier stripped one.
  if (!list.empty() && list.back().entity == entity) {
    list.back().stripped = list.back().stripped && stripped;
    return;
  }
  list.push_back({entity, stripped});
}

// A zone's pinyin name is the city's name, the zone's own name and its kind
// run together ("Changchun" "jingyue" "gaoxinjishuchanyekaifaqu"). Pages
// write the own name with an English kind ("Jingyue zone"), so the own name
// is indexed too.
void AddZoneForms(
    std::unordered_map<std::string, std::vector<NameIndex::Posting>>* keys,
    const refdata::Gazetteer& g, const refdata::Entity& e, uint32_t i) {
  std::string key;
  NameIndex::FoldKey(e.name, &key);
  size_t cut = WithoutZoneKind(key);
  if (cut == key.size()) return;
  key.resize(cut);
  Add(keys, key, i, true);
  std::string ancestor;
  for (const refdata::Entity* p = g.Parent(e); p != nullptr; p = g.Parent(*p)) {
    NameIndex::FoldKey(p->name, &ancestor);
    if (key.size() > ancestor.size() + 1 &&
        key.compare(0, ancestor.size(), ancestor) == 0) {
      key.erase(0, ancestor.size());
      Add(keys, key, i, true);
    }
  }
}

}  // namespace

NameIndex NameIndex::Build(const refdata::Gazetteer& gazetteer) {
  NameIndex index;
  index.gazetteer_ = &gazetteer;
  const std::vector<refdata::Entity>& entities = gazetteer.entities();
  index.keys_.reserve(entities.size() * 4);

  std::unordered_map<std::string, uint32_t> children;  // "parent\ttype"
  std::string key;
  auto add_form = [&](const std::string& text, uint32_t i, bool korean_do) {
    FoldKey(text, &key);
    Add(&index.keys_, key, i, false);
    size_t cut = WithoutSuffix(key, korean_do);
    if (cut < key.size()) Add(&index.keys_, key.substr(0, cut), i, true);
  };
  for (uint32_t i = 0; i < entities.size(); ++i) {
    const refdata::Entity& e = entities[i];
    bool korean_do = e.country == "KR";
    add_form(e.name, i, korean_do);
    for (const auto& [lang, name] : e.names) add_form(name, i, korean_do);
    for (const refdata::Alias& a : e.aliases) add_form(a.text, i, korean_do);
    if (e.type == "zone") AddZoneForms(&index.keys_, gazetteer, e, i);
    if (!e.phone_area_code.empty())
      index.area_codes_[e.phone_area_code].push_back(i);
    if (!e.parent.empty()) ++children[e.parent + '\t' + e.type];
  }
  index.sole_of_type_.assign(entities.size(), false);
  for (uint32_t i = 0; i < entities.size(); ++i) {
    const refdata::Entity& e = entities[i];
    if (e.parent.empty()) continue;
    index.sole_of_type_[i] = children[e.parent + '\t' + e.type] == 1;
  }
  for (const auto& kv : index.keys_) {
    bool ascii = std::all_of(kv.first.begin(), kv.first.end(),
                             [](char c) { return (c & 0x80) == 0; });
    if (!ascii) continue;
    if (index.ascii_by_length_.size() <= kv.first.size())
      index.ascii_by_length_.resize(kv.first.size() + 1);
    uint64_t types = 0, countries = 0;
    for (const Posting& p : kv.second) {
      types |= TagBit(entities[p.entity].type);
      countries |= TagBit(entities[p.entity].country);
    }
    index.ascii_by_length_[kv.first.size()].push_back(
        {&kv, LetterMask(kv.first), types, countries});
  }
  // Iteration order of an unordered_map is not stable: sort each bucket so
  // fuzzy results never depend on it.
  for (auto& bucket : index.ascii_by_length_)
    std::sort(bucket.begin(), bucket.end(),
              [](const AsciiKey& a, const AsciiKey& b) {
                return a.kv->first < b.kv->first;
              });
  return index;
}

uint64_t NameIndex::TagBit(std::string_view tag) {
  uint64_t h = 1469598103934665603ull;  // FNV-1a
  for (char c : tag) h = (h ^ static_cast<unsigned char>(c)) * 1099511628211ull;
  return uint64_t{1} << (h % 64);
}

uint32_t NameIndex::LetterMask(std::string_view key) {
  uint32_t mask = 0;
  for (char c : key) {
    if (c >= 'a' && c <= 'z') mask |= 1u << (c - 'a');
    else if (c >= '0' && c <= '9') mask |= 1u << 26;
    else mask |= 1u << 27;
  }
  return mask;
}

const std::vector<NameIndex::Posting>* NameIndex::Lookup(
    const std::string& key) const {
  auto it = keys_.find(key);
  return it == keys_.end() ? nullptr : &it->second;
}

const std::vector<uint32_t>* NameIndex::ByAreaCode(
    const std::string& code) const {
  auto it = area_codes_.find(code);
  return it == area_codes_.end() ? nullptr : &it->second;
}

bool NameIndex::IsSoleChild(uint32_t inner, uint32_t outer) const {
  const std::vector<refdata::Entity>& entities = gazetteer_->entities();
  return sole_of_type_[inner] && entities[inner].parent == entities[outer].id;
}

}  // namespace twinmap::resolve
