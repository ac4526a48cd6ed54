// Benchmark inputs: the corpus pages repeated to a target size, and a timer
// that reports the median of several interleaved rounds, because the machine
// is shared and noisy. Figures are ratios against a baseline measured in the
// same run, never absolute thresholds.
#ifndef TWINMAP_BENCH_BENCH_CORPUS_H_
#define TWINMAP_BENCH_BENCH_CORPUS_H_

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <functional>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

namespace twinmap::bench {

// The *.txt pages of `dir`, repeated in name order until they hold at least
// `target_bytes`.
inline std::vector<std::string> RepeatedCorpus(const std::string& dir,
                                               uint64_t target_bytes) {
  std::vector<std::filesystem::path> paths;
  for (const auto& e : std::filesystem::directory_iterator(dir)) {
    if (e.path().extension() == ".txt") paths.push_back(e.path());
  }
  std::sort(paths.begin(), paths.end());
  std::vector<std::string> pages;
  for (const auto& p : paths) {
    std::ifstream in(p, std::ios::binary);
    std::stringstream s;
    s << in.rdbuf();
    pages.push_back(s.str());
  }
  std::vector<std::string> out;
  uint64_t total = 0;
  while (total < target_bytes && !pages.empty()) {
    for (const auto& p : pages) {
      out.push_back(p);
      total += p.size();
    }
  }
  return out;
}

inline uint64_t TotalBytes(const std::vector<std::string>& pages) {
  uint64_t n = 0;
  for (const auto& p : pages) n += p.size();
  return n;
}

// Runs each named job `rounds` times, interleaved (A B C A B C ...), and
// returns each job's median MB/s over `bytes` of input.
struct Job {
  std::string name;
  std::function<void()> run;
  double median_mb_s = 0;
};

inline void RunInterleaved(std::vector<Job>& jobs, uint64_t bytes, int rounds) {
  std::vector<std::vector<double>> rates(jobs.size());
  for (int r = 0; r < rounds; ++r) {
    for (size_t j = 0; j < jobs.size(); ++j) {
      auto start = std::chrono::steady_clock::now();
      jobs[j].run();
      std::chrono::duration<double> s = std::chrono::steady_clock::now() - start;
      rates[j].push_back(bytes / 1e6 / s.count());
    }
  }
  for (size_t j = 0; j < jobs.size(); ++j) {
    std::sort(rates[j].begin(), rates[j].end());
    jobs[j].median_mb_s = rates[j][rates[j].size() / 2];
  }
}

}  // namespace twinmap::bench

#endif  // TWINMAP_BENCH_BENCH_CORPUS_H_
