// Comparison keys for names and string values: eval's adapter over utf8proc.
//
// eval must not depend on the normalize stage (it scores whatever the
// pipeline wrote), so it folds text itself, and only here.
//
//   NameKey("Saône-et-Loire") == NameKey("saone et loire") == "saoneetloire"
//   NameKey("Côte d'Or")      == NameKey("Cote-d’Or")      == "cotedor"
//   NameKey("河南省")          == "河南省"
//   ValueKey("  WWW.Henan.gov.cn ") == "www.henan.gov.cn"
//   ValueKey("Maire  de\nNancy")    == "maire de nancy"
#ifndef TWINMAP_EVAL_NAME_KEY_H_
#define TWINMAP_EVAL_NAME_KEY_H_

#include <string>
#include <string_view>

namespace twinmap::eval {

// NFKC, case folded, accents stripped, and every space, punctuation mark
// (hyphens, apostrophes, dots, commas) and control character removed.
// Invalid UTF-8 falls back to ASCII lower-casing of the bytes.
std::string NameKey(std::string_view text);

// NFKC and case folded, accents kept; trimmed, inner white space runs become
// one space. For comparing string values ("case-insensitively after trimming").
std::string ValueKey(std::string_view text);

}  // namespace twinmap::eval

#endif  // TWINMAP_EVAL_NAME_KEY_H_
