// Test support for the rules loader: writes YAML text to a fresh temporary
// directory as <stem>.yaml, loads it, and gives back the diagnostics with the
// directory stripped ("good.yaml:12:5: error: ..."), so tests assert exact
// positions.
#ifndef TWINMAP_TESTS_RULES_LOAD_TEXT_H_
#define TWINMAP_TESTS_RULES_LOAD_TEXT_H_

#include <string>
#include <vector>

#include "rules/rules.h"

namespace twinmap::testing {

struct Loaded {
  bool ok = false;
  std::vector<std::string> errors;  // Diagnostic::ToString, temp dir stripped
  rules::SourceRules source;        // when ok
};

// Loads `yaml` written to <tmp>/<stem>.yaml with LoadSourceFile.
Loaded LoadText(const std::string& stem, const std::string& yaml);

// tests/testdata/rules/good/sources/good.yaml, the file every edit starts from.
std::string GoodSourceText();

// `text` with its one occurrence of `from` replaced by `to`; throws if
// `from` is missing or appears more than once (a test edit must be exact).
std::string Edit(const std::string& text, const std::string& from, const std::string& to);

// The good file with one edit, loaded as good.yaml.
Loaded LoadGoodWithEdit(const std::string& from, const std::string& to);

// True if some error starts with "<where>: error: " and contains `fragment`.
bool HasError(const Loaded& loaded, const std::string& where, const std::string& fragment);

// All errors, one per line, for test failure messages.
std::string Joined(const Loaded& loaded);

}  // namespace twinmap::testing

#endif  // TWINMAP_TESTS_RULES_LOAD_TEXT_H_
