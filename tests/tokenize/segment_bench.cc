// tokenize_bench: throughput of Segment() against bare ICU word breaking.
// A measuring tool run by hand, never a timed unit test:
//   build-x/tests/tokenize/tokenize_bench [page.txt ...]
// (default: the corpus pages). Both sides read the same pages, repeated to
// about 50 MB, one page per call as the pipeline does; the bare side gets
// the UTF-16 text ready-made and only walks ICU's word boundaries. The two
// sides alternate round by round and are timed in process CPU time, so that
// other work on a shared machine skews them alike. Then the same once more
// over one ~50 MB text. Prints MB/s (UTF-8 bytes) and the ratio
// Segment / bare (the target is at least 0.5).
#include <time.h>
#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/ustring.h>
#include <unicode/utext.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "tokenize/tokenize.h"

namespace {

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream bytes;
  bytes << in.rdbuf();
  return bytes.str();
}

std::u16string ToUtf16(const std::string& text) {
  std::u16string out(text.size(), u'\0');
  int32_t length = 0;
  UErrorCode error = U_ZERO_ERROR;
  u_strFromUTF8WithSub(out.data(), static_cast<int32_t>(out.size()), &length,
                       text.data(), static_cast<int32_t>(text.size()), 0xFFFD,
                       nullptr, &error);
  out.resize(U_SUCCESS(error) ? length : 0);
  return out;
}

size_t BareWordBreak(icu::BreakIterator* it, const std::u16string& text) {
  UErrorCode error = U_ZERO_ERROR;
  UText ut = UTEXT_INITIALIZER;
  utext_openUChars(&ut, text.data(), static_cast<int64_t>(text.size()), &error);
  it->setText(&ut, error);
  utext_close(&ut);
  size_t boundaries = 0;
  while (it->next() != icu::BreakIterator::DONE) ++boundaries;
  return boundaries;
}

// CPU seconds used by this process so far.
double CpuSeconds() {
  timespec t;
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
  return t.tv_sec + t.tv_nsec * 1e-9;
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::string> paths;
  for (int i = 1; i < argc; ++i) paths.push_back(argv[i]);
  if (paths.empty()) {
    for (const auto& e :
         std::filesystem::directory_iterator(TWINMAP_CORPUS_DIR)) {
      if (e.path().extension() == ".txt") paths.push_back(e.path().string());
    }
  }
  std::vector<std::string> pages;
  size_t round_bytes = 0;
  for (const std::string& p : paths) {
    pages.push_back(ReadFile(p));
    round_bytes += pages.back().size();
  }
  if (round_bytes == 0) {
    std::fprintf(stderr, "tokenize_bench: no input\n");
    return 1;
  }
  const size_t target = size_t{50} << 20;
  const size_t rounds = (target + round_bytes - 1) / round_bytes;
  const double megabytes = static_cast<double>(round_bytes) * rounds / 1e6;
  std::vector<std::u16string> pages16;
  std::vector<twinmap::OffsetMap> maps;
  for (const std::string& p : pages) {
    pages16.push_back(ToUtf16(p));
    maps.push_back(twinmap::OffsetMap::Identity(p.size()));
  }
  UErrorCode error = U_ZERO_ERROR;
  std::unique_ptr<icu::BreakIterator> word(
      icu::BreakIterator::createWordInstance(icu::Locale::getRoot(), error));
  if (U_FAILURE(error)) return 1;

  twinmap::tokenize::Segmentation out;
  size_t sink = 0;
  std::printf("%zu pages x %zu rounds = %.1f MB, one page per call\n",
              pages.size(), rounds, megabytes);
  for (int trial = 0; trial < 3; ++trial) {
    double bare = 0, segment = 0;
    for (size_t r = 0; r < rounds; ++r) {
      double start = CpuSeconds();
      for (const std::u16string& p : pages16) {
        sink += BareWordBreak(word.get(), p);
      }
      double middle = CpuSeconds();
      for (size_t i = 0; i < pages.size(); ++i) {
        if (!twinmap::tokenize::SegmentInto(pages[i], maps[i], &out).ok()) {
          return 1;
        }
        sink += out.tokens.size();
      }
      bare += middle - start;
      segment += CpuSeconds() - middle;
    }
    std::printf(
        "  bare ICU word break %6.1f MB/s   Segment %6.1f MB/s   ratio %.2f\n",
        megabytes / bare, megabytes / segment, bare / segment);
  }

  std::string big;
  for (size_t r = 0; r < rounds; ++r) {
    for (const std::string& p : pages) big += p + "\n\n";
  }
  std::u16string big16 = ToUtf16(big);
  twinmap::OffsetMap big_map = twinmap::OffsetMap::Identity(big.size());
  std::printf("one text of %.1f MB\n", big.size() / 1e6);
  for (int trial = 0; trial < 2; ++trial) {  // the first pays for page faults
    double start = CpuSeconds();
    sink += BareWordBreak(word.get(), big16);
    double bare = CpuSeconds() - start;
    start = CpuSeconds();
    if (!twinmap::tokenize::SegmentInto(big, big_map, &out).ok()) return 1;
    double segment = CpuSeconds() - start;
    std::printf(
        "  bare ICU word break %6.1f MB/s   Segment %6.1f MB/s   ratio %.2f"
        "   (%zu tokens)\n",
        big.size() / 1e6 / bare, big.size() / 1e6 / segment, bare / segment,
        out.tokens.size());
  }
  return sink == 0;
}
