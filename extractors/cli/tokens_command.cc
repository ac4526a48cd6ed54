// `twinmap tokens FILE...`: the debugging view of the text layer, one JSON
// object per token (text, kind, script, lang, span, line, col).
#include <iostream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "analyze/analyze.h"
#include "cli/commands.h"

namespace twinmap::cli {
namespace {

struct TokensArgs {
  std::vector<std::string> files;
  bool spaces = false;
  std::string encoding;
  uint64_t max_mb = 32;
};

nlohmann::ordered_json TokenJson(const analyze::AnalyzedPage& a,
                         const tokenize::Token& t) {
  nlohmann::ordered_json j;

  j["text"] = std::string(t.text.In(a.page.text));
  j["kind"] = tokenize::ToString(t.kind);
  j["script"] = tokenize::ToString(t.script);
  j["lang"] = langid::ToString(a.TokenLang(t));
  j["span"] = {t.raw.begin, t.raw.end};
  j["line"] = t.line;
  j["col"] = t.column;
  j["source"] = a.page.source;
  return j;
}

// Prints the tokens of every file; a refused file is reported and skipped.
int RunTokens(const TokensArgs& args) {
  int exit_code = 0;
  DiagnosticSink sink([&](const Diagnostic& d) {
    std::cerr << d.ToString() << "\n";
  });
  ingest::LoadOptions options;
  options.encoding = args.encoding;
  options.max_bytes = args.max_mb << 20;
  for (const std::string& file : args.files) {
    size_t warnings_before = sink.warning_count();
    Result<analyze::AnalyzedPage> page =
        analyze::AnalyzeFile(file, options, &sink);
    if (!page.ok()) {
      std::cerr << "twinmap tokens: " << page.status().message() << "\n";
      exit_code = 1;
      continue;
    }
    // Replaced bytes are repaired, not ignored: the exit status says so.
    if (sink.warning_count() > warnings_before) exit_code = 1;
    for (const tokenize::Token& t : page->segmentation.tokens) {
      if (!args.spaces && t.kind == tokenize::TokenKind::kSpace) continue;
      std::cout << TokenJson(*page, t).dump(-1, ' ', false,
                                            nlohmann::ordered_json::error_handler_t::replace)
                << "\n";
    }
  }
  std::cout.flush();
  return exit_code;
}

}  // namespace

void RegisterTokens(CLI::App& app, int* exit_code) {
  auto args = std::make_shared<TokensArgs>();
  CLI::App* cmd = app.add_subcommand(
      "tokens", "Print the tokens of each file as JSONL (the text layer's debugging view)");
  cmd->add_option("files", args->files, "Pages to read")->required();
  cmd->add_flag("--spaces", args->spaces, "Also print white-space tokens");
  cmd->add_option("--encoding", args->encoding,
                  "Force the input encoding instead of detecting it");
  cmd->add_option("--max-page-mb", args->max_mb,
                  "Refuse pages larger than this many MiB")
      ->capture_default_str();
  cmd->callback([args, exit_code] { *exit_code = RunTokens(*args); });
}

}  // namespace twinmap::cli
