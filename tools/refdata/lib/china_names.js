// Chinese division names: type from the name's suffix, the base name
// without it, and the suffix forms other languages use.
//
//   analyse('510100', '成都市')              -> {type: 'prefecture_city', base: '成都', ...}
//   analyse('532500', '红河哈尼族彝族自治州') -> {type: 'autonomous_prefecture', base: '红河',
//                                               groups: [哈尼, 彝], ...}
'use strict';

const {splitEthnic} = require('./ethnic');

// Rows: suffix, type, level, English suffix, pinyin suffix, Korean suffix.
// Longer suffixes first; `level` restricts where a suffix applies.
const SUFFIXES = [
  ['特别行政区', 'special_administrative_region', 'province', 'Special Administrative Region', 'Tebie Xingzhengqu', '특별행정구'],
  ['自治区', 'autonomous_region', 'province', 'Autonomous Region', 'Zizhiqu', '자치구'],
  ['省', 'province', 'province', 'Province', 'Sheng', '성'],
  ['市', 'municipality', 'province', 'Municipality', 'Shi', '시'],
  ['自治州', 'autonomous_prefecture', 'prefecture', 'Autonomous Prefecture', 'Zizhizhou', '자치주'],
  ['地区', 'prefecture', 'prefecture', 'Prefecture', 'Diqu', '지구'],
  ['盟', 'league', 'prefecture', 'League', 'Meng', '맹'],
  ['市', 'prefecture_city', 'prefecture', 'City', 'Shi', '시'],
  ['自治县', 'autonomous_county', 'county', 'Autonomous County', 'Zizhixian', '자치현'],
  ['自治旗', 'autonomous_banner', 'county', 'Autonomous Banner', 'Zizhiqi', '자치기'],
  ['特区', 'special_district', 'county', 'Special District', 'Tequ', '특구'],
  ['林区', 'forestry_district', 'county', 'Forestry District', 'Linqu', '임구'],
  ['旗', 'banner', 'county', 'Banner', 'Qi', '기'],
  ['县', 'county', 'county', 'County', 'Xian', '현'],
  ['市', 'county_city', 'county', 'City', 'Shi', '시'],
  ['区', 'district', 'county', 'District', 'Qu', '구'],
];

// Rows of the source data that group children rather than name a division.
const PLACEHOLDERS = new Set(['市辖区', '县', '省直辖县级行政区划', '自治区直辖县级行政区划']);

function levelOf(code) {
  if (code.endsWith('0000')) return 'province';
  if (code.endsWith('00')) return 'prefecture';
  return 'county';
}

// Statistical codes ending 71-79 (not the 81-99 county-level cities) name
// development zones and management areas rather than divisions.
function isZone(code, name) {
  const n = Number(code.slice(4));
  return n >= 71 && n <= 79 && !/(县|市|旗)$/.test(name);
}

function analyse(code, name) {
  const level = levelOf(code);
  if (PLACEHOLDERS.has(name)) return null;
  if (level === 'county' && isZone(code, name)) {
    return {type: 'zone', level, base: name, suffix: '', groups: [], en: 'Zone', py: '', ko: ''};
  }
  for (const [suffix, type, lvl, en, py, ko] of SUFFIXES) {
    if (lvl !== level || !name.endsWith(suffix)) continue;
    let stem = name.slice(0, name.length - suffix.length);
    let groups = [];
    if (suffix.startsWith('自治')) {
      const split = splitEthnic(stem);
      stem = split.base;
      groups = split.groups;
    }
    // A one-character stem (歙县, 矿区) is not used alone: keep the full name.
    const base = [...stem].length >= 2 ? stem : name;
    return {type, level, base, suffix: base === name ? '' : suffix, groups, en, py, ko,
            stemOnly: stem};
  }
  return {type: level === 'county' ? 'county_level_area' : level, level, base: name, suffix: '',
          groups: [], en: '', py: '', ko: ''};
}

// "Hani and Yi", "Lahu, Va, Blang and Dai".
function ethnicEnglish(groups) {
  const names = groups.map((g) => g.en);
  if (names.length <= 1) return names.join('');
  return names.slice(0, -1).join(', ') + ' and ' + names[names.length - 1];
}

module.exports = {analyse, levelOf, ethnicEnglish, PLACEHOLDERS, SUFFIXES};
