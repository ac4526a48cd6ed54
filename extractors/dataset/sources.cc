#include <nlohmann/json.hpp>

#include "dataset/dataset.h"

namespace twinmap::dataset {

SourceRecord DescribeSource(const analyze::AnalyzedPage& a,
                            const std::string& source) {
  SourceRecord r;
  r.source = source;
  r.sha256 = a.page.sha256;
  r.encoding = a.page.encoding;
  r.bytes = a.page.raw.size();
  r.replaced_bytes = a.page.replaced_bytes;
  const auto& seg = a.segmentation;
  r.blocks = seg.blocks.size();
  r.lines = seg.lines.size();
  for (const auto& t : seg.tokens) {
    if (t.kind == tokenize::TokenKind::kSpace) continue;
    ++r.tokens;
    // Letters per language say how mixed a page is better than block counts.
    if (t.kind == tokenize::TokenKind::kWord) {
      r.languages[langid::ToString(a.TokenLang(t))] += t.text.size();
    }
  }
  return r;
}

std::string SourceLine(const SourceRecord& r) {
  nlohmann::ordered_json j;
  j["source"] = r.source;
  j["sha256"] = r.sha256;
  j["encoding"] = r.encoding;
  j["bytes"] = r.bytes;
  j["replaced_bytes"] = r.replaced_bytes;
  j["languages"] = r.languages;  // std::map: sorted keys
  j["blocks"] = r.blocks;
  j["lines"] = r.lines;
  j["tokens"] = r.tokens;
  return j.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
}

}  // namespace twinmap::dataset
