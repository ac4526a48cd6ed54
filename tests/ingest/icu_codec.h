// Test-side adapter to ICU: re-encodes UTF-8 into a legacy or UTF-16/32
// encoding, and decodes bytes strictly, as an independent check on ingest.
#ifndef TWINMAP_TESTS_INGEST_ICU_CODEC_H_
#define TWINMAP_TESTS_INGEST_ICU_CODEC_H_

#include <memory>
#include <optional>
#include <string>
#include <string_view>

namespace twinmap::ingest::testing {

// `utf8` in `encoding` (an ICU converter name), or nullopt if a character is
// not representable or does not come back unchanged. No BOM is written.
std::optional<std::string> EncodeAs(std::string_view utf8,
                                    const std::string& encoding);

// Decodes bytes to UTF-8, failing (nullopt) on any invalid or unmapped
// byte. One converter, reused across calls.
class StrictDecoder {
 public:
  explicit StrictDecoder(const std::string& encoding);
  ~StrictDecoder();
  bool ok() const { return converter_ != nullptr; }
  std::optional<std::string> Decode(std::string_view raw);

 private:
  struct Converter;
  Converter* converter_ = nullptr;
};

}  // namespace twinmap::ingest::testing

#endif  // TWINMAP_TESTS_INGEST_ICU_CODEC_H_
