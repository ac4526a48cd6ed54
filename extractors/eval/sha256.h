// SHA-256 of a page's raw bytes as lower-case hex: eval's adapter over
// OpenSSL, used to notice a dataset built from another version of a page.
#ifndef TWINMAP_EVAL_SHA256_H_
#define TWINMAP_EVAL_SHA256_H_

#include <string>
#include <string_view>

namespace twinmap::eval {

// "" if OpenSSL fails (it does not for in-memory input; the caller then
// skips the comparison).
std::string Sha256Hex(std::string_view bytes);

}  // namespace twinmap::eval

#endif  // TWINMAP_EVAL_SHA256_H_
