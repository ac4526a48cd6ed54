#include "ingest/detect.h"

#include <algorithm>
#include <cstring>
#include <optional>

#include "ingest/encoding_names.h"
#include "ingest/icu_charset.h"
#include "ingest/utf8_decoder.h"

namespace twinmap::ingest {
namespace {

// A text with errors is still UTF-8 if it has at least this many well-formed
// multi-byte characters per run of invalid bytes. Legacy CJK encodings form
// valid UTF-8 sequences by accident, but far fewer than their invalid runs;
// Latin-1 text almost never does.
constexpr uint64_t kMultibytePerError = 8;
// UTF-8 input in which fewer than 1 byte in this many is NUL is text with
// stray NULs (refused as binary), not UTF-16 or UTF-32.
constexpr uint64_t kMaxStrayNulShare = 4;
// The double-byte prior needs this many high bytes to say anything.
constexpr uint64_t kMinHighBytesForShape = 8;
// Confidence given to an encoding chosen by the double-byte prior.
constexpr int kDoubleByteConfidence = 50;
constexpr std::string_view kDoubleByte[] = {kGb18030, kBig5, kEucKr, kShiftJis};
// When nothing matches, single-byte windows-1252 decodes every byte.
constexpr std::string_view kFallback = kWindows1252;

Result<DetectedText> Decode(std::string_view raw, std::string_view encoding,
                            size_t bom_size, int confidence) {
  DetectedText out;
  out.encoding = std::string(encoding);
  out.confidence = confidence;
  out.had_bom = bom_size > 0;
  if (encoding == kUtf8) {
    Utf8Evidence unused;
    out.decoded = DecodeUtf8(raw, bom_size, &unused);
    return out;
  }
  Result<DecodedText> decoded = DecodeWithIcu(raw, bom_size, encoding);
  if (!decoded.ok()) return decoded.status();
  out.decoded = std::move(decoded).value();
  return out;
}

// The UTF-8 prior: confidence 0-100 that `evidence` and `decoded` came from
// UTF-8, or nullopt if they did not.
std::optional<int> Utf8Confidence(const Utf8Evidence& evidence,
                                  const DecodedText& decoded) {
  const uint64_t runs = decoded.replaced.runs();
  if (runs == 0) return 100;
  // A sequence cut short at the very end is a truncated download or a
  // cut file, as long as something else says UTF-8: more multi-byte text,
  // or at least a lead byte with a continuation (a lone final 0xE9 is
  // more likely Latin-1 "é").
  const bool tail_only =
      evidence.truncated_tail > 0 && runs == 1 &&
      decoded.replaced.bytes() == evidence.truncated_tail;
  if (tail_only &&
      (evidence.multibyte_chars > 0 || evidence.truncated_tail >= 2)) {
    return 90;
  }
  const uint64_t errors =
      std::max<uint64_t>(1, runs - (evidence.truncated_tail > 0 ? 1 : 0));
  const uint64_t per_error = evidence.multibyte_chars / errors;
  if (per_error < kMultibytePerError) return std::nullopt;
  // 50 at the threshold, 5 more for each further multiple of it, at most 90.
  return static_cast<int>(
      std::min<uint64_t>(90, 45 + 5 * (per_error / kMultibytePerError)));
}

// What an ICU detector answer means for us: an accepted encoding, and how
// much of ICU's confidence carries over.
struct Mapped {
  std::string_view encoding;
  int confidence;
};

std::optional<Mapped> MapIcuMatch(const IcuCharsetMatch& match) {
  const std::string& name = match.name;
  for (std::string_view same : {kUtf16Le, kUtf16Be, kUtf32Le, kUtf32Be,
                                kGb18030, kBig5, kEucKr, kShiftJis}) {
    if (name == same) return Mapped{same, match.confidence};
  }
  // ICU says ISO-8859-1 when it sees no C1 bytes; windows-1252 is its
  // superset as far as real text goes (C1 controls are never text).
  if (name == "ISO-8859-1" || name == kWindows1252) {
    return Mapped{kWindows1252, match.confidence};
  }
  // Other Latin single-byte guesses are usually short French or English
  // text mistaken for a neighbour; read them as windows-1252 at half trust.
  if (name == "ISO-8859-2" || name == "ISO-8859-9" || name == "windows-1250" ||
      name == "windows-1254") {
    return Mapped{kWindows1252, match.confidence / 2};
  }
  // UTF-8 was already refused by our own prior; EUC-JP, KOI8-R, the
  // ISO-2022 family and the rest are not encodings we accept.
  return std::nullopt;
}

// A wide Unicode guess is only believed if it decodes without a single bad
// unit and without NUL characters; random binary often looks like UTF-16 to
// ICU, which only checks the first 30 bytes.
bool DecodesCleanly(const DetectedText& detected) {
  const std::string& text = detected.decoded.text;
  return detected.decoded.replaced.bytes() == 0 &&
         std::memchr(text.data(), '\0', text.size()) == nullptr;
}

// The double-byte prior. In windows-1252 text a byte >= 0x80 is an accented
// letter inside a word or a punctuation mark between words, so it nearly
// always has an ASCII neighbour. In the CJK encodings every non-ASCII
// character is two high bytes in a row, or GB18030's four-byte form
// [81-FE][30-39][81-FE][30-39]. When most high bytes are shaped like that,
// a page ICU calls Latin (short Latin text with a few CJK characters or
// symbols) is far more likely CJK-encoded.
bool HasDoubleByteShape(std::string_view raw) {
  const auto* b = reinterpret_cast<const uint8_t*>(raw.data());
  const size_t n = raw.size();
  auto high = [&](size_t i) { return i < n && b[i] >= 0x80; };
  auto digit = [&](size_t i) { return i < n && b[i] >= 0x30 && b[i] <= 0x39; };
  uint64_t total = 0, shaped = 0;
  for (size_t i = 0; i < n; ++i) {
    if (!high(i)) continue;
    if (b[i] >= 0x81 && digit(i + 1) && high(i + 2) && b[i + 2] >= 0x81 &&
        digit(i + 3)) {
      total += 2;
      shaped += 2;
      i += 3;
      continue;
    }
    ++total;
    if ((i > 0 && high(i - 1)) || high(i + 1)) ++shaped;
  }
  return total >= kMinHighBytesForShape && 2 * shaped > total;
}

// Under the double-byte prior: the first CJK encoding that decodes `raw`
// without a single invalid byte, by ICU's confidence in it, ties (ICU gives
// all of them 10 when it has little to go on) in the order GB18030, Big5,
// EUC-KR, Shift_JIS: pages about China first. An empty encoding if none does.
Result<DetectedText> DecodeDoubleByte(
    std::string_view raw, const std::vector<IcuCharsetMatch>& matches) {
  auto icu_confidence = [&matches](std::string_view encoding) {
    for (const IcuCharsetMatch& match : matches) {
      if (match.name == encoding) return match.confidence;
    }
    return 0;
  };
  std::vector<std::string_view> order(std::begin(kDoubleByte), std::end(kDoubleByte));
  std::stable_sort(order.begin(), order.end(),
                   [&](std::string_view a, std::string_view b) {
                     return icu_confidence(a) > icu_confidence(b);
                   });
  for (std::string_view encoding : order) {
    Result<DetectedText> detected =
        Decode(raw, encoding, 0, kDoubleByteConfidence);
    if (!detected.ok() || detected->decoded.replaced.bytes() == 0) {
      return detected;
    }
  }
  return DetectedText();
}

}  // namespace

Result<DetectedText> DetectAndDecode(std::string_view raw,
                                     std::string_view forced) {
  const std::optional<Bom> bom = SniffBom(raw);
  if (!forced.empty()) {
    const size_t bom_size = bom && bom->encoding == forced ? bom->size : 0;
    return Decode(raw, forced, bom_size, 100);
  }
  if (bom) return Decode(raw, bom->encoding, bom->size, 100);

  DetectedText utf8;
  utf8.encoding = std::string(kUtf8);
  Utf8Evidence evidence;
  utf8.decoded = DecodeUtf8(raw, 0, &evidence);
  const std::optional<int> utf8_confidence = Utf8Confidence(evidence, utf8.decoded);
  std::vector<IcuCharsetMatch> matches;

  if (std::memchr(raw.data(), '\0', raw.size()) != nullptr) {
    // NUL bytes: UTF-16/32 without a BOM, or binary. UTF-16 of mostly-ASCII
    // text is about half NULs, and UTF-16 of CJK text is not UTF-8; UTF-8
    // with a few NULs in it is text damaged by them, not UTF-16.
    const auto nuls = static_cast<uint64_t>(std::count(raw.begin(), raw.end(), '\0'));
    const bool stray_nuls = utf8_confidence && nuls * kMaxStrayNulShare < raw.size();
    if (!stray_nuls) {
      matches = DetectCharsets(raw);
      for (const IcuCharsetMatch& match : matches) {
        std::optional<Mapped> mapped = MapIcuMatch(match);
        if (!mapped || !IsWideUnicode(mapped->encoding)) continue;
        Result<DetectedText> wide = Decode(raw, mapped->encoding, 0, mapped->confidence);
        if (!wide.ok()) return wide.status();
        if (DecodesCleanly(*wide)) return wide;
      }
    }
    // Binary: keep the UTF-8 reading so the caller can point at the first NUL.
    utf8.confidence = 0;
    return utf8;
  }

  if (utf8_confidence) {
    utf8.confidence = *utf8_confidence;
    return utf8;
  }

  matches = DetectCharsets(raw);
  for (const IcuCharsetMatch& match : matches) {
    std::optional<Mapped> mapped = MapIcuMatch(match);
    if (!mapped) continue;
    if (mapped->encoding == kWindows1252 && HasDoubleByteShape(raw)) {
      Result<DetectedText> cjk = DecodeDoubleByte(raw, matches);
      if (!cjk.ok() || !cjk->encoding.empty()) return cjk;
    }
    Result<DetectedText> detected = Decode(raw, mapped->encoding, 0, mapped->confidence);
    if (!detected.ok()) return detected.status();
    if (IsWideUnicode(mapped->encoding) && !DecodesCleanly(*detected)) continue;
    return detected;
  }
  Result<DetectedText> fallback = Decode(raw, kFallback, 0, 0);
  if (fallback.ok()) fallback->guessed = true;
  return fallback;
}

}  // namespace twinmap::ingest
