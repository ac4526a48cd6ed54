#include "rules/load_text.h"

#include <cstdlib>
#include <fstream>
#include <sstream>
#include <stdexcept>

namespace twinmap::testing {
namespace {

std::string MakeTempDir() {
  std::string pattern = "/tmp/twinmap-rules-test-XXXXXX";
  if (mkdtemp(pattern.data()) == nullptr) throw std::runtime_error("mkdtemp failed");
  return pattern;
}

std::string Slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("cannot read " + path);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

}  // namespace

Loaded LoadText(const std::string& stem, const std::string& yaml) {
  std::string dir = MakeTempDir();
  std::string path = dir + "/" + stem + ".yaml";
  {
    std::ofstream out(path, std::ios::binary);
    out << yaml;
  }
  DiagnosticSink sink;
  Result<rules::SourceRules> result = rules::LoadSourceFile(path, &sink);
  Loaded loaded;
  loaded.ok = result.ok();
  if (result.ok()) loaded.source = *result;
  for (const Diagnostic& d : sink.collected()) {
    std::string text = d.ToString();
    if (text.compare(0, dir.size() + 1, dir + "/") == 0) text = text.substr(dir.size() + 1);
    loaded.errors.push_back(text);
  }
  std::remove(path.c_str());
  std::remove(dir.c_str());
  return loaded;
}

std::string GoodSourceText() {
  return Slurp(std::string(TWINMAP_TESTDATA_DIR) + "/rules/good/sources/good.yaml");
}

std::string Edit(const std::string& text, const std::string& from, const std::string& to) {
  size_t at = text.find(from);
  if (at == std::string::npos || text.find(from, at + 1) != std::string::npos) {
    throw std::runtime_error("the edit '" + from + "' does not match exactly once");
  }
  return text.substr(0, at) + to + text.substr(at + from.size());
}

Loaded LoadGoodWithEdit(const std::string& from, const std::string& to) {
  return LoadText("good", Edit(GoodSourceText(), from, to));
}

bool HasError(const Loaded& loaded, const std::string& where, const std::string& fragment) {
  for (const std::string& e : loaded.errors) {
    if (e.compare(0, where.size() + 9, where + ": error: ") == 0 &&
        e.find(fragment) != std::string::npos) {
      return true;
    }
  }
  return false;
}

std::string Joined(const Loaded& loaded) {
  std::string out;
  for (const std::string& e : loaded.errors) out += e + "\n";
  return out;
}

}  // namespace twinmap::testing
