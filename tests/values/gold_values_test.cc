// Every value the gold facts of the five corpus pages hold (population,
// area, GDP, budget, rates, dates, phones, websites) must be read from its
// evidence string, and from the whole page at the evidence, with the right
// type, number (within 0.5%, as the scorer allows), unit and bound.
//
// The context is what a rule on each page knows: the page's language
// (000 and 004 French, 001 and 003 English, 002 mixed); on page 000 the
// population column is headed "Population en millions", so its bare numbers
// are read with scale 1e6, unit persons and bound approx; page 003's news
// items are dated 2010, the year of its "June 23".
#include <catch2/catch.hpp>

#include <cmath>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "values/values.h"

namespace twinmap {
namespace values {
namespace {

struct GoldValue {
  std::string source, property, evidence, subject;
  nlohmann::json value;
  std::string bound = "exact";
};

std::string ReadFile(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

const char* const kProperties[] = {"population", "area_km2",          "gdp",
                                   "gdp_per_capita", "budget",        "urbanization_rate",
                                   "date",        "end_date",           "phone",
                                   "website"};

std::vector<GoldValue> LoadGold() {
  std::vector<GoldValue> out;
  for (const auto& entry : std::filesystem::directory_iterator(TWINMAP_GOLD_DIR)) {
    if (entry.path().extension() != ".jsonl") continue;
    std::ifstream in(entry.path());
    std::string line;
    while (std::getline(in, line)) {
      if (line.empty()) continue;
      nlohmann::json j = nlohmann::json::parse(line);
      if (j.value("kind", "") != "attribute") continue;
      std::string property = j.value("property", "");
      bool wanted = false;
      for (const char* p : kProperties) wanted = wanted || property == p;
      if (!wanted) continue;
      GoldValue g;
      g.source = j.value("source", "");
      g.property = property;
      g.evidence = j.value("evidence", "");
      g.subject = j["subject"].value("name", "");
      g.value = j["value"];
      g.bound = j.value("bound", "exact");
      out.push_back(g);
    }
  }
  return out;
}

Context ContextFor(const GoldValue& g) {
  Context ctx;
  std::string page = g.source.substr(0, 3);
  ctx.lang = (page == "000" || page == "004") ? "fr"
             : (page == "001" || page == "003") ? "en"
                                                : "";
  ctx.region = "CN";
  if (page == "000" && g.property == "population") {
    ctx.default_scale = 1e6;
    ctx.default_unit = "persons";
    ctx.default_bound = Bound::kApprox;
  }
  if (page == "003") ctx.reference_year = 2010;
  return ctx;
}

bool Near(double got, double want) {
  return std::fabs(got - want) <= 0.005 * std::fabs(want);
}

// Whether `v` is the gold value.
bool Matches(const GoldValue& g, const Value& v) {
  const std::string& p = g.property;
  auto numeric = [&](std::initializer_list<ValueType> types, const char* unit) {
    bool type_ok = false;
    for (ValueType t : types) type_ok = type_ok || v.type == t;
    return type_ok && (!*unit || v.unit == unit) && g.value.is_number() &&
           Near(v.number, g.value.get<double>()) && BoundName(v.bound) == g.bound;
  };
  if (p == "population") {
    return numeric({ValueType::kNumber, ValueType::kQuantity}, "") &&
           (v.type == ValueType::kNumber || v.unit == "persons");
  }
  if (p == "area_km2") return numeric({ValueType::kQuantity}, "km2");
  if (p == "gdp" || p == "budget") return numeric({ValueType::kMoney}, "CNY");
  if (p == "gdp_per_capita") return numeric({ValueType::kMoney}, "USD");
  if (p == "urbanization_rate") return numeric({ValueType::kPercent}, "percent");
  std::string want = g.value.is_string() ? g.value.get<std::string>() : g.value.dump();
  if (p == "date") {
    return (v.type == ValueType::kDate || v.type == ValueType::kDateRange) && v.date == want;
  }
  if (p == "end_date") return v.type == ValueType::kDateRange && v.date_end == want;
  if (p == "phone") return v.type == ValueType::kPhone && v.text == want;
  if (p == "website") return v.type == ValueType::kUrl && v.text == want;
  return false;
}

std::string Describe(const std::vector<Value>& found, std::string_view text) {
  std::string s;
  for (const Value& v : found) s += ToJson(v, text) + "\n";
  return s;
}

TEST_CASE("gold: the value facts of the corpus pages are all in the gold") {
  // Guards the test below against reading nothing.
  std::vector<GoldValue> gold = LoadGold();
  std::map<std::string, int> per_property;
  for (const GoldValue& g : gold) ++per_property[g.property];
  CHECK(per_property["population"] >= 80);
  CHECK(per_property["website"] >= 60);
  CHECK(per_property["phone"] == 15);
  CHECK(per_property["area_km2"] == 6);
  CHECK(per_property["date"] >= 15);
}

TEST_CASE("gold: each value reads from its evidence") {
  for (const GoldValue& g : LoadGold()) {
    INFO(g.source << " " << g.subject << " " << g.property << " = " << g.value.dump()
                  << " (" << g.bound << ")\nevidence: " << g.evidence);
    std::vector<Value> found = Scan(g.evidence, ContextFor(g));
    INFO("found:\n" << Describe(found, g.evidence));
    bool ok = false;
    for (const Value& v : found) ok = ok || Matches(g, v);
    CHECK(ok);
  }
}

TEST_CASE("gold: each value reads from the whole page at its evidence") {
  std::map<std::string, std::string> pages;
  std::map<std::pair<std::string, std::string>, std::vector<Value>> scans;
  for (const GoldValue& g : LoadGold()) {
    INFO(g.source << " " << g.subject << " " << g.property << " = " << g.value.dump()
                  << "\nevidence: " << g.evidence);
    if (!pages.count(g.source)) {
      pages[g.source] = ReadFile(std::filesystem::path(TWINMAP_CORPUS_DIR) / g.source);
    }
    const std::string& page = pages[g.source];
    Context ctx = ContextFor(g);
    auto key = std::make_pair(g.source, ctx.default_unit);
    if (!scans.count(key)) scans[key] = Scan(page, ctx);
    const std::vector<Value>& found = scans[key];
    // The value must overlap one occurrence of the evidence.
    bool evidence_seen = false, ok = false;
    for (size_t at = page.find(g.evidence); at != std::string::npos;
         at = page.find(g.evidence, at + 1)) {
      evidence_seen = true;
      Span ev{at, at + g.evidence.size()};
      for (const Value& v : found) {
        bool overlaps = v.span.begin < ev.end && ev.begin < v.span.end;
        ok = ok || (overlaps && Matches(g, v));
      }
    }
    REQUIRE(evidence_seen);
    CHECK(ok);
  }
}

}  // namespace
}  // namespace values
}  // namespace twinmap
