// Chinese postal addresses: province (from the list of province-level
// divisions in zh.yaml), city, district, street, street number, remainder,
// each found as the shortest run of Han characters that ends in one of the
// pack's suffixes:
//   浙江省 杭州市 西湖区 文三路 90号 东部软件园1号楼
//   吉林省 长春市 (no district) 新发路 300号
//   地址：杭州市西湖区文三路90号   (no province: only after an address label)
// Written by hand rather than as one regex: this runs at every province
// name in a page, and a regex with a group per part was 50 times slower.
#include "values/candidate.h"
#include "values/char_class.h"
#include "values/language_pack.h"

namespace twinmap {
namespace values {
namespace {

// Bytes of the Han character at `pos`, or 0. Every Han character is three
// bytes long: a well-formed three-byte form is decoded here, unless its lead
// is E0 or ED, whose overlong and surrogate forms are left to DecodeAt.
size_t HanLengthAt(std::string_view text, size_t pos) {
  if (pos + 2 < text.size()) {
    const auto* b = reinterpret_cast<const unsigned char*>(text.data()) + pos;
    if ((b[0] & 0xF0) == 0xE0 && b[0] != 0xE0 && b[0] != 0xED && (b[1] & 0xC0) == 0x80 &&
        (b[2] & 0xC0) == 0x80) {
      char32_t cp = char32_t(b[0] & 0x0F) << 12 | char32_t(b[1] & 0x3F) << 6 | (b[2] & 0x3F);
      return IsHan(cp) ? 3 : 0;
    }
  }
  CodePoint c = DecodeAt(text, pos);
  return IsHan(c.cp) ? c.len : 0;
}

// BytesAt without the call to compare: suffixes are a few bytes long.
// `pos` is at most text.size() (it follows a character of the text).
bool SuffixAt(std::string_view text, size_t pos, const std::string& s) {
  if (text.size() - pos < s.size()) return false;
  for (size_t i = 0; i < s.size(); ++i) {
    if (text[pos + i] != s[i]) return false;
  }
  return true;
}

// The Han character at `pos` and its bytes, as HanLengthAt reads them; a
// zero length where there is none.
inline CodePoint HanAt(std::string_view text, size_t pos) {
  if (pos + 2 < text.size()) {
    const auto* b = reinterpret_cast<const unsigned char*>(text.data()) + pos;
    if ((b[0] & 0xF0) == 0xE0 && b[0] != 0xE0 && b[0] != 0xED && (b[1] & 0xC0) == 0x80 &&
        (b[2] & 0xC0) == 0x80) {
      char32_t cp = char32_t(b[0] & 0x0F) << 12 | char32_t(b[1] & 0x3F) << 6 | (b[2] & 0x3F);
      return IsHan(cp) ? CodePoint{cp, 3} : CodePoint{};
    }
  }
  CodePoint c = DecodeAt(text, pos);
  return IsHan(c.cp) ? c : CodePoint{};
}

// The characters a list of suffixes begins with, within U+4E00..U+9FFF;
// `screened` only when every suffix begins with one of them, so that a
// suffix can follow only where such a character does.
struct SuffixStarts {
  static constexpr char32_t kBegin = 0x4E00, kEnd = 0xA000;
  bool screened = true;
  std::vector<uint64_t> bits = std::vector<uint64_t>((kEnd - kBegin) / 64);

