// `twinmap build`: reads corpus/ (and rules/), writes the dataset to output/.
// Pages are analysed in parallel; results are placed by page order, so the
// output does not depend on --threads.
#include <algorithm>
#include <atomic>
#include <filesystem>
#include <iostream>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include "analyze/analyze.h"
#include "cli/commands.h"
#include "dataset/dataset.h"
#include "extract/extract.h"
#include "refdata/refdata.h"
#include "resolve/resolve.h"
#include "rules/rules.h"

namespace twinmap::cli {
namespace {
namespace fs = std::filesystem;

struct BuildArgs {
  std::string corpus = "corpus";
  std::string rules = "rules";
  std::string out = "output";
  bool quiet = false;
  bool skip_bad = false;
  bool trace = false;
  unsigned threads = 0;  // 0: one per core
};

// The pages of a corpus: every regular file but READMEs and hidden files,
// sorted by name so the build order is the same everywhere.
Result<std::vector<fs::path>> ListPages(const std::string& dir) {
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) {
    return Status::NotFound(dir + ": not a directory");
  }
  std::vector<fs::path> pages;
  for (const auto& e : fs::directory_iterator(dir, ec)) {
    std::string name = e.path().filename().string();
    if (!e.is_regular_file() || name.empty() || name[0] == '.' ||
        name.rfind("README", 0) == 0) {
      continue;
    }
    pages.push_back(e.path());
  }
  if (ec) return Status::IoError(dir + ": " + ec.message());
  std::sort(pages.begin(), pages.end());
  return pages;
}

int RunBuild(const BuildArgs& args) {
  auto pages = ListPages(args.corpus);
  if (!pages.ok()) {
    std::cerr << "twinmap build: " << pages.status().message() << "\n";
    return 1;
  }
  // Rules first: a build with invalid rules stops before reading any page.
  DiagnosticSink rule_errors([&](const Diagnostic& d) { std::cerr << d.ToString() << "\n"; });
  auto rule_set = rules::LoadRuleSet(args.rules, &rule_errors);
  if (!rule_set.ok()) {
    std::cerr << "twinmap build: " << rule_set.status().message() << "; " << args.out
              << " left unchanged\n";
    return 1;
  }
  auto gazetteer = refdata::Gazetteer::Load(args.rules, &rule_errors);
  if (!gazetteer.ok()) {
    std::cerr << "twinmap build: " << gazetteer.status().message() << "\n";
    return 1;
  }
  auto judgements = resolve::Judgements::Load((fs::path(args.rules) / "judgements.yaml").string());
  if (!judgements.ok()) {
    std::cerr << "twinmap build: " << judgements.status().message() << "\n";
    return 1;
  }
  if (Status s = judgements->Check(*gazetteer); !s.ok()) {
    std::cerr << "twinmap build: " << s.message() << "\n";
    return 1;
  }
  const resolve::NameIndex index = resolve::NameIndex::Build(*gazetteer);
  const resolve::Resolver resolver(index, &*judgements);
  extract::Knowledge knowledge{&*rule_set, &index, &resolver};

  const size_t n = pages->size();
  std::vector<std::optional<dataset::SourceRecord>> records(n);
  std::vector<extract::PageFacts> facts(n);
  std::vector<std::string> errors(n);
  std::mutex log_mutex;
  DiagnosticSink sink([&](const Diagnostic& d) {
    if (args.quiet) return;
    std::lock_guard<std::mutex> lock(log_mutex);
    std::cerr << d.ToString() << "\n";
  });
  std::atomic<size_t> next{0};
  auto worker = [&] {
    for (size_t i = next++; i < n; i = next++) {
      const fs::path& path = (*pages)[i];
      auto a = analyze::AnalyzeFile(path.string(), ingest::LoadOptions{}, &sink);
      if (!a.ok()) {
        errors[i] = a.status().message();
        continue;
      }
      std::string source = path.filename().string();
      records[i] = dataset::DescribeSource(*a, source);
      facts[i] = extract::ExtractPage(*a, source, knowledge, args.trace);
    }
  };
  unsigned threads = args.threads ? args.threads : std::max(1u, std::thread::hardware_concurrency());
  threads = static_cast<unsigned>(std::min<size_t>(threads, std::max<size_t>(n, 1)));
  std::vector<std::thread> pool;
  for (unsigned t = 1; t < threads; ++t) pool.emplace_back(worker);
  worker();
  for (auto& t : pool) t.join();

  size_t failed = 0;
  dataset::Extracted extracted;
  extracted.with_trace = args.trace;
  for (size_t i = 0; i < n; ++i) {
    if (!errors[i].empty()) {
      ++failed;
      std::cerr << "twinmap build: " << errors[i] << "\n";
    } else {
      extracted.sources.push_back(std::move(*records[i]));
      extracted.pages.push_back(std::move(facts[i]));
    }
  }
  if (failed > 0 && !args.skip_bad) {
    std::cerr << "twinmap build: " << failed << " page(s) refused; " << args.out
              << " left unchanged (--skip-bad builds without them)\n";
    return 1;
  }
  dataset::DatasetFiles files = dataset::RenderDataset(
      std::move(extracted), "twinmap build --corpus corpus --rules rules --out output");
  Status s = dataset::ReplaceDirectory(args.out, files);
  if (!s.ok()) {
    std::cerr << "twinmap build: " << s.message() << "\n";
    return 1;
  }
  if (!args.quiet) {
    std::cerr << "twinmap build: " << (n - failed) << " page(s) -> " << args.out << "\n";
  }
  return failed > 0 ? 1 : 0;
}

}  // namespace

void RegisterBuild(CLI::App& app, int* exit_code) {
  auto args = std::make_shared<BuildArgs>();
  CLI::App* cmd = app.add_subcommand(
      "build", "Build the dataset from a corpus and rules; replaces --out only when complete");
  cmd->add_option("--corpus", args->corpus, "Directory of raw pages")->capture_default_str();
  cmd->add_option("--rules", args->rules, "Directory of rules and reference data")->capture_default_str();
  cmd->add_option("--out", args->out, "Dataset directory to write")->capture_default_str();
  cmd->add_option("--threads", args->threads, "Worker threads (0: one per core)")->capture_default_str();
  cmd->add_flag("-q,--quiet", args->quiet, "Print nothing but errors");
  cmd->add_flag("--trace", args->trace, "Also write trace.jsonl: every rule step, for eval");
  cmd->add_flag("--skip-bad", args->skip_bad,
                "Build without refused pages (still exits 1)");
  cmd->callback([args, exit_code] { *exit_code = RunBuild(*args); });
}

}  // namespace twinmap::cli
