// LoadRuleSet: every source file and language pack under a rules directory,
// each read by LoadSourceFile, then checked against each other (source ids
// are unique across both folders).
#include <algorithm>
#include <filesystem>
#include <map>

#include "rules/rules.h"

namespace twinmap::rules {
namespace {

namespace fs = std::filesystem;

// The *.yaml files directly in `dir`, sorted; none if it does not exist.
std::vector<fs::path> YamlFiles(const fs::path& dir) {
  std::vector<fs::path> paths;
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) return paths;
  for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
    if (it->path().extension() == ".yaml") paths.push_back(it->path());
  }
  std::sort(paths.begin(), paths.end());
  return paths;
}

}  // namespace

Result<RuleSet> LoadRuleSet(const std::string& rules_dir, DiagnosticSink* sink) {
  fs::path dir = fs::path(rules_dir) / "sources";
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) return Status::NotFound(dir.string() + ": no rules directory");
  std::vector<fs::path> paths = YamlFiles(dir);
  // Language packs are optional; they share the source files' schema.
  for (const fs::path& p : YamlFiles(fs::path(rules_dir) / "lang")) paths.push_back(p);
  RuleSet set;
  size_t failed = 0;
  std::map<std::string, std::string> file_of_id;
  for (const auto& p : paths) {
    set.files.push_back(p.string());
    auto source = LoadSourceFile(p.string(), sink);
    if (!source.ok()) {
      ++failed;
      continue;
    }
    auto [it, inserted] = file_of_id.emplace(source->id, p.string());
    if (!inserted) {
      ++failed;
      Diagnostic d;
      d.severity = Diagnostic::Severity::kError;
      d.file = p.string();
      d.line = source->origin.line > 0 ? source->origin.line : 1;
      d.column = source->origin.column > 0 ? source->origin.column : 1;
      d.message = "duplicate source id '" + source->id + "' (also in " + it->second + ")";
      if (sink) sink->Report(d);
      continue;
    }
    set.sources.push_back(std::move(source).value());
  }
  if (failed > 0) {
    return Status::DataError(std::to_string(failed) + " rule file(s) under " + rules_dir +
                             " have errors");
  }
  // Provenance names a rule by a path that does not depend on where the
  // repository sits: "rules/sources/x.yaml:12:9", whatever --rules was.
  fs::path root = fs::path(rules_dir).lexically_normal();
  if (root.filename().empty()) root = root.parent_path();
  for (SourceRules& source : set.sources) {
    std::string shown =
        (root.filename() / fs::path(source.origin.file).lexically_normal().lexically_relative(root)).string();
    source.origin.file = shown;
    for (Rule& r : source.page_rules) r.origin.file = shown;
    for (Section& section : source.sections) {
      section.origin.file = shown;
      for (Rule& r : section.rules) r.origin.file = shown;
    }
  }
  // Sorted by id, source-specific extractors first and the generic ones last.
  std::sort(set.sources.begin(), set.sources.end(),
            [](const SourceRules& a, const SourceRules& b) {
              return std::make_pair(a.generic, a.id) < std::make_pair(b.generic, b.id);
            });
  return set;
}

}  // namespace twinmap::rules
