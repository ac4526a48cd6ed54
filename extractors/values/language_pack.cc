// Builds the language packs once per process: the embedded YAML files,
// ICU's calendar names, and the scanner's anchor tables.
#include "values/language_pack.h"

#include "twinmap_values/embedded_data.h"
#include "values/calendar_names.h"
#include "values/char_class.h"

namespace twinmap {
namespace values {
namespace {

void AddCalendar(const Result<CalendarNames>& names, LanguagePack* p) {
  if (!names.ok()) return;
  for (const auto& [name, month] : names->months) {
    p->months.Add(name);
    p->month_numbers.push_back(month);
  }
  for (const auto& w : names->weekdays) p->weekdays.Add(w);
  auto add = [](const std::string& m, std::vector<std::string>* v) {
    if (m.empty()) return;
    for (const auto& e : *v) if (e == m) return;
    v->push_back(m);
  };
  add(names->year_marker, &p->year_markers);
  add(names->month_marker, &p->month_markers);
  add(names->day_marker, &p->day_markers);
  if (!p->lang.empty()) {
    const std::string& o = names->numeric_order;
    p->numeric_order = o.rfind("m", 0) == 0   ? DateOrder::kMdy
                       : o.rfind("y", 0) == 0 ? DateOrder::kYmd
                                              : DateOrder::kDmy;
  }
}

void BuildAnchors(LanguagePack* p) {
  p->anchor_chars.assign(0x10000, false);
  auto add_word = [p](std::string_view word) {
    p->anchor_words[WordHash(word)] = true;
    CodePoint first = DecodeAt(word, 0);
    int shape = LanguagePack::WordShape(first.cp, DecodeAt(word, first.len).cp, word.size());
    p->anchor_word_shapes[shape >> 6] |= uint64_t(1) << (shape & 63);
    if (word.size() >= 3) {
      const int i = LanguagePack::FirstThreeIndex(word[0], word[1], word[2]);
      p->anchor_first_three[i >> 6] |= uint64_t(1) << (i & 63);
    }
  };
  auto add_list = [p, &add_word](const PhraseList& list) {
    for (size_t i = 0; i < list.size(); ++i) {
      const std::string& phrase = list.phrase(i);
      std::string_view word = LatinWordAt(phrase, 0);
      if (!word.empty()) {
        add_word(word);
        continue;
      }
      char32_t c = DecodeAt(phrase, 0).cp;
      if (c >= 0x80 && c < 0x10000) p->anchor_chars[c] = true;
    }
  };
  add_list(p->number_words);
  add_list(p->approx_nouns);
  add_list(p->months);
  add_list(p->provinces);
  add_list(p->address_labels);
  add_list(p->percent_before);
  for (const char* w : {"www", "http", "https", "ftp"}) add_word(w);
  p->anchor_words.ForEach([p](uint64_t h, bool) {
    uint32_t bit = uint32_t(h >> 52);
    p->anchor_word_filter[bit >> 6] |= uint64_t(1) << (bit & 63);
  });
  for (int first = 0; first < 26; ++first) {
    for (int column = 0; column <= 26; ++column) {
      int second = column == 0 ? 26 : column - 1;  // 0: no second letter
      for (int length = 1; length < 32; ++length) {
        if (p->MayBeAnchorWord((first * 27 + second) * 32 + length)) {
          p->ascii_word_lengths[(first + 1) * 32 + column] |= uint32_t(1) << length;
        }
      }
    }
  }
  // A one-letter word reads its row at whatever byte follows it: every
  // column holds the bit of length 1 (no longer word has that length).
  for (int first = 0; first < 32; ++first) {
    const uint32_t one_letter = p->ascii_word_lengths[first * 32] & 2u;
    for (int second = 0; second < 32; ++second) {
      p->ascii_pair_lengths[second * 256 + first] =
          int32_t(p->ascii_word_lengths[first * 32 + second] | one_letter) >> 1;
    }
  }
}

struct Packs {
  LanguagePack fr, en, ko, zh, all;
  Status status;
};

const Packs& GetPacks() {
  static const Packs* packs = [] {
    auto* p = new Packs;
    struct File {
      const char* lang;
      std::string_view yaml;
      LanguagePack* pack;
    } files[] = {{"en", data::kEn, &p->en},  // first: the union reads
                 {"fr", data::kFr, &p->fr},  // "billion" the English way
                 {"ko", data::kKo, &p->ko},
                 {"zh", data::kZh, &p->zh}};
    p->all.lang = "";
    p->all.decimal = DecimalStyle::kEither;
    auto keep_first_error = [&](Status s) {
      if (p->status.ok() && !s.ok()) p->status = s;
    };
    keep_first_error(LoadLanguageYaml(data::kCommon, "rules/values/common.yaml", &p->all));
    for (const File& f : files) {
      f.pack->lang = f.lang;
      std::string name = std::string("rules/values/") + f.lang + ".yaml";
      keep_first_error(LoadLanguageYaml(data::kCommon, "rules/values/common.yaml", f.pack));
      keep_first_error(LoadLanguageYaml(f.yaml, name, f.pack));
      keep_first_error(LoadLanguageYaml(f.yaml, name, &p->all));
      // ICU's calendar data is slow to build (a pattern generator per
      // locale): load it once for the language's pack and the union.
      Result<CalendarNames> names = LoadCalendarNames(f.lang);
      if (!names.ok()) keep_first_error(names.status());
      AddCalendar(names, f.pack);
      AddCalendar(names, &p->all);
      BuildAnchors(f.pack);
    }
    BuildAnchors(&p->all);
    return p;
  }();
  return *packs;
}

}  // namespace

const LanguagePack& PackFor(std::string_view lang) {
  const Packs& p = GetPacks();
  if (lang == "fr") return p.fr;
  if (lang == "en") return p.en;
  if (lang == "ko") return p.ko;
  if (lang == "zh") return p.zh;
  return p.all;
}

Status CheckLanguageData() { return GetPacks().status; }

}  // namespace values
}  // namespace twinmap
