// Status and Result<T>: errors as values at stage boundaries.
//
// A stage returns Status (or Result<T>) instead of throwing. The message is
// written for a person and names the place: "corpus/a.txt: byte 1234: ...".
#ifndef TWINMAP_BASE_STATUS_H_
#define TWINMAP_BASE_STATUS_H_

#include <optional>
#include <string>
#include <utility>

namespace twinmap {

class Status {
 public:
  enum class Code {
    kOk = 0,
    kInvalidArgument,  // the caller's request makes no sense
    kNotFound,         // a path or name that does not exist
    kIoError,          // the operating system refused
    kDataError,        // the input itself is bad (binary, empty, broken YAML)
    kTooLarge,         // over a configured limit
    kInternal,         // a third-party library failed unexpectedly
  };

  Status() = default;
  static Status Ok() { return Status(); }
  static Status InvalidArgument(std::string m) { return {Code::kInvalidArgument, std::move(m)}; }
  static Status NotFound(std::string m) { return {Code::kNotFound, std::move(m)}; }
  static Status IoError(std::string m) { return {Code::kIoError, std::move(m)}; }
  static Status DataError(std::string m) { return {Code::kDataError, std::move(m)}; }
  static Status TooLarge(std::string m) { return {Code::kTooLarge, std::move(m)}; }
  static Status Internal(std::string m) { return {Code::kInternal, std::move(m)}; }

  bool ok() const { return code_ == Code::kOk; }
  Code code() const { return code_; }
  const std::string& message() const { return message_; }
  // "DataError: corpus/a.txt: ..." for logs and tests.
  std::string ToString() const;

 private:
  Status(Code code, std::string message) : code_(code), message_(std::move(message)) {}
  Code code_ = Code::kOk;
  std::string message_;
};

// Either a value or the Status saying why there is none.
template <typename T>
class Result {
 public:
  Result(T value) : value_(std::move(value)) {}  // NOLINT: implicit by design
  Result(Status status) : status_(std::move(status)) {}  // NOLINT
  bool ok() const { return status_.ok(); }
  const Status& status() const { return status_; }
  T& value() & { return *value_; }
  const T& value() const& { return *value_; }
  T&& value() && { return std::move(*value_); }
  T* operator->() { return &*value_; }
  const T* operator->() const { return &*value_; }
  T& operator*() & { return *value_; }
  const T& operator*() const& { return *value_; }

 private:
  std::optional<T> value_;
  Status status_;
};

}  // namespace twinmap

#endif  // TWINMAP_BASE_STATUS_H_
