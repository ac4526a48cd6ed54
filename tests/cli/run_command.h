// Runs the twinmap binary with a shell command line and captures its output.
#ifndef TWINMAP_TESTS_CLI_RUN_COMMAND_H_
#define TWINMAP_TESTS_CLI_RUN_COMMAND_H_

#include <string>

namespace twinmap::testing {

struct CommandResult {
  int exit_code = -1;      // -1 when the process died of a signal
  std::string out;         // standard output
  std::string err;         // standard error
};

// Runs `TWINMAP_BINARY <args>` (args are shell words, quoted by the caller).
CommandResult RunTwinmap(const std::string& args);

// A fresh empty directory under the system temp dir, removed by the caller.
std::string MakeTempDir();
void WriteFile(const std::string& path, const std::string& bytes);
// The whole file, or "" when it cannot be read.
std::string ReadFile(const std::string& path);

}  // namespace twinmap::testing

#endif  // TWINMAP_TESTS_CLI_RUN_COMMAND_H_
