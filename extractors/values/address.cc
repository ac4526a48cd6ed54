// Chinese postal addresses: province (from the list of province-level
// divisions in zh.yaml), city, district, street, street number, remainder,
// each found as the shortest run of Han characters that ends in one of the
// pack's suffixes:
//   浙江省 杭州市 西湖区 文三路 90号 东部软件园1号楼
//   吉林省 长春市 (no district) 新发路 300号
//   地址：杭州市西湖区文三路90号   (no province: only after an address label)
// Written by hand rather than as one regex: this runs at every province
// name in a page, and a regex with a group per part was 50 times slower.
#include <algorithm>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "values/address_reading.h"
#include "values/candidate.h"
#include "values/char_class.h"
#include "values/language_pack.h"

namespace twinmap {
namespace values {
namespace {

// The Han character at `pos`, as its three bytes packed into a word (the
// first in the low byte), or 0. Every Han character (IsHan: blocks of the
// BMP from U+3007 on) is three bytes long, so it is read wherever three
// well-formed bytes spell one: the only form DecodeAt reads one from (lead
// E0 spells no code point that high, lead ED nothing Han). Equal
// characters are equal words. `pos` is at most text.size().
inline uint32_t HanAt(std::string_view text, size_t pos) {
  if (text.size() - pos < 3) return 0;
  const auto* b = reinterpret_cast<const unsigned char*>(text.data()) + pos;
  uint32_t bytes = uint32_t(b[0]) | uint32_t(b[1]) << 8 | uint32_t(b[2]) << 16;
  // Lead 1110xxxx, then two 10xxxxxx.
  if ((bytes & 0xC0C0F0) != 0x8080E0) return 0;
  // Leads E5..E9 spell U+5000..U+9FFF, all Han: most characters of a page.
  if (uint32_t(b[0]) - 0xE5 <= 0xE9 - 0xE5) return bytes;
  char32_t cp = char32_t(b[0] & 0x0F) << 12 | char32_t(b[1] & 0x3F) << 6 | (b[2] & 0x3F);
  return IsHan(cp) ? bytes : 0;
}

// Whether `text` holds the bytes of `s` from `pos` on (`pos` at most
// text.size()); without the call to compare: they are a few bytes long.
inline bool BytesFrom(std::string_view text, size_t pos, const char* s, size_t n) {
  if (text.size() - pos < n) return false;
  for (size_t i = 0; i < n; ++i) {
    if (text[pos + i] != s[i]) return false;
  }
  return true;
}

// A 1024-bit filter over Han characters, as HanAt packs them, by the low
// bits of their second and third bytes (their code points' last ten):
// false only for a character not added.
struct HanFilter {
  uint64_t bits[16] = {};
  void Add(uint32_t c) { bits[(c >> 8) & 15] |= uint64_t(1) << ((c >> 16) & 63); }
  bool MayHold(uint32_t c) const { return (bits[(c >> 8) & 15] >> ((c >> 16) & 63)) & 1; }
  // MayHold for the character at `b`, whose bytes are not checked.
  bool MayHoldBytesAt(const unsigned char* b) const { return (bits[b[1] & 15] >> (b[2] & 63)) & 1; }
};

// A list of suffixes, compared after each character of a run. When every
// suffix begins with a Han character (`by_first`), a suffix can begin only
// where HanAt reads its first character, and only the suffixes that begin
// with the character read are compared, past it.
struct SuffixTable {
  struct Suffix {
    uint32_t first;  // as HanAt reads it
    const std::string* bytes;
  };
  bool by_first = true;
  HanFilter firsts;
  std::vector<Suffix> suffixes;  // in list order, which breaks ties

  explicit SuffixTable(const std::vector<std::string>& list) {
    for (const std::string& s : list) {
      uint32_t first = HanAt(s, 0);
      if (!first) by_first = false;
      firsts.Add(first);
      suffixes.push_back({first, &s});
    }
  }

