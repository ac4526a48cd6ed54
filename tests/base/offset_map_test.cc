#include "base/offset_map.h"

#include <catch2/catch.hpp>

namespace twinmap {
namespace {

TEST_CASE("Identity map returns the same span") {
  OffsetMap m = OffsetMap::Identity(10);
  CHECK(m.pieces().size() == 1);
  CHECK(m.ToInput(Span{2, 7}) == Span{2, 7});
  CHECK(m.ToInput(Span{10, 10}) == Span{10, 10});
  CHECK(m.ToInput(Span{0, 0}) == Span{0, 0});
}

TEST_CASE("Contiguous linear units merge into one piece") {
  OffsetMap m;
  for (uint64_t i = 0; i < 100; ++i) m.AddUnit(i, 1, 1);
  m.Finish(100);
  CHECK(m.pieces().size() == 1);
  CHECK(m.out_size() == 100);
}

TEST_CASE("Atomic unit: a span touching it covers all of it") {
  // Fullwidth "Ａ" (3 bytes) -> "a" (1 byte), then "1" linear.
  OffsetMap m;
  m.AddUnit(0, 3, 1);
  m.AddUnit(3, 1, 1);
  m.Finish(4);
  CHECK(m.ToInput(Span{0, 1}) == Span{0, 3});
  CHECK(m.ToInput(Span{1, 2}) == Span{3, 4});
  CHECK(m.ToInput(Span{0, 2}) == Span{0, 4});
  CHECK(m.ToInput(uint64_t{2}) == 4);
}

TEST_CASE("Expansion: one input unit to several output bytes") {
  // "ﬁ" (3 bytes) -> "fi" (2 bytes): either half maps to the ligature.
  OffsetMap m;
  m.AddUnit(0, 3, 2);
  m.Finish(3);
  CHECK(m.ToInput(Span{0, 1}) == Span{0, 3});
  CHECK(m.ToInput(Span{1, 2}) == Span{0, 3});
}

TEST_CASE("Dropped input bytes (a BOM) are skipped") {
  OffsetMap m;
  m.AddUnit(3, 5, 5);  // "hello" after a 3-byte BOM
  m.Finish(8);
  CHECK(m.ToInput(Span{0, 5}) == Span{3, 8});
  CHECK(m.ToInput(Span{5, 5}) == Span{8, 8});
}

TEST_CASE("Compose: B->A then A->R lands on raw bytes") {
  // R: UTF-16LE "Ａb" = 4 bytes; A: UTF-8 "\xEF\xBC\xA1" "b" (4 bytes).
  OffsetMap a_to_r;
  a_to_r.AddUnit(0, 2, 3);
  a_to_r.AddUnit(2, 2, 1);
  a_to_r.Finish(4);
  // B: NFKC "ab": "a" from A[0,3), "b" from A[3,4).
  OffsetMap b_to_a;
  b_to_a.AddUnit(0, 3, 1);
  b_to_a.AddUnit(3, 1, 1);
  b_to_a.Finish(4);
  OffsetMap b_to_r = b_to_a.ComposeWith(a_to_r);
  CHECK(b_to_r.out_size() == 2);
  CHECK(b_to_r.ToInput(Span{0, 1}) == Span{0, 2});
  CHECK(b_to_r.ToInput(Span{1, 2}) == Span{2, 4});
  CHECK(b_to_r.ToInput(Span{0, 2}) == Span{0, 4});
}

TEST_CASE("Compose splits a linear piece at inner piece boundaries") {
  // A->R: bytes 0..2 linear from R 0..2, then byte 2 from an atomic R[2,5).
  OffsetMap a_to_r;
  a_to_r.AddUnit(0, 2, 2);
  a_to_r.AddUnit(2, 3, 1);
  a_to_r.Finish(5);
  OffsetMap b_to_a = OffsetMap::Identity(3);
  OffsetMap b_to_r = b_to_a.ComposeWith(a_to_r);
  CHECK(b_to_r.ToInput(Span{1, 2}) == Span{1, 2});
  CHECK(b_to_r.ToInput(Span{2, 3}) == Span{2, 5});
  CHECK(b_to_r.ToInput(Span{0, 3}) == Span{0, 5});
}

}  // namespace
}  // namespace twinmap
