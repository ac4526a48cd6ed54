// Pins the Debian data files the build reads by SHA-256 (checksums.txt, in
// `sha256sum` format). Debian security updates can replace these files under
// the same package version, so the checksum, not the version, is the pin.
'use strict';

const crypto = require('crypto');
const fs = require('fs');
const path = require('path');

const CHECKSUM_FILE = path.join(__dirname, '..', 'checksums.txt');

function sha256(file) {
  return crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');
}

function readPins() {
  const pins = new Map();
  const lines = fs.readFileSync(CHECKSUM_FILE, 'utf8').split('\n');
  lines.forEach((line, i) => {
    if (line === '' || line.startsWith('#')) return;
    const m = /^([0-9a-f]{64}) {2}(\/\S+)$/.exec(line);
    if (!m) throw new Error(`${CHECKSUM_FILE}:${i + 1}: expected "<sha256>  <absolute path>"`);
    pins.set(m[2], m[1]);
  });
  return pins;
}

// Throws one error listing every file that is missing, unpinned or changed.
function verify(files) {
  const pins = readPins();
  const problems = [];
  for (const file of files) {
    if (!pins.has(file)) {
      problems.push(`${file}: not listed in checksums.txt`);
    } else if (!fs.existsSync(file)) {
      problems.push(`${file}: missing (install its Debian package)`);
    } else {
      const actual = sha256(file);
      if (actual !== pins.get(file)) {
        problems.push(`${file}: sha256 ${actual}, pinned ${pins.get(file)}`);
      }
    }
  }
  if (problems.length > 0) {
    throw new Error(
      'refusing to build: Debian data files differ from tools/refdata/checksums.txt\n  ' +
      problems.join('\n  ') +
      '\nReview the new data, then run `node build.js --write-checksums` to re-pin.');
  }
}

function write(files, header) {
  const out = [header];
  for (const file of [...files].sort()) out.push(`${sha256(file)}  ${file}`);
  fs.writeFileSync(CHECKSUM_FILE, out.join('\n') + '\n');
}

// The npm packages are pinned by package-lock.json (integrity hashes checked
// by `npm ci`); this catches a node_modules left over from another install.
function verifyNpmVersions(packageJson) {
  const problems = [];
  for (const [name, want] of Object.entries(packageJson.dependencies)) {
    let got = '(not installed)';
    try {
      got = require(`${name}/package.json`).version;
    } catch (e) {
      const file = path.join(__dirname, '..', 'node_modules', name, 'package.json');
      if (fs.existsSync(file)) got = JSON.parse(fs.readFileSync(file, 'utf8')).version;
    }
    if (got !== want) problems.push(`${name}: installed ${got}, pinned ${want}`);
  }
  if (problems.length > 0) {
    throw new Error('refusing to build: run `npm ci` in tools/refdata first\n  ' +
                    problems.join('\n  '));
  }
}

module.exports = {verify, write, verifyNpmVersions, sha256};
