// values: typed values in text — numbers, quantities, money, percentages,
// ratios, dates, phones, web addresses, e-mail and Chinese postal addresses —
// in French, English, Korean and Chinese, with the hedge that bounds them.
//
// Rules (the YAML extractors) call this stage to turn a matched piece of text
// into a typed value with its span. It works on one UTF-8 string; spans are
// byte offsets into that string, so a caller holding an OffsetMap maps them
// back to raw bytes itself. Word lists (scale words, hedges, units, number
// words, date cues) are data in rules/values/<lang>.yaml, embedded at build
// time; month and weekday names come from ICU's locale data.
//
// Examples (Scan, one value each; "bound" says how the hedge bounds it):
//   fr "plus de 7 millions d'habitants"  quantity 7000000 persons, lower,
//        span covers the whole phrase; parts hedge, number, scale, unit
//   en "an area of over 82 thousand km2" quantity 82000 km2, lower
//   en "485.8 billion RMB"               money 485800000000 CNY
//   zh "700余万人"                        quantity 7000000 persons, lower
//   ko "약 300만 명"                      quantity 3000000 persons, approx
//   en "4.6 : 18.1 : 77.3"               ratio [4.6, 18.1, 77.3]
//   fr "le 22 et 23 novembre 2007"       date_range 2007-11-22..2007-11-23
//   en "since 1998"                      date 1998 (precision year), part since
//   zh "2017年8月22日"                    date 2017-08-22
//   "+86-571-87001234 / 87005678"        phone +8657187001234, phone
//                                        +8657187005678 (prefix shared)
//   "WWW.Example.gov.cn."                url, text "www.example.gov.cn"
//   zh "浙江省杭州市西湖区文三路90号东部软件园1号楼"  address: province 浙江省,
//        city 杭州市, district 西湖区, street 文三路, number 90号,
//        remainder 东部软件园1号楼
// Must not parse: "2007" in "11 Juillet 2007" is the date's year; a German
// date "22.08.2017" is a date, never a phone; "湘ICP备08102974号" is a licence
// number, neither a phone nor a quantity; "1st", "2ème", "第3" are ordinals.
//
// Thread safety: the language data is loaded once, on first use, behind a
// static initialiser; Scan and Parse are then safe to call from several
// threads at once.
#ifndef TWINMAP_VALUES_VALUES_H_
#define TWINMAP_VALUES_VALUES_H_

#include <cstring>
#include <initializer_list>
#include <memory>
#include <new>
#include <string>
#include <string_view>
#include <vector>

#include "base/span.h"
#include "base/status.h"

namespace twinmap {
namespace values {

enum class ValueType {
  kNumber,         // a bare number: "13,756", "three million"
  kQuantity,       // a number with a unit that is not money or percent
  kPercent,        // unit "percent"
  kRatio,          // "4.6 : 18.1 : 77.3" (Value::ratio)
  kMoney,          // unit is an ISO 4217 code: "CNY", "USD", "EUR", "KRW"
  kDate,           // Value::date, ISO 8601, with precision
  kDateRange,      // Value::date .. Value::date_end
  kPhone,          // Value::text is E.164
  kUrl,            // Value::text is the lower-case host
  kEmail,          // Value::text is the lower-case address
  kPostalAddress,  // Value::address; Value::text is the address as printed
};

// How the hedge bounds the number: "over 30 million" is kLower, "nearly",
// "about", "environ", "约", "약" are kApprox, "less than" is kUpper.
enum class Bound { kExact, kApprox, kLower, kUpper };

// What a date states: the year only, the month, or the day.
enum class Precision { kNone, kYear, kMonth, kDay };

// A named piece of a value's span. Names used: "hedge", "currency", "number",
// "scale", "unit", "link" (the "d'" in "millions d'habitants"), "day",
// "month", "year", "weekday", "prep" ("in", "en"), "since" ("since",
// "depuis", "以来"), "joiner" (a range's "et", "to", "至"), "day_end",
// "month_end", "year_end", "country_code", "number" (a phone's
// digits after the country code), "subscriber" (digits sharing a previous
// phone's prefix), "scheme", "host", "port", "path", "user" (e-mail),
// "province", "city", "district", "street", "street_number", "remainder".
// `name` views text that lives as long as the program (a literal or the
// loaded language data), so parts copy and free like plain numbers.
struct Part {
  std::string_view name;
  Span span;
};

// A value's parts, in text order. Most values have one to four: they are
// kept inline, so that a value costs no allocation for them (a page holds
// a value every few dozen bytes); a longer list moves to the heap.
class PartList {
 public:
  PartList() = default;
  PartList(std::initializer_list<Part> parts) { *this = parts; }
  PartList(const PartList& other) { *this = other; }
  PartList(PartList&& other) noexcept { *this = std::move(other); }
  PartList& operator=(const PartList& other);
  PartList& operator=(PartList&& other) noexcept {
    // Inline lists, the common case, are copied whole: a fixed-size copy
    // costs less than one sized by the count.
    if (!other.on_heap() && this != &other) {
      heap_.clear();
      std::memcpy(inline_.at, other.inline_.at, sizeof inline_.at);
      size_ = other.size_;
      other.size_ = 0;
      return *this;
    }
    return MoveFromHeap(std::move(other));
  }
  PartList& operator=(std::initializer_list<Part> parts);

