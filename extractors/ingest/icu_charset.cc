#include "ingest/icu_charset.h"

#include "base/utf8.h"

#include <unicode/ucnv.h>
#include <unicode/ucnv_cb.h>
#include <unicode/ucsdet.h>
#include <unicode/utf16.h>

#include <algorithm>
#include <limits>
#include <memory>

namespace twinmap::ingest {
namespace {

// ICU's detector looks at the first few KiB anyway; this bounds its copy.
constexpr size_t kDetectPrefix = 64 * 1024;

struct DetectorCloser {
  void operator()(UCharsetDetector* d) const { ucsdet_close(d); }
};
struct ConverterCloser {
  void operator()(UConverter* c) const { ucnv_close(c); }
};

std::string IcuError(std::string_view what, UErrorCode code) {
  return std::string(what) + ": ICU error " + u_errorName(code);
}

// Writes one U+FFFD per byte ICU could not decode. ICU's own substitute
// callback writes one per sequence (and U+001A for some single-byte
// charsets), which would make replaced-byte counts and the map coarser.
// The offset index given to ucnv_cbToUWriteUChars is relative to the start
// of the bad sequence; ICU rebases it onto the source buffer.
void U_CALLCONV SubstitutePerByte(const void* /*context*/,
                                  UConverterToUnicodeArgs* args,
                                  const char* /*code_units*/, int32_t length,
                                  UConverterCallbackReason reason,
                                  UErrorCode* error) {
  if (reason != UCNV_UNASSIGNED && reason != UCNV_ILLEGAL &&
      reason != UCNV_IRREGULAR) {
    return;  // reset, close, clone: nothing to write
  }
  *error = U_ZERO_ERROR;
  static const UChar kReplacement = 0xFFFD;
  for (int32_t k = 0; k < length && U_SUCCESS(*error); ++k) {
    ucnv_cbToUWriteUChars(args, &kReplacement, 1, k, error);
  }
}


}  // namespace

std::vector<IcuCharsetMatch> DetectCharsets(std::string_view raw) {
  std::vector<IcuCharsetMatch> matches;
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<UCharsetDetector, DetectorCloser> detector(
      ucsdet_open(&status));
  if (U_FAILURE(status)) return matches;
  const auto length =
      static_cast<int32_t>(std::min(raw.size(), kDetectPrefix));
  ucsdet_setText(detector.get(), raw.data(), length, &status);
  int32_t count = 0;
  const UCharsetMatch** all = ucsdet_detectAll(detector.get(), &count, &status);
  if (U_FAILURE(status) || all == nullptr) return matches;
  for (int32_t i = 0; i < count; ++i) {
    UErrorCode match_status = U_ZERO_ERROR;
    const char* name = ucsdet_getName(all[i], &match_status);
    const int32_t confidence = ucsdet_getConfidence(all[i], &match_status);
    if (U_FAILURE(match_status) || name == nullptr) continue;
    matches.push_back(IcuCharsetMatch{name, confidence});
  }
  return matches;
}

Result<DecodedText> DecodeWithIcu(std::string_view raw, uint64_t begin,
                                  std::string_view encoding) {
  const std::string name(encoding);
  const uint64_t size = raw.size() - begin;
  // Offsets are int32_t in ICU's API; LoadOptions keeps pages far below.
  if (raw.size() > static_cast<uint64_t>(std::numeric_limits<int32_t>::max() - 16)) {
    return Status::TooLarge("input of " + std::to_string(raw.size()) +
                            " bytes is too large to convert from " + name);
  }
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<UConverter, ConverterCloser> converter(
      ucnv_open(name.c_str(), &status));
  if (U_FAILURE(status)) {
    return Status::Internal(IcuError("cannot open a converter for " + name, status));
  }
  ucnv_setToUCallBack(converter.get(), SubstitutePerByte, nullptr, nullptr,
                      nullptr, &status);
  if (U_FAILURE(status)) {
    return Status::Internal(IcuError("cannot set the callback for " + name, status));
  }

  // One call over the whole input, so that every offset is relative to
  // `begin` (a character split across calls would get offset -1). No
  // accepted charset yields more UTF-16 units than it has bytes.
  std::vector<UChar> units(size + 16);
  std::vector<int32_t> offsets(size + 16);
  UChar* target = units.data();
  const char* source = raw.data() + begin;
  ucnv_toUnicode(converter.get(), &target, units.data() + units.size(), &source,
                 raw.data() + raw.size(), offsets.data(), /*flush=*/true, &status);
  if (U_FAILURE(status)) {
    return Status::Internal(IcuError("converting from " + name, status));
  }
  const auto count = static_cast<int32_t>(target - units.data());

  DecodedText out;
  out.text.reserve(size + size / 2);
  // Each code point spans the raw bytes from its offset to the next code
  // point's. A U+FFFD from a single byte is one the callback wrote: no
  // accepted charset encodes U+FFFD in fewer than two bytes.
  // Offsets never go backwards; a negative one (ICU's "no single source")
  // is not expected from one flushed call, and is read as "where the last
  // character ended" so the map stays monotonic whatever happens.
  int32_t i = 0;
  uint64_t in_begin = begin;
  while (i < count) {
    const int32_t start = i;
    UChar32 c;
    U16_NEXT(units.data(), i, count, c);
    if (offsets[start] >= 0) {
      in_begin = std::max(in_begin, begin + static_cast<uint64_t>(offsets[start]));
    }
    uint64_t in_end = raw.size();
    if (i < count && offsets[i] >= 0) {
      in_end = std::max(in_begin, begin + static_cast<uint64_t>(offsets[i]));
    } else if (i < count) {
      in_end = in_begin;
    }
    const size_t before = out.text.size();
    if (U_IS_SURROGATE(c)) c = 0xFFFD;  // cannot happen with our callback
    AppendUtf8(c, &out.text);
    out.map.AddUnit(in_begin, in_end - in_begin, out.text.size() - before);
    if (c == 0xFFFD && in_end - in_begin == 1) out.replaced.AddByte(in_begin);
    in_begin = in_end;
  }
  out.map.Finish(raw.size());
  return out;
}

}  // namespace twinmap::ingest
