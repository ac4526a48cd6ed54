// Paths of the hand-written eval fixtures in tests/testdata/eval/:
//   corpus/{alpha,beta}.txt   two small pages
//   gold/{alpha,beta}.txt.jsonl   facts on them, one per matching rule
//   dataset/                  entities, claims and a trace exercising them
#ifndef TWINMAP_TESTS_EVAL_EVAL_FIXTURE_H_
#define TWINMAP_TESTS_EVAL_EVAL_FIXTURE_H_

#include <string>

namespace twinmap::eval::testing {

inline std::string FixtureDir() {
  return std::string(TWINMAP_TESTDATA_DIR) + "/eval";
}
inline std::string FixtureGold() { return FixtureDir() + "/gold"; }
inline std::string FixtureDataset() { return FixtureDir() + "/dataset"; }
inline std::string FixtureCorpus() { return FixtureDir() + "/corpus"; }

}  // namespace twinmap::eval::testing

#endif  // TWINMAP_TESTS_EVAL_EVAL_FIXTURE_H_
