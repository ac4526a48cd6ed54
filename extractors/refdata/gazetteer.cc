// Gazetteer queries. Loading is in loader.cc.
#include "refdata/gazetteer_data.h"
#include "refdata/refdata.h"

namespace twinmap::refdata {

const std::string& Entity::code(const std::string& scheme) const {
  static const std::string kEmpty;
  auto it = codes.find(scheme);
  return it == codes.end() ? kEmpty : it->second;
}

Gazetteer::Gazetteer() : data_(std::make_unique<Data>()) {}
Gazetteer::Gazetteer(Gazetteer&&) noexcept = default;
Gazetteer& Gazetteer::operator=(Gazetteer&&) noexcept = default;
Gazetteer::~Gazetteer() = default;

const Entity* Gazetteer::Find(std::string_view id) const {
  auto it = data_->by_id.find(std::string(id));
  return it == data_->by_id.end() ? nullptr : &data_->entities[it->second];
}

const Entity* Gazetteer::FindByCode(std::string_view scheme,
                                    std::string_view code) const {
  const std::string key = CodeKey(scheme, code);
  auto it = data_->by_code.find(key);
  if (it != data_->by_code.end()) return &data_->entities[it->second];
  it = data_->by_former_code.find(key);
  return it == data_->by_former_code.end() ? nullptr
                                           : &data_->entities[it->second];
}

bool Gazetteer::IsFormerCode(std::string_view scheme,
                             std::string_view code) const {
  const std::string key = CodeKey(scheme, code);
  return data_->by_code.count(key) == 0 && data_->by_former_code.count(key) > 0;
}

const Entity* Gazetteer::Parent(const Entity& e) const {
  return e.parent.empty() ? nullptr : Find(e.parent);
}

bool Gazetteer::IsWithin(const Entity& e, std::string_view ancestor_id) const {
  // The loader rejects unknown parents; the bound guards against a cycle.
  const Entity* p = Parent(e);
  for (int depth = 0; p != nullptr && depth < 32; ++depth) {
    if (p->id == ancestor_id) return true;
    p = Parent(*p);
  }
  return false;
}

const std::vector<Entity>& Gazetteer::entities() const {
  return data_->entities;
}
size_t Gazetteer::size() const { return data_->entities.size(); }
const std::vector<std::string>& Gazetteer::files() const {
  return data_->files;
}

}  // namespace twinmap::refdata
