// Templates: strings with "${ref}" parts, for names and values a rule
// composes from its captures.
#include "rules/rules.h"

namespace twinmap::rules {

bool IsTemplate(const std::string& text) { return text.find("${") != std::string::npos; }

Result<std::vector<std::string>> TemplateRefs(const std::string& text) {
  std::vector<std::string> refs;
  for (size_t at = text.find("${"); at != std::string::npos; at = text.find("${", at)) {
    size_t close = text.find('}', at);
    if (close == std::string::npos) {
      return Status::InvalidArgument("unclosed '${' in template '" + text + "'");
    }
    std::string ref = text.substr(at + 2, close - at - 2);
    if (ref.empty()) return Status::InvalidArgument("empty '${}' in template '" + text + "'");
    refs.push_back(ref);
    at = close + 1;
  }
  return refs;
}

}  // namespace twinmap::rules
