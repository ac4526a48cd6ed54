// PartList keeps up to four parts inline and moves to the heap beyond; it
// must behave as the vector it replaced at every size, through copies and
// moves.
#include <catch2/catch.hpp>

#include <string>
#include <thread>
#include <vector>

#include "values/candidate.h"
#include "values/values.h"

namespace twinmap {
namespace values {
namespace {

const char* const kNames[] = {"a", "b", "c", "d", "e", "f", "g", "h", "i"};

PartList Make(size_t n) {
  PartList list;
  for (size_t i = 0; i < n; ++i) list.push_back({kNames[i], Span{i, i + 1}});
  return list;
}

std::vector<std::string> Names(const PartList& list) {
  std::vector<std::string> out;
  for (const Part& p : list) out.emplace_back(p.name);
  return out;
}

std::vector<std::string> Expected(size_t n) {
  return std::vector<std::string>(kNames, kNames + n);
}

TEST_CASE("part list: every size reads back in order") {
  for (size_t n = 0; n <= 9; ++n) {
    INFO(n << " parts");
    PartList list = Make(n);
    CHECK(list.size() == n);
    CHECK(list.empty() == (n == 0));
    CHECK(Names(list) == Expected(n));
    for (size_t i = 0; i < n; ++i) CHECK(list[i].span.begin == i);
    if (n > 0) CHECK(list.back().name == kNames[n - 1]);
  }
}

TEST_CASE("part list: copies are independent, moves leave the source empty") {
  for (size_t n : {0, 3, 4, 5, 9}) {
    INFO(n << " parts");
    PartList original = Make(n);
    PartList copy = original;
    copy.push_back({"z", Span{}});
    CHECK(Names(original) == Expected(n));
    CHECK(copy.size() == n + 1);
    CHECK(copy.back().name == "z");

    PartList moved = std::move(original);
    CHECK(Names(moved) == Expected(n));
    CHECK(original.empty());  // NOLINT(bugprone-use-after-move): stated behaviour
    original.push_back({"y", Span{}});
    CHECK(Names(original) == std::vector<std::string>{"y"});

    PartList assigned = Make(9);
    assigned = moved;
    CHECK(Names(assigned) == Expected(n));
    assigned = std::move(copy);
    CHECK(assigned.size() == n + 1);
  }
}

TEST_CASE("part list: clear returns to inline storage; initializer lists assign") {
  PartList list = Make(7);
  list.clear();
  CHECK(list.empty());
  list.push_back({"x", Span{1, 2}});
  CHECK(Names(list) == std::vector<std::string>{"x"});
  list = {{"user", Span{0, 3}}, {"host", Span{4, 9}}};
  CHECK(Names(list) == std::vector<std::string>{"user", "host"});
  list.reserve(8);
  for (int i = 0; i < 6; ++i) list.push_back({"p", Span{}});
  CHECK(list.size() == 8);
  CHECK(list[1].name == "host");
}

TEST_CASE("part list: remembered patterns equal freshly built ones") {
  // Same names at other addresses, repeats to merge, a long tail, more
  // parts than are remembered: each spelled as SetPatternFromParts would.
  static const std::string kOtherNumber = "number";
  static const std::string kLongTail = "+" + std::string(120, 'x');
  const PartList lists[] = {
      {},
      {{"number", Span{}}},
      {{kOtherNumber, Span{}}},
      {{"", Span{}}},
      {{"hedge", Span{}}, {"hedge", Span{}}},
      {{"hedge", Span{}}, {"number", Span{}}, {"number", Span{}}, {"unit", Span{}}},
      Make(9),
      Make(5),
  };
  // A lone part between an empty head and tail takes a shortcut; "range"
  // is a head that is joined to the parts with "+".
  const char* const heads[] = {"", "date:", "address:", "range"};
  const char* const tails[] = {"", "+context_unit", kLongTail.c_str()};
  for (int round = 0; round < 2; ++round) {  // the second one hits
    for (const PartList& parts : lists) {
      for (const char* head : heads) {
        for (const char* tail : tails) {
          std::string built;
          PatternName remembered("stale");
          SetPatternFromParts(head, parts, tail, &built);
          SetPatternRemembered(head, parts, tail, &remembered);
          CHECK(remembered.view() == built);
          CHECK(remembered == PatternName(built));
        }
      }
    }
  }
}

TEST_CASE("part list: emplace_back appends as push_back does, inline and on the heap") {
  for (size_t n = 0; n <= 9; ++n) {
    INFO(n << " parts");
    PartList list;
    for (size_t i = 0; i < n; ++i) list.emplace_back(kNames[i], Span{i, i + 1});
    CHECK(Names(list) == Expected(n));
    for (size_t i = 0; i < n; ++i) CHECK(list[i].span.end == i + 1);
  }
}

TEST_CASE("part list: remembered patterns tell names apart by size as well as address") {
  // Names that begin at the same byte but end elsewhere ("number" and
  // "num"), and one too long to be remembered, at the same place in the
  // list: each gets its own pattern.
  static const char kNumber[] = "number";
  static const std::string kLong(65536 + 3, 'n');
  const std::string_view names[] = {std::string_view(kNumber, 6), std::string_view(kNumber, 3),
                                    kLong, std::string_view(kLong.data(), 3),
                                    std::string_view(kLong.data(), 65535)};
  for (int round = 0; round < 2; ++round) {
    for (std::string_view name : names) {
      for (size_t n : {1, 2, 5}) {
        PartList parts;
        for (size_t i = 0; i < n; ++i) parts.push_back({i + 1 == n ? name : "hedge", Span{}});
        std::string built;
        PatternName remembered("stale");
        SetPatternFromParts("date:", parts, "", &built);
        SetPatternRemembered("date:", parts, "", &remembered);
        REQUIRE(remembered.view() == built);
      }
    }
  }
}

TEST_CASE("part list: remembered patterns survive many patterns sharing sets") {
  // More combinations than the table holds, met in turn and then again in
  // another order: every miss must build the pattern, every hit return the
  // one that was stored for exactly these texts.
  static const std::vector<std::string> kHeads = [] {
    std::vector<std::string> heads;
    for (int i = 0; i < 300; ++i) heads.push_back("h" + std::to_string(i) + ":");
    return heads;
  }();
  const PartList parts[] = {Make(1), Make(2), Make(3)};
  for (int round = 0; round < 3; ++round) {
    for (size_t k = 0; k < kHeads.size(); ++k) {
      size_t i = round == 1 ? kHeads.size() - 1 - k : (k * 7) % kHeads.size();
      for (const PartList& list : parts) {
        std::string built;
        PatternName remembered("stale");
        SetPatternFromParts(kHeads[i], list, "", &built);
        SetPatternRemembered(kHeads[i].c_str(), list, "", &remembered);
        REQUIRE(remembered.view() == built);
      }
    }
  }
}

TEST_CASE("candidate reset: a blank reading whatever the last one set") {
  // Reset skips clearing when nothing is set; each field alone must still
  // be cleared.
  for (int field = 0; field < 8; ++field) {
    INFO("field " << field);
    Candidate c;
    Value& v = c.value;
    v.type = ValueType::kDate;
    v.span = Span{3, 9};
    v.number = 7;
    v.bound = Bound::kApprox;
    v.precision = Precision::kDay;
    c.emit = false;
    c.rank = kRankDate;
    c.pattern_head = "date:";
    c.pattern_tail = "+x";
    switch (field) {
      case 0: v.ratio = {1, 2}; break;
      case 1: v.unit = "km2"; break;
      case 2: v.date = "2007-11-22"; break;
      case 3: v.date_end = "2007-11-23"; break;
      case 4: v.text = std::string(40, 'h'); break;
      case 5: v.parts = Make(6); break;
      case 6: v.pattern = "number"; break;
      default: break;  // nothing but the scalars
    }
    c.Reset();
    CHECK(v.type == ValueType::kNumber);
    CHECK(v.span.begin == 0);
    CHECK(v.span.end == 0);
    CHECK(v.number == 0);
    CHECK(v.bound == Bound::kExact);
    CHECK(v.precision == Precision::kNone);
    CHECK(v.ratio.empty());
    CHECK(v.unit.empty());
    CHECK(v.date.empty());
    CHECK(v.date_end.empty());
    CHECK(v.text.empty());
    CHECK(v.parts.empty());
    CHECK(v.pattern.empty());
    CHECK(c.emit);
    CHECK(c.rank == 0);
    CHECK(c.pattern_head == nullptr);
    CHECK(std::string(c.pattern_tail).empty());
  }
  Candidate a;
  a.value.type = ValueType::kPostalAddress;
  a.value.address.Edit().city = "杭州市";
  a.value.address.Edit().remainder = "东部软件园1号楼";
  a.Reset();
  CHECK(a.value.address->city.empty());
  CHECK(a.value.address->remainder.empty());
}

TEST_CASE("pattern name: one pooled copy per text, from any thread") {
  // Texts built at run time, so that equal ones sit at other addresses
  // than the literals; more of them than a thread remembers.
  std::vector<std::string> texts;
  for (int i = 0; i < 200; ++i) texts.push_back("p" + std::to_string(i) + "+number");
  std::vector<PatternName> first;
  for (const std::string& t : texts) first.emplace_back(t);
  for (size_t i = 0; i < texts.size(); ++i) {
    PatternName again(std::string(texts[i]));
    CHECK(again == first[i]);
    CHECK(again.view() == texts[i]);
    CHECK(again.view().data() == first[i].view().data());
    CHECK(again != first[(i + 1) % texts.size()]);
  }
  PatternName blank;
  CHECK(blank.empty());
  CHECK(blank.view().empty());
  CHECK(blank == PatternName(""));
  CHECK(blank == "");
  blank = "date:year";
  CHECK(blank == "date:year");
  CHECK("date:year" == blank);
  CHECK(blank != "date");
  CHECK(blank.size() == 9);
  // Other threads find the same copies.
  std::vector<const char*> seen(texts.size());
  std::thread other([&] {
    for (size_t i = 0; i < texts.size(); ++i) seen[i] = PatternName(texts[i]).view().data();
  });
  other.join();
  for (size_t i = 0; i < texts.size(); ++i) CHECK(seen[i] == first[i].view().data());
}

TEST_CASE("value: copies and moves keep the address and the pattern") {
  Value v;
  CHECK(!v.address.has_value());
  CHECK(v.address->city.empty());  // reading an empty one makes none
  CHECK(!v.address.has_value());
  v.type = ValueType::kPostalAddress;
  v.address.Edit().city = "杭州市";
  v.pattern = "address:city";
  Value copy = v;
  v.address.Edit().city = "宁波市";
  CHECK(copy.address->city == "杭州市");
  CHECK(copy.pattern == "address:city");
  Value moved = std::move(copy);
  CHECK(moved.address->city == "杭州市");
  copy = moved;
  CHECK(copy.address->city == "杭州市");
  copy = Value();
  CHECK(!copy.address.has_value());
  CHECK(copy.pattern.empty());
}

}  // namespace
}  // namespace values
}  // namespace twinmap