  void push_back(const Part& part) {
    if (size_ < kInline) {
      new (&inline_.at[size_++]) Part(part);
      return;
    }
    PushBackToHeap(part);
  }
  // The part built in its slot: a copy of a part made on the stack waits
  // for all the stores before it (a value just written out is many).
  void emplace_back(std::string_view name, Span span) {
    if (size_ < kInline) {
      new (&inline_.at[size_++]) Part{name, span};
      return;
    }
    PushBackToHeap(Part{name, span});
  }
  void reserve(size_t n) {
    if (n > kInline) heap_.reserve(n);
  }
  void clear() {
    size_ = 0;
    heap_.clear();
  }
  size_t size() const { return size_; }
  bool empty() const { return size_ == 0; }
  Part* begin() { return data(); }
  Part* end() { return data() + size_; }
  const Part* begin() const { return data(); }
  const Part* end() const { return data() + size_; }
  Part& operator[](size_t i) { return data()[i]; }
  const Part& operator[](size_t i) const { return data()[i]; }
  Part& back() { return data()[size_ - 1]; }
  const Part& back() const { return data()[size_ - 1]; }

 private:
  static constexpr size_t kInline = 4;
  // heap_ holds the parts exactly when there are more than kInline: every
  // change that shrinks the list to kInline or fewer empties heap_.
  bool on_heap() const { return size_ > kInline; }
  PartList& MoveFromHeap(PartList&& other) noexcept;
  void PushBackToHeap(const Part& part);
  Part* data() { return on_heap() ? heap_.data() : inline_.at; }
  const Part* data() const { return on_heap() ? heap_.data() : inline_.at; }

  // Slots are written before they are read: left unconstructed, so that a
  // new value does not pay for four empty parts.
  union InlineParts {
    InlineParts() {}
    Part at[kInline];
  } inline_;
  std::vector<Part> heap_;  // all the parts, once there are more than kInline
  size_t size_ = 0;
};

// The name of the pattern that produced a value ("hedge+number+scale+unit"):
// its text is kept once, for the rest of the program, in a pool all threads
// share, so that a value copies and frees it like a pointer (a page's
// values spell a handful of patterns over and over). For names from a small
// set: every distinct text assigned stays in the pool.
class PatternName {
 public:
  PatternName() = default;
  explicit PatternName(std::string_view text) : kept_(Keep(text)) {}
  PatternName& operator=(std::string_view text) {
    kept_ = Keep(text);
    return *this;
  }

  std::string_view view() const {
    return kept_ ? std::string_view(*kept_) : std::string_view();
  }
  operator std::string_view() const { return view(); }
  bool empty() const { return kept_ == nullptr; }
  size_t size() const { return view().size(); }

  // One pooled copy per text: equal names are the same copy.
  friend bool operator==(PatternName a, PatternName b) { return a.kept_ == b.kept_; }
  friend bool operator!=(PatternName a, PatternName b) { return a.kept_ != b.kept_; }
  friend bool operator==(PatternName a, std::string_view b) { return a.view() == b; }
  friend bool operator!=(PatternName a, std::string_view b) { return a.view() != b; }
  friend bool operator==(std::string_view a, PatternName b) { return a == b.view(); }
  friend bool operator!=(std::string_view a, PatternName b) { return a != b.view(); }

 private:
  // The pooled copy of `text`, or nullptr for "".
  static const std::string* Keep(std::string_view text);

