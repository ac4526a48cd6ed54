// The twinmap command's subcommands. Each lives in its own <name>_command.cc
// and only parses arguments and calls stages; main.cc registers them all.
//
// A Register function adds its subcommand to `app`; when the subcommand runs,
// it stores the process exit code in *exit_code:
//   0 success, 1 the inputs or data had errors (reported on stderr),
//   2 bad usage (CLI11 reports those itself).
#ifndef TWINMAP_CLI_COMMANDS_H_
#define TWINMAP_CLI_COMMANDS_H_

#include <CLI/CLI.hpp>

namespace twinmap::cli {

// Add one line per subcommand, in the order `twinmap --help` lists them.
void RegisterBuild(CLI::App& app, int* exit_code);  // build_command.cc
void RegisterTokens(CLI::App& app, int* exit_code);  // tokens_command.cc
void RegisterResolve(CLI::App& app, int* exit_code);  // resolve_command.cc
void RegisterEval(CLI::App& app, int* exit_code);  // eval_command.cc
void RegisterValue(CLI::App& app, int* exit_code);  // value_command.cc
void RegisterCheck(CLI::App& app, int* exit_code);  // check_command.cc

}  // namespace twinmap::cli

#endif  // TWINMAP_CLI_COMMANDS_H_
