// Pinyin of Chinese place names: pinyin-pro plus a short override list
// (pinyin_overrides.tsv) for polyphonic characters it reads the common way.
//
//   syllables('西安')  -> [{plain: 'xi', toned: 'xī'}, {plain: 'an', toned: 'ān'}]
//   joined(sylls)      -> "Xi'an"   (apostrophe before a, o, e after the first syllable)
//   forms(sylls)       -> {joined: "Xi'an", plain: "Xian", spaced: "Xi An", toned: "Xī'ān"}
'use strict';

const fs = require('fs');
const path = require('path');
const {pinyin} = require('pinyin-pro');

const OVERRIDE_FILE = path.join(__dirname, '..', 'pinyin_overrides.tsv');

const TONE_MARKS = {
  a: 'āáǎà', e: 'ēéěè', i: 'īíǐì', o: 'ōóǒò', u: 'ūúǔù', ü: 'ǖǘǚǜ',
};

// "xian4" -> "xiàn" (tone mark on a/e, on o of "ou", else on the last vowel).
function numberedToToned(s) {
  const m = /^([a-zü]+)([1-5])$/.exec(s.replace(/v/g, 'ü'));
  if (!m) throw new Error(`bad numbered pinyin "${s}"`);
  const [, body, toneStr] = m;
  const tone = Number(toneStr);
  if (tone === 5) return body;
  let idx = body.search(/[ae]/);
  if (idx < 0) idx = body.indexOf('ou');
  if (idx < 0) {
    for (let i = body.length - 1; i >= 0; i--) {
      if ('iouü'.includes(body[i])) { idx = i; break; }
    }
  }
  const v = body[idx];
  return body.slice(0, idx) + TONE_MARKS[v][tone - 1] + body.slice(idx + 1);
}

function loadOverrides() {
  const out = new Map();
  fs.readFileSync(OVERRIDE_FILE, 'utf8').split('\n').forEach((line, i) => {
    if (line === '' || line.startsWith('#')) return;
    const [han, py, source] = line.split('\t');
    const sylls = (py || '').split(' ');
    if (!source || [...han].length !== sylls.length) {
      throw new Error(`${OVERRIDE_FILE}:${i + 1}: expected "chinese<TAB>one syllable per character<TAB>source"`);
    }
    out.set(han, sylls.map((s) => ({plain: s.replace(/[0-9]/g, '').replace(/v/g, 'ü'),
                                    toned: numberedToToned(s)})));
  });
  return out;
}

let overrides = null;

function syllables(han) {
  if (overrides === null) overrides = loadOverrides();
  const chars = [...han];
  const opts = {type: 'array', toneSandhi: false};
  const plain = pinyin(han, {...opts, toneType: 'none'});
  const toned = pinyin(han, {...opts, toneType: 'symbol'});
  const out = chars.map((c, i) => ({plain: plain[i], toned: toned[i]}));
  // Apply overrides longest first so "六安" wins over a shorter entry.
  const keys = [...overrides.keys()].sort((a, b) => b.length - a.length);
  const fixed = new Array(chars.length).fill(false);
  for (const key of keys) {
    const k = [...key];
    for (let i = 0; i + k.length <= chars.length; i++) {
      if (chars.slice(i, i + k.length).join('') !== key) continue;
      if (fixed.slice(i, i + k.length).some(Boolean)) continue;
      overrides.get(key).forEach((s, j) => { out[i + j] = s; fixed[i + j] = true; });
    }
  }
  for (const s of out) {
    if (!/^[a-zü]+$/.test(s.plain)) throw new Error(`no pinyin for a character of "${han}"`);
  }
  return out;
}

function capitalize(s) { return s.charAt(0).toUpperCase() + s.slice(1); }

function join(parts) {
  let out = '';
  parts.forEach((p, i) => {
    const bare = p.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
    if (i > 0 && /^[aoe]/.test(bare)) out += "'";
    out += p;
  });
  return capitalize(out);
}

// ü is written u in English forms except after n and l (Lüliang -> Lvliang is
// not used; "Lyuliang" and "Luliang" both appear), so give both.
function asciiU(s) { return s.replace(/ü/g, 'u'); }

function forms(sylls) {
  const plain = sylls.map((s) => s.plain);
  return {
    joined: asciiU(join(plain)),
    plain: asciiU(capitalize(plain.join(''))),
    spaced: asciiU(plain.map(capitalize).join(' ')),
    toned: join(sylls.map((s) => s.toned)),
    umlaut: plain.some((p) => p.includes('ü')) ? join(plain) : '',
  };
}

module.exports = {syllables, forms, join, capitalize, numberedToToned, OVERRIDE_FILE};