  const std::string* kept_ = nullptr;
};

// A T on the heap, made on first write: for a field most values leave
// empty, which then costs a pointer instead of the T. Reading an empty one
// gives a blank T; copies are deep.
template <typename T>
class Boxed {
 public:
  Boxed() = default;
  Boxed(const Boxed& other) : box_(other.box_ ? new T(*other.box_) : nullptr) {}
  Boxed(Boxed&& other) noexcept = default;
  Boxed& operator=(const Boxed& other) {
    if (this != &other) box_.reset(other.box_ ? new T(*other.box_) : nullptr);
    return *this;
  }
  Boxed& operator=(Boxed&& other) noexcept = default;

  const T& operator*() const { return box_ ? *box_ : Blank(); }
  const T* operator->() const { return &**this; }
  // The T to write into, made blank if there was none.
  T& Edit() {
    if (!box_) box_.reset(new T());
    return *box_;
  }
  bool has_value() const { return box_ != nullptr; }
  void reset() { box_.reset(); }

 private:
  static const T& Blank() {
    static const T blank;
    return blank;
  }

  std::unique_ptr<T> box_;
};

struct Value {
  // Written out, not defaulted: `Value()` in a vector would otherwise zero
  // all of its bytes before constructing the members (the scanner makes
  // one per value found).
  Value() noexcept {}

  ValueType type = ValueType::kNumber;
  Span span;  // text.substr(span.begin, span.size()) is the surface

  double number = 0;          // numbers, quantities, money, percents
  std::vector<double> ratio;  // kRatio: the terms in order
  std::string unit;           // "persons", "km2", "CNY", "USD", "percent"...
  Bound bound = Bound::kExact;

  std::string date;      // ISO 8601: "2007-11-22", "2014-10", "1996";
                         // "--06-22" when the year is unknown
  std::string date_end;  // kDateRange only
  Precision precision = Precision::kNone;

  std::string text;  // kPhone E.164, kUrl host, kEmail address, kPostalAddress

  struct Address {
    std::string province, city, district, street, number, remainder;
  };
  // kPostalAddress only: read with `address->city`, written through
  // `address.Edit()`. Kept out of line, as few values are addresses.
  Boxed<Address> address;

  PartList parts;       // in text order
  PatternName pattern;  // which pattern produced it, for rule writers

  // The span of the first part called `name`, or an empty span at
  // span.begin when there is none.
  Span PartSpan(std::string_view name) const;
  bool HasPart(std::string_view name) const;
};

// What the caller knows about the text around the values.
struct Context {
  // "fr", "en", "ko", "zh", or "" to try the words of all four (mixed pages).
  std::string lang;
  // Year for dates that give none ("June 22"); 0 when unknown, in which case
  // such a date is written "--06-22".
  int reference_year = 0;
  // Default region for phone numbers written without a country code.
  std::string region = "CN";
  // What the layout says about bare numbers: a table column headed
  // "Population en millions" makes "96" mean 96 million persons, rounded.
  // A number with no scale word of its own is multiplied by default_scale;
  // one with no unit gets default_unit (and becomes a quantity, money or
  // percent accordingly); an exact one gets default_bound.
  double default_scale = 1;
  std::string default_unit;
  Bound default_bound = Bound::kExact;
};

// Every value found in `text`, left to right, non-overlapping: at each place
// where a value may start, the longest reading wins. Never fails: text that
// holds no value gives an empty vector.
std::vector<Value> Scan(std::string_view text, const Context& ctx);

// `text` read as exactly one value of type `wanted` (surrounding white space
// allowed). kQuantity also accepts a bare number; kDate also accepts a bare
// year ("1996"). Fails with InvalidArgument naming the text and, when some
// other reading exists, what was found instead.
Result<Value> Parse(std::string_view text, ValueType wanted,
                    const Context& ctx);

// One JSON object: type, value, unit, bound, precision, span, parts (with
// their surfaces when `text` is given) and pattern.
std::string ToJson(const Value& value, std::string_view text = {});

// Names used in JSON and on the command line: "number", "quantity",
// "percent", "ratio", "money", "date", "date_range", "phone", "url",
// "email", "address"; "exact", "approx", "lower", "upper"; "none", "year",
// "month", "day".
std::string_view TypeName(ValueType type);
std::string_view BoundName(Bound bound);
std::string_view PrecisionName(Precision precision);
Result<ValueType> TypeFromName(std::string_view name);
Result<Bound> BoundFromName(std::string_view name);

// Checks that the embedded language data loads; Scan and Parse use whatever
// loaded. Tests and `twinmap value` call it to report broken data.
Status CheckLanguageData();

}  // namespace values
}  // namespace twinmap

#endif  // TWINMAP_VALUES_VALUES_H_
