// LoadFile: reads a path with the OS's own errors turned into Status.
#include <sys/stat.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <memory>

#include "ingest/ingest.h"
#include "ingest/refusals.h"

namespace twinmap::ingest {
namespace {

struct FileCloser {
  void operator()(std::FILE* f) const { std::fclose(f); }
};

std::string Errno(const std::string& path, const char* doing, int error) {
  return path + ": " + doing + ": " + std::strerror(error);
}

}  // namespace

Result<Page> LoadFile(const std::string& path, const LoadOptions& options,
                      DiagnosticSink* sink) {
  struct stat info;
  if (::stat(path.c_str(), &info) != 0) {
    const int error = errno;
    if (error == ENOENT || error == ENOTDIR) {
      return Status::NotFound(path + ": no such file");
    }
    return Status::IoError(Errno(path, "cannot stat", error));
  }
  if (S_ISDIR(info.st_mode)) {
    return Status::IoError(path + ": is a directory, not a file (" +
                           std::strerror(EISDIR) + ")");
  }
  // A regular file's size is known: refuse before reading it.
  if (S_ISREG(info.st_mode) &&
      static_cast<uint64_t>(info.st_size) > options.max_bytes) {
    return PageTooLarge(path, static_cast<uint64_t>(info.st_size),
                        options.max_bytes);
  }

  std::unique_ptr<std::FILE, FileCloser> file(std::fopen(path.c_str(), "rb"));
  if (!file) return Status::IoError(Errno(path, "cannot open", errno));

  // Pipes and special files have no size: read in chunks and stop one byte
  // past the limit, which is enough to know it is too large.
  std::string raw;
  if (S_ISREG(info.st_mode)) raw.reserve(static_cast<size_t>(info.st_size));
  char buffer[1 << 16];
  while (raw.size() <= options.max_bytes) {
    const size_t got = std::fread(buffer, 1, sizeof buffer, file.get());
    raw.append(buffer, got);
    if (got < sizeof buffer) break;
  }
  if (std::ferror(file.get())) {
    return Status::IoError(Errno(path, "cannot read", errno));
  }
  if (raw.size() > options.max_bytes) {
    return PageTooLarge(path, raw.size(), options.max_bytes,
                        /*at_least=*/!std::feof(file.get()));
  }
  return LoadBytes(std::move(raw), path, options, sink);
}

}  // namespace twinmap::ingest
