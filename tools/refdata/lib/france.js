// France from @etalab/decoupage-administratif (INSEE codes, SIREN): current
// regions, départements, communes (with communes déléguées and associées and
// the municipal arrondissements of Paris, Lyon and Marseille) and
// intercommunalities, with English, Korean and Chinese names from CLDR and
// GeoNames. The pre-2016 regions are curated (rules/aliases/), since no
// package names them; CLDR gives their ISO codes and successors, which the
// build checks the curated file against.
'use strict';

const cldr = require('./cldr');
const geonames = require('./geonames');
const {Entity, latinKey} = require('./model');

const SRC = 'etalab';  // @etalab/decoupage-administratif, see rules/refdata/README.md
const DATA = '@etalab/decoupage-administratif/data';

function load(name) { return require(`${DATA}/${name}.json`); }

function setCldrNames(e, key, sub) {
  for (const lang of ['en', 'fr', 'ko', 'zh']) {
    const v = sub[lang].get(key);
    if (!v) continue;
    if (!e.names[lang]) e.setName(lang, v);
    else e.addAlias(v, lang, 'name', 'cldr');
  }
}

// Region INSEE code -> ISO 3166-2 letters, through the départements: iso-codes
// gives each département's parent region (FR-01 -> ARA).
function regionIsoCodes(deps) {
  const iso = require('/usr/share/iso-codes/json/iso_3166-2.json')['3166-2'];
  const parentOfDep = new Map(iso.filter((s) => s.code.startsWith('FR-') && s.parent)
      .map((s) => [s.code.slice(3), s.parent]));
  const out = new Map();
  for (const d of deps) {
    const p = parentOfDep.get(d.code);
    if (p && !out.has(d.region)) out.set(d.region, `FR-${p}`);
  }
  return {regionIso: out, isoNames: new Map(iso.filter((s) => s.code.startsWith('FR-'))
      .map((s) => [s.code, s.name]))};
}

// CLDR's deprecated letter codes of the 1982-2015 regions: FR-S -> FR-HDF.
function oldRegionSuccessors() {
  const out = new Map();
  for (const [k, v] of cldr.subdivisionAliases()) {
    if (/^fr[a-v]$/.test(k) && /^fr[a-z]{3}$/.test(v.replacement)) {
      out.set(`FR-${k.slice(2).toUpperCase()}`, `FR-${v.replacement.slice(2).toUpperCase()}`);
    }
  }
  return out;
}