  explicit SuffixStarts(const std::vector<std::string>& suffixes) {
    for (const std::string& s : suffixes) {
      CodePoint c = DecodeAt(s, 0);
      if (c.cp < kBegin || c.cp >= kEnd) {
        screened = false;
        continue;
      }
      bits[(c.cp - kBegin) >> 6] |= uint64_t(1) << ((c.cp - kBegin) & 63);
    }
  }
  // False only where no suffix of the list begins at a character `c`, the
  // Han character HanAt read there (0 for none: every suffix screened
  // begins with a Han character, which HanAt reads wherever its bytes are).
  bool MayBegin(char32_t c) const {
    if (!screened) return true;
    if (c < kBegin || c >= kEnd) return false;
    return (bits[(c - kBegin) >> 6] >> ((c - kBegin) & 63)) & 1;
  }
};

// SuffixStarts for each of a pack's suffix lists, built once per pack.
struct AddressTables {
  const LanguagePack* pack;
  SuffixStarts city, district, street;
  explicit AddressTables(const LanguagePack& p)
      : pack(&p), city(p.city_suffixes), district(p.district_suffixes), street(p.street_suffixes) {}
};

// The shortest run of 1..max_chars Han characters at `pos` followed by one
// of `suffixes` (earlier entries first); its end after the suffix, or 0.
// `starts`, if given, is for `suffixes`: the suffixes are compared only
// after a character they may begin with.
size_t SuffixedRun(std::string_view text, size_t pos, int max_chars,
                   const std::vector<std::string>& suffixes, const SuffixStarts* starts) {
  size_t p = pos;
  if (!starts) {
    for (int n = 1; n <= max_chars; ++n) {
      size_t len = HanLengthAt(text, p);
      if (!len) return 0;
      p += len;
      for (const std::string& s : suffixes) {
        if (SuffixAt(text, p, s)) return p + s.size();
      }
    }
    return 0;
  }
  // Each character is read once: as the run's next one, and as where a
  // suffix may begin.
  CodePoint next = HanAt(text, p);
  for (int n = 1; n <= max_chars; ++n) {
    if (!next.len) return 0;
    p += next.len;
    next = HanAt(text, p);
    if (!starts->MayBegin(next.len ? next.cp : 0)) continue;
    for (const std::string& s : suffixes) {
      if (SuffixAt(text, p, s)) return p + s.size();
    }
  }
  return 0;
}

bool IsAsciiAlnum(char32_t c) { return IsAsciiDigit(c) || IsAsciiLetter(c); }

// "1号", "45-4号", "28-1", "300": its end, or `pos` when there is none.
size_t StreetNumberEnd(std::string_view text, size_t pos,
                       const std::vector<std::string>& suffixes) {
  size_t p = pos;
  if (!IsDigit(DecodeAt(text, p).cp)) return pos;
  while (true) {
    while (IsDigit(DecodeAt(text, p).cp)) p += DecodeAt(text, p).len;
    CodePoint dash = DecodeAt(text, p);
    if ((dash.cp == '-' || dash.cp == 0xFF0D) && IsDigit(DecodeAt(text, p + dash.len).cp)) {
      p += dash.len;
      continue;
    }
    break;
  }
  for (const std::string& s : suffixes) {
    if (BytesAt(text, p, s)) return p + s.size();
  }
  return p;
}

// The rest of the address: Han, digits, Latin letters, '#', '-'.
size_t RemainderEnd(std::string_view text, size_t pos) {
  size_t p = pos;
  while (p < text.size()) {
    if (size_t han = HanLengthAt(text, p)) {
      p += han;
      continue;
    }
    CodePoint c = DecodeAt(text, p);
    bool part = IsHan(c.cp) || IsDigit(c.cp) || IsAsciiAlnum(c.cp) || c.cp == '#' ||
                c.cp == '-' || c.cp == 0xFF0D;
    if (!part) break;
    p += c.len;
  }
  return p;
}

}  // namespace

bool ReadAddress(const ParseInput& in, size_t pos, Candidate* out) {
  const LanguagePack& pack = *in.pack;
  if (pack.city_suffixes.empty()) return false;
  std::string_view text = in.text;
  PhraseList::Match m;
  Span province{pos, pos};
  size_t begin = pos, p;
  if (pack.provinces.MatchAt(text, pos, &m)) {
    province = Span{m.begin, m.end};
    p = m.end;
  } else if (pack.address_labels.MatchAt(text, pos, &m)) {
    p = m.end;
    CodePoint colon = DecodeAt(text, p);
    if (colon.cp == ':' || colon.cp == 0xFF1A) p += colon.len;
    p = SkipSpaces(text, p);
    begin = p;
    if (pack.provinces.MatchAt(text, p, &m)) {
      province = Span{m.begin, m.end};
      p = m.end;
    }
  } else {
    return false;
  }
  const AddressTables* tables = DerivedTablesFor<AddressTables>(pack);
  Span city{p, p}, district, street, number, remainder;
  if (size_t e = SuffixedRun(text, p, 7, pack.city_suffixes, tables ? &tables->city : nullptr)) {
    city = Span{p, e};
  }
  p = city.end;
  district = Span{p, p};
  if (size_t e = SuffixedRun(text, p, 6, pack.district_suffixes,
                             tables ? &tables->district : nullptr)) {
    district = Span{p, e};
  }
  p = district.end;
  street = Span{p, p};
  if (size_t e = SuffixedRun(text, p, 12, pack.street_suffixes,
                             tables ? &tables->street : nullptr)) {
    street = Span{p, e};
  }
  p = street.end;
  number = Span{p, StreetNumberEnd(text, p, pack.number_suffixes)};
  p = number.end;
  remainder = Span{p, RemainderEnd(text, p)};
  // Without a province, an address must start with its city.
  if (province.empty() && city.empty()) return false;
  // An address names a place below the province and a spot in it.
  if (city.empty() && district.empty()) return false;
  if (street.empty() && number.empty()) return false;

  out->Reset();
  Candidate& c = *out;
  Value& v = c.value;
  v.type = ValueType::kPostalAddress;
  v.span = Span{begin, remainder.end};
  v.text = std::string(v.span.In(text));
  v.parts.reserve(6);
  auto field = [&](const char* name, Span s, std::string* slot) {
    if (s.empty()) return;
    v.parts.push_back({name, s});
    *slot = std::string(s.In(text));
  };
  field("province", province, &v.address.Edit().province);
  field("city", city, &v.address.Edit().city);
  field("district", district, &v.address.Edit().district);
  field("street", street, &v.address.Edit().street);
  field("street_number", number, &v.address.Edit().number);
  field("remainder", remainder, &v.address.Edit().remainder);
  c.pattern_head = "address:";
  c.rank = kRankAddress;
  return true;
}

}  // namespace values
}  // namespace twinmap
