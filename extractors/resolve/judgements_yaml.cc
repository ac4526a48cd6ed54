// Reads rules/judgements.yaml. yaml-cpp stays behind this file; its
// exceptions become a Status naming file:line here.
#include <yaml-cpp/yaml.h>

#include <fstream>
#include <sstream>

#include "resolve/resolve.h"

namespace twinmap::resolve {
namespace {

struct JudgementError {
  size_t line;
  std::string message;
};

size_t LineOf(const YAML::Node& n) {
  return static_cast<size_t>(n.Mark().line) + 1;
}

[[noreturn]] void Fail(const YAML::Node& n, const std::string& message) {
  throw JudgementError{LineOf(n), message};
}

std::string Scalar(const YAML::Node& map, const char* key, bool required) {
  const YAML::Node v = map[key];
  if (!v) {
    if (required) Fail(map, std::string("missing key '") + key + "'");
    return "";
  }
  if (!v.IsScalar()) Fail(v, std::string("'") + key + "' must be a string");
  return v.as<std::string>();
}

Judgement ParseEntry(const YAML::Node& n, const std::string& file) {
  if (!n.IsMap()) Fail(n, "a judgement must be a mapping");
  for (auto it = n.begin(); it != n.end(); ++it) {
    std::string key = it->first.as<std::string>();
    if (key != "surface" && key != "is" && key != "is_not" &&
        key != "source" && key != "note")
      Fail(it->first, "unknown key '" + key +
                          "' (allowed: surface, is, is_not, source, note)");
  }
  Judgement j;
  j.surface = Scalar(n, "surface", true);
  std::string is = Scalar(n, "is", false);
  std::string is_not = Scalar(n, "is_not", false);
  if (is.empty() == is_not.empty())
    Fail(n, "a judgement needs exactly one of 'is' and 'is_not'");
  j.is = !is.empty();
  j.id = j.is ? is : is_not;
  j.source = Scalar(n, "source", false);
  j.note = Scalar(n, "note", false);
  j.where = file + ":" + std::to_string(LineOf(n));
  NameIndex::FoldKey(j.surface, &j.key);
  if (j.key.empty()) Fail(n, "'surface' has no letters");
  return j;
}

}  // namespace

Result<Judgements> Judgements::Parse(const std::string& yaml_text,
                                     const std::string& file_name) {
  Judgements out;
  try {
    YAML::Node root = YAML::Load(yaml_text);
    if (!root || root.IsNull()) return out;
    if (!root.IsMap()) Fail(root, "expected a mapping with key 'judgements'");
    for (auto it = root.begin(); it != root.end(); ++it) {
      std::string key = it->first.as<std::string>();
      if (key != "judgements")
        Fail(it->first, "unknown key '" + key + "' (allowed: judgements)");
    }
    YAML::Node list = root["judgements"];
    if (list.IsNull()) return out;
    if (!list.IsSequence()) Fail(list, "'judgements' must be a list");
    for (const YAML::Node& n : list)
      out.entries_.push_back(ParseEntry(n, file_name));
  } catch (const JudgementError& e) {
    return Status::DataError(file_name + ":" + std::to_string(e.line) + ": " +
                             e.message);
  } catch (const YAML::Exception& e) {
    return Status::DataError(file_name + ":" + std::to_string(e.mark.line + 1) +
                             ": " + e.msg);
  }
  return out;
}

Result<Judgements> Judgements::Load(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::NotFound(path + ": cannot open judgements file");
  std::ostringstream text;
  text << in.rdbuf();
  return Parse(text.str(), path);
}

Status Judgements::Check(const refdata::Gazetteer& gazetteer) const {
  for (const Judgement& j : entries_) {
    if (gazetteer.Find(j.id) == nullptr)
      return Status::DataError(j.where + ": unknown entity id '" + j.id + "'");
  }
  return Status::Ok();
}

}  // namespace twinmap::resolve