  // The end of the first suffix at `pos`, whose first character HanAt read
  // as `c` (nonzero); 0 for none.
  size_t EndAt(std::string_view text, size_t pos, uint32_t c) const {
    if (!firsts.MayHold(c)) return 0;
    for (const Suffix& s : suffixes) {
      if (s.first == c && BytesFrom(text, pos + 3, s.bytes->data() + 3, s.bytes->size() - 3)) {
        return pos + s.bytes->size();
      }
    }
    return 0;
  }
};

// A list of phrases made only of Han characters, matched as PhraseList
// matches them: byte for byte (no other text folds to a Han character, nor
// is a boundary checked beside one), the longest first. `usable` is false
// when some entry is not all Han: that list is left to PhraseList.
class HanPhrases {
 public:
  explicit HanPhrases(const PhraseList& list) {
    for (size_t i = 0; i < list.size(); ++i) {
      const std::string& phrase = list.phrase(i);
      for (size_t p = 0; p < phrase.size(); p += 3) {
        if (!HanAt(phrase, p)) usable_ = false;
      }
      if (phrase.empty()) usable_ = false;
    }
    if (!usable_) return;
    // Grouped by first character, longest first: the first to match wins.
    for (size_t i = 0; i < list.size(); ++i) by_length_.push_back(&list.phrase(i));
    std::stable_sort(by_length_.begin(), by_length_.end(),
                     [](const std::string* a, const std::string* b) {
                       uint32_t fa = HanAt(*a, 0), fb = HanAt(*b, 0);
                       return fa != fb ? fa < fb : a->size() > b->size();
                     });
    size_t slots = 16;
    while (slots < 2 * by_length_.size()) slots *= 2;
    slots_.resize(slots);
    shift_ = 32 - __builtin_ctz(uint32_t(slots));
    for (size_t i = 0; i < by_length_.size();) {
      uint32_t first = HanAt(*by_length_[i], 0);
      size_t end = i;
      while (end < by_length_.size() && HanAt(*by_length_[end], 0) == first) ++end;
      Slot* s = &slots_[Home(first)];
      while (s->first) s = s + 1 == slots_.data() + slots_.size() ? slots_.data() : s + 1;
      *s = Slot{first, uint32_t(i), uint32_t(end)};
      firsts_.Add(first);
      i = end;
    }
  }

  bool usable() const { return usable_; }
  // Adds each entry's first character to `filter`; false when some entry
  // begins with no Han character.
  static bool AddFirsts(const PhraseList& list, HanFilter* filter) {
    bool all_han = true;
    for (size_t i = 0; i < list.size(); ++i) {
      uint32_t first = HanAt(list.phrase(i), 0);
      if (!first) all_han = false;
      filter->Add(first);
    }
    return all_han;
  }

  // The end of the longest entry at `pos`, or 0.
  size_t LongestAt(std::string_view text, size_t pos) const {
    if (pos >= text.size()) return 0;
    uint32_t c = HanAt(text, pos);
    if (!c || !firsts_.MayHold(c)) return 0;
    const Slot* s = &slots_[Home(c)];
    while (s->first != c) {
      if (!s->first) return 0;
      s = s + 1 == slots_.data() + slots_.size() ? slots_.data() : s + 1;
    }
    for (uint32_t i = s->begin; i < s->end; ++i) {
      const std::string& phrase = *by_length_[i];
      if (BytesFrom(text, pos + 3, phrase.data() + 3, phrase.size() - 3)) {
        return pos + phrase.size();
      }
    }
    return 0;
  }

 private:
  // Entries whose first character is `first`: by_length_[begin, end).
  struct Slot {
    uint32_t first = 0;  // 0 for an empty slot: HanAt reads no character as 0
    uint32_t begin = 0, end = 0;
  };
  size_t Home(uint32_t c) const { return (c * 2654435761u) >> shift_; }

