// A scratch folder for tests that write bad data files; removed at scope end.
#ifndef TWINMAP_TESTS_REFDATA_TEMP_DIR_H_
#define TWINMAP_TESTS_REFDATA_TEMP_DIR_H_

#include <unistd.h>

#include <atomic>
#include <filesystem>
#include <fstream>
#include <string>

namespace twinmap::refdata::testing {

class TempDir {
 public:
  TempDir() {
    static std::atomic<int> counter{0};
    path_ = std::filesystem::temp_directory_path() /
            ("twinmap_refdata_" + std::to_string(getpid()) + "_" +
             std::to_string(counter++));
    std::filesystem::create_directories(path_);
  }
  ~TempDir() {
    std::error_code ec;
    std::filesystem::remove_all(path_, ec);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;

  std::string path() const { return path_.string(); }
  // Writes `content` to <dir>/<relative>, creating folders.
  void Write(const std::string& relative, const std::string& content) const {
    std::filesystem::path p = path_ / relative;
    std::filesystem::create_directories(p.parent_path());
    std::ofstream(p, std::ios::binary) << content;
  }

 private:
  std::filesystem::path path_;
};

}  // namespace twinmap::refdata::testing

#endif  // TWINMAP_TESTS_REFDATA_TEMP_DIR_H_
