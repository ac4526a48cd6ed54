// The extraction driver: picks the sources that apply to a page, then runs
// page rules, then each section's rules over its scopes.
#include <fnmatch.h>
#include <re2/re2.h>

#include "extract/create.h"
#include "extract/emit.h"
#include "extract/extract.h"
#include "extract/scopes.h"
#include "extract/slots.h"

namespace twinmap::extract {
namespace {

bool Applies(const rules::SourceRules& s, const analyze::AnalyzedPage& page, const std::string& source) {
  if (s.generic) return false;
  if (!s.file_glob.empty() && fnmatch(s.file_glob.c_str(), source.c_str(), 0) != 0) return false;
  if (s.fingerprint && !RE2::PartialMatch(page.page.text, *s.fingerprint)) return false;
  return true;
}

std::string PageLanguage(const analyze::AnalyzedPage& page) {
  // Letters of word tokens by language: Han in a table counts as zh even
  // when its block reads as English.
  std::map<std::string, uint64_t> letters;
  for (const auto& t : page.segmentation.tokens) {
    if (t.kind == tokenize::TokenKind::kWord) letters[langid::ToString(page.TokenLang(t))] += t.text.size();
  }
  std::string best = "";
  uint64_t most = 0, total = 0;
  for (const auto& [lang, n] : letters) {
    if (lang == "und") continue;
    total += n;
    if (n > most) {
      most = n;
      best = lang;
    }
  }
  // A page with more than one language (a Korean site with English text and
  // Chinese addresses) is scanned with every language's words.
  return most * 100 >= total * 95 ? best : "";
}

bool WhenHolds(const PageContext& pc, const rules::When& when, Span span, uint64_t scope_begin);

// Runs one pattern rule over a scope: every match whose slots all fill.
void RunPatternRule(PageContext& pc, const rules::Rule& rule, const rules::Section* section,
                    const std::string& extractor, Span scope, const Captures& record) {
  const re2::RE2& re = *rule.pattern.re;
  const std::string& text = pc.text();
  int groups = re.NumberOfCapturingGroups();
  std::vector<re2::StringPiece> sub(groups + 1);
  const auto& names = re.NamedCapturingGroups();
  uint64_t pos = scope.begin;
  while (pos < scope.end) {
    if (!re.Match(text, pos, scope.end, RE2::UNANCHORED, sub.data(), groups + 1)) return;
    uint64_t mbegin = sub[0].data() - text.data();
    Span match{mbegin, mbegin + sub[0].size()};
    Captures caps;
    bool ok = true;
    std::string reason;
    for (const rules::Slot& slot : FillOrder(rule.pattern.slots, section)) {
      const re2::StringPiece& g = sub[names.at(slot.name)];
      if (g.data() == nullptr) continue;  // an optional part did not match
      uint64_t b = g.data() - text.data();
      Capture c = FillSlot(pc, slot, Span{b, b + g.size()}, section, caps);
      if (!c.ok) {
        ok = false;
        reason = c.reason;
      }
      caps[slot.name] = std::move(c);
    }
    if (ok && !WhenHolds(pc, rule.when, match, scope.begin)) {
      ok = false;
      reason = "a 'when' condition does not hold";
    }
    if (ok) {
      pc.Trace(rule, extractor, match, "match", true, "");
      CreateEntities(pc, rule, extractor, caps, record, match);
      if (!rule.set.empty()) {
        for (const auto& [var, ref] : rule.set) {
          auto it = caps.find(ref.substr(1));
          if (it != caps.end() && !pc.page_vars.count(var)) pc.page_vars[var] = it->second;
        }
      }
      EmitFacts(pc, rule, extractor, caps, record, match);
      if (!rule.repeat) return;
    } else {
      pc.Trace(rule, extractor, match, "resolve", false, reason);
    }
    // Matches may not overlap their own start; step one character on.
    uint64_t next = mbegin + 1;
    while (next < scope.end && (static_cast<unsigned char>(text[next]) & 0xC0) == 0x80) ++next;
    pos = ok ? std::max<uint64_t>(match.end, next) : next;
  }
}

// Shorter unknown words are too often ordinary words to try as typos.
constexpr uint64_t kMinFuzzyWord = 9;

bool Capitalized(std::string_view s) {
  if (s.empty()) return false;
  unsigned char c = s[0];
  if (c >= 'A' && c <= 'Z') return true;
  if (c >= 'a' && c <= 'z') return false;
  // Non-ASCII first letter: accented capitals (É, Î) start with 0xC3 0x80-0x9E.
  return c == 0xC3 && s.size() > 1 && static_cast<unsigned char>(s[1]) < 0x9F;
}

// The word right before `at` (or right after, with after=true) on the same
// line, separated by exactly one space; empty if there is none.
Span NeighbourWord(const std::string& text, Span span, bool after) {
  if (after) {
    uint64_t b = span.end;
    if (b >= text.size() || text[b] != ' ') return Span{};
    ++b;
    uint64_t e = b;
    while (e < text.size() && text[e] != ' ' && text[e] != '\n' && text[e] != ',' && text[e] != '.') ++e;
    return Span{b, e};
  }
  if (span.begin < 2 || text[span.begin - 1] != ' ') return Span{};
  uint64_t e = span.begin - 1, b = e;
  while (b > 0 && text[b - 1] != ' ' && text[b - 1] != '\n' && text[b - 1] != ',') --b;
  return Span{b, e};
}

bool InMention(const PageContext& pc, Span word) {
  auto m = std::upper_bound(pc.mentions.begin(), pc.mentions.end(), word.begin,
                            [](uint64_t pos, const Mention& x) { return pos < x.text.begin; });
  return m != pc.mentions.begin() && (m - 1)->text.end >= word.end;
}

// The sentence (ICU's, so never across a line break) holding byte `at`.
Span SentenceAround(const PageContext& pc, uint64_t at) {
  const auto& sentences = pc.page->segmentation.sentences;
  auto it = std::upper_bound(sentences.begin(), sentences.end(), at,
                             [](uint64_t pos, const tokenize::Sentence& s) { return pos < s.text.begin; });
  if (it == sentences.begin() || (it - 1)->text.end <= at) return Span{};
  return (it - 1)->text;
}

bool WhenHolds(const PageContext& pc, const rules::When& when, Span span, uint64_t scope_begin) {
  const std::string& text = pc.text();
  if (when.capitalized && !Capitalized(span.In(text))) return false;
  if (when.standalone) {
    for (bool after : {false, true}) {
      Span w = NeighbourWord(text, span, after);
      if (!w.empty() && Capitalized(w.In(text)) && !InMention(pc, w)) return false;
    }
  }
  if (when.not_after) {
    uint64_t from = span.begin > scope_begin + 40 ? span.begin - 40 : scope_begin;
    std::string before(text.substr(from, span.begin - from));
    if (RE2::PartialMatch(before, *when.not_after)) return false;
  }
  if (when.not_before) {
    std::string after(text.substr(span.end, 40));
    if (RE2::PartialMatch(after, *when.not_before)) return false;
  }
  if (when.sentence) {
    Span sentence = SentenceAround(pc, span.begin);
    if (sentence.empty() || !RE2::PartialMatch(sentence.In(text), *when.sentence)) return false;
  }
  return true;
}

// Runs an `each` rule: every mention or value of the type in the scope.
void RunEachRule(PageContext& pc, const rules::Rule& rule, const rules::Section* section,
                 const std::string& extractor, Span scope, const Captures& record) {
  if (rule.each == "scope") {
    // Once per scope: facts about the record itself, cited at the record's
    // own slots (or the scope's first line when it has none).
    Span at{scope.end, scope.begin};
    for (const auto& [name, c] : record) {
      if (!c.ok || c.text.empty()) continue;
      at.begin = std::min(at.begin, c.text.begin);
      at.end = std::max(at.end, c.text.end);
    }
    if (at.begin >= at.end) {
      size_t nl = pc.text().find('\n', scope.begin);
      at = Span{scope.begin, nl == std::string::npos || nl > scope.end ? scope.end : nl};
    }
    EmitFacts(pc, rule, extractor, {}, record, at);
    return;
  }
  if (rule.each.rfind("place", 0) == 0) {
    for (const Mention& m : pc.mentions) {
      if (m.text.begin < scope.begin || m.text.end > scope.end) continue;
      if (!WhenHolds(pc, rule.when, m.text, scope.begin)) continue;
      Capture c = FillFromMention(pc, "it", rule.each, m, section);
      if (!c.ok) {
        pc.Trace(rule, extractor, m.text, "resolve", false, c.reason);
        continue;
      }
      // A record's own places (its subject, its province column) are not items.
      bool own = false;
      for (const auto& [name, rc] : record) own |= rc.text.begin == m.text.begin;
      if (own) continue;
      Captures caps{{"it", c}};
      EmitFacts(pc, rule, extractor, caps, record, m.text);
    }
    // Long capitalised words no gazetteer name covers may be misspelt names
    // ("Valencienne"): the resolver's bounded fuzzy match, in this slot's
    // context, decides.
    for (const tokenize::Token& t : pc.page->segmentation.tokens) {
      if (t.text.begin < scope.begin || t.text.end > scope.end) continue;
      if (t.kind != tokenize::TokenKind::kWord || t.text.size() < kMinFuzzyWord) continue;
      if (InMention(pc, t.text) || !WhenHolds(pc, rule.when, t.text, scope.begin)) continue;
      if (!Capitalized(t.text.In(pc.text()))) continue;
      Mention m;
      m.text = t.text;
      m.surface = std::string(t.text.In(pc.text()));
      Capture c = FillFromMention(pc, "it", rule.each, m, section);
      if (!c.ok) continue;
      Captures caps{{"it", c}};
      EmitFacts(pc, rule, extractor, caps, record, m.text);
    }
    return;
  }
  rules::Slot slot{"it", rule.each};
  for (const values::Value& v : pc.values) {
    if (v.span.begin < scope.begin || v.span.end > scope.end) continue;
    if (!WhenHolds(pc, rule.when, v.span, scope.begin)) continue;
    Capture c = FillSlot(pc, slot, v.span, section, record);
    if (!c.ok) continue;
    Captures caps{{"it", c}};
    EmitFacts(pc, rule, extractor, caps, record, v.span);
  }
}

void RunRules(PageContext& pc, const std::vector<rules::Rule>& rules, const rules::Section* section,
              const std::string& extractor, Span scope, const Captures& record) {
  for (const rules::Rule& rule : rules) {
    if (rule.pattern.re) {
      RunPatternRule(pc, rule, section, extractor, scope, record);
    } else {
      RunEachRule(pc, rule, section, extractor, scope, record);
    }
  }
}

void RunSource(PageContext& pc, const rules::SourceRules& src) {
  pc.out->sources_applied.push_back(src.id);
  pc.page_vars.clear();
  Span whole{0, pc.text().size()};
  RunRules(pc, src.page_rules, nullptr, src.generic ? "generic" : "page", whole, {});
  for (const rules::Section& section : src.sections) {
    std::string extractor = src.generic ? "generic"
                            : section.kind == rules::SectionKind::kRecords ? "records"
                            : section.kind == rules::SectionKind::kList    ? "list"
                                                                            : "prose";
    for (Span instance : SectionInstances(pc, section)) {
      std::vector<Scope> scopes;
      switch (section.kind) {
        case rules::SectionKind::kRecords: scopes = RecordScopes(pc, section, instance); break;
        case rules::SectionKind::kList: scopes = ListScopes(pc, section, instance); break;
        case rules::SectionKind::kProse: scopes = ProseScopes(pc, instance); break;
      }
      for (const Scope& scope : scopes) {
        RunRules(pc, section.rules, &section, extractor, scope.text, scope.record);
      }
    }
  }
}

}  // namespace

PageFacts ExtractPage(const analyze::AnalyzedPage& page, const std::string& source,
                      const Knowledge& knowledge, bool trace) {
  PageFacts out;
  PageContext pc;
  pc.page = &page;
  pc.source = source;
  pc.knowledge = &knowledge;
  pc.out = &out;
  pc.trace = trace;
  pc.lang = PageLanguage(page);
  pc.mentions = FindMentions(page, *knowledge.index);
  values::Context vctx;
  vctx.lang = pc.lang;
  pc.values = values::Scan(page.page.text, vctx);
  bool claimed = false;
  for (const rules::SourceRules& s : knowledge.rules->sources) {
    if (!Applies(s, page, source)) continue;
    claimed = true;
    RunSource(pc, s);
  }
  if (!claimed) {
    for (const rules::SourceRules& s : knowledge.rules->sources) {
      if (s.generic) RunSource(pc, s);
    }
  }
  return out;
}

}  // namespace twinmap::extract
