// `twinmap check [PATH...]` (default: rules): loads rules and reports every
// problem as "file:line:col: error: message" on stdout, then one summary
// line "N file(s), M rule(s), K error(s)".
//   PATH a directory: the rule set under it (PATH/sources/*.yaml and
//                     PATH/lang/*.yaml, as `twinmap build` loads it);
//   PATH a file:      that one source file.
// Exit 0 when every PATH loads cleanly, 1 when there is any error.
#include <filesystem>
#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include "cli/commands.h"
#include "rules/rules.h"

namespace twinmap::cli {
namespace {

namespace fs = std::filesystem;

struct CheckTotals {
  size_t files = 0;
  size_t rules = 0;
  size_t errors = 0;
};

size_t RuleCount(const rules::SourceRules& source) {
  size_t n = source.page_rules.size();
  for (const rules::Section& s : source.sections) n += s.rules.size();
  return n;
}

// The files LoadRuleSet reads under `dir`, for counting.
std::vector<std::string> RuleFiles(const fs::path& dir) {
  std::vector<std::string> out;
  for (const char* sub : {"sources", "lang"}) {
    std::error_code ec;
    if (!fs::is_directory(dir / sub, ec)) continue;
    for (fs::directory_iterator it(dir / sub, ec), end; !ec && it != end; it.increment(ec)) {
      if (it->path().extension() == ".yaml") out.push_back(it->path().string());
    }
  }
  return out;
}

void CheckDirectory(const std::string& path, DiagnosticSink* sink, CheckTotals* totals) {
  size_t errors_before = sink->error_count();
  Result<rules::RuleSet> set = rules::LoadRuleSet(path, sink);
  if (set.ok()) {
    totals->files += set->files.size();
    for (const rules::SourceRules& s : set->sources) totals->rules += RuleCount(s);
    return;
  }
  if (sink->error_count() == errors_before) {
    // Nothing was reported per file: the directory itself is the problem.
    std::cout << path << ": error: " << set.status().message() << "\n";
    ++totals->errors;
    return;
  }
  // The set is rejected as a whole; count the rules of the files that load
  // on their own (their problems, if any, were printed above).
  for (const std::string& file : RuleFiles(path)) {
    ++totals->files;
    Result<rules::SourceRules> source = rules::LoadSourceFile(file, nullptr);
    if (source.ok()) totals->rules += RuleCount(*source);
  }
}

void CheckFile(const std::string& path, DiagnosticSink* sink, CheckTotals* totals) {
  ++totals->files;
  Result<rules::SourceRules> source = rules::LoadSourceFile(path, sink);
  if (source.ok()) totals->rules += RuleCount(*source);
}

int RunCheck(const std::vector<std::string>& paths) {
  CheckTotals totals;
  DiagnosticSink sink([](const Diagnostic& d) { std::cout << d.ToString() << "\n"; });
  for (const std::string& path : paths) {
    std::error_code ec;
    if (fs::is_directory(path, ec)) {
      CheckDirectory(path, &sink, &totals);
    } else if (fs::exists(path, ec)) {
      CheckFile(path, &sink, &totals);
    } else {
      std::cout << path << ": error: no such file or directory\n";
      ++totals.errors;
    }
  }
  totals.errors += sink.error_count();
  std::cout << totals.files << " file(s), " << totals.rules << " rule(s), " << totals.errors
            << " error(s)\n";
  return totals.errors == 0 ? 0 : 1;
}

}  // namespace

void RegisterCheck(CLI::App& app, int* exit_code) {
  auto paths = std::make_shared<std::vector<std::string>>();
  CLI::App* cmd = app.add_subcommand(
      "check", "Check rule files: unknown keys, missing fields, bad regexes, duplicate ids");
  cmd->add_option("PATH", *paths,
                  "a rules directory (its sources/ and lang/) or one .yaml file; default: rules");
  cmd->callback([paths, exit_code] {
    if (paths->empty()) paths->push_back("rules");
    *exit_code = RunCheck(*paths);
  });
}

}  // namespace twinmap::cli
