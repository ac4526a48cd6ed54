// Resolution speed, run by hand (a figure, not a test):
//   resolve_bench [rules_dir] [resolutions]
// Prints the gazetteer load time, the NameIndex build time, and the rate of
// Resolver::Resolve over a fixed mix of mentions (Latin, Han, Hangul, French;
// exact, suffixed, ambiguous with a type context, and 1 in 64 unknown,
// which costs a fuzzy scan) on one
// thread, reusing one Resolution (the allocation-light path).
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "resolve/resolve.h"

namespace {

double Since(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start)
      .count();
}

}  // namespace

int main(int argc, char** argv) {
  using twinmap::resolve::Context;
  const std::string rules = argc > 1 ? argv[1] : "rules";
  const long count = argc > 2 ? std::atol(argv[2]) : 4000000;

  auto start = std::chrono::steady_clock::now();
  auto g = twinmap::refdata::Gazetteer::Load(rules, nullptr);
  if (!g.ok()) {
    std::fprintf(stderr, "%s\n", g.status().ToString().c_str());
    return 1;
  }
  double load = Since(start);
  start = std::chrono::steady_clock::now();
  auto index = twinmap::resolve::NameIndex::Build(*g);
  double build = Since(start);

  Context province;
  province.types = {"province", "autonomous_region", "municipality"};
  province.country = "CN";
  Context city;
  city.types = {"prefecture_city", "county_city", "district"};
  city.country = "CN";
  Context french;
  french.types = {"commune", "departement", "region"};
  french.country = "FR";
  Context any;
  struct Mention {
    const char* text;
    const Context* context;
  };
  const std::vector<Mention> mix = {
      {"Henan", &province},          {"Shandong Province", &province},
      {"Jilin", &city},              {"Kunming", &city},
      {"Xi'an", &city},              {"西安市", &city},
      {"山东省", &province},          {"내몽골", &province},
      {"Nancy", &french},            {"Saint-Étienne", &french},
      {"Vienne", &french},           {"Paris", &french},
      {"Canton", &city},             {"Lhassa", &city},
      {"Guangzhou", &any},           {"Lyon", &any},
  };
  twinmap::resolve::Resolver resolver(index);
  twinmap::resolve::Resolution out;
  size_t resolved = 0;
  start = std::chrono::steady_clock::now();
  for (long i = 0; i < count; ++i) {
    if ((i & 63) == 63) {
      // Unknown: exact lookups miss, then a fuzzy scan among cities.
      resolver.Resolve("Unknown Organisation", city, &out);
    } else {
      const Mention& m = mix[i % mix.size()];
      resolver.Resolve(m.text, *m.context, &out);
    }
    resolved += out.resolved();
  }
  double run = Since(start);
  std::printf("gazetteer load: %.3f s (%zu entities)\n", load, g->size());
  std::printf("index build:    %.3f s (%zu keys)\n", build, index.key_count());
  std::printf("resolve:        %.2f M/s (%ld mentions, %zu resolved, %.3f s)\n",
              count / run / 1e6, count, resolved, run);
  return 0;
}
