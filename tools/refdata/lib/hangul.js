// Korean forms of Chinese names, two ways:
//  - modern transcription of Mandarin (외래어 표기법, Chinese table of 1986):
//    pinyin syllables -> Hangul, e.g. [bei, jing] -> 베이징, [shan, dong] -> 산둥;
//  - Sino-Korean reading of the characters (used in older texts): 北京 -> 북경,
//    吉林 -> 길림, from libhangul's hanja.txt after a simplified -> traditional
//    pass with CLDR's Simplified-Traditional rules.
'use strict';

const fs = require('fs');
const cldr = require('./cldr');

const HANJA_FILE = '/usr/share/libhangul/hanja/hanja.txt';

// Choseong indices.
const CHO = {g: 0, kk: 1, n: 2, d: 3, l: 5, m: 6, b: 7, s: 9, ss: 10, zero: 11, j: 12, jj: 13,
  ch: 14, k: 15, t: 16, p: 17, h: 18};
// Jungseong indices.
const V = {a: 0, ya: 2, eo: 4, e: 5, ye: 7, o: 8, wa: 9, u: 13, wo: 14, we: 15, wi: 16, yu: 17,
  eu: 18, i: 20};
// Jongseong indices.
const J = {none: 0, n: 4, l: 8, ng: 21};

const PINYIN_INITIAL = {
  b: CHO.b, p: CHO.p, m: CHO.m, f: CHO.p, d: CHO.d, t: CHO.t, n: CHO.n, l: CHO.l, g: CHO.g,
  k: CHO.k, h: CHO.h, j: CHO.j, q: CHO.ch, x: CHO.s, zh: CHO.j, ch: CHO.ch, sh: CHO.s, r: CHO.l,
  z: CHO.jj, c: CHO.ch, s: CHO.ss,
};

// Each final is a list of syllables [vowel, coda]; the first takes the initial.
const FINAL = {
  a: [[V.a, J.none]], o: [[V.o, J.none]], e: [[V.eo, J.none]],
  ai: [[V.a, J.none], [V.i, J.none]], ei: [[V.e, J.none], [V.i, J.none]],
  ao: [[V.a, J.none], [V.o, J.none]], ou: [[V.eo, J.none], [V.u, J.none]],
  an: [[V.a, J.n]], en: [[V.eo, J.n]], ang: [[V.a, J.ng]], eng: [[V.eo, J.ng]],
  er: [[V.eo, J.l]], ong: [[V.u, J.ng]],
  i: [[V.i, J.none]], ia: [[V.ya, J.none]], ie: [[V.ye, J.none]],
  iao: [[V.ya, J.none], [V.o, J.none]], iu: [[V.yu, J.none]], ian: [[V.ye, J.n]],
  in: [[V.i, J.n]], iang: [[V.ya, J.ng]], ing: [[V.i, J.ng]], iong: [[V.yu, J.ng]],
  u: [[V.u, J.none]], ua: [[V.wa, J.none]], uo: [[V.wo, J.none]],
  uai: [[V.wa, J.none], [V.i, J.none]], ui: [[V.u, J.none], [V.i, J.none]],
  uan: [[V.wa, J.n]], un: [[V.u, J.n]], uang: [[V.wa, J.ng]],
  ü: [[V.wi, J.none]], üe: [[V.we, J.none]], üan: [[V.wi, J.none], [V.a, J.n]],
  ün: [[V.wi, J.n]],
};

// Syllables written with y/w: their final in the table above, or a special form.
const ZERO_INITIAL = {
  yi: 'i', ya: 'ia', ye: 'ie', yao: 'iao', you: 'iu', yan: 'ian', yin: 'in', yang: 'iang',
  ying: 'ing', yong: 'iong', yu: 'ü', yue: 'üe', yuan: 'üan', yun: 'ün', yo: 'o',
  wu: 'u', wa: 'ua', wo: 'uo', wai: 'uai', wan: 'uan', wang: 'uang',
};
const ZERO_SPECIAL = {
  wei: [[V.we, J.none], [V.i, J.none]], wen: [[V.wo, J.n]], weng: [[V.wo, J.ng]],
};

function compose(cho, jung, jong) {
  return String.fromCharCode(0xac00 + (cho * 21 + jung) * 28 + jong);
}

