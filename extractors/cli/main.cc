// twinmap: the command-line entry point. Thin by design: see commands.h.
#include <CLI/CLI.hpp>

#include "cli/commands.h"

int main(int argc, char** argv) {
  CLI::App app{"twinmap: multilingual extraction of China's subnational "
               "international relations, with provenance"};
  app.require_subcommand(1);
  int exit_code = 0;
  // Register subcommands here, one line each (see commands.h).
  twinmap::cli::RegisterBuild(app, &exit_code);
  twinmap::cli::RegisterTokens(app, &exit_code);
  twinmap::cli::RegisterResolve(app, &exit_code);
  twinmap::cli::RegisterEval(app, &exit_code);
  twinmap::cli::RegisterValue(app, &exit_code);
  twinmap::cli::RegisterCheck(app, &exit_code);

  CLI11_PARSE(app, argc, argv);
  return exit_code;
}
