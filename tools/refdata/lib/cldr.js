// Reads the few CLDR files the build needs. The XML is regular enough that
// element-level regular expressions suffice; entities are decoded.
'use strict';

const fs = require('fs');

const CLDR = '/usr/share/unicode/cldr/common';

function decode(s) {
  return s.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"').replace(/&apos;/g, "'").trim();
}

// CLDR marks a name that collides with another in the same locale with a
// superscript digit ("산시 성²" for Shaanxi beside 산시 성 for Shanxi).
function stripCollisionMark(s) {
  return s.replace(/[\u00b2\u00b3\u00b9\u2070-\u2079]+$/u, '').trim();
}

// subdivisions/<lang>.xml: Map "cnbj" -> "Pékin".
function subdivisionNames(lang) {
  const text = fs.readFileSync(`${CLDR}/subdivisions/${lang}.xml`, 'utf8');
  const out = new Map();
  const re = /<subdivision type="([a-z0-9]+)"[^>]*>([^<]*)<\/subdivision>/g;
  let m;
  while ((m = re.exec(text)) !== null) out.set(m[1], stripCollisionMark(decode(m[2])));
  return out;
}

// main/<lang>.xml territories: Map "CN" -> {name, short, variant}.
function territoryNames(lang) {
  const text = fs.readFileSync(`${CLDR}/main/${lang}.xml`, 'utf8');
  const out = new Map();
  const re = /<territory type="([A-Z]{2})"(?: alt="([a-z-]+)")?>([^<]*)<\/territory>/g;
  let m;
  while ((m = re.exec(text)) !== null) {
    const entry = out.get(m[1]) || {};
    entry[m[2] || 'name'] = decode(m[3]);
    out.set(m[1], entry);
  }
  return out;
}

// supplementalMetadata.xml subdivision aliases: Map "fro" -> "frhdf".
function subdivisionAliases() {
  const text = fs.readFileSync(`${CLDR}/supplemental/supplementalMetadata.xml`, 'utf8');
  const out = new Map();
  // Skip commented-out lines: they are CLDR's own open questions.
  for (const line of text.split('\n')) {
    if (line.trim().startsWith('<!--')) continue;
    const m = /<subdivisionAlias type="([a-z0-9]+)" replacement="([A-Za-z0-9 ]+)" reason="([a-z]+)"/.exec(line);
    if (m) out.set(m[1], {replacement: m[2], reason: m[3]});
  }
  return out;
}

// transforms/Simplified-Traditional.xml: forward (Hans -> Hant) rules without
// context, as Map source -> target. Multi-character rules win by length.
function simplifiedToTraditionalRules() {
  const text = fs.readFileSync(`${CLDR}/transforms/Simplified-Traditional.xml`, 'utf8');
  const out = new Map();
  for (const raw of text.split('\n')) {
    const line = raw.replace(/#.*$/, '').trim();
    const m = /^([^\s{}$;<>↔→←\[\]]+)\s*(↔|→)\s*([^\s{}$;<>↔→←\[\]]+)\s*;$/u.exec(line);
    if (m && !out.has(m[1])) out.set(m[1], m[3]);
  }
  return out;
}

const FILES = {
  subdivisions: (lang) => `${CLDR}/subdivisions/${lang}.xml`,
  main: (lang) => `${CLDR}/main/${lang}.xml`,
  supplementalMetadata: `${CLDR}/supplemental/supplementalMetadata.xml`,
  simplifiedTraditional: `${CLDR}/transforms/Simplified-Traditional.xml`,
};

module.exports = {
  subdivisionNames, territoryNames, subdivisionAliases, simplifiedToTraditionalRules, FILES,
};
