#include "refdata/tsv_file.h"

#include <algorithm>
#include <fstream>
#include <sstream>

namespace twinmap::refdata {
namespace {

std::vector<std::string_view> SplitTabs(std::string_view line) {
  std::vector<std::string_view> out;
  size_t start = 0;
  for (;;) {
    size_t tab = line.find('\t', start);
    if (tab == std::string_view::npos) {
      out.push_back(line.substr(start));
      return out;
    }
    out.push_back(line.substr(start, tab - start));
    start = tab + 1;
  }
}

// Next line of `text` from `*pos` without its "\n" (and "\r"), advancing pos.
bool NextLine(const std::string& text, size_t* pos, std::string_view* line) {
  if (*pos >= text.size()) return false;
  size_t end = text.find('\n', *pos);
  if (end == std::string::npos) end = text.size();
  std::string_view l(text.data() + *pos, end - *pos);
  if (!l.empty() && l.back() == '\r') l.remove_suffix(1);
  *line = l;
  *pos = end + 1;
  return true;
}

}  // namespace

std::string UnescapeField(std::string_view raw) {
  if (raw.find('\\') == std::string_view::npos) return std::string(raw);
  std::string out;
  out.reserve(raw.size());
  for (size_t i = 0; i < raw.size(); ++i) {
    if (raw[i] == '\\' && i + 1 < raw.size()) {
      char c = raw[i + 1];
      if (c == 't' || c == 'n' || c == '\\') {
        out += c == 't' ? '\t' : c == 'n' ? '\n' : '\\';
        ++i;
        continue;
      }
    }
    out += raw[i];
  }
  return out;
}

Result<TsvFile> TsvFile::Open(
    const std::string& path, const std::string& display,
    const std::vector<std::string>& known_columns,
    const std::vector<std::string>& required_columns) {
  std::ifstream in(path, std::ios::binary);
  if (!in)
    return Status::NotFound(display + ": cannot open (missing data file?)");
  std::ostringstream buf;
  buf << in.rdbuf();
  TsvFile f;
  f.display_ = display;
  f.text_ = buf.str();
  std::string_view note;
  if (!NextLine(f.text_, &f.pos_, &note) || note.substr(0, 1) != "#") {
    return Status::DataError(display +
                             ":1: expected a \"# GENERATED ...\" note line");
  }
  std::string_view header;
  if (!NextLine(f.text_, &f.pos_, &header) || header.empty()) {
    return Status::DataError(display + ":2: expected the column names");
  }
  f.line_no_ = 2;
  for (std::string_view c : SplitTabs(header)) {
    std::string name(c);
    if (std::find(known_columns.begin(), known_columns.end(), name) ==
        known_columns.end()) {
      return Status::DataError(display + ":2: unknown column \"" + name + "\"");
    }
    if (std::find(f.columns_.begin(), f.columns_.end(), name) !=
        f.columns_.end()) {
      return Status::DataError(display + ":2: column \"" + name +
                               "\" appears twice");
    }
    f.columns_.push_back(std::move(name));
  }
  for (const std::string& r : required_columns) {
    if (!f.Has(r))
      return Status::DataError(display + ":2: missing column \"" + r + "\"");
  }
  return f;
}

bool TsvFile::Next() {
  if (!status_.ok()) return false;
  std::string_view line;
  while (NextLine(text_, &pos_, &line)) {
    ++line_no_;
    if (line.empty()) continue;  // a trailing blank line is harmless
    fields_ = SplitTabs(line);
    if (fields_.size() != columns_.size()) {
      status_ = ErrorHere("expected " + std::to_string(columns_.size()) +
                          " tab-separated fields, found " +
                          std::to_string(fields_.size()));
      return false;
    }
    ++rows_;
    return true;
  }
  return false;
}

int TsvFile::ColumnIndex(std::string_view column) const {
  for (size_t i = 0; i < columns_.size(); ++i) {
    if (columns_[i] == column) return static_cast<int>(i);
  }
  return -1;
}

std::string TsvFile::FieldAt(int index) const {
  return index < 0 ? std::string() : UnescapeField(fields_[index]);
}

Status TsvFile::ErrorHere(const std::string& message) const {
  return Status::DataError(display_ + ":" + std::to_string(line_no_) + ": " +
                           message);
}

}  // namespace twinmap::refdata
