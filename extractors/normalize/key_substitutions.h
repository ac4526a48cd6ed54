// Typographic variants the matching key folds to one ASCII character
// (internal to the normalize stage; tests use it to build expectations).
//
// Applied to every code point the NFKC + case-fold decomposition produces, so
// it also catches variants that NFKC maps onto these (U+FE58 -> U+2014 -> '-').
// Every source and target here is a starter that composes with nothing, so
// substituting before composition equals substituting after it.
#ifndef TWINMAP_NORMALIZE_KEY_SUBSTITUTIONS_H_
#define TWINMAP_NORMALIZE_KEY_SUBSTITUTIONS_H_

#include <cstdint>

namespace twinmap {
namespace normalize {
namespace internal {

inline int32_t SubstituteForKey(int32_t cp) {
  if (cp < 0xA0) return cp == '\t' ? ' ' : cp;
  switch (cp) {
    case 0x00A0:  // no-break space
    case 0x202F:  // narrow no-break space
    case 0x205F:  // medium mathematical space
    case 0x3000:  // ideographic space
      return ' ';
    case 0x02BC:  // modifier letter apostrophe
    case 0x2018:  // left single quotation mark
    case 0x2019:  // right single quotation mark
    case 0xFF07:  // fullwidth apostrophe
      return '\'';
    case 0x2212:  // minus sign
    case 0xFE63:  // small hyphen-minus
    case 0xFF0D:  // fullwidth hyphen-minus
      return '-';
    default:
      break;
  }
  if (cp >= 0x2000 && cp <= 0x200A) return ' ';  // en quad .. hair space
  if (cp >= 0x2010 && cp <= 0x2015) return '-';  // hyphen .. horizontal bar
  return cp;
}

}  // namespace internal
}  // namespace normalize
}  // namespace twinmap

#endif  // TWINMAP_NORMALIZE_KEY_SUBSTITUTIONS_H_
