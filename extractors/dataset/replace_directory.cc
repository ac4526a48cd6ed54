// Writing a dataset so that a failed run never leaves it half-written.
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>

#include "dataset/dataset.h"

namespace twinmap::dataset {
namespace fs = std::filesystem;

namespace {

Status WriteFile(const fs::path& path, const std::string& contents) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out.write(contents.data(), static_cast<std::streamsize>(contents.size()));
  out.close();
  if (!out) {
    return Status::IoError(path.string() + ": cannot write: " + std::strerror(errno));
  }
  return Status::Ok();
}

}  // namespace

Status ReplaceDirectory(const std::string& out_dir, const DatasetFiles& files) {
  fs::path out = fs::path(out_dir).lexically_normal();
  if (out.filename().empty()) out = out.parent_path();
  std::error_code ec;
  fs::path parent = out.parent_path().empty() ? fs::path(".") : out.parent_path();
  fs::create_directories(parent, ec);
  if (ec) return Status::IoError(parent.string() + ": " + ec.message());
  // Sibling paths, so the final renames stay on one file system.
  std::string stem = out.filename().string();
  fs::path fresh = parent / ("." + stem + ".new-" + std::to_string(::getpid()));
  fs::path old = parent / ("." + stem + ".old-" + std::to_string(::getpid()));
  fs::remove_all(fresh, ec);
  fs::create_directory(fresh, ec);
  if (ec) return Status::IoError(fresh.string() + ": " + ec.message());
  for (const auto& [name, contents] : files) {
    Status s = WriteFile(fresh / name, contents);
    if (!s.ok()) {
      fs::remove_all(fresh, ec);
      return s;
    }
  }
  bool had_old = fs::exists(out);
  if (had_old) {
    fs::rename(out, old, ec);
    if (ec) {
      fs::remove_all(fresh, ec);
      return Status::IoError(out.string() + ": cannot move aside: " + ec.message());
    }
  }
  fs::rename(fresh, out, ec);
  if (ec) {
    std::error_code ignored;
    if (had_old) fs::rename(old, out, ignored);  // put the old dataset back
    fs::remove_all(fresh, ignored);
    return Status::IoError(out.string() + ": cannot replace: " + ec.message());
  }
  if (had_old) fs::remove_all(old, ec);
  return Status::Ok();
}

}  // namespace twinmap::dataset
