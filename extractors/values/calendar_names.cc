#include "values/calendar_names.h"

#include <unicode/dtfmtsym.h>
#include <unicode/dtptngen.h>
#include <unicode/locid.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <memory>

namespace twinmap {
namespace values {
namespace {

std::string ToUtf8(const icu::UnicodeString& s) {
  std::string out;
  s.toUTF8String(out);
  return out;
}

// Lower-cased, trailing "." dropped.
std::string Clean(icu::UnicodeString s, const icu::Locale& locale) {
  s.toLower(locale);
  s.trim();
  if (s.endsWith(icu::UnicodeString(u"."))) s.truncate(s.length() - 1);
  return ToUtf8(s);
}

// The same name without combining marks ("août" -> "aout"), or "" when it
// has none.
std::string WithoutAccents(const std::string& name) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
  if (U_FAILURE(status)) return "";
  icu::UnicodeString decomposed =
      nfd->normalize(icu::UnicodeString::fromUTF8(name), status);
  if (U_FAILURE(status)) return "";
  icu::UnicodeString out;
  for (int32_t i = 0; i < decomposed.length();) {
    UChar32 c = decomposed.char32At(i);
    if (u_charType(c) != U_NON_SPACING_MARK) out.append(c);
    i += U16_LENGTH(c);
  }
  std::string plain = ToUtf8(out);
  return plain == name ? "" : plain;
}

// Literal text that follows the first run of `field` in an ICU pattern
// ("y年M月d日", field 'M' -> "月"), trimmed of spaces and quotes.
std::string LiteralAfter(const icu::UnicodeString& pattern, char16_t field) {
  int32_t i = pattern.indexOf(field);
  if (i < 0) return "";
  while (i < pattern.length() && pattern[i] == field) ++i;
  icu::UnicodeString literal;
  for (; i < pattern.length(); ++i) {
    char16_t c = pattern[i];
    if ((c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z')) break;
    if (c == u'\'') continue;
    literal.append(c);
  }
  literal.trim();
  // Punctuation-only literals (", ", "/") are separators, not markers.
  for (int32_t k = 0; k < literal.length(); ++k) {
    if (u_isalpha(literal[k])) return ToUtf8(literal);
  }
  return "";
}

}  // namespace

Result<CalendarNames> LoadCalendarNames(const std::string& locale_name) {
  icu::Locale locale(locale_name.c_str());
  UErrorCode status = U_ZERO_ERROR;
  icu::DateFormatSymbols symbols(locale, status);
  if (U_FAILURE(status)) {
    return Status::Internal("ICU has no date symbols for locale '" +
                            locale_name + "': " + u_errorName(status));
  }
  CalendarNames names;
  for (auto context : {icu::DateFormatSymbols::FORMAT,
                       icu::DateFormatSymbols::STANDALONE}) {
    for (auto width : {icu::DateFormatSymbols::WIDE,
                       icu::DateFormatSymbols::ABBREVIATED}) {
      int32_t count = 0;
      const icu::UnicodeString* months =
          symbols.getMonths(count, context, width);
      for (int32_t m = 0; m < count && m < 12; ++m) {
        std::string name = Clean(months[m], locale);
        if (name.empty()) continue;
        names.months.emplace_back(name, m + 1);
        std::string plain = WithoutAccents(name);
        if (!plain.empty()) names.months.emplace_back(plain, m + 1);
      }
      const icu::UnicodeString* days =
          symbols.getWeekdays(count, context, width);
      for (int32_t d = 1; d < count; ++d) {  // index 0 is unused in ICU
        std::string name = Clean(days[d], locale);
        if (!name.empty()) names.weekdays.push_back(name);
      }
    }
  }
  std::unique_ptr<icu::DateTimePatternGenerator> generator(
      icu::DateTimePatternGenerator::createInstance(locale, status));
  if (U_FAILURE(status)) {
    return Status::Internal("ICU has no date patterns for locale '" +
                            locale_name + "': " + u_errorName(status));
  }
  icu::UnicodeString pattern =
      generator->getBestPattern(icu::UnicodeString(u"yMMMd"), status);
  if (U_FAILURE(status)) {
    return Status::Internal("ICU failed on pattern yMMMd for locale '" +
                            locale_name + "': " + u_errorName(status));
  }
  names.year_marker = LiteralAfter(pattern, u'y');
  names.month_marker = LiteralAfter(pattern, u'M');
  names.day_marker = LiteralAfter(pattern, u'd');
  // Korean writes the marker inside the month name ("10월"): take it from
  // there when the pattern has none of its own.
  if (names.month_marker.empty() && !names.year_marker.empty()) {
    int32_t count = 0;
    const icu::UnicodeString* months = symbols.getMonths(
        count, icu::DateFormatSymbols::FORMAT,
        icu::DateFormatSymbols::ABBREVIATED);
    if (count > 0) {
      icu::UnicodeString first = months[0];
      int32_t i = 0;
      while (i < first.length() && u_isdigit(first[i])) ++i;
      if (i > 0) names.month_marker = ToUtf8(first.tempSubString(i));
    }
  }
  icu::UnicodeString numeric =
      generator->getBestPattern(icu::UnicodeString(u"yMd"), status);
  if (U_FAILURE(status)) {
    return Status::Internal("ICU failed on pattern yMd for locale '" +
                            locale_name + "': " + u_errorName(status));
  }
  for (int32_t i = 0; i < numeric.length(); ++i) {
    char16_t c = numeric[i];
    char field = c == u'y' ? 'y' : c == u'M' ? 'm' : c == u'd' ? 'd' : 0;
    if (field && names.numeric_order.find(field) == std::string::npos) {
      names.numeric_order.push_back(field);
    }
  }
  return names;
}

}  // namespace values
}  // namespace twinmap
