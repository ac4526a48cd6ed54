// WordMap, the open-addressing table behind PhraseList's word lookups and
// the scanner's anchor words, answers as std::unordered_map does: across
// growth, for present and absent keys, and for keys that share a home slot.
#include <catch2/catch.hpp>

#include <random>
#include <unordered_map>
#include <vector>

#include "values/phrase_list.h"

namespace twinmap {
namespace values {
namespace {

TEST_CASE("word map: same answers as std::unordered_map") {
  std::mt19937_64 rng(20261123);
  WordMap<std::vector<size_t>> map;
  std::unordered_map<uint64_t, std::vector<size_t>> reference;
  std::vector<uint64_t> keys;
  for (size_t i = 0; i < 3000; ++i) {
    // Some keys repeat, some differ only in their low bits, most are random.
    uint64_t key = i % 7 == 0 && !keys.empty() ? keys[rng() % keys.size()]
                   : i % 5 == 0                ? (rng() & ~uint64_t(0xFF)) | (i & 3)
                                               : rng();
    keys.push_back(key);
    map[key].push_back(i);
    reference[key].push_back(i);
    REQUIRE(map.size() == reference.size());
  }
  for (uint64_t key : keys) {
    const std::vector<size_t>* found = map.Find(key);
    REQUIRE(found != nullptr);
    CHECK(*found == reference[key]);
  }
  for (int i = 0; i < 3000; ++i) {
    uint64_t key = rng();
    CHECK(map.Contains(key) == (reference.count(key) > 0));
  }
  size_t visited = 0;
  map.ForEach([&](uint64_t key, const std::vector<size_t>& value) {
    ++visited;
    CHECK(reference.at(key) == value);
  });
  CHECK(visited == reference.size());
}

TEST_CASE("word map: empty map finds nothing") {
  WordMap<bool> map;
  CHECK(map.Find(0) == nullptr);
  CHECK(!map.Contains(12345));
  map[0] = true;  // zero is a key like any other
  CHECK(map.Contains(0));
  CHECK(!map.Contains(1));
}

}  // namespace
}  // namespace values
}  // namespace twinmap
