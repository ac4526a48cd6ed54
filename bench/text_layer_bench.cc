// Text layer benchmark: load + normalise + segment + language per block over
// the corpus repeated to ~100 MB, against bare ICU word segmentation of the
// same text in the same run. Prints MB/s of each and their ratio.
//
//   text_layer_bench [--corpus DIR] [--mb N] [--rounds N]
#include <unicode/brkiter.h>
#include <unicode/unistr.h>

#include <cstdlib>
#include <memory>

#include "analyze/analyze.h"
#include "bench/bench_corpus.h"

namespace twinmap::bench {
namespace {

// The baseline: what a user of ICU alone would do to find the words.
uint64_t BareIcuWordBreak(const std::vector<std::string>& pages) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::BreakIterator> words(
      icu::BreakIterator::createWordInstance(icu::Locale::getRoot(), status));
  if (U_FAILURE(status)) std::abort();
  uint64_t boundaries = 0;
  for (const auto& page : pages) {
    icu::UnicodeString text = icu::UnicodeString::fromUTF8(page);
    words->setText(text);
    for (int32_t b = words->first(); b != icu::BreakIterator::DONE; b = words->next()) {
      ++boundaries;
    }
  }
  return boundaries;
}

uint64_t TextLayer(const std::vector<std::string>& pages) {
  uint64_t tokens = 0;
  for (const auto& page : pages) {
    auto a = analyze::AnalyzeBytes(page, "bench", ingest::LoadOptions{}, nullptr);
    if (!a.ok()) std::abort();
    tokens += a->segmentation.tokens.size();
  }
  return tokens;
}

// Stage by stage, to see where the time goes. Each works on pages already
// loaded, so the figures add up to roughly the whole layer.
struct Loaded {
  std::vector<ingest::Page> pages;
  std::vector<tokenize::Segmentation> segmentations;
};

uint64_t LoadOnly(const std::vector<std::string>& pages, Loaded* out) {
  out->pages.clear();
  for (const auto& page : pages) {
    auto p = ingest::LoadBytes(page, "bench", ingest::LoadOptions{}, nullptr);
    if (!p.ok()) std::abort();
    out->pages.push_back(std::move(p).value());
  }
  return out->pages.size();
}

uint64_t KeyOnly(const Loaded& loaded) {
  uint64_t n = 0;
  for (const auto& p : loaded.pages) {
    normalize::Normalized key = normalize::ToMatchKey(p.text);
    n += key.to_input.ComposeWith(p.text_to_raw).out_size();
  }
  return n;
}

uint64_t SegmentOnly(Loaded* loaded) {
  uint64_t n = 0;
  loaded->segmentations.resize(loaded->pages.size());
  for (size_t i = 0; i < loaded->pages.size(); ++i) {
    const auto& p = loaded->pages[i];
    if (!tokenize::SegmentInto(p.text, p.text_to_raw, &loaded->segmentations[i]).ok()) std::abort();
    n += loaded->segmentations[i].tokens.size();
  }
  return n;
}

uint64_t LangOnly(const Loaded& loaded) {
  uint64_t n = 0;
  for (size_t i = 0; i < loaded.pages.size(); ++i) {
    n += langid::IdentifyBlocks(loaded.pages[i].text, loaded.segmentations[i]).size();
  }
  return n;
}

int Main(int argc, char** argv) {
  std::string corpus = TWINMAP_CORPUS_DIR;
  uint64_t mb = 100;
  int rounds = 3;
  for (int i = 1; i + 1 < argc; i += 2) {
    std::string flag = argv[i];
    if (flag == "--corpus") corpus = argv[i + 1];
    if (flag == "--mb") mb = std::strtoull(argv[i + 1], nullptr, 10);
    if (flag == "--rounds") rounds = std::atoi(argv[i + 1]);
  }
  std::vector<std::string> pages = RepeatedCorpus(corpus, mb << 20);
  uint64_t bytes = TotalBytes(pages);
  volatile uint64_t sink = 0;
  std::vector<Job> jobs = {
      {"icu_word_break (baseline)", [&] { sink = sink + BareIcuWordBreak(pages); }},
      {"text_layer", [&] { sink = sink + TextLayer(pages); }},
  };
  bool stages = std::getenv("TWINMAP_BENCH_STAGES") != nullptr;
  Loaded loaded;
  if (stages) {
    jobs.push_back({"  stage ingest", [&] { sink = sink + LoadOnly(pages, &loaded); }});
    jobs.push_back({"  stage match key", [&] { sink = sink + KeyOnly(loaded); }});
    jobs.push_back({"  stage segment", [&] { sink = sink + SegmentOnly(&loaded); }});
    jobs.push_back({"  stage langid", [&] { sink = sink + LangOnly(loaded); }});
  }
  RunInterleaved(jobs, bytes, rounds);
  std::cout << "input: " << pages.size() << " pages, " << bytes / 1e6
            << " MB; median of " << rounds << " interleaved rounds\n";
  for (const Job& j : jobs) {
    std::cout << "  " << j.name << ": " << j.median_mb_s << " MB/s\n";
  }
  double ratio = jobs[1].median_mb_s / jobs[0].median_mb_s;
  std::cout << "ratio text_layer / icu_word_break: " << ratio
            << " (target >= 0.5)\n";
  return 0;
}

}  // namespace
}  // namespace twinmap::bench

int main(int argc, char** argv) { return twinmap::bench::Main(argc, argv); }
