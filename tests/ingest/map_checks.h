// Checks on a Page's text_to_raw map that every ingest test can apply.
#ifndef TWINMAP_TESTS_INGEST_MAP_CHECKS_H_
#define TWINMAP_TESTS_INGEST_MAP_CHECKS_H_

#include <cstdint>

#include "ingest/ingest.h"

namespace twinmap::ingest::testing {

// For every character of page.text, in order: its raw span (text_to_raw of
// the character's text span) starts where the previous one ended (the first
// at `bom_size`, the last ending at raw.size()), and decoding those raw bytes
// strictly in page.encoding gives back exactly that character; a U+FFFD
// whose raw span is one byte is a replaced byte, and there must be
// page.replaced_bytes of those. Reports through Catch2 CHECKs.
void CheckEveryCharacterMapsBack(const Page& page, uint64_t bom_size);

}  // namespace twinmap::ingest::testing

#endif  // TWINMAP_TESTS_INGEST_MAP_CHECKS_H_