function build() {
  const sub = {};
  for (const lang of ['en', 'fr', 'ko', 'zh']) sub[lang] = cldr.subdivisionNames(lang);
  const regions = load('regions');
  const deps = load('departements');
  const {regionIso, isoNames} = regionIsoCodes(deps);
  const successors = oldRegionSuccessors();
  const mergedInto = new Map();  // ISO of a 2016 region -> count of predecessors
  for (const s of successors.values()) mergedInto.set(s, (mergedInto.get(s) || 0) + 1);

  const out = {regions: [], departements: [], communes: [], epci: []};
  const regionIds = new Set();
  for (const r of regions) {
    if (r.code.length > 2) continue;  // collectivités d'outre-mer: kept as départements
    const e = new Entity(`fr:region:${r.code}`, 'region', SRC);
    e.country = 'FR';
    e.setName('fr', r.nom);
    e.codes.insee_region = r.code;
    const iso = regionIso.get(r.code);
    if (iso) {
      e.codes.iso3166_2 = iso;
      setCldrNames(e, iso.replace('-', '').toLowerCase(), sub);
      if (isoNames.has(iso)) e.addAlias(isoNames.get(iso), 'fr', 'iso3166_2', 'iso-codes');
      // A region formed by merging two or three (CLDR lists its predecessors)
      // exists since 1 January 2016 (loi n° 2015-29).
      if ((mergedInto.get(iso) || 0) >= 2) e.validFrom = '2016-01-01';
    }
    e.name = e.names.en || r.nom;
    out.regions.push(e);
    regionIds.add(e.id);
  }

  for (const d of deps) {
    const overseasCollectivity = d.code.length === 3 && !regionIds.has(`fr:region:${d.region}`);
    const e = new Entity(`fr:dep:${d.code}`,
                         overseasCollectivity ? 'overseas_collectivity' : 'departement', SRC);
    e.country = 'FR';
    e.setName('fr', d.nom);
    e.codes.insee_dep = d.code;
    if (!overseasCollectivity) e.parent = `fr:region:${d.region}`;
    const iso = `FR-${d.code}`;
    if (isoNames.has(iso)) e.codes.iso3166_2 = iso;
    setCldrNames(e, `fr${d.code.toLowerCase()}`, sub);
    e.name = e.names.en || d.nom;
    out.departements.push(e);
  }

  // GeoNames cities carry the INSEE code of their commune (muniSub).
  const gnByInsee = new Map();
  for (const c of geonames.load().cities) {
    if (c.country !== 'FR' || !/^[0-9AB]{5}$/.test(c.muniSub || '')) continue;
    const prev = gnByInsee.get(c.muniSub);
    if (!prev || c.population > prev.population) gnByInsee.set(c.muniSub, c);
  }

  const communes = load('communes');
  // Without muniSub (Paris), a place whose name is that of exactly one
  // commune of its region (GeoNames' French admin1 codes are INSEE region
  // codes) is that commune.
  const byNameRegion = new Map();
  for (const c of communes.filter((x) => x.type === 'commune-actuelle')) {
    const k = `${latinKey(c.nom)}|${c.region}`;
    byNameRegion.set(k, byNameRegion.has(k) ? null : c.code);
  }
  for (const c of geonames.load().cities) {
    if (c.country !== 'FR' || c.muniSub) continue;
    const code = byNameRegion.get(`${latinKey(c.name)}|${c.adminCode}`);
    if (!code) continue;
    const prev = gnByInsee.get(code);
    if (!prev || c.population > prev.population) gnByInsee.set(code, c);
  }
  const current = new Map();
  for (const c of communes.filter((x) => x.type === 'commune-actuelle')) {
    const e = new Entity(`fr:commune:${c.code}`, 'commune', SRC);
    e.country = 'FR';
    e.name = c.nom;
    e.setName('fr', c.nom);
    e.parent = `fr:dep:${c.departement}`;
    e.codes.insee = c.code;
    if (c.codesPostaux && c.codesPostaux.length) e.codes.postal = c.codesPostaux.join(',');
    if (c.population !== undefined) e.population = String(c.population);
    for (const old of c.anciensCodes || []) e.addFormerCode('insee', old, '', '', SRC);
    const gn = gnByInsee.get(c.code);
    // Only a GeoNames place of the same name: after a merger the INSEE code
    // can point at the old town (Cherbourg-Octeville in Cherbourg-en-Cotentin).
    if (gn && latinKey(gn.name) === latinKey(c.nom)) {
      e.codes.geonames = String(gn.cityId);
      const tr = geonames.translations(gn.cityId);
      if (tr.en && latinKey(tr.en) !== latinKey(c.nom)) e.addAlias(tr.en, 'en', 'exonym', 'geonames');
      if (tr.fr && tr.fr !== c.nom) e.addAlias(tr.fr, 'fr', 'name', 'geonames');
      if (tr.ko) e.setName('ko', tr.ko);
      if (tr.zh_CN || tr.zh) e.setName('zh', tr.zh_CN || tr.zh);
      if (tr.zh && tr.zh_CN && tr.zh !== tr.zh_CN) e.addAlias(tr.zh, 'zh', 'name', 'geonames');
    }
    current.set(c.code, e);
    out.communes.push(e);
  }
  const used = new Set(current.keys());
  for (const c of communes.filter((x) => x.type !== 'commune-actuelle')) {
    const parentCode = c.chefLieu || c.commune;
    const parent = current.get(parentCode);
    if (!parent) throw new Error(`commune ${c.code} ${c.nom}: no current commune ${parentCode}`);
    if (used.has(c.code)) {
      // A commune déléguée sharing its code with the new commune: its name
      // is a former name of that commune.
      if (c.nom !== parent.name) parent.addAlias(c.nom, 'fr', 'former_name', SRC);
      continue;
    }
    used.add(c.code);
    const type = {'commune-deleguee': 'commune_deleguee', 'commune-associee': 'commune_associee',
                  'arrondissement-municipal': 'municipal_arrondissement'}[c.type];
    if (!type) throw new Error(`commune ${c.code}: unknown type ${c.type}`);
    const e = new Entity(`fr:commune:${c.code}`, type, SRC);
    e.country = 'FR';
    e.name = c.nom;
    e.setName('fr', c.nom);
    e.parent = parent.id;
    e.codes.insee = c.code;
    if (c.population !== undefined) e.population = String(c.population);
    out.communes.push(e);
  }

  const depOfCommune = new Map(communes.filter((x) => x.type === 'commune-actuelle')
      .map((c) => [c.code, c.departement]));
  for (const x of [...load('epci'), ...load('ept')]) out.epci.push(epciEntity(x, depOfCommune));
  return {...out, oldRegionSuccessors: successors, regionIso};
}

const EPCI_KIND = {
  CC: ['Communauté de communes', 'C.C.'],
  CA: ["Communauté d'agglomération", 'C.A.'],
  CU: ['Communauté urbaine', 'C.U.'],
  METRO: ['Métropole', ''],
  MET69: ['Métropole', ''],
  EPT: ['Établissement public territorial', 'EPT'],
};

function epciEntity(x, depOfCommune) {
  const e = new Entity(`fr:epci:${x.code}`, 'intercommunality', SRC);
  e.country = 'FR';
  e.name = x.nom;
  e.setName('fr', x.nom);
  e.codes.siren = x.code;
  e.codes.epci_kind = x.type;
  if (x.populationTotale) e.population = String(x.populationTotale);
  // Département: that of the most populous member commune.
  let best = null;
  for (const m of x.membres || []) {
    if (!best || (m.populationTotale || 0) > (best.populationTotale || 0)) best = m;
  }
  const dep = best && depOfCommune.get(best.code);
  if (dep) {
    e.parent = `fr:dep:${dep}`;
    e.codes.dep = dep;
  }
  // Spell out and abbreviate the kind: "CA de La Rochelle" ->
  // "Communauté d'agglomération de La Rochelle", "C.A. de La Rochelle".
  const [long, dotted] = EPCI_KIND[x.type] || ['', ''];
  const m = /^(CC|CA|CU|EPT)\s+(.*)$/.exec(x.nom);
  if (m) {
    const rest = m[2];
    e.addAlias(`${long} ${rest}`, 'fr', 'expanded', 'generated');
    if (dotted) e.addAlias(`${dotted} ${rest}`, 'fr', 'abbreviation', 'generated');
  }
  return e;
}

module.exports = {build, SOURCES: [SRC]};
