// Internal to resolve: folding a name to its index key and the suffix and
// particle variants of a key. Keys are UTF-8 produced by NameIndex::FoldKey.
#ifndef TWINMAP_RESOLVE_NAME_KEY_H_
#define TWINMAP_RESOLVE_NAME_KEY_H_

#include <string>
#include <string_view>

namespace twinmap::resolve {

// Length of `key` without one administrative suffix ("shandongprovince" ->
// 8), or key.size() if it has none or too little would remain (at least two
// characters must). `korean_do` also allows the romanised "-do" suffix.
size_t WithoutSuffix(std::string_view key, bool korean_do);

// Offset after one leading designation ("villedekunming" -> 7, "cityof"),
// or 0 if none or too little would remain.
size_t WithoutPrefix(std::string_view key);

// Length of a PRC development zone's key without its zone-kind ending
// ("changchunjingyuegaoxinjishuchanyekaifaqu" -> 16), or key.size().
size_t WithoutZoneKind(std::string_view key);

// Length of a Hangul `key` without one trailing Korean particle
// ("산둥성에서" -> bytes of "산둥성"), or key.size() if none.
size_t WithoutParticle(std::string_view key);

// Number of Unicode code points in UTF-8 `s`.
size_t CodePoints(std::string_view s);

}  // namespace twinmap::resolve

#endif  // TWINMAP_RESOLVE_NAME_KEY_H_
