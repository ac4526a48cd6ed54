#include "cli/run_command.h"

#include <sys/wait.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <stdexcept>

namespace twinmap::testing {

std::string MakeTempDir() {
  std::string pattern = "/tmp/twinmap-test-XXXXXX";
  if (mkdtemp(pattern.data()) == nullptr) throw std::runtime_error("mkdtemp failed");
  return pattern;
}

void WriteFile(const std::string& path, const std::string& bytes) {
  std::ofstream out(path, std::ios::binary);
  out << bytes;
}

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

CommandResult RunTwinmap(const std::string& args) {
  std::string dir = MakeTempDir();
  std::string cmd = std::string("'") + TWINMAP_BINARY + "' " + args + " >" + dir +
                    "/out 2>" + dir + "/err";
  int status = std::system(cmd.c_str());
  CommandResult r;
  if (WIFEXITED(status)) r.exit_code = WEXITSTATUS(status);
  r.out = ReadFile(dir + "/out");
  r.err = ReadFile(dir + "/err");
  std::system(("rm -rf '" + dir + "'").c_str());
  return r;
}

}  // namespace twinmap::testing
