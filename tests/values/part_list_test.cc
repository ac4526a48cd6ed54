// PartList keeps up to four parts inline and moves to the heap beyond; it
// must behave as the vector it replaced at every size, through copies and
// moves.
#include <catch2/catch.hpp>

#include <string>
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
          std::string built, remembered = "stale";
          SetPatternFromParts(head, parts, tail, &built);
          SetPatternRemembered(head, parts, tail, &remembered);
          CHECK(remembered == built);
        }
      }
    }
  }
}

}  // namespace
}  // namespace values
}  // namespace twinmap
