// Internal to ingest: the Status for each kind of refused page, so that
// LoadFile and LoadBytes word them the same way.
#ifndef TWINMAP_INGEST_REFUSALS_H_
#define TWINMAP_INGEST_REFUSALS_H_

#include <cstdint>
#include <string>

#include "base/status.h"

namespace twinmap::ingest {

// "<source>: 40000000 bytes is over the limit of 33554432 bytes (max_bytes)";
// `at_least` words the size as "more than" when reading stopped early.
Status PageTooLarge(const std::string& source, uint64_t size, uint64_t limit,
                    bool at_least = false);

// "<source> is empty (0 bytes)".
Status PageEmpty(const std::string& source);

}  // namespace twinmap::ingest

#endif  // TWINMAP_INGEST_REFUSALS_H_
