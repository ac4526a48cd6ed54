// The repository gazetteer and its NameIndex, built once per test process.
#ifndef TWINMAP_TESTS_RESOLVE_RESOLVER_FIXTURE_H_
#define TWINMAP_TESTS_RESOLVE_RESOLVER_FIXTURE_H_

#include <string>
#include <vector>

#include "resolve/resolve.h"

namespace twinmap::resolve::testing {

const NameIndex& RepoIndex();
const refdata::Gazetteer& RepoGazetteer();

Context Types(std::vector<std::string> types, std::string country = "");

}  // namespace twinmap::resolve::testing

#endif  // TWINMAP_TESTS_RESOLVE_RESOLVER_FIXTURE_H_
