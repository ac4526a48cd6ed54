// ReadAddress reads from tables built once per pack (a filter of the
// characters that begin a province or label, provinces by first character,
// suffixes by first character) and reads bytes, not code points, where it
// can. Each shortcut is held to the plain definition it replaces, at every
// position of the corpus pages and of texts made of every province, label
// and suffix of the packs mixed with Han characters, digits, dashes,
// punctuation and broken UTF-8: the screen never says no where a province
// or label matches, the tables find what PhraseList and a plain run of Han
// characters find, and ReadAddress reads what the plain reading reads.
#include "values/address_reading.h"

#include <catch2/catch.hpp>
#include <random>
#include <string>
#include <vector>

#include "tokenize/corpus_pages.h"
#include "values/candidate.h"
#include "values/char_class.h"
#include "values/language_pack.h"
#include "values/values.h"

namespace twinmap {
namespace values {
namespace {

// The plain definitions, with PhraseList and DecodeAt.

size_t PlainProvinceEnd(const LanguagePack& pack, std::string_view text, size_t pos) {
  PhraseList::Match m;
  return pack.provinces.MatchAt(text, pos, &m) ? m.end : 0;
}

size_t PlainHanLength(std::string_view text, size_t pos) {
  CodePoint c = DecodeAt(text, pos);
  return IsHan(c.cp) ? c.len : 0;
}

size_t PlainSuffixedRun(std::string_view text, size_t pos, int max_chars,
                        const std::vector<std::string>& suffixes) {
  size_t p = pos;
  for (int n = 1; n <= max_chars; ++n) {
    size_t len = PlainHanLength(text, p);
    if (!len) return 0;
    p += len;
    for (const std::string& s : suffixes) {
      if (BytesAt(text, p, s)) return p + s.size();
    }
  }
  return 0;
}

size_t PlainNumberEnd(std::string_view text, size_t pos, const std::vector<std::string>& suffixes) {
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

size_t PlainRemainderEnd(std::string_view text, size_t pos) {
  size_t p = pos;
  while (p < text.size()) {
    CodePoint c = DecodeAt(text, p);
    bool part = IsHan(c.cp) || IsDigit(c.cp) || IsAsciiLetter(c.cp) || c.cp == '#' || c.cp == '-' ||
                c.cp == 0xFF0D;
    if (!part) break;
    p += c.len;
  }
  return p;
}

// The address at `pos` as ReadAddress defines it, as the JSON of its value
// and its address fields; "" for none.
std::string PlainAddress(const LanguagePack& pack, std::string_view text, size_t pos) {
  if (pack.city_suffixes.empty()) return "";
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
    return "";
  }
  auto run = [&](int max_chars, const std::vector<std::string>& suffixes) {
    size_t e = PlainSuffixedRun(text, p, max_chars, suffixes);
    Span s{p, e ? e : p};
    p = s.end;
    return s;
  };
  Span city = run(7, pack.city_suffixes);
  Span district = run(6, pack.district_suffixes);
  Span street = run(12, pack.street_suffixes);
  Span number{p, PlainNumberEnd(text, p, pack.number_suffixes)};
  Span remainder{number.end, PlainRemainderEnd(text, number.end)};
  if (province.empty() && city.empty()) return "";
  if (city.empty() && district.empty()) return "";
  if (street.empty() && number.empty()) return "";
  Value v;
  v.type = ValueType::kPostalAddress;
  v.span = Span{begin, remainder.end};
  v.text = std::string(v.span.In(text));
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
  return ToJson(v, text) + " text=" + v.text;
}

std::string Read(const LanguagePack& pack, std::string_view text, size_t pos) {
  Context ctx;
  ParseInput in{text, &ctx, &pack, 0};
  Candidate c;
  if (!ReadAddress(in, pos, &c)) return "";
  // The pattern is built by the scanner from these; the plain reading has none.
  CHECK(std::string(c.pattern_head) == "address:");
  CHECK(c.rank == kRankAddress);
  CHECK(c.emit);
  return ToJson(c.value, text) + " text=" + c.value.text;
}

std::vector<std::string> Words(const LanguagePack& pack) {
  std::vector<std::string> words;
  for (const PhraseList* list : {&pack.provinces, &pack.address_labels}) {
    for (size_t i = 0; i < list->size(); ++i) words.push_back(list->phrase(i));
  }
  for (const auto* list : {&pack.city_suffixes, &pack.district_suffixes, &pack.street_suffixes,
                           &pack.number_suffixes}) {
    words.insert(words.end(), list->begin(), list->end());
  }
  return words;
}

std::vector<std::string> Texts(const LanguagePack& pack) {
  std::vector<std::string> texts;
  for (const testing::CorpusPage& page : testing::CorpusPages()) texts.push_back(page.text);
  std::vector<std::string> words = Words(pack);
  // Han characters, those at the edges of the blocks IsHan covers and next
  // to them; what an address may go on with or stop at; broken UTF-8 (a
  // lone or cut character, an overlong form, a surrogate) and a character
  // of four bytes.
  // clang-format off
  const std::vector<std::string> others = {
      "合", "肥", "中", "山", "楼", "〇", "\xE3\x80\x86", "\xE3\x90\x80", "\xE4\xB6\xB5",
      "\xE4\xB7\x80", "\xE9\xBF\xBF", "\xEA\x80\x80", "\xEF\xA4\x80", "\xEF\xAB\xBF",
      "\xEF\xAC\x80",
      "1", "0", "9", "１", "９", "-", "－", "#", "a", "Z", ":", "：", " ", "\n", ".", "。", "，",
      "é", "x",
      "\xE5", "\xE5\xB8", "\xB8", "\xE0\xA0\x80", "\xE0\x9C\xB0", "\xED\x9F\xBF",
      "\xED\xA0\x80", "\xF0\xA0\x80\x80"};
  // clang-format on
  words.insert(words.end(), others.begin(), others.end());
  std::mt19937 rng(20261123);
  for (int t = 0; t < 3000; ++t) {
    std::string text;
    int n = 1 + int(rng() % 20);
    for (int i = 0; i < n; ++i) text += words[rng() % words.size()];
    if (t % 3 == 0) text.pop_back();  // may cut a character
    texts.push_back(text);
  }
  // Addresses part by part, each part there or not, runs of every length.
  auto pick = [&](const std::vector<std::string>& v) {
    return v.empty() ? "" : v[rng() % v.size()];
  };
  const char* const han[] = {"合", "肥", "市", "区", "路", "大", "街", "州", "地", "〇", "㐀"};
  auto hans = [&](int k) {
    std::string s;
    for (int i = 0; i < k; ++i) s += han[rng() % (sizeof han / sizeof *han)];
    return s;
  };
  for (int t = 0; t < 3000; ++t) {
    std::string text;
    if (rng() % 3 == 0) {
      text += pack.address_labels.size()
                  ? pack.address_labels.phrase(rng() % pack.address_labels.size())
                  : "";
      text += rng() % 2 ? "：" : rng() % 2 ? ":" : "";
      if (rng() % 3 == 0) text += " ";
    }
    if (rng() % 4 && pack.provinces.size())
      text += pack.provinces.phrase(rng() % pack.provinces.size());
    text += hans(rng() % 9) + (rng() % 4 ? pick(pack.city_suffixes) : "");
    text += hans(rng() % 8) + (rng() % 3 ? pick(pack.district_suffixes) : "");
    text += hans(rng() % 14) + (rng() % 4 ? pick(pack.street_suffixes) : "");
    for (int d = rng() % 4; d > 0; --d) text += rng() % 4 ? "3" : "２";
    if (rng() % 3 == 0) text += rng() % 2 ? "-7" : "－";
    if (rng() % 2) text += pick(pack.number_suffixes);
    for (int i = rng() % 5; i > 0; --i) text += others[rng() % others.size()];
    texts.push_back(text);
  }
  return texts;
}

TEST_CASE("addresses: the tables find what the plain definitions find", "[values]") {
  for (const char* lang : {"zh", ""}) {
    const LanguagePack& pack = PackFor(lang);
    REQUIRE(pack.provinces.size() > 0);
    long provinces = 0, runs = 0, addresses = 0;
    int bad = 0;
    for (const std::string& text : Texts(pack)) {
      for (size_t pos = 0; pos <= text.size(); ++pos) {
        auto where = [&] {
          return "lang '" + std::string(lang) + "' at " + std::to_string(pos) + " in '" +
                 text.substr(pos < 30 ? 0 : pos - 30, 60) + "'";
        };
        PhraseList::Match m;
        bool begins =
            pack.provinces.MatchAt(text, pos, &m) || pack.address_labels.MatchAt(text, pos, &m);
        if (begins && !MayBeginAddress(pack, text, pos) && ++bad <= 5) {
          FAIL_CHECK("screened out: " << where());
        }
        size_t province = PlainProvinceEnd(pack, text, pos);
        provinces += province != 0;
        if (ProvinceEndAt(pack, text, pos) != province && ++bad <= 5) {
          FAIL_CHECK("province: " << where());
        }
        const std::pair<AddressPart, std::pair<int, const std::vector<std::string>*>> parts[] = {
            {AddressPart::kCity, {7, &pack.city_suffixes}},
            {AddressPart::kDistrict, {6, &pack.district_suffixes}},
            {AddressPart::kStreet, {12, &pack.street_suffixes}}};
        for (const auto& [part, plain] : parts) {
          size_t end = PlainSuffixedRun(text, pos, plain.first, *plain.second);
          runs += end != 0;
          if (SuffixedRunEnd(pack, part, text, pos) != end && ++bad <= 5) {
            FAIL_CHECK("run of part " << int(part) << ": " << where());
          }
        }
        if (pos == text.size()) continue;
        std::string plain = PlainAddress(pack, text, pos);
        addresses += !plain.empty();
        if (Read(pack, text, pos) != plain && ++bad <= 5) {
          FAIL_CHECK("address: " << where() << "\n  read:  " << Read(pack, text, pos)
                                 << "\n  plain: " << plain);
        }
      }
    }
    CHECK(bad == 0);
    // The texts hold many of each.
    CHECK(provinces > 1000);
    CHECK(runs > 1000);
    CHECK(addresses > 1000);
  }
}

}  // namespace
}  // namespace values
}  // namespace twinmap
