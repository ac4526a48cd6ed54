// The adapter to OpenSSL: the only file in the stage that includes it.
#include <openssl/evp.h>

#include "ingest/ingest.h"

namespace twinmap::ingest {

std::string Sha256Hex(std::string_view bytes) {
  unsigned char digest[EVP_MAX_MD_SIZE];
  unsigned int digest_size = 0;
  // One-shot EVP digest; it only fails on allocation failure, in which case
  // the empty string (never a valid digest) is returned.
  if (EVP_Digest(bytes.data(), bytes.size(), digest, &digest_size,
                 EVP_sha256(), nullptr) != 1) {
    return std::string();
  }
  static const char kHex[] = "0123456789abcdef";
  std::string hex;
  hex.reserve(2 * digest_size);
  for (unsigned int i = 0; i < digest_size; ++i) {
    hex.push_back(kHex[digest[i] >> 4]);
    hex.push_back(kHex[digest[i] & 0x0F]);
  }
  return hex;
}

}  // namespace twinmap::ingest
