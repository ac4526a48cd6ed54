#include "values/regex.h"

#include <re2/re2.h>

#include <cstdio>

namespace twinmap {
namespace values {

Regex::Regex() = default;
Regex::Regex(Regex&&) noexcept = default;
Regex& Regex::operator=(Regex&&) noexcept = default;
Regex::~Regex() = default;

Result<Regex> Regex::Compile(std::string_view pattern) {
  RE2::Options options;
  options.set_encoding(RE2::Options::EncodingUTF8);
  options.set_log_errors(false);
  auto re = std::make_unique<RE2>(re2::StringPiece(pattern.data(), pattern.size()),
                                  options);
  if (!re->ok()) {
    return Status::InvalidArgument("bad pattern '" + std::string(pattern) +
                                   "': " + re->error() + " (at '" +
                                   re->error_arg() + "')");
  }
  Regex r;
  r.re_ = std::move(re);
  return r;
}

Regex Regex::MustCompile(std::string_view pattern) {
  Result<Regex> r = Compile(pattern);
  if (!r.ok()) {
    std::fprintf(stderr, "twinmap values: %s\n", r.status().message().c_str());
    return Regex();
  }
  return std::move(r).value();
}

bool Regex::MatchAt(std::string_view text, size_t pos, std::vector<Span>* groups,
                    size_t max_len) const {
  if (!re_ || pos > text.size()) return false;
  int n = re_->NumberOfCapturingGroups() + 1;
  re2::StringPiece pieces[16];
  if (n > 16) return false;
  re2::StringPiece input(text.data(), text.size());
  size_t endpos = text.size() - pos > max_len ? pos + max_len : text.size();
  if (!re_->Match(input, pos, endpos, RE2::ANCHOR_START, pieces, n)) {
    return false;
  }
  groups->assign(n, Span{pos, pos});
  for (int i = 0; i < n; ++i) {
    if (pieces[i].data() == nullptr) continue;
    uint64_t b = pieces[i].data() - text.data();
    (*groups)[i] = Span{b, b + pieces[i].size()};
  }
  return true;
}

bool Regex::FullMatch(std::string_view text) const {
  if (!re_) return false;
  return RE2::FullMatch(re2::StringPiece(text.data(), text.size()), *re_);
}

}  // namespace values
}  // namespace twinmap
