// Throughput of the normalize stage, run by hand (a figure, not a test):
//   normalize_bench corpus/000_*.txt corpus/002_*.txt
// Each page is repeated to about 50 MB; prints MB/s (input bytes) for the
// key with and without map, the display text, and utf8proc_map's
// NFKC_Casefold over the same text as the yardstick.
#include <chrono>
#include <cstdio>
#include <fstream>
#include <iterator>
#include <string>

#include "normalize/normalize.h"
#include "normalize/utf8proc_adapter.h"

namespace {

constexpr size_t kTargetBytes = 50u << 20;

template <typename Fn>
void Measure(const char* what, const std::string& text, Fn fn) {
  auto start = std::chrono::steady_clock::now();
  size_t out = fn(text);
  std::chrono::duration<double> s = std::chrono::steady_clock::now() - start;
  std::printf("  %-28s %8.1f MB/s  (%zu bytes out)\n", what,
              text.size() / s.count() / 1e6, out);
}

}  // namespace

int main(int argc, char** argv) {
  namespace nz = twinmap::normalize;
  for (int i = 1; i < argc; ++i) {
    std::ifstream file(argv[i], std::ios::binary);
    std::string page(std::istreambuf_iterator<char>(file), {});
    if (page.empty()) {
      std::fprintf(stderr, "%s: cannot read or empty\n", argv[i]);
      return 1;
    }
    std::string text;
    text.reserve(kTargetBytes + page.size());
    while (text.size() < kTargetBytes) text += page;
    std::printf("%s: %zu bytes x %zu = %.1f MB\n", argv[i], page.size(),
                text.size() / page.size(), text.size() / 1e6);
    Measure("ToMatchKey", text,
            [](const std::string& t) { return nz::ToMatchKey(t).text.size(); });
    Measure("MatchKey (no map)", text,
            [](const std::string& t) { return nz::MatchKey(t).size(); });
    Measure("ToMatchKey strip_marks", text, [](const std::string& t) {
      return nz::ToMatchKey(t, nz::KeyOptions{true}).text.size();
    });
    Measure("ToDisplay", text,
            [](const std::string& t) { return nz::ToDisplay(t).text.size(); });
    Measure("utf8proc_map NFKC_Casefold", text, [](const std::string& t) {
      return nz::internal::ReferenceNormalize(t,
                                              nz::internal::Form::kCompatFold)
          .size();
    });
  }
  return 0;
}
