// Values benchmark: values::Scan over the corpus repeated to ~N MB, against
// tokenizing the same text in the same run. The issue asks that scanning a
// page for values add less than a fifth to tokenizing it, i.e. scan time /
// tokenize time < 0.2. Two baselines, as "tokenizing" can mean either:
// tokenize::Segment alone (words, sentences, lines of text already loaded:
// the strict one), and the whole text layer the pipeline runs to get a
// page's tokens (analyze::AnalyzeBytes: load, normalise, segment, language).
// Prints MB/s of each and the ratios, for the mixed-language word lists
// (lang "", the slowest) and for English.
//
//   values_bench [--corpus DIR] [--mb N] [--rounds N]
#include <cstdlib>
#include <cstring>
#include <iostream>
#include <string>
#include <vector>

#include "analyze/analyze.h"
#include "base/offset_map.h"
#include "bench/bench_corpus.h"
#include "tokenize/tokenize.h"
#include "values/values.h"

namespace twinmap::bench {
namespace {

int Main(int argc, char** argv) {
  std::string corpus = TWINMAP_CORPUS_DIR;
  uint64_t mb = 20;
  int rounds = 5;
  for (int i = 1; i + 1 < argc; i += 2) {
    if (!std::strcmp(argv[i], "--corpus")) corpus = argv[i + 1];
    if (!std::strcmp(argv[i], "--mb")) mb = std::strtoull(argv[i + 1], nullptr, 10);
    if (!std::strcmp(argv[i], "--rounds")) rounds = std::atoi(argv[i + 1]);
  }
  std::vector<std::string> pages = RepeatedCorpus(corpus, mb << 20);
  uint64_t bytes = TotalBytes(pages);
  std::vector<OffsetMap> maps;
  for (const auto& p : pages) maps.push_back(OffsetMap::Identity(p.size()));
  if (!values::CheckLanguageData().ok()) return 1;

  uint64_t sink = 0;
  tokenize::Segmentation seg;
  values::Context mixed;
  values::Context english;
  english.lang = "en";
  std::vector<Job> jobs = {
      {"text layer (analyze::AnalyzeBytes)",
       [&] {
         for (const auto& p : pages) {
           auto a = analyze::AnalyzeBytes(p, "bench", ingest::LoadOptions{}, nullptr);
           if (!a.ok()) std::abort();
           sink += a->segmentation.tokens.size();
         }
       }},
      {"tokenize::Segment",
       [&] {
         for (size_t i = 0; i < pages.size(); ++i) {
           if (!tokenize::SegmentInto(pages[i], maps[i], &seg).ok()) std::abort();
           sink += seg.tokens.size();
         }
       }},
      {"values::Scan lang ''",
       [&] {
         for (const auto& p : pages) sink += values::Scan(p, mixed).size();
       }},
      {"values::Scan lang en",
       [&] {
         for (const auto& p : pages) sink += values::Scan(p, english).size();
       }},
  };
  RunInterleaved(jobs, bytes, rounds);
  std::cout << "input: " << pages.size() << " pages, " << bytes / 1e6 << " MB, "
            << rounds << " rounds (median)\n";
  for (const Job& j : jobs) std::cout << "  " << j.name << ": " << j.median_mb_s << " MB/s\n";
  // Time ratios: how much scanning adds to tokenizing the same text.
  for (size_t base = 0; base < 2; ++base) {
    for (size_t k = 2; k < jobs.size(); ++k) {
      std::cout << "  " << jobs[k].name << " / " << jobs[base].name
                << " time: " << jobs[base].median_mb_s / jobs[k].median_mb_s << "\n";
    }
  }
  return sink == 0 ? 1 : 0;
}

}  // namespace
}  // namespace twinmap::bench

int main(int argc, char** argv) { return twinmap::bench::Main(argc, argv); }
