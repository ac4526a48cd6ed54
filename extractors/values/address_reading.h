// The lookups ReadAddress makes along a Chinese postal address, which it
// answers from tables built once per pack (address.cc): whether an address
// may begin at a character, where a province ends, and where a run of Han
// characters ends in a city, district or street suffix. Declared here so
// that address_reading_test can hold them to their plain definitions at
// every position of many texts. Internal to values/.
#ifndef TWINMAP_VALUES_ADDRESS_READING_H_
#define TWINMAP_VALUES_ADDRESS_READING_H_

#include <cstddef>
#include <string_view>

#include "values/language_pack.h"

namespace twinmap {
namespace values {

// False only where neither pack.provinces nor pack.address_labels has an
// entry that PhraseList::MatchAt would match at `pos` (at most text.size()).
bool MayBeginAddress(const LanguagePack& pack, std::string_view text, size_t pos);

// The end of the longest of pack.provinces at `pos`, as PhraseList::MatchAt
// finds it; 0 when none starts there.
size_t ProvinceEndAt(const LanguagePack& pack, std::string_view text, size_t pos);

enum class AddressPart { kCity, kDistrict, kStreet };

// The shortest run of 1..max_chars Han characters at `pos` (7 for a city,
// 6 for a district, 12 for a street) followed by one of the part's
// suffixes in `pack` (earlier entries first): its end after the suffix,
// or 0.
size_t SuffixedRunEnd(const LanguagePack& pack, AddressPart part, std::string_view text,
                      size_t pos);

}  // namespace values
}  // namespace twinmap

#endif  // TWINMAP_VALUES_ADDRESS_READING_H_
