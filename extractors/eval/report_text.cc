// FormatText: the report as tables a person reads in a terminal.
#include <cstdio>
#include <sstream>
#include <string>
#include <vector>

#include "eval/describe.h"
#include "eval/eval.h"

namespace twinmap::eval {
namespace {

// A share whose denominator is 0 prints as "-" (the JSON report and the
// gate count it as 1: nothing to get wrong).
std::string Fixed(double value, uint64_t denominator = 1) {
  if (denominator == 0) return "-";
  char buf[32];
  std::snprintf(buf, sizeof(buf), "%.3f", value);
  return buf;
}

// Left-pads or right-pads to `width` bytes; names longer than that are kept.
std::string Pad(const std::string& text, size_t width, bool left_align) {
  if (text.size() >= width) return text;
  std::string fill(width - text.size(), ' ');
  return left_align ? text + fill : fill + text;
}

void ScoreHeader(std::ostringstream& out, const std::string& first) {
  out << Pad(first, 28, true) << Pad("facts", 7, false) << Pad("held", 6, false)
      << Pad("recall", 8, false) << Pad("claims", 8, false)
      << Pad("correct", 9, false) << Pad("precision", 11, false)
      << Pad("F1", 7, false) << Pad("provenance", 12, false)
      << Pad("bound!=", 9, false) << Pad("qualifiers", 12, false) << "\n";
}

void ScoreRow(std::ostringstream& out, const std::string& name,
              const Tally& t) {
  out << Pad(name, 28, true) << Pad(std::to_string(t.gold_facts), 7, false)
      << Pad(std::to_string(t.held), 6, false)
      << Pad(Fixed(t.Recall(), t.gold_facts), 8, false)
      << Pad(std::to_string(t.claims), 8, false)
      << Pad(std::to_string(t.correct), 9, false)
      << Pad(Fixed(t.Precision(), t.claims), 11, false)
      << Pad(Fixed(t.F1(), t.claims * t.gold_facts), 7, false)
      << Pad(Fixed(t.Provenance(), t.provenance_checked), 12, false)
      << Pad(std::to_string(t.bound_mismatches), 9, false)
      << Pad(std::to_string(t.qualifiers_agreed) + "/" +
                 std::to_string(t.qualifiers_compared),
             12, false)
      << "\n";
}

void RuleRow(std::ostringstream& out, const std::string& name, const Tally& t) {
  out << Pad(name, 36, true) << Pad(std::to_string(t.claims), 8, false)
      << Pad(std::to_string(t.correct), 9, false)
      << Pad(Fixed(t.Precision(), t.claims), 11, false)
      << Pad(std::to_string(t.held), 6, false)
      << Pad(std::to_string(t.provenance_ok) + "/" +
                 std::to_string(t.provenance_checked),
             12, false)
      << "\n";
}

void Miss(std::ostringstream& out, const PageReport& page,
          const FactOutcome& o) {
  out << "  miss  " << page.page_path << ":" << o.evidence_line << "  "
      << DescribeFact(o.fact) << "\n";
  out << "        " << MissReasonName(o.reason);
  if (!o.detail.empty()) out << ": " << o.detail;
  out << "  (gold " << o.fact.gold_file << ":" << o.fact.gold_line << ")\n";
  const MissExplanation& why = o.why;
  if (why.from_trace) {
    out << "        trace: " << why.stopped_at << "\n";
    for (const std::string& t : why.trace) out << "          " << t << "\n";
  }
  if (o.fact.kind != FactKind::kEntity) {
    out << "        subject "
        << (why.subject_exists ? "exists" : "not in the dataset");
    if (o.fact.kind == FactKind::kRelation) {
      out << ", object "
          << (why.object_exists ? "exists" : "not in the dataset");
    }
    out << "\n";
  }
  if (why.nearby_claims.empty() && o.evidence_found &&
      o.fact.kind != FactKind::kEntity) {
    out << "        no claim cites these lines\n";
  }
  for (const std::string& c : why.nearby_claims)
    out << "        near: " << c << "\n";
}

// Held facts whose claim disagrees on the bound (lenient bounds) or on a
// qualifier: not misses, but worth a reviewer's look.
std::vector<std::string> Disagreements(const PageReport& page) {
  std::vector<std::string> lines;
  for (const FactOutcome& o : page.facts) {
    if (!o.held) continue;
    std::string where =
        page.page_path + ":" + std::to_string(o.evidence_line) + "  ";
    if (o.bound_mismatch)
      lines.push_back("  bound " + where + DescribeFact(o.fact) + ": " +
                      o.detail);
    for (const QualifierCheck& q : o.qualifiers) {
      if (q.agreed) continue;
      lines.push_back("  qualifier " + where + DescribeFact(o.fact) + ": " +
                      q.key + " gold " + q.gold + ", claim " +
                      (q.got.empty() ? "has none" : q.got));
    }
  }
  return lines;
}

void ListPage(std::ostringstream& out, const PageReport& page,
              size_t max_listed) {
  size_t misses = page.tally.gold_facts - page.tally.held;
  std::vector<std::string> disagreements = Disagreements(page);
  if (misses == 0 && page.extras.empty() && disagreements.empty()) return;
  out << "\n"
      << page.source << ": " << misses << " misses, " << page.extras.size()
      << " extras, " << disagreements.size() << " disagreements";
  if (misses > max_listed || page.extras.size() > max_listed ||
      disagreements.size() > max_listed) {
    out << " (first " << max_listed << " of each; --misses N shows more)";
  }
  out << "\n";
  size_t listed = 0;
  for (const FactOutcome& o : page.facts) {
    if (o.held || listed == max_listed) continue;
    ++listed;
    Miss(out, page, o);
  }
  listed = 0;
  for (const ExtraClaim& e : page.extras) {
    if (listed++ == max_listed) break;
    out << "  extra " << e.location << "  " << e.description;
    for (const std::string& rule : e.rules) out << " [" << rule << "]";
    if (!e.note.empty()) out << "  (" << e.note << ")";
    out << "\n";
  }
  for (size_t i = 0; i < disagreements.size() && i < max_listed; ++i) {
    out << disagreements[i] << "\n";
  }
}

}  // namespace

std::string FormatText(const Report& report, size_t max_listed) {
  std::ostringstream out;
  out << "twinmap eval: " << report.pages.size() << " pages, "
      << report.total.gold_facts << " gold facts, trace "
      << (report.has_trace ? "read" : "absent") << ", bounds "
      << (report.options.strict_bounds ? "strict" : "lenient")
      << ", provenance window " << report.options.provenance_window
      << " bytes\n\n";
  ScoreHeader(out, "page");
  for (const PageReport& page : report.pages)
    ScoreRow(out, page.source, page.tally);
  ScoreRow(out, "all", report.total);

  out << "\n";
  ScoreHeader(out, "property");
  for (const auto& [property, tally] : report.by_property)
    ScoreRow(out, property, tally);

  out << "\n"
      << Pad("rule", 36, true) << Pad("claims", 8, false)
      << Pad("correct", 9, false) << Pad("precision", 11, false)
      << Pad("held", 6, false) << Pad("provenance", 12, false) << "\n";
  for (const auto& [rule, tally] : report.by_rule) RuleRow(out, rule, tally);
  if (report.by_rule.empty()) out << "(no claim cites a scored page)\n";

  for (const PageReport& page : report.pages) ListPage(out, page, max_listed);
  return out.str();
}

}  // namespace twinmap::eval
