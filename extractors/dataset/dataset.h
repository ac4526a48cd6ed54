// dataset: writes the canonical dataset (output/) and nothing else.
//
// A dataset directory is replaced whole: files are written into a fresh
// sibling directory, and only when every file is complete does it take the
// place of the old one. A failed or interrupted run leaves the previous
// dataset as it was. Every writer sorts its records, so the same input gives
// byte-identical files whatever the thread count.
//
// Files (see doc/dataset.md for the contract):
//   sources.jsonl   one line per page: source, sha256, encoding, sizes,
//                   languages, counts of blocks, lines and tokens
//   README.md       says the directory is generated and how to regenerate it
//   entities.jsonl  every entity a claim names, sorted by id
//   claims.jsonl    facts merged across pages, sorted by id, with provenance
//   trace.jsonl     only with --trace: every rule step, for eval's misses
#ifndef TWINMAP_DATASET_DATASET_H_
#define TWINMAP_DATASET_DATASET_H_

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "analyze/analyze.h"
#include "extract/extract.h"
#include "base/status.h"

namespace twinmap::dataset {

// What the dataset says about one page it was built from.
struct SourceRecord {
  std::string source;          // file name, the id used in provenance
  std::string sha256;
  std::string encoding;
  uint64_t bytes = 0;
  uint64_t replaced_bytes = 0;  // raw bytes that became U+FFFD
  std::map<std::string, uint64_t> languages;  // lang -> letters in its blocks
  uint64_t blocks = 0, lines = 0, tokens = 0;
};

// Summarises an analysed page; `source` is the name used in provenance.
SourceRecord DescribeSource(const analyze::AnalyzedPage& page,
                            const std::string& source);

// One JSON object per line, keys in a fixed order.
std::string SourceLine(const SourceRecord& record);

// Files of a dataset, by name, with their full contents.
using DatasetFiles = std::map<std::string, std::string>;

// Everything the pages said, as the extractors returned it.
struct Extracted {
  std::vector<SourceRecord> sources;
  std::vector<extract::PageFacts> pages;  // any order: output is sorted
  bool with_trace = false;
};

// Builds the files of a dataset. The same fact from several pages becomes
// one claim with several provenance entries; claim ids hash the claim's
// content, so they do not depend on page or thread order.
DatasetFiles RenderDataset(Extracted extracted, const std::string& regenerate_command);

// The lines of entities.jsonl and claims.jsonl (exposed for tests).
std::string EntityLine(const extract::EntityInfo& entity);

// Replaces `out_dir` with exactly `files`, atomically as seen by readers of
// out_dir: writes a sibling temporary directory, then swaps it in.
Status ReplaceDirectory(const std::string& out_dir, const DatasetFiles& files);

}  // namespace twinmap::dataset

#endif  // TWINMAP_DATASET_DATASET_H_
