// `twinmap resolve NAME...`: how a name resolves against the reference data,
// with candidates, scores and evidence (the rule writer's view of resolve/).
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "cli/commands.h"
#include "refdata/refdata.h"
#include "resolve/resolve.h"

namespace twinmap::cli {
namespace {

struct ResolveArgs {
  std::vector<std::string> names;
  std::string rules = "rules";
  std::string types, country, within, phone, lang;
};

std::vector<std::string> SplitComma(const std::string& s) {
  std::vector<std::string> out;
  std::stringstream in(s);
  std::string item;
  while (std::getline(in, item, ',')) {
    if (!item.empty()) out.push_back(item);
  }
  return out;
}

int RunResolve(const ResolveArgs& args) {
  DiagnosticSink sink([](const Diagnostic& d) { std::cerr << d.ToString() << "\n"; });
  auto gazetteer = refdata::Gazetteer::Load(args.rules, &sink);
  if (!gazetteer.ok()) {
    std::cerr << "twinmap resolve: " << gazetteer.status().message() << "\n";
    return 1;
  }
  const resolve::NameIndex index = resolve::NameIndex::Build(*gazetteer);
  const resolve::Resolver resolver(index);
  resolve::Context ctx;
  ctx.types = SplitComma(args.types);
  ctx.country = args.country;
  ctx.within = args.within;
  ctx.phone_area_code = args.phone;
  ctx.lang = args.lang;
  int exit_code = 0;
  for (const std::string& name : args.names) {
    resolve::Resolution r = resolver.Resolve(name, ctx);
    nlohmann::ordered_json j;
    j["surface"] = r.surface;
    j["key"] = r.key;
    j["chosen"] = r.resolved() ? nlohmann::ordered_json(r.id()) : nlohmann::ordered_json(nullptr);
    nlohmann::ordered_json candidates = nlohmann::ordered_json::array();
    for (const auto& c : r.candidates) {
      candidates.push_back({{"id", c.entity->id}, {"type", c.entity->type},
                            {"name", c.entity->name}, {"score", c.score}, {"match", c.match}});
    }
    j["candidates"] = candidates;
    j["evidence"] = r.evidence;
    std::cout << j.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace) << "\n";
    if (!r.resolved()) exit_code = 1;
  }
  return exit_code;
}

}  // namespace

void RegisterResolve(CLI::App& app, int* exit_code) {
  auto args = std::make_shared<ResolveArgs>();
  CLI::App* cmd = app.add_subcommand("resolve", "Resolve names against the reference data, with evidence");
  cmd->add_option("names", args->names, "Names as a page writes them")->required();
  cmd->add_option("--rules", args->rules, "Rules directory (reference data)")->capture_default_str();
  cmd->add_option("--types", args->types, "Allowed types, most preferred first, comma-separated");
  cmd->add_option("--country", args->country, "ISO 3166-1 alpha-2 the entity must lie in");
  cmd->add_option("--within", args->within, "Entity id the result must lie within");
  cmd->add_option("--phone", args->phone, "PRC telephone area code of the record");
  cmd->add_option("--lang", args->lang, "Page language");
  cmd->callback([args, exit_code] { *exit_code = RunResolve(*args); });
}

}  // namespace twinmap::cli
