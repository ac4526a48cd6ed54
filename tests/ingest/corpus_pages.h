// The corpus pages, read directly (not through ingest) for use as inputs.
#ifndef TWINMAP_TESTS_INGEST_CORPUS_PAGES_H_
#define TWINMAP_TESTS_INGEST_CORPUS_PAGES_H_

#include <string>
#include <vector>

namespace twinmap::ingest::testing {

struct CorpusPage {
  std::string name;   // file name, e.g. "000_7eede3c9c10ae1fa.txt"
  std::string path;
  std::string bytes;
};

// Every *.txt page of TWINMAP_CORPUS_DIR except README, sorted by name.
std::vector<CorpusPage> ReadCorpusPages();

// The lines of `text` (each with its "\n") that `keep` accepts, in order.
template <typename Keep>
std::string KeepLines(const std::string& text, Keep keep) {
  std::string out;
  size_t begin = 0;
  while (begin < text.size()) {
    size_t end = text.find('\n', begin);
    end = end == std::string::npos ? text.size() : end + 1;
    const std::string line = text.substr(begin, end - begin);
    if (keep(line)) out += line;
    begin = end;
  }
  return out;
}

}  // namespace twinmap::ingest::testing

#endif  // TWINMAP_TESTS_INGEST_CORPUS_PAGES_H_
