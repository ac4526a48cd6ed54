// Builds the dataset a perfect pipeline would write for a gold dir: one
// entity per distinct gold entity (merged by code, else by type and name),
// one claim per attribute or relation fact, its provenance span the first
// occurrence of the evidence in the raw page. The gold files are parsed here
// with nlohmann directly, independently of eval's own gold reader.
#ifndef TWINMAP_TESTS_EVAL_GOLD_TO_DATASET_H_
#define TWINMAP_TESTS_EVAL_GOLD_TO_DATASET_H_

#include <string>

namespace twinmap::eval::testing {

// Writes entities.jsonl and claims.jsonl into `out_dir`. Returns "" or the
// first problem met (an evidence string not in its page, ...).
std::string WriteDatasetFromGold(const std::string& gold_dir,
                                 const std::string& corpus_dir,
                                 const std::string& out_dir);

}  // namespace twinmap::eval::testing

#endif  // TWINMAP_TESTS_EVAL_GOLD_TO_DATASET_H_
