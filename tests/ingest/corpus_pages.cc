#include "ingest/corpus_pages.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace twinmap::ingest::testing {

std::vector<CorpusPage> ReadCorpusPages() {
  std::vector<CorpusPage> pages;
  for (const auto& entry : std::filesystem::directory_iterator(TWINMAP_CORPUS_DIR)) {
    const std::string name = entry.path().filename().string();
    if (entry.path().extension() != ".txt") continue;
    std::ifstream in(entry.path(), std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    pages.push_back(CorpusPage{name, entry.path().string(), bytes.str()});
  }
  std::sort(pages.begin(), pages.end(),
            [](const CorpusPage& a, const CorpusPage& b) { return a.name < b.name; });
  return pages;
}

}  // namespace twinmap::ingest::testing
