// Load time of the reference gazetteer, run by hand (a figure, not a test):
//   refdata_bench [rules_dir] [repetitions]
// Loads rules/refdata/ and rules/aliases/ `repetitions` times (default 5) and
// prints the best and median wall time with the entity, alias and file counts.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "refdata/refdata.h"

int main(int argc, char** argv) {
  const std::string rules = argc > 1 ? argv[1] : "rules";
  const int reps = argc > 2 ? std::max(1, std::atoi(argv[2])) : 5;
  std::vector<double> seconds;
  size_t entities = 0, aliases = 0, files = 0;
  for (int i = 0; i < reps; ++i) {
    auto start = std::chrono::steady_clock::now();
    twinmap::DiagnosticSink sink;
    auto g = twinmap::refdata::Gazetteer::Load(rules, &sink);
    std::chrono::duration<double> s = std::chrono::steady_clock::now() - start;
    if (!g.ok()) {
      std::fprintf(stderr, "%s\n", g.status().ToString().c_str());
      return 1;
    }
    seconds.push_back(s.count());
    entities = g->size();
    aliases = 0;
    for (const auto& e : g->entities()) aliases += e.aliases.size();
    files = g->files().size();
  }
  std::sort(seconds.begin(), seconds.end());
  std::printf("refdata load: best %.3f s, median %.3f s over %d runs\n",
              seconds.front(), seconds[seconds.size() / 2], reps);
  std::printf("  %zu entities, %zu aliases, %zu files\n", entities, aliases,
              files);
  return 0;
}
