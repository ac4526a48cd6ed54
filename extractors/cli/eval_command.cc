// twinmap eval: scores a dataset against gold facts (see eval/eval.h).
//
//   twinmap eval --gold tests/gold [--dataset output] [--corpus corpus]
//   [--json]
//                [--misses N] [--min-recall X --min-precision Y
//                --min-provenance Z]
//
// Exit 1 when the inputs are missing or broken, or when any page falls below
// a --min-* threshold: that is how the test suite's quality gate uses it.
#include <iostream>
#include <memory>
#include <optional>
#include <string>

#include "base/diagnostics.h"
#include "cli/commands.h"
#include "eval/eval.h"

namespace twinmap::cli {
namespace {

struct EvalArgs {
  std::string gold;
  std::string dataset = "output";
  std::string corpus = "corpus";
  bool json = false;
  size_t misses = 10;
  bool strict_bounds = true;
  uint64_t provenance_window = eval::EvalOptions().provenance_window;
  std::optional<double> min_recall;
  std::optional<double> min_precision;
  std::optional<double> min_provenance;
};

int RunEval(const EvalArgs& args) {
  eval::EvalOptions options;
  options.strict_bounds = args.strict_bounds;
  options.provenance_window = args.provenance_window;
  DiagnosticSink sink(
      [](const Diagnostic& d) { std::cerr << d.ToString() << "\n"; });
  Result<eval::Report> report =
      eval::EvaluateDirs(args.gold, args.dataset, args.corpus, options, &sink);
  if (!report.ok()) {
    std::cerr << "twinmap eval: " << report.status().message() << "\n";
    return 1;
  }
  std::cout << (args.json ? eval::FormatJson(*report, args.misses)
                          : eval::FormatText(*report, args.misses));
  eval::Thresholds thresholds{args.min_recall, args.min_precision,
                              args.min_provenance};
  std::vector<std::string> failures =
      eval::CheckThresholds(*report, thresholds);
  for (const std::string& failure : failures) {
    std::cerr << "twinmap eval: below threshold: " << failure << "\n";
  }
  return failures.empty() ? 0 : 1;
}

}  // namespace

void RegisterEval(CLI::App& app, int* exit_code) {
  auto args = std::make_shared<EvalArgs>();
  CLI::App* sub = app.add_subcommand("eval",
                                     "Score a dataset against gold facts: "
                                     "precision, recall, provenance, misses");
  sub->add_option("--gold", args->gold,
                  "Gold facts directory (one <page>.jsonl per page)")
      ->required();
  sub->add_option("--dataset", args->dataset, "Dataset directory")
      ->capture_default_str();
  sub->add_option("--corpus", args->corpus,
                  "Corpus directory holding the pages")
      ->capture_default_str();
  sub->add_flag("--json", args->json, "Print the report as JSON");
  sub->add_option("--misses", args->misses, "Misses and extras listed per page")
      ->capture_default_str();
  sub->add_flag("--strict-bounds,!--no-strict-bounds", args->strict_bounds,
                "A bound mismatch fails the fact (default on)");
  sub->add_option(
         "--provenance-window", args->provenance_window,
         "Bytes between a provenance span and the evidence that still count")
      ->capture_default_str();
  auto unit = CLI::Range(0.0, 1.0);
  sub->add_option_function<double>(
         "--min-recall", [args](const double& x) { args->min_recall = x; },
         "Exit 1 when a page's recall is below this")
      ->check(unit);
  sub->add_option_function<double>(
         "--min-precision",
         [args](const double& x) { args->min_precision = x; },
         "Exit 1 when a page's precision is below this")
      ->check(unit);
  sub->add_option_function<double>(
         "--min-provenance",
         [args](const double& x) { args->min_provenance = x; },
         "Exit 1 when a page's provenance share is below this")
      ->check(unit);
  sub->callback([args, exit_code] { *exit_code = RunEval(*args); });
}

}  // namespace twinmap::cli
