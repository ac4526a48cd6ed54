// Pattern compilation: {name:type} slots become named RE2 groups.
//
// Value slots capture lazily up to a line's length: the engine then takes
// the value that the value scanner found starting at the slot (so a slot is
// where a value begins, hedge included). Entity slots capture a name-like
// run (capitalised words with their connectors, or a Han or Hangul run) that
// the engine checks against the gazetteer or keeps as a local entity.
#include <re2/re2.h>

#include <set>

#include "rules/rules.h"

namespace twinmap::rules {
namespace {

// Unicode white space the pages really contain, besides ASCII.
constexpr const char* kExtraSpace = "\\x{A0}\\x{2000}-\\x{200A}\\x{202F}\\x{3000}";

// The rest of a name's word. A dot only inside a word ("C.U", "St.E"): a
// name never runs across a full stop into the next sentence.
#define kNameTail "(?:[\\p{L}\\p{M}\\p{Nd}'’\\-]|\\.\\p{L})*"

// A word of a name, then more words joined by spaces, hyphens or line
// breaks, with the lower-case connectors names use in our four languages.
constexpr const char* kNameLike =
    "(?:\\p{Lu}" kNameTail
    "(?:[\\s\\x{A0}]+(?:(?:de|du|des|la|le|les|d'|d’|l'|l’|of|the|and|et)[\\s\\x{A0}]+)*"
    "\\p{Lu}" kNameTail "){0,7}?"
    "|[\\p{Han}]{2,16}?|[\\p{Hangul}]{2,16}?)";

const std::set<std::string>& ValueTypes() {
  static const auto* types = new std::set<std::string>{
      "number", "quantity", "percent", "ratio", "money", "date", "daterange",
      "phone", "url", "email", "address", "year", "int", "text"};
  return *types;
}

const std::set<std::string>& EntityClasses() {
  static const auto* classes = new std::set<std::string>{
      "place", "place:cn", "place:fr", "place:foreign", "org", "person",
      "event", "programme", "name"};
  return *classes;
}

// Events and programmes are often named with a leading ordinal or year
// ("1st Annual Meeting", "2èmes Rencontres", "2010 China ... Forum") and may
// join their words with "&".
constexpr const char* kEventLike =
    "(?:(?:\\d{1,4}(?:st|nd|rd|th|e|er|re|ème|èmes|eme|emes)?)[\\s\\x{A0}]+)?"
    "\\p{Lu}" kNameTail
    "(?:[\\s\\x{A0}]+(?:(?:de|du|des|la|le|les|d'|d’|l'|l’|of|the|and|et|&|for|on|in)[\\s\\x{A0}]+)*"
    "\\p{Lu}" kNameTail "){0,12}?";

std::string SlotRegex(const std::string& type) {
  if (type == "year") return "(?:1[89]|20)\\d\\d";
  if (type == "int") return "\\d{1,9}";
  if (type == "text") return "[^\\n]{1,160}?";
  if (type == "event" || type == "programme") return kEventLike;
  if (ValueTypes().count(type)) return "[^\\n]{1,80}?";
  return kNameLike;
}

bool IsNameChar(char c) {
  return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
}

}  // namespace

bool IsKnownSlotType(const std::string& type) {
  return ValueTypes().count(type) > 0 || EntityClasses().count(type) > 0;
}

bool Slot::is_entity() const { return EntityClasses().count(type) > 0; }

Result<Pattern> CompilePattern(const std::string& source, const Origin& origin) {
  Pattern p;
  p.source = source;
  p.origin = origin;
  std::string& out = p.expanded;
  bool in_class = false;
  for (size_t i = 0; i < source.size(); ++i) {
    char c = source[i];
    if (c == '\\' && i + 1 < source.size()) {
      char n = source[i + 1];
      if (n == 's') {
        out += in_class ? std::string("\\s") + kExtraSpace
                        : std::string("[\\s") + kExtraSpace + "]";
      } else {
        out += c;
        out += n;
      }
      ++i;
      continue;
    }
    if (in_class) {
      if (c == ']') in_class = false;
      out += c;
      continue;
    }
    // A plain named group (?P<name>...) is a text slot that may hold others.
    if (source.compare(i, 4, "(?P<") == 0) {
      size_t close = source.find('>', i + 4);
      if (close != std::string::npos) {
        std::string name = source.substr(i + 4, close - i - 4);
        bool name_ok = !name.empty() && name[0] >= 'a' && name[0] <= 'z';
        for (char k : name) name_ok &= IsNameChar(k);
        if (!name_ok) {
          return Status::InvalidArgument("bad group name in '" + source.substr(i, close - i + 1) +
                                         "': use lower-case letters, digits and _");
        }
        for (const Slot& s : p.slots) {
          if (s.name == name) return Status::InvalidArgument("slot '" + name + "' appears twice");
        }
        p.slots.push_back(Slot{name, "text"});
        out += source.substr(i, close - i + 1);
        i = close;
        continue;
      }
    }
    if (c == '[') {
      in_class = true;
      out += c;
      if (i + 1 < source.size() && source[i + 1] == ']') out += source[++i];
      continue;
    }
    // A slot: {name:type}, where name starts with a letter (so RE2's own
    // {2,5} repetition is never taken for one). An upper-case or _ start is
    // taken as a slot too, so that it is reported as a bad name rather than
    // silently matched as literal text.
    if (c == '{' && i + 1 < source.size() &&
        ((source[i + 1] >= 'a' && source[i + 1] <= 'z') ||
         (source[i + 1] >= 'A' && source[i + 1] <= 'Z') || source[i + 1] == '_')) {
      size_t close = source.find('}', i);
      size_t colon = source.find(':', i);
      if (close != std::string::npos && colon != std::string::npos && colon < close) {
        std::string name = source.substr(i + 1, colon - i - 1);
        std::string type = source.substr(colon + 1, close - colon - 1);
        bool name_ok = !name.empty();
        for (char k : name) name_ok &= IsNameChar(k);
        if (!name_ok) {
          return Status::InvalidArgument("bad slot name in '" + source.substr(i, close - i + 1) +
                                         "': use lower-case letters, digits and _");
        }
        if (!IsKnownSlotType(type)) {
          return Status::InvalidArgument("unknown slot type '" + type + "' in '" +
                                         source.substr(i, close - i + 1) + "'");
        }
        for (const Slot& s : p.slots) {
          if (s.name == name) {
            return Status::InvalidArgument("slot '" + name + "' appears twice");
          }
        }
        p.slots.push_back(Slot{name, type});
        out += "(?P<" + name + ">" + SlotRegex(type) + ")";
        i = close;
        continue;
      }
    }
    out += c;
  }
  // ^ and $ match at line starts and ends: layouts are line-oriented.
  out = "(?m)" + out;
  RE2::Options options;
  options.set_log_errors(false);
  options.set_max_mem(64 << 20);
  auto re = std::make_shared<RE2>(out, options);
  if (!re->ok()) {
    std::string fragment = re->error_arg().empty() ? source : re->error_arg();
    return Status::InvalidArgument("bad regex: " + re->error() + " (at '" + fragment + "')");
  }
  p.re = std::move(re);
  return p;
}

}  // namespace twinmap::rules
