// Checks the curated YAML files in rules/aliases/ against the data this
// build produced: every alias points at an existing id, every curated
// entity's parent, successors and members exist, and each pre-2016 French
// region agrees with CLDR (its ISO letter code was retired in favour of the
// successor it names) and with INSEE (its member départements are exactly
// the ones now in that successor, shared with its sibling regions).
// The C++ loader repeats the id checks at load time; this one also sees the
// package data the loader never reads.
'use strict';

const fs = require('fs');
const path = require('path');
const yaml = require('js-yaml');

function loadCurated(dir) {
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort();
  return files.map((f) => ({file: path.join('rules/aliases', f),
                            doc: yaml.load(fs.readFileSync(path.join(dir, f), 'utf8')) || {}}));
}

function check(dir, ids, france) {
  const problems = [];
  const curated = loadCurated(dir);
  const curatedIds = new Set();
  for (const {doc} of curated) for (const e of doc.entities || []) curatedIds.add(e.id);
  const exists = (id) => ids.has(id) || curatedIds.has(id);
  const regionOfDep = new Map(france.departements.map((d) => [d.id, d.parent]));
  const regionByIso = new Map(france.regions.map((r) => [r.codes.iso3166_2, r.id]));
  const membersBySuccessor = new Map();

  for (const {file, doc} of curated) {
    (doc.aliases || []).forEach((g, i) => {
      if (!exists(g.id)) problems.push(`${file}: aliases[${i}]: unknown id ${g.id}`);
    });
    (doc.entities || []).forEach((e, i) => {
      const where = `${file}: entities[${i}] (${e.id})`;
      if (ids.has(e.id)) problems.push(`${where}: id already used by generated data`);
      if (e.parent && !exists(e.parent)) problems.push(`${where}: unknown parent ${e.parent}`);
      for (const s of e.successors || []) if (!exists(s)) problems.push(`${where}: unknown successor ${s}`);
      for (const m of e.members || []) if (!exists(m)) problems.push(`${where}: unknown member ${m}`);
      const iso = e.codes && e.codes.iso3166_2;
      if (e.type === 'region' && e.country === 'FR' && iso && e.valid_to) {
        const succIso = france.oldRegionSuccessors.get(iso);
        const succ = succIso && regionByIso.get(succIso);
        if (!succ) problems.push(`${where}: CLDR has no retired region code ${iso}`);
        else if (JSON.stringify(e.successors || []) !== JSON.stringify([succ])) {
          problems.push(`${where}: successors ${JSON.stringify(e.successors)}, CLDR says ${succ}`);
        }
        for (const m of e.members || []) {
          if (regionOfDep.get(m) !== succ) {
            problems.push(`${where}: member ${m} is now in ${regionOfDep.get(m)}, not ${succ}`);
          }
          if (!membersBySuccessor.has(succ)) membersBySuccessor.set(succ, new Set());
          membersBySuccessor.get(succ).add(m);
        }
      }
    });
  }
  for (const [succ, members] of membersBySuccessor) {
    for (const [dep, region] of regionOfDep) {
      if (region === succ && !members.has(dep)) {
        problems.push(`rules/aliases: ${dep} is in ${succ} but in none of its pre-2016 regions`);
      }
    }
  }
  return {problems, files: curated.length};
}

module.exports = {check};
