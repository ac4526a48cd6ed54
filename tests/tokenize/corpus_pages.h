// The corpus pages (TWINMAP_CORPUS_DIR/*.txt), read once per test binary.
#ifndef TWINMAP_TESTS_TOKENIZE_CORPUS_PAGES_H_
#define TWINMAP_TESTS_TOKENIZE_CORPUS_PAGES_H_

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace twinmap {
namespace testing {

struct CorpusPage {
  std::string name;  // file name, e.g. "000_7eede3c9c10ae1fa.txt"
  std::string text;  // the raw bytes (all five pages are UTF-8)
};

inline const std::vector<CorpusPage>& CorpusPages() {
  static const std::vector<CorpusPage> pages = [] {
    std::vector<CorpusPage> out;
    for (const auto& entry :
         std::filesystem::directory_iterator(TWINMAP_CORPUS_DIR)) {
      if (entry.path().extension() != ".txt") continue;
      std::ifstream in(entry.path(), std::ios::binary);
      std::stringstream bytes;
      bytes << in.rdbuf();
      out.push_back({entry.path().filename().string(), bytes.str()});
    }
    std::sort(out.begin(), out.end(),
              [](const CorpusPage& a, const CorpusPage& b) {
                return a.name < b.name;
              });
    return out;
  }();
  return pages;
}

// The page whose file name starts with `prefix` ("002"); the test fails
// loudly (empty text) when there is none.
inline const CorpusPage& CorpusPageStartingWith(const std::string& prefix) {
  static const CorpusPage missing{"(missing)", ""};
  for (const CorpusPage& page : CorpusPages()) {
    if (page.name.compare(0, prefix.size(), prefix) == 0) return page;
  }
  return missing;
}

}  // namespace testing
}  // namespace twinmap

#endif  // TWINMAP_TESTS_TOKENIZE_CORPUS_PAGES_H_
