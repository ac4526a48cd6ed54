// PRC divisions and GeoNames: English exonyms of prefectures (GeoNames'
// admin2 names: "Lhasa Shi", "Hulunbuir Region") and, through the matching
// GeoNames city, French, Korean and Chinese names (Canton, Lhassa, 광저우).
'use strict';

const geonames = require('./geonames');
const pinyin = require('./pinyin');
const {ETHNIC} = require('./ethnic');
const {latinKey} = require('./model');

const SRC_GN = 'geonames';

const NATIONALITY_WORDS = new Set([
  ...ETHNIC.map(([, en]) => en), 'Mongolian', 'Kazak', 'Kirgiz', 'Uygur', 'Buyei', 'Jingpo', 'and',
]);

// "Lhasa Shi" -> "Lhasa"; "Golog Tibetan Autonomous Prefecture" -> "Golog";
// "Honghe Hanizu Yizu Zizhizhou" -> "Honghe".
function stripGeoNamesAdminWords(name) {
  const generic = new Set(['Shi', 'Diqu', 'Region', 'Prefecture', 'City', 'Meng', 'League',
                           'Zizhizhou', 'Zizhiqu', 'Sheng', 'Province', 'Autonomous',
                           'County']);
  const words = name.replace(/’/g, "'").replace(/^(Prefecture|City) of /, '').split(/\s+/);
  while (words.length > 1 && generic.has(words[words.length - 1])) words.pop();
  while (words.length > 1 && (/zu$/.test(words[words.length - 1]) ||
                              NATIONALITY_WORDS.has(words[words.length - 1]))) {
    words.pop();
  }
  return words.join(' ');
}

function editDistance(a, b) {
  let prev = Array.from({length: b.length + 1}, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[b.length];
}

// GeoNames: English exonyms of prefectures (its admin2 names: "Lhasa Shi",
// "Hulunbuir Region") and, through the matching city, fr/ko/zh names.
function attachGeoNames(entities, infoOf, gn) {
  const cnCities = gn.cities.filter((c) => c.country === 'CN');
  const byAdmin2 = new Map();
  for (const c of cnCities) {
    if (!byAdmin2.has(c.admin2)) byAdmin2.set(c.admin2, []);
    byAdmin2.get(c.admin2).push(c);
  }
  const admin2Names = new Map();
  for (const [k, v] of gn.admin2) {
    const m = /^CN\.\d+\.(\d{4})$/.exec(k);
    if (m) admin2Names.set(m[1], v);
  }
  const rank = (c) => ({PPLC: 0, PPLA: 1, PPLA2: 2, PPLA3: 3}[c.featureCode] ?? 4);
  // Higher levels first, and one GeoNames place per entity: the city
  // "Chengde" is 承德市, not also 承德县.
  const levelRank = {province: 0, prefecture: 1, county: 2};
  const ordered = [...entities].sort((a, b) =>
    levelRank[infoOf.get(a[0]).level] - levelRank[infoOf.get(b[0]).level] || (a[0] < b[0] ? -1 : 1));
  const usedIds = new Set();
  for (const [code, e] of ordered) {
    const info = infoOf.get(code);
    const py = pinyin.forms(pinyin.syllables(info.base));
    e.englishBase = py.joined;
    const level = info.level;
    let pool = [];
    const keys = new Set([latinKey(py.joined)]);
    if (level === 'province') {
      keys.add(latinKey(e.name));
      if (info.type === 'municipality') pool = cnCities;
    } else if (level === 'prefecture') {
      const adm2 = admin2Names.get(code.slice(0, 4));
      if (adm2) {
        const stripped = stripGeoNamesAdminWords(adm2);
        e.addAlias(adm2.replace(/’/g, "'"), 'en', 'geonames_admin', SRC_GN);
        const ks = latinKey(stripped);
        const kp = latinKey(py.joined);
        // A real exonym (Hohhot/Huhehaote, Hulunbuir/Hulunbei'er) differs by
        // more than a slip, or is also the name of the prefecture's city
        // (Lhasa/Lasa); GeoNames' "Lupanshui" for Liupanshui is neither.
        const cityNamed = (byAdmin2.get(code.slice(0, 4)) || []).some((c) => latinKey(c.name) === ks);
        if (!ks.startsWith(kp) && !kp.startsWith(ks) && (editDistance(ks, kp) >= 2 || cityNamed)) {
          e.englishBase = stripped;  // an exonym: Lhasa, Hohhot, Hulunbuir
          keys.add(latinKey(stripped));
        }
      }
      pool = byAdmin2.get(code.slice(0, 4)) || [];
    } else {
      pool = byAdmin2.get(code.slice(0, 4)) || [];
    }
    const hits = pool.filter((c) => keys.has(latinKey(c.name)) && !usedIds.has(c.cityId))
        .sort((a, b) => rank(a) - rank(b) || b.population - a.population);
    if (hits.length === 0) continue;
    // Several same-named places in one prefecture: only the seat is safe.
    if (level === 'county' && hits.length > 1 && rank(hits[0]) === rank(hits[1])) continue;
    const city = hits[0];
    usedIds.add(city.cityId);
    e.codes.geonames = String(city.cityId);
    const tr = geonames.translations(city.cityId);
    if (tr.fr) {
      if (!e.names.fr) e.setName('fr', tr.fr);
      else e.addAlias(tr.fr, 'fr', 'exonym', SRC_GN);
    }
    if (tr.ko) e.addAlias(tr.ko, 'ko', 'name', SRC_GN);
    for (const z of [tr.zh, tr.zh_CN]) if (z) e.addAlias(z, 'zh', 'name', SRC_GN);
    if (tr.en && latinKey(tr.en) !== latinKey(e.englishBase)) e.addAlias(tr.en, 'en', 'exonym', SRC_GN);
    if (level !== 'province' && city.population && !e.population) {
      // GeoNames' figure is for the urban place, not the division: keep it
      // out of `population` and let the resolver use it only as a ranking hint.
      e.codes.geonames_population = String(city.population);
    }
  }
}

module.exports = {attachGeoNames, stripGeoNamesAdminWords};
