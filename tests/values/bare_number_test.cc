// The scanner's short way for bare numbers says yes only where every parser
// agrees: at every digit of the corpus pages and of texts that put every
// entry of every list of a pack (and marks, digits, line breaks) before and
// after numbers, in every pack, ReadQuantity reads the digits alone as a
// number and ReadDate, ReadPhone and ReadWeb read nothing; and where it
// says no but passes on that no date starts there, ReadDate reads none;
// where it says only a date may read more, the others read as for a bare
// number, and ReadDate, past the screen it has asked, reads as in full;
// and ReadQuantity given the digits it read and screened (ReadDigits' run,
// ReadQuantity's screen) reads as alone.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "tokenize/corpus_pages.h"
#include "values/bare_number.h"
#include "values/candidate.h"
#include "values/char_class.h"
#include "values/language_pack.h"
#include "values/values.h"

namespace twinmap {
namespace values {
namespace {

std::vector<const PhraseList*> AllLists(const LanguagePack& p) {
  return {&p.number_words,   &p.joiners,        &p.approx_nouns,   &p.ordinal_suffixes,
          &p.ordinal_prefixes, &p.identifier_markers, &p.particles, &p.hedges_before,
          &p.hedges_after,   &p.hedges_infix,   &p.hedge_blockers, &p.units,
          &p.unit_links,     &p.currency_before, &p.percent_before, &p.date_cues,
          &p.since_after,    &p.range_openers,  &p.range_joiners,  &p.day_joiners,
          &p.day_suffixes,   &p.months,         &p.weekdays,       &p.time_suffixes,
          &p.provinces,      &p.address_labels};
}

// Numbers that are days, months, years, long runs, phone-like and plain.
const char* const kNumbers[] = {"1", "7", "12", "22", "31", "32", "96", "100", "999",
                                "1996", "2007", "2100", "12345", "123456789", "1234567890"};

std::vector<std::string> Texts(const LanguagePack& pack) {
  std::vector<std::string> texts;
  for (const testing::CorpusPage& page : testing::CorpusPages()) texts.push_back(page.text);
  std::vector<std::string> words;
  for (const PhraseList* list : AllLists(pack)) {
    for (size_t i = 0; i < list->size(); ++i) words.push_back(list->phrase(i));
  }
  for (const auto* markers : {&pack.year_markers, &pack.month_markers, &pack.day_markers}) {
    words.insert(words.end(), markers->begin(), markers->end());
  }
  // The words' filters fold ASCII case as the lists do ("5 Million").
  const size_t listed = words.size();
  for (size_t i = 0; i < listed; ++i) {
    std::string upper = words[i];
    for (char& c : upper) {
      if (c >= 'a' && c <= 'z') c = char(c - 'a' + 'A');
    }
    if (upper != words[i]) words.push_back(upper);
  }
  for (const char* mark : {".", ",", ":", "-", "/", "(", ")", "%", "$", "+", "@", "'", "x",
                           ";", "!", "?", "\"", "*", "#", "&", "=", "]", "<", ">", "|", "~",
                           "\t"}) {
    words.push_back(mark);
  }
  // Words of other scripts and marks in no list ("페이지\n9 Inner", "• 2010").
  for (const char* other : {"페이지", "•", "peuplée", "°", "№", "·", "。", "»", "–"}) {
    words.push_back(other);
  }
  // What goes on from digits to a host, an e-mail or a phone.
  for (const char* tail : {".example.cn", "@example.cn", "://example.cn", ") 456-1111",
                           ") 5555 1234", "-10-12345678", " 456 7890", ".5", ".cn", "..",
                           ".-1", ".@a.cn", ".:", ". ", ".\n", ".\xc2\xa0"}) {
    words.push_back(tail);
  }
  std::string around;
  for (const std::string& w : words) {
    for (const char* number : kNumbers) {
      for (const char* gap : {" ", "", "\n", "  "}) {
        around += "mot " + w + gap + number + " mot\n";
        around += "mot " + std::string(number) + gap + w + " mot\n";
        around += w + gap + number + gap + w + "\n";
      }
      // A word between two numbers: a range, a date ("du 3 au 5"), a
      // quantity that goes on.
      around += std::string("mot ") + number + " " + w + " 25 mot\n";
      around += std::string("mot ") + number + " " + w + " 1996 mot\n";
    }
  }
  for (const char* number : kNumbers) {
    around += "tel (" + std::string(number) + ") 456-1111, (" + number + ") 5555 1234\n";
  }
  // A word before white space of other scripts, or several kinds, across
  // which the lists before a number are read; a mark glued after the
  // digits, then a digit or a line ("5,5", "2017,\n").
  for (const std::string& w : words) {
    for (const char* number : {"5", "22", "96", "1996"}) {
      for (const char* gap : {"\xC2\xA0", "\xC2\xA0\n", "\xE3\x80\x80", "\xE2\x80\x83\n",
                              " \n", "\n ", "\t", "\r\n"}) {
        around += w + gap + number + " mot\n";
      }
      around += std::string("mot ") + number + w + "5 mot\n";
      around += std::string("mot ") + number + w + "\n";
      around += std::string("mot ") + number + w + w + " mot\n";
    }
  }
  texts.push_back(around);
  // Numbers that end the text, after each word; words that end it, after
  // a number.
  // ... and numbers that end a sentence or the text after each ("in 2004.").
  for (const std::string& w : words) {
    for (const char* number : kNumbers) {
      texts.push_back(w + " " + number);
      texts.push_back(number + (" " + w));
      texts.push_back(w + " " + number + ".");
      texts.push_back(w + " " + number + ". " + w);
    }
  }
  return texts;
}

bool SameParts(const PartList& a, const PartList& b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    if (a[i].name != b[i].name || a[i].span.begin != b[i].span.begin ||
        a[i].span.end != b[i].span.end) {
      return false;
    }
  }
  return true;
}

TEST_CASE("bare numbers: the short way says yes only where every parser agrees", "[values]") {
  for (const char* lang : {"", "fr", "en", "ko", "zh"}) {
    const LanguagePack& pack = PackFor(lang);
    Context ctx;
    ctx.lang = lang;
    long yes = 0, only_date = 0, screened = 0;
    int bad = 0;
    for (const std::string& text : Texts(pack)) {
      ParseInput in{text, &ctx, &pack, 0};
      const BareNumbers bare_numbers(in);
      for (size_t pos = 0; pos < text.size(); ++pos) {
        if (!IsAsciiDigit(static_cast<unsigned char>(text[pos]))) continue;
        // The scanner asks at digits no letter is glued to.
        if (pos > 0 && IsLatinLetter(DecodeBefore(text, pos).cp)) continue;
        BareNumber bare;
        const bool is_bare = bare_numbers.Read(pos, &bare);
        if (!is_bare && !bare.only_date) {
          // Where it says no, the date screen's "no" it passes on holds,
          // and ReadQuantity given the digits it read and screened reads
          // what it reads on its own.
          Candidate date, q, given;
          if (bare.no_date && ReadDate(in, pos, &date) && ++bad <= 5) {
            FAIL_CHECK("lang '" << lang << "': a date at " << pos << " in '"
                                << text.substr(pos < 20 ? 0 : pos - 20, 40) << "'");
          }
          if (bare.screened) {
            ++screened;
            // The run passed on is ReadDigits' own, and the screen's answer
            // ReadQuantity's.
            DigitRun run;
            const DigitRun& given_run = bare.digits.run;
            const bool same_run =
                ReadDigits(text, pos, pack, &run) && run.value == given_run.value &&
                run.begin == given_run.begin && run.end == given_run.end &&
                run.digit_count == given_run.digit_count &&
                run.decimal_count == given_run.decimal_count &&
                run.leading_zero == given_run.leading_zero &&
                run.grouped == given_run.grouped && run.fullwidth == given_run.fullwidth &&
                run.trailing_junk == given_run.trailing_junk &&
                NumberScreensFor(pack)->ScreenAroundDigits(text, pos, run.end) ==
                    bare.digits.around;
            if (!same_run && ++bad <= 5) {
              FAIL_CHECK("lang '" << lang << "': run passed on at " << pos << " in '"
                                  << text.substr(pos < 20 ? 0 : pos - 20, 40) << "'");
            }
            const bool read = ReadQuantity(in, pos, &q);
            const bool same =
                ReadQuantity(in, pos, &given, &bare.digits) == read &&
                (!read || (q.emit == given.emit && q.value.type == given.value.type &&
                           q.value.span.begin == given.value.span.begin &&
                           q.value.span.end == given.value.span.end &&
                           q.value.number == given.value.number &&
                           q.value.unit == given.value.unit &&
                           q.value.bound == given.value.bound &&
                           SameParts(q.value.parts, given.value.parts) &&
                           std::string(q.pattern_head ? q.pattern_head : "") + q.pattern_tail ==
                               std::string(given.pattern_head ? given.pattern_head : "") +
                                   given.pattern_tail));
            if (!same && ++bad <= 5) {
              FAIL_CHECK("lang '" << lang << "': digits passed on at " << pos << " in '"
                                  << text.substr(pos < 20 ? 0 : pos - 20, 40) << "'");
            }
          }
          continue;
        }
        Candidate q, other;
        std::vector<Candidate> phones;
        bool agree = ReadQuantity(in, pos, &q) && q.emit &&
                     q.value.type == ValueType::kNumber && q.value.span.begin == pos &&
                     q.value.span.end == bare.end && q.value.number == bare.value &&
                     q.value.bound == Bound::kExact && q.value.parts.size() == 1 &&
                     q.value.parts[0].name == "number" && q.pattern_head &&
                     std::string(q.pattern_head) + q.pattern_tail == "";
        agree = agree && !ReadPhone(in, pos, &phones) && !ReadWeb(in, pos, &other);
        if (is_bare) {
          ++yes;
          agree = agree && !bare.only_date && !ReadDate(in, pos, &other);
        } else {
          // Only ReadDate is left to run, past its screen, with what the
          // screen saw: it reads what ReadDate reads.
          ++only_date;
          Candidate after_screen;
          const bool read = ReadDate(in, pos, &other);
          agree = agree && !bare.no_date &&
                  ReadDateAfterScreen(in, pos, bare.seen, &after_screen) == read &&
                  (!read || (after_screen.value.span.begin == other.value.span.begin &&
                             after_screen.value.span.end == other.value.span.end &&
                             after_screen.value.type == other.value.type &&
                             after_screen.value.date == other.value.date &&
                             after_screen.value.date_end == other.value.date_end));
        }
        if (!agree && ++bad <= 5) {
          FAIL_CHECK("lang '" << lang << "' at " << pos << " in '"
                              << text.substr(pos < 20 ? 0 : pos - 20, 40) << "'");
        }
      }
    }
    CHECK(bad == 0);
    CHECK(yes > 100);  // the short way is taken
    CHECK(only_date > 10);
    CHECK(screened > 10);
  }
}

// ReadQuantity first tries a percent prefix at the digits (zh "百分之"):
// the short way asks no such list, as none begins with a digit.
TEST_CASE("bare numbers: no percent prefix begins with a digit", "[values]") {
  for (const char* lang : {"", "fr", "en", "ko", "zh"}) {
    const PhraseList& list = PackFor(lang).percent_before;
    for (size_t i = 0; i < list.size(); ++i) {
      const std::string& e = list.phrase(i);
      CHECK_FALSE((!e.empty() && IsAsciiDigit(static_cast<unsigned char>(e[0]))));
    }
  }
}

TEST_CASE("bare numbers: the short way appends what the parsers would", "[values]") {
  Context ctx;
  ctx.lang = "fr";
  std::string text = "1 Henan 96 au centre";
  std::vector<Value> found = Scan(text, ctx);
  REQUIRE(found.size() == 2);
  CHECK(found[1].type == ValueType::kNumber);
  CHECK(found[1].number == 96);
  CHECK(found[1].span.begin == 8);
  CHECK(found[1].span.end == 10);
  CHECK(found[1].pattern == "number");
  REQUIRE(found[1].parts.size() == 1);
  CHECK(found[1].parts[0].name == "number");
  CHECK(found[1].PartSpan("number").begin == 8);
}

TEST_CASE("bare numbers: a context that scales bare numbers takes the long way", "[values]") {
  std::string text = "1 Henan 96 au centre";
  Context ctx;
  const LanguagePack& pack = PackFor("");
  ParseInput in{text, &ctx, &pack, 0};
  BareNumber bare;
  CHECK(BareNumbers(in).Read(8, &bare));
  ctx.default_scale = 1e6;
  CHECK_FALSE(BareNumbers(in).Read(8, &bare));
  ctx.default_scale = 1;
  ctx.default_unit = "persons";
  CHECK_FALSE(BareNumbers(in).Read(8, &bare));
  std::vector<Value> found = Scan(text, ctx);
  REQUIRE(found.size() == 2);
  CHECK(found[1].type == ValueType::kQuantity);
  CHECK(found[1].unit == "persons");
}

}  // namespace
}  // namespace values
}  // namespace twinmap
