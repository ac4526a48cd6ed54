// `twinmap value [--lang fr] [--type T] [--year N] [--region CN] [TEXT]`:
// how the values stage reads a piece of text — the rule writer's debugger.
//   with TEXT:    one JSON line per value found in it (with --type: the text
//                 read as exactly one value of that type, or exit 1);
//   without TEXT: reads lines from stdin and prints one JSON line per input
//                 line, {"input": ..., "values": [...]} (plus "error" when
//                 --type was given and the line is not one such value).
// Exit 0; 1 when --type was given and some input is not such a value, or
// the built-in language data failed to load.
#include <iostream>
#include <memory>
#include <string>

#include <nlohmann/json.hpp>

#include "cli/commands.h"
#include "values/values.h"

namespace twinmap::cli {
namespace {

struct ValueArgs {
  std::string text;
  std::string lang;
  std::string type;
  int year = 0;
  std::string region = "CN";
  double scale = 1;
  std::string unit;
  std::string bound = "exact";
};

// Values of one input, or the parse error when a type was asked for.
struct Reading {
  std::vector<values::Value> found;
  std::string error;
};

Reading Read(const std::string& text, const ValueArgs& args,
             const values::Context& ctx, bool typed, values::ValueType type) {
  Reading r;
  if (!typed) {
    r.found = values::Scan(text, ctx);
    return r;
  }
  Result<values::Value> v = values::Parse(text, type, ctx);
  if (v.ok()) {
    r.found.push_back(*v);
  } else {
    r.error = v.status().message();
  }
  return r;
}

nlohmann::ordered_json ValueJson(const values::Value& v, const std::string& text) {
  return nlohmann::ordered_json::parse(values::ToJson(v, text));
}

int RunValue(const ValueArgs& args, bool has_text) {
  Status data = values::CheckLanguageData();
  if (!data.ok()) {
    std::cerr << "twinmap value: built-in language data: " << data.message() << "\n";
    return 1;
  }
  values::Context ctx;
  ctx.lang = args.lang;
  ctx.reference_year = args.year;
  ctx.region = args.region;
  ctx.default_scale = args.scale;
  ctx.default_unit = args.unit;
  Result<values::Bound> bound = values::BoundFromName(args.bound);
  if (!bound.ok()) {
    std::cerr << "twinmap value: --bound: " << bound.status().message() << "\n";
    return 2;
  }
  ctx.default_bound = *bound;
  bool typed = !args.type.empty();
  values::ValueType type = values::ValueType::kNumber;
  if (typed) {
    Result<values::ValueType> t = values::TypeFromName(args.type);
    if (!t.ok()) {
      std::cerr << "twinmap value: --type: " << t.status().message() << "\n";
      return 2;
    }
    type = *t;
  }
  const auto dump = [](const nlohmann::ordered_json& j) {
    return j.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
  };
  int exit_code = 0;
  if (has_text) {
    Reading r = Read(args.text, args, ctx, typed, type);
    if (!r.error.empty()) {
      std::cerr << "twinmap value: " << r.error << "\n";
      return 1;
    }
    for (const values::Value& v : r.found) std::cout << values::ToJson(v, args.text) << "\n";
    return 0;
  }
  std::string line;
  while (std::getline(std::cin, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    Reading r = Read(line, args, ctx, typed, type);
    nlohmann::ordered_json out;
    out["input"] = line;
    out["values"] = nlohmann::ordered_json::array();
    for (const values::Value& v : r.found) out["values"].push_back(ValueJson(v, line));
    if (!r.error.empty()) {
      out["error"] = r.error;
      exit_code = 1;
    }
    std::cout << dump(out) << "\n";
  }
  std::cout.flush();
  return exit_code;
}

}  // namespace

void RegisterValue(CLI::App& app, int* exit_code) {
  auto args = std::make_shared<ValueArgs>();
  CLI::App* cmd = app.add_subcommand(
      "value", "Show how the values stage reads text (numbers, dates, phones...) as JSON");
  auto* text = cmd->add_option("text", args->text,
                               "Text to read; without it, read lines from stdin");
  cmd->add_option("--lang", args->lang, "fr, en, ko or zh; default: all four");
  cmd->add_option("--type", args->type,
                  "Read the text as exactly one value of this type: number, quantity, "
                  "percent, ratio, money, date, date_range, phone, url, email, address");
  cmd->add_option("--year", args->year, "Year for dates that give none (\"June 22\")");
  cmd->add_option("--region", args->region, "Default phone region")->capture_default_str();
  cmd->add_option("--scale", args->scale,
                  "Multiply numbers that have no scale word (a column \"en millions\": 1e6)");
  cmd->add_option("--unit", args->unit, "Unit for numbers that have none (persons, km2, CNY)");
  cmd->add_option("--bound", args->bound,
                  "Bound for numbers read with --scale or --unit (exact, approx, lower, upper)")
      ->capture_default_str();
  cmd->callback([args, text, exit_code]() {
    *exit_code = RunValue(*args, text->count() > 0);
  });
}

}  // namespace twinmap::cli
