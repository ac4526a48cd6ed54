#include "base/status.h"

namespace twinmap {

std::string Status::ToString() const {
  const char* name = "Ok";
  switch (code_) {
    case Code::kOk: return "Ok";
    case Code::kInvalidArgument: name = "InvalidArgument"; break;
    case Code::kNotFound: name = "NotFound"; break;
    case Code::kIoError: name = "IoError"; break;
    case Code::kDataError: name = "DataError"; break;
    case Code::kTooLarge: name = "TooLarge"; break;
    case Code::kInternal: name = "Internal"; break;
  }
  return std::string(name) + ": " + message_;
}

}  // namespace twinmap
