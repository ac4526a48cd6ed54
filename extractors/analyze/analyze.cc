#include "analyze/analyze.h"

#include <utility>

namespace twinmap::analyze {

Result<AnalyzedPage> AnalyzePage(ingest::Page page) {
  AnalyzedPage out;
  out.page = std::move(page);
  normalize::Normalized key = normalize::ToMatchKey(out.page.text);
  out.key = std::move(key.text);
  out.key_to_raw = key.to_input.ComposeWith(out.page.text_to_raw);
  Status status = tokenize::SegmentInto(out.page.text, out.page.text_to_raw,
                                        &out.segmentation);
  if (!status.ok()) {
    return Status::Internal(out.page.source + ": " + status.message());
  }
  out.block_langs = langid::IdentifyBlocks(out.page.text, out.segmentation);
  return out;
}

Result<AnalyzedPage> AnalyzeFile(const std::string& path,
                                 const ingest::LoadOptions& options,
                                 DiagnosticSink* sink) {
  Result<ingest::Page> page = ingest::LoadFile(path, options, sink);
  if (!page.ok()) return page.status();
  return AnalyzePage(std::move(page).value());
}

Result<AnalyzedPage> AnalyzeBytes(std::string raw, std::string source,
                                  const ingest::LoadOptions& options,
                                  DiagnosticSink* sink) {
  Result<ingest::Page> page =
      ingest::LoadBytes(std::move(raw), std::move(source), options, sink);
  if (!page.ok()) return page.status();
  return AnalyzePage(std::move(page).value());
}

}  // namespace twinmap::analyze
