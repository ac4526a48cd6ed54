#include "rules/yaml_reader.h"

#include <yaml-cpp/yaml.h>

namespace twinmap::rules {

struct YamlNode::Impl {
  YAML::Node node;
  std::string file;
};

YamlNode::YamlNode() = default;
YamlNode::YamlNode(std::shared_ptr<Impl> impl) : impl_(std::move(impl)) {}

namespace {
YamlNode Wrap(const YAML::Node& node, const std::string& file) {
  auto impl = std::make_shared<YamlNode::Impl>();
  impl->node = node;
  impl->file = file;
  return YamlNode(impl);
}
}  // namespace

bool YamlNode::IsDefined() const { return impl_ && impl_->node.IsDefined() && !impl_->node.IsNull(); }
bool YamlNode::IsMap() const { return IsDefined() && impl_->node.IsMap(); }
bool YamlNode::IsSequence() const { return IsDefined() && impl_->node.IsSequence(); }
bool YamlNode::IsScalar() const { return IsDefined() && impl_->node.IsScalar(); }

Origin YamlNode::origin() const {
  Origin o;
  if (!impl_) return o;
  o.file = impl_->file;
  YAML::Mark m = impl_->node.Mark();
  // yaml-cpp counts from 0 and gives -1 for nodes it made up.
  o.line = m.line >= 0 ? m.line + 1 : 0;
  o.column = m.column >= 0 ? m.column + 1 : 0;
  return o;
}

std::string YamlNode::Scalar() const { return IsScalar() ? impl_->node.Scalar() : std::string(); }

std::vector<YamlNode> YamlNode::Items() const {
  std::vector<YamlNode> out;
  if (!IsSequence()) return out;
  for (const auto& item : impl_->node) out.push_back(Wrap(item, impl_->file));
  return out;
}

std::vector<std::pair<std::string, YamlNode>> YamlNode::Entries() const {
  std::vector<std::pair<std::string, YamlNode>> out;
  if (!IsMap()) return out;
  for (const auto& kv : impl_->node) {
    out.emplace_back(kv.first.Scalar(), Wrap(kv.second, impl_->file));
  }
  return out;
}

YamlNode YamlNode::Get(const std::string& key) const {
  if (!IsMap()) return YamlNode();
  for (const auto& kv : impl_->node) {
    if (kv.first.Scalar() == key) return Wrap(kv.second, impl_->file);
  }
  return YamlNode();
}

Origin YamlNode::KeyOrigin(const std::string& key) const {
  if (!IsMap()) return origin();
  for (const auto& kv : impl_->node) {
    if (kv.first.Scalar() == key) return Wrap(kv.first, impl_->file).origin();
  }
  return origin();
}

Result<YamlNode> ParseYamlFile(const std::string& path, Origin* error_at) {
  if (error_at) *error_at = Origin{path, 0, 0};
  try {
    YAML::Node root = YAML::LoadFile(path);
    return Wrap(root, path);
  } catch (const YAML::BadFile&) {
    return Status::NotFound("cannot read the file");
  } catch (const YAML::Exception& e) {
    // yaml-cpp counts from 0; its null mark is -1.
    if (error_at && e.mark.line >= 0) {
      error_at->line = e.mark.line + 1;
      error_at->column = e.mark.column + 1;
    }
    return Status::DataError("YAML syntax error: " + e.msg);
  } catch (const std::exception& e) {
    // Anything else yaml-cpp lets escape (allocation failure on a huge or
    // binary file): report it as the file's problem, never crash.
    return Status::DataError(std::string("cannot parse as YAML: ") + e.what());
  }
}

void SchemaReader::Error(const Origin& at, const std::string& message) {
  ++errors_;
  if (!sink_) return;
  Diagnostic d;
  d.severity = Diagnostic::Severity::kError;
  d.file = at.file;
  d.line = at.line > 0 ? at.line : 1;
  d.column = at.column > 0 ? at.column : 1;
  d.message = message;
  sink_->Report(d);
}

bool SchemaReader::CheckKeys(const YamlNode& map, const std::set<std::string>& known,
                             const std::string& what) {
  if (!map.IsMap()) {
    Error(map.origin(), what + " must be a mapping");
    return false;
  }
  for (const auto& [key, value] : map.Entries()) {
    if (!known.count(key)) {
      std::string list;
      for (const auto& k : known) list += (list.empty() ? "" : ", ") + k;
      // At the key, where the typo is (a block value starts on the next line).
      Error(map.KeyOrigin(key), "unknown key '" + key + "' in " + what + " (known: " + list + ")");
    }
  }
  return true;
}

bool SchemaReader::RequireString(const YamlNode& map, const std::string& key, std::string* out) {
  YamlNode v = map.Get(key);
  if (!v.IsDefined()) {
    Error(map.origin(), "missing required key '" + key + "'");
    return false;
  }
  if (!v.IsScalar()) {
    Error(v.origin(), "'" + key + "' must be a string");
    return false;
  }
  *out = v.Scalar();
  return true;
}

bool SchemaReader::OptionalString(const YamlNode& map, const std::string& key, std::string* out) {
  YamlNode v = map.Get(key);
  if (!v.IsDefined()) return true;
  if (!v.IsScalar()) {
    Error(v.origin(), "'" + key + "' must be a string");
    return false;
  }
  *out = v.Scalar();
  return true;
}

bool SchemaReader::OptionalStringList(const YamlNode& map, const std::string& key,
                                      std::vector<std::string>* out) {
  YamlNode v = map.Get(key);
  if (!v.IsDefined()) return true;
  if (!v.IsSequence()) {
    Error(v.origin(), "'" + key + "' must be a list");
    return false;
  }
  for (const YamlNode& item : v.Items()) {
    if (!item.IsScalar()) {
      Error(item.origin(), "items of '" + key + "' must be strings");
      return false;
    }
    out->push_back(item.Scalar());
  }
  return true;
}

bool SchemaReader::OptionalStringMap(const YamlNode& map, const std::string& key,
                                     std::map<std::string, std::string>* out) {
  YamlNode v = map.Get(key);
  if (!v.IsDefined()) return true;
  if (!v.IsMap()) {
    Error(v.origin(), "'" + key + "' must be a mapping");
    return false;
  }
  for (const auto& [k, item] : v.Entries()) {
    if (!item.IsScalar()) {
      Error(item.origin(), "'" + key + "." + k + "' must be a string");
      return false;
    }
    (*out)[k] = item.Scalar();
  }
  return true;
}

}  // namespace twinmap::rules
