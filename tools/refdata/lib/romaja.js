// Revised Romanization of Korean, the plain form used for place names:
// syllable by syllable, with the administrative suffix after a hyphen and no
// sound changes across it ("함경북도" -> "Hamgyeongbuk-do").
'use strict';

const INITIAL = ['g', 'kk', 'n', 'd', 'tt', 'r', 'm', 'b', 'pp', 's', 'ss', '', 'j', 'jj', 'ch', 'k',
  't', 'p', 'h'];
const VOWEL = ['a', 'ae', 'ya', 'yae', 'eo', 'e', 'yeo', 'ye', 'o', 'wa', 'wae', 'oe', 'yo', 'u', 'wo',
  'we', 'wi', 'yu', 'eu', 'ui', 'i'];
const FINAL = ['', 'k', 'k', 'k', 'n', 'n', 'n', 't', 'l', 'k', 'm', 'l', 'l', 'l', 'p', 'l', 'm', 'p',
  'p', 't', 't', 'ng', 't', 't', 'k', 't', 'p', 't'];
// Final consonant carried over to a following vowel-initial syllable.
const LIAISON = ['', 'g', 'kk', 'k', 'n', 'n', 'n', 'd', 'r', 'lg', 'lm', 'lb', 'ls', 'lt', 'lp',
  'l', 'm', 'b', 'ps', 's', 'ss', 'ng', 'j', 'ch', 'k', 't', 'p', 'h'];

const SUFFIXES = ['특별자치도', '특별자치시', '특별시', '광역시', '직할시', '자치주', '도', '시', '군', '구'];

function romanizeWord(word) {
  const sylls = [...word].map((ch) => {
    const c = ch.charCodeAt(0) - 0xac00;
    if (c < 0 || c > 11171) return null;
    return {i: Math.floor(c / 588), v: Math.floor((c % 588) / 28), f: c % 28};
  });
  if (sylls.includes(null)) return null;
  let out = '';
  sylls.forEach((s, k) => {
    out += INITIAL[s.i] + VOWEL[s.v];
    const next = sylls[k + 1];
    if (s.f === 0) return;
    if (next && next.i === 11) {
      out += LIAISON[s.f];
      return;
    }
    // ㄹ before ㄹ is "ll"; before other consonants it is "l".
    out += FINAL[s.f];
  });
  // ㄴ and ㄹ meeting are both read ㄹ (전라 Jeolla, 신라 Silla).
  return out.replace(/lr/g, 'll').replace(/nr/g, 'll');
}

function capitalize(s) { return s.charAt(0).toUpperCase() + s.slice(1); }

// Returns null if the text is not all Hangul.
function romanizePlace(text) {
  const t = text.replace(/\s+/g, '');
  for (const suf of SUFFIXES) {
    if (t.length > suf.length && t.endsWith(suf)) {
      const stem = romanizeWord(t.slice(0, t.length - suf.length));
      const tail = romanizeWord(suf);
      return stem && tail ? `${capitalize(stem)}-${tail}` : null;
    }
  }
  const w = romanizeWord(t);
  return w ? capitalize(w) : null;
}

module.exports = {romanizePlace, romanizeWord};