  bool usable_ = true;
  std::vector<const std::string*> by_length_;
  std::vector<Slot> slots_;  // open addressing, a power of two, at most half full
  int shift_ = 28;
  HanFilter firsts_;
};

// The tables above for a pack's address lists, built once per pack.
struct AddressTables {
  const LanguagePack* pack;
  SuffixTable city, district, street;
  HanPhrases provinces;
  // The first characters of the provinces and address labels; `han_starts`
  // when each begins with a Han character, so that an address can begin
  // only at a character `starts` may hold.
  HanFilter starts;
  bool han_starts;
  explicit AddressTables(const LanguagePack& p)
      : pack(&p),
        city(p.city_suffixes),
        district(p.district_suffixes),
        street(p.street_suffixes),
        provinces(p.provinces) {
    bool provinces_han = HanPhrases::AddFirsts(p.provinces, &starts);
    bool labels_han = HanPhrases::AddFirsts(p.address_labels, &starts);
    han_starts = provinces_han && labels_han;
  }
};

// DerivedTablesFor(pack), remembered for the last pack this thread asked
// for: ReadAddress is called at many characters of a page, all with the
// same pack. (Only the packs PackFor gives have tables, and they live as
// long as the process; a pack without them at worst reads without them.)
const AddressTables* TablesFor(const LanguagePack& pack) {
  thread_local const LanguagePack* last_pack = nullptr;
  thread_local const AddressTables* last_tables = nullptr;
  if (&pack != last_pack) {
    last_tables = DerivedTablesFor<AddressTables>(pack);
    last_pack = &pack;
  }
  return last_tables;
}

// False only where no province or address label begins at `pos` (at most
// text.size()).
inline bool MayBegin(const AddressTables* tables, std::string_view text, size_t pos) {
  if (!tables || !tables->han_starts) return true;
  if (text.size() - pos < 3) return false;
  return tables->starts.MayHoldBytesAt(reinterpret_cast<const unsigned char*>(text.data()) + pos);
}

// The longest province at `pos`: its end, or 0.
size_t ProvinceEnd(const LanguagePack& pack, const AddressTables* tables, std::string_view text,
                   size_t pos) {
  if (tables && tables->provinces.usable()) return tables->provinces.LongestAt(text, pos);
  PhraseList::Match m;
  return pack.provinces.MatchAt(text, pos, &m) ? m.end : 0;
}

constexpr int kCityChars = 7, kDistrictChars = 6, kStreetChars = 12;

// SuffixedRun for a list not screened by its first characters.
__attribute__((noinline)) size_t SuffixedRunCompared(std::string_view text, size_t pos,
                                                     int max_chars,
                                                     const std::vector<std::string>& suffixes) {
  size_t p = pos;
  for (int n = 1; n <= max_chars; ++n) {
    if (!HanAt(text, p)) return 0;
    p += 3;
    for (const std::string& s : suffixes) {
      if (BytesFrom(text, p, s.data(), s.size())) return p + s.size();
    }
  }
  return 0;
}

// The shortest run of 1..max_chars Han characters at `pos` followed by one
// of `suffixes` (earlier entries first); its end after the suffix, or 0.
// Inline: it runs three times per address, a few characters each.
inline __attribute__((always_inline)) size_t SuffixedRun(std::string_view text, size_t pos,
                                                         int max_chars,
                                                         const std::vector<std::string>& suffixes,
                                                         const SuffixTable* table) {
  if (!table || !table->by_first) return SuffixedRunCompared(text, pos, max_chars, suffixes);
  // Each character is read once: as where a suffix may begin, then as the
  // run's next one. Where none is read, no suffix begins and the run ends.
  size_t p = pos;
  if (!HanAt(text, p)) return 0;
  for (int n = 1; n <= max_chars; ++n) {
    p += 3;
    uint32_t next = HanAt(text, p);
    if (!next) return 0;
    if (size_t end = table->EndAt(text, p, next)) return end;
  }
  return 0;
}

const SuffixTable* TableFor(const AddressTables* tables, AddressPart part) {
  if (!tables) return nullptr;
  return part == AddressPart::kCity       ? &tables->city
         : part == AddressPart::kDistrict ? &tables->district
                                          : &tables->street;
}

// The last byte of the fullwidth form U+FF00..U+FF3F at `pos` (EF BC xx),
// or 0: fullwidth digits U+FF10..U+FF19 and the fullwidth hyphen U+FF0D.
inline unsigned char FullwidthAt(std::string_view text, size_t pos) {
  if (text.size() - pos < 3 || text[pos] != '\xEF' || text[pos + 1] != '\xBC') return 0;
  unsigned char last = static_cast<unsigned char>(text[pos + 2]);
  return (last & 0xC0) == 0x80 ? last : 0;
}
inline bool IsFullwidthDigitByte(unsigned char last) { return last >= 0x90 && last <= 0x99; }
constexpr unsigned char kFullwidthHyphen = 0x8D;

// Bytes of the digit at `pos` (ASCII, or fullwidth), or 0. `pos` is at
// most text.size().
inline size_t DigitLengthAt(std::string_view text, size_t pos) {
  if (pos >= text.size()) return 0;
  unsigned char b = static_cast<unsigned char>(text[pos]);
  if (b < 0x80) return b >= '0' && b <= '9' ? 1 : 0;
  return IsFullwidthDigitByte(FullwidthAt(text, pos)) ? 3 : 0;
}

// "1号", "45-4号", "28-1", "300": its end, or `pos` when there is none.
size_t StreetNumberEnd(std::string_view text, size_t pos,
                       const std::vector<std::string>& suffixes) {
  size_t p = pos;
  if (!DigitLengthAt(text, p)) return pos;
  while (true) {
    while (size_t len = DigitLengthAt(text, p)) p += len;
    if (p >= text.size()) break;
    size_t dash = text[p] == '-' ? 1 : FullwidthAt(text, p) == kFullwidthHyphen ? 3 : 0;
    if (dash && DigitLengthAt(text, p + dash)) {
      p += dash;
      continue;
    }
    break;
  }
  for (const std::string& s : suffixes) {
    if (BytesFrom(text, p, s.data(), s.size())) return p + s.size();
  }
  return p;
}

// The rest of the address: Han, digits, Latin letters, '#', '-'.
size_t RemainderEnd(std::string_view text, size_t pos) {
  size_t p = pos;
  while (p < text.size()) {
    unsigned char b = static_cast<unsigned char>(text[p]);
    if (b < 0x80) {
      if (!IsAsciiDigit(b) && !IsAsciiLetter(b) && b != '#' && b != '-') break;
      ++p;
      continue;
    }
    if (HanAt(text, p)) {
      p += 3;
      continue;
    }
    unsigned char last = FullwidthAt(text, p);
    if (!IsFullwidthDigitByte(last) && last != kFullwidthHyphen) break;
    p += 3;
  }
  return p;
}

// The address whose province (empty when there is none) ends at `p`:
// city, district, street, number, remainder, checked and written to *out.
bool ReadAddressParts(const ParseInput& in, const AddressTables* tables, size_t begin,
                      Span province, size_t p, Candidate* out) {
  const LanguagePack& pack = *in.pack;
  std::string_view text = in.text;
  Span city{p, p}, district, street, number, remainder;
  if (size_t e = SuffixedRun(text, p, kCityChars, pack.city_suffixes,
                             TableFor(tables, AddressPart::kCity))) {
    city = Span{p, e};
  }
  p = city.end;
  district = Span{p, p};
  if (size_t e = SuffixedRun(text, p, kDistrictChars, pack.district_suffixes,
                             TableFor(tables, AddressPart::kDistrict))) {
    district = Span{p, e};
  }
  p = district.end;
  street = Span{p, p};
  if (size_t e = SuffixedRun(text, p, kStreetChars, pack.street_suffixes,
                             TableFor(tables, AddressPart::kStreet))) {
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
  // Reset left the text empty: built at its size and moved in, which the
  // compiler inlines (append is a library call, and grows in steps).
  v.text = std::string(text.data() + begin, remainder.end - begin);
  Value::Address& address = v.address.Edit();
  // No reserve for the parts: past four, PartList moves them to the heap
  // at a size of its own, and a reserve first would be one more allocation.
  auto field = [&](std::string_view name, Span s, std::string* slot) {
    if (s.empty()) return;
    v.parts.emplace_back(name, s);
    slot->append(text.data() + s.begin, s.size());
  };
  field("province", province, &address.province);
  field("city", city, &address.city);
  field("district", district, &address.district);
  field("street", street, &address.street);
  field("street_number", number, &address.number);
  field("remainder", remainder, &address.remainder);
  c.pattern_head = "address:";
  c.rank = kRankAddress;
  return true;
}

// The address at `pos`, which begins with a province or an address label.
__attribute__((noinline)) bool ReadAddressAt(const ParseInput& in, const AddressTables* tables,
                                             size_t pos, Candidate* out) {
  const LanguagePack& pack = *in.pack;
  std::string_view text = in.text;
  if (size_t end = ProvinceEnd(pack, tables, text, pos)) {
    return ReadAddressParts(in, tables, pos, Span{pos, end}, end, out);
  }
  PhraseList::Match m;
  if (!pack.address_labels.MatchAt(text, pos, &m)) return false;
  size_t p = m.end;
  CodePoint colon = DecodeAt(text, p);
  if (colon.cp == ':' || colon.cp == 0xFF1A) p += colon.len;
  p = SkipSpaces(text, p);
  if (size_t end = ProvinceEnd(pack, tables, text, p)) {
    return ReadAddressParts(in, tables, p, Span{p, end}, end, out);
  }
  return ReadAddressParts(in, tables, p, Span{p, p}, p, out);
}

}  // namespace

bool MayBeginAddress(const LanguagePack& pack, std::string_view text, size_t pos) {
  return MayBegin(DerivedTablesFor<AddressTables>(pack), text, pos);
}

size_t ProvinceEndAt(const LanguagePack& pack, std::string_view text, size_t pos) {
  return ProvinceEnd(pack, DerivedTablesFor<AddressTables>(pack), text, pos);
}

size_t SuffixedRunEnd(const LanguagePack& pack, AddressPart part, std::string_view text,
                      size_t pos) {
  const AddressTables* tables = DerivedTablesFor<AddressTables>(pack);
  const SuffixTable* table = TableFor(tables, part);
  switch (part) {
    case AddressPart::kCity:
      return SuffixedRun(text, pos, kCityChars, pack.city_suffixes, table);
    case AddressPart::kDistrict:
      return SuffixedRun(text, pos, kDistrictChars, pack.district_suffixes, table);
    case AddressPart::kStreet:
      break;
  }
  return SuffixedRun(text, pos, kStreetChars, pack.street_suffixes, table);
}

bool ReadAddress(const ParseInput& in, size_t pos, Candidate* out) {
  const LanguagePack& pack = *in.pack;
  if (pack.city_suffixes.empty() || pos >= in.text.size()) return false;
  const AddressTables* tables = TablesFor(pack);
  // Most calls are at a Han character that begins no province or label.
  if (!MayBegin(tables, in.text, pos)) return false;
  return ReadAddressAt(in, tables, pos, out);
}

}  // namespace values
}  // namespace twinmap
