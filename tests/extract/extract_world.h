// The extraction engine's test world: the repository's reference data and
// the fixture rules of tests/testdata/extract/, loaded once per process.
#ifndef TWINMAP_TESTS_EXTRACT_EXTRACT_WORLD_H_
#define TWINMAP_TESTS_EXTRACT_EXTRACT_WORLD_H_

#include <string>

#include "extract/extract.h"

namespace twinmap::extract::testing {

// Analyses `text` as page "page.txt" and runs the fixture rules on it.
PageFacts Extract(const std::string& text);

}  // namespace twinmap::extract::testing

#endif  // TWINMAP_TESTS_EXTRACT_EXTRACT_WORLD_H_
