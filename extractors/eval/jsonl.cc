#include "eval/jsonl.h"

#include <fstream>

namespace twinmap::eval {
namespace {

// nlohmann's messages read "[json.exception.parse_error.101] parse error at
// line 1, column 5: syntax error ..."; the line is always 1 because we parse
// one line at a time, so keep only the part a person needs.
std::string ParseErrorText(const nlohmann::json::parse_error& e) {
  std::string what = e.what();
  size_t column = what.find("column ");
  if (column != std::string::npos) {
    size_t colon = what.find(": ", column);
    if (colon != std::string::npos) return what.substr(colon + 2);
  }
  size_t bracket = what.find("] ");
  return bracket == std::string::npos ? what : what.substr(bracket + 2);
}

bool IsBlank(const std::string& line) {
  return line.find_first_not_of(" \t\r\n") == std::string::npos;
}

}  // namespace

Status ReadJsonLines(const std::string& path,
                     const JsonLineCallback& callback) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::NotFound(path + ": cannot open file");
  std::string line;
  uint64_t number = 0;
  while (std::getline(in, line)) {
    ++number;
    if (number == 1 && line.compare(0, 3, "\xEF\xBB\xBF") == 0)
      line.erase(0, 3);
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (IsBlank(line)) continue;
    std::string where = path + ":" + std::to_string(number);
    nlohmann::json object;
    try {
      object = nlohmann::json::parse(line);
    } catch (const nlohmann::json::parse_error& e) {
      return Status::DataError(where + ":" + std::to_string(e.byte) +
                               ": invalid JSON: " + ParseErrorText(e));
    }
    if (!object.is_object()) {
      return Status::DataError(where + ": expected one JSON object per line");
    }
    Status status = callback(object, where, number);
    if (!status.ok()) return status;
  }
  if (in.bad()) return Status::IoError(path + ": read failed");
  return Status::Ok();
}

Value ToValue(const nlohmann::json& j) {
  Value v;
  if (j.is_null()) return v;
  if (j.is_string()) return Value::String(j.get<std::string>());
  if (j.is_number()) return Value::Number(j.get<double>(), j.dump());
  v.kind = j.is_boolean() ? Value::Kind::kBool : Value::Kind::kOther;
  v.text = j.dump();
  return v;
}

void FieldReader::Fail(const std::string& message) {
  if (status_.ok()) status_ = Status::DataError(where_ + ": " + message);
}

const nlohmann::json* FieldReader::Get(const char* key, bool required) {
  auto it = object_.find(key);
  if (it == object_.end() || it->is_null()) {
    if (required) Fail(std::string("missing field \"") + key + "\"");
    return nullptr;
  }
  return &*it;
}

bool FieldReader::Has(const char* key) const {
  auto it = object_.find(key);
  return it != object_.end() && !it->is_null();
}

std::string FieldReader::String(const char* key, bool required) {
  const nlohmann::json* j = Get(key, required);
  if (j == nullptr) return "";
  if (!j->is_string()) {
    Fail(std::string("field \"") + key + "\" must be a string");
    return "";
  }
  return j->get<std::string>();
}

uint64_t FieldReader::Unsigned(const char* key, bool required) {
  const nlohmann::json* j = Get(key, required);
  if (j == nullptr) return 0;
  if (!j->is_number_unsigned()) {
    Fail(std::string("field \"") + key + "\" must be a non-negative integer");
    return 0;
  }
  return j->get<uint64_t>();
}

bool FieldReader::Bool(const char* key, bool required) {
  const nlohmann::json* j = Get(key, required);
  if (j == nullptr) return false;
  if (!j->is_boolean()) {
    Fail(std::string("field \"") + key + "\" must be true or false");
    return false;
  }
  return j->get<bool>();
}

Value FieldReader::Scalar(const char* key) {
  const nlohmann::json* j = Get(key, false);
  return j == nullptr ? Value() : ToValue(*j);
}

std::vector<std::string> FieldReader::Strings(const char* key) {
  std::vector<std::string> out;
  const nlohmann::json* j = Get(key, false);
  if (j == nullptr) return out;
  if (!j->is_array()) {
    Fail(std::string("field \"") + key + "\" must be a list of strings");
    return out;
  }
  for (const auto& item : *j) {
    if (!item.is_string()) {
      Fail(std::string("field \"") + key + "\" must be a list of strings");
      return out;
    }
    out.push_back(item.get<std::string>());
  }
  return out;
}

std::map<std::string, std::string> FieldReader::StringMap(const char* key) {
  std::map<std::string, std::string> out;
  const nlohmann::json* j = Get(key, false);
  if (j == nullptr) return out;
  if (!j->is_object()) {
    Fail(std::string("field \"") + key + "\" must be an object");
    return out;
  }
  for (auto it = j->begin(); it != j->end(); ++it) {
    if (it->is_null()) continue;  // "zh": null means unknown
    if (!it->is_string()) {
      Fail(std::string("field \"") + key + "." + it.key() +
           "\" must be a string");
      return out;
    }
    out[it.key()] = it->get<std::string>();
  }
  return out;
}

Qualifiers FieldReader::ScalarMap(const char* key) {
  Qualifiers out;
  const nlohmann::json* j = Get(key, false);
  if (j == nullptr) return out;
  if (!j->is_object()) {
    Fail(std::string("field \"") + key + "\" must be an object");
    return out;
  }
  for (auto it = j->begin(); it != j->end(); ++it) {
    if (!it->is_null()) out[it.key()] = ToValue(*it);
  }
  return out;
}

bool FieldReader::SpanField(const char* key, Span* span) {
  const nlohmann::json* j = Get(key, false);
  if (j == nullptr) return false;
  if (!j->is_array() || j->size() != 2 || !(*j)[0].is_number_unsigned() ||
      !(*j)[1].is_number_unsigned() ||
      (*j)[0].get<uint64_t>() > (*j)[1].get<uint64_t>()) {
    Fail(std::string("field \"") + key +
         "\" must be [begin, end] byte offsets with begin <= end");
    return false;
  }
  span->begin = (*j)[0].get<uint64_t>();
  span->end = (*j)[1].get<uint64_t>();
  return true;
}

std::vector<const nlohmann::json*> FieldReader::Objects(const char* key) {
  std::vector<const nlohmann::json*> out;
  const nlohmann::json* j = Get(key, false);
  if (j == nullptr) return out;
  if (!j->is_array()) {
    Fail(std::string("field \"") + key + "\" must be a list of objects");
    return out;
  }
  for (const auto& item : *j) {
    if (!item.is_object()) {
      Fail(std::string("field \"") + key + "\" must be a list of objects");
      return {};
    }
    out.push_back(&item);
  }
  return out;
}

const nlohmann::json* FieldReader::Object(const char* key, bool required) {
  const nlohmann::json* j = Get(key, required);
  if (j == nullptr) return nullptr;
  if (!j->is_object()) {
    Fail(std::string("field \"") + key + "\" must be an object");
    return nullptr;
  }
  return j;
}

}  // namespace twinmap::eval
