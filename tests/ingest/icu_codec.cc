#include "ingest/icu_codec.h"

#include <unicode/ucnv.h>
#include <unicode/ustring.h>

#include <vector>

namespace twinmap::ingest::testing {
namespace {

std::optional<std::u16string> Utf8ToUtf16(std::string_view utf8) {
  UErrorCode status = U_ZERO_ERROR;
  std::u16string out(utf8.size() + 1, u'\0');
  int32_t length = 0;
  u_strFromUTF8(out.data(), static_cast<int32_t>(out.size()), &length,
                utf8.data(), static_cast<int32_t>(utf8.size()), &status);
  if (U_FAILURE(status)) return std::nullopt;
  out.resize(length);
  return out;
}

std::optional<std::string> Utf16ToUtf8(std::u16string_view utf16) {
  UErrorCode status = U_ZERO_ERROR;
  std::string out(utf16.size() * 3 + 1, '\0');
  int32_t length = 0;
  u_strToUTF8(out.data(), static_cast<int32_t>(out.size()), &length,
              utf16.data(), static_cast<int32_t>(utf16.size()), &status);
  if (U_FAILURE(status)) return std::nullopt;
  out.resize(length);
  return out;
}

}  // namespace

struct StrictDecoder::Converter {
  UConverter* cnv;
};

StrictDecoder::StrictDecoder(const std::string& encoding) {
  UErrorCode status = U_ZERO_ERROR;
  UConverter* cnv = ucnv_open(encoding.c_str(), &status);
  if (U_FAILURE(status)) return;
  ucnv_setToUCallBack(cnv, UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr,
                      &status);
  if (U_FAILURE(status)) {
    ucnv_close(cnv);
    return;
  }
  converter_ = new Converter{cnv};
}

StrictDecoder::~StrictDecoder() {
  if (converter_ != nullptr) {
    ucnv_close(converter_->cnv);
    delete converter_;
  }
}

std::optional<std::string> StrictDecoder::Decode(std::string_view raw) {
  if (converter_ == nullptr) return std::nullopt;
  ucnv_reset(converter_->cnv);
  UErrorCode status = U_ZERO_ERROR;
  std::u16string units(raw.size() + 2, u'\0');
  const int32_t length = ucnv_toUChars(
      converter_->cnv, units.data(), static_cast<int32_t>(units.size()),
      raw.data(), static_cast<int32_t>(raw.size()), &status);
  if (U_FAILURE(status)) return std::nullopt;
  units.resize(length);
  return Utf16ToUtf8(units);
}

std::optional<std::string> EncodeAs(std::string_view utf8,
                                    const std::string& encoding) {
  std::optional<std::u16string> units = Utf8ToUtf16(utf8);
  if (!units) return std::nullopt;
  UErrorCode status = U_ZERO_ERROR;
  UConverter* cnv = ucnv_open(encoding.c_str(), &status);
  if (U_FAILURE(status)) return std::nullopt;
  ucnv_setFromUCallBack(cnv, UCNV_FROM_U_CALLBACK_STOP, nullptr, nullptr,
                        nullptr, &status);
  std::string out(units->size() * 4 + 8, '\0');
  const int32_t length = ucnv_fromUChars(
      cnv, out.data(), static_cast<int32_t>(out.size()), units->data(),
      static_cast<int32_t>(units->size()), &status);
  ucnv_close(cnv);
  if (U_FAILURE(status)) return std::nullopt;
  out.resize(length);
  // Fallback mappings (a character written as a look-alike) do not round-trip.
  StrictDecoder back(encoding);
  if (back.Decode(out) != std::optional<std::string>(std::string(utf8))) {
    return std::nullopt;
  }
  return out;
}

}  // namespace twinmap::ingest::testing