// Modern transcription of one toneless pinyin syllable, or null if unknown.
function syllableToHangul(syl) {
  const s = syl.replace(/v/g, 'ü');
  let cho = CHO.zero;
  let fin = null;
  if (ZERO_SPECIAL[s]) {
    fin = ZERO_SPECIAL[s];
  } else if (ZERO_INITIAL[s]) {
    fin = FINAL[ZERO_INITIAL[s]];
  } else {
    const m = /^(zh|ch|sh|[bpmfdtnlgkhjqxrzcs])?(.*)$/.exec(s);
    const ini = m[1] || '';
    let rest = m[2];
    if (ini) cho = PINYIN_INITIAL[ini];
    if (['j', 'q', 'x'].includes(ini)) rest = rest.replace(/^u/, 'ü');
    if (['zh', 'ch', 'sh', 'r', 'z', 'c', 's'].includes(ini) && rest === 'i') {
      fin = [[V.eu, J.none]];
    } else {
      fin = FINAL[rest] || null;
    }
  }
  if (!fin) return null;
  let out = '';
  fin.forEach(([v, j], idx) => {
    let vowel = v;
    const c = idx === 0 ? cho : CHO.zero;
    // After ㅈ and ㅊ the y-glide is not written: jia 자, jie 제, jiu 주.
    if (c === CHO.j || c === CHO.ch) {
      if (vowel === V.ya) vowel = V.a;
      else if (vowel === V.ye) vowel = V.e;
      else if (vowel === V.yu) vowel = V.u;
    }
    out += compose(c, vowel, j);
  });
  return out;
}

function pinyinToHangul(plainSyllables) {
  const parts = plainSyllables.map(syllableToHangul);
  return parts.includes(null) ? null : parts.join('');
}

// --- Sino-Korean readings -------------------------------------------------

let s2t = null;
let s2tMaxLen = 1;
let wordReading = null;   // traditional word -> hangul
let charReading = null;   // traditional char -> hangul

function loadHanja() {
  s2t = cldr.simplifiedToTraditionalRules();
  for (const k of s2t.keys()) s2tMaxLen = Math.max(s2tMaxLen, [...k].length);
  wordReading = new Map();
  const votes = new Map();  // char -> Map(reading -> count)
  const firstSeen = new Map();
  for (const line of fs.readFileSync(HANJA_FILE, 'utf8').split('\n')) {
    if (line === '' || line.startsWith('#')) continue;
    const [hangul, hanja] = line.split(':');
    if (!hangul || !hanja) continue;
    const hs = [...hangul];
    const cs = [...hanja];
    if (cs.length === 1 && hs.length === 1) {
      if (!firstSeen.has(hanja)) firstSeen.set(hanja, hangul);
      continue;
    }
    if (hs.length !== cs.length || !/^[\u4e00-\u9fff]+$/u.test(hanja)) continue;
    if (!wordReading.has(hanja)) wordReading.set(hanja, hangul);
    // Count which reading each character takes inside words: the common
    // reading wins (北 is 북 far more often than 배).
    cs.forEach((c, i) => {
      if (!votes.has(c)) votes.set(c, new Map());
      const m = votes.get(c);
      m.set(hs[i], (m.get(hs[i]) || 0) + 1);
    });
  }
  charReading = new Map(firstSeen);
  for (const [c, m] of votes) {
    let best = null;
    for (const [r, n] of m) if (best === null || n > m.get(best)) best = r;
    // 두음법칙 makes initial 용/이 compete with 룡/리; keep the non-initial
    // form so the rule below can derive the initial one.
    charReading.set(c, best);
  }
}

function toTraditional(han) {
  if (s2t === null) loadHanja();
  const cs = [...han];
  let out = '';
  for (let i = 0; i < cs.length;) {
    let done = false;
    for (let len = Math.min(s2tMaxLen, cs.length - i); len >= 1; len--) {
      const k = cs.slice(i, i + len).join('');
      if (s2t.has(k)) { out += s2t.get(k); i += len; done = true; break; }
    }
    if (!done) { out += cs[i]; i++; }
  }
  return out;
}

// 두음법칙: word-initial ㄹ -> ㅇ before i/y vowels, else ㄴ; initial ㄴ -> ㅇ
// before i/y vowels (리 -> 이, 라 -> 나, 녀 -> 여).
function initialSoundRule(h) {
  const code = h.charCodeAt(0) - 0xac00;
  if (code < 0 || code > 11171) return h;
  const cho = Math.floor(code / 588);
  const jung = Math.floor((code % 588) / 28);
  const jong = code % 28;
  const iy = [V.i, V.ya, V.ye, V.yu, 6 /* ㅕ */, 12 /* ㅛ */, 3 /* ㅒ */].includes(jung);
  let c = cho;
  if (cho === CHO.l) c = iy ? CHO.zero : CHO.n;
  else if (cho === CHO.n && iy) c = CHO.zero;
  return compose(c, jung, jong) + h.slice(1);
}

function sinoKorean(han) {
  const trad = toTraditional(han);
  let out = wordReading.get(trad);
  if (!out) {
    out = '';
    for (const c of trad) {
      const r = charReading.get(c);
      if (!r) return null;
      out += r;
    }
  }
  return initialSoundRule(out);
}

module.exports = {syllableToHangul, pinyinToHangul, sinoKorean, toTraditional, HANJA_FILE};
