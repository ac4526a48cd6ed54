// The gazetteer loaded from the repository's rules/, once per test process.
#ifndef TWINMAP_TESTS_REFDATA_GAZETTEER_FIXTURE_H_
#define TWINMAP_TESTS_REFDATA_GAZETTEER_FIXTURE_H_

#include <string>
#include <vector>

#include "refdata/refdata.h"

namespace twinmap::refdata::testing {

// Loads TWINMAP_RULES_DIR; the test fails (REQUIRE) if loading fails or
// reports any diagnostic.
const Gazetteer& RepoGazetteer();

// Ids of the entities having `text` as a name or alias in `lang` ("" = any).
std::vector<std::string> IdsWithForm(const Gazetteer& g,
                                     const std::string& text,
                                     const std::string& lang);

}  // namespace twinmap::refdata::testing

#endif  // TWINMAP_TESTS_REFDATA_GAZETTEER_FIXTURE_H_
