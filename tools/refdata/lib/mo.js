// Reads a GNU gettext .mo catalogue into a Map from msgid to msgstr.
'use strict';

const fs = require('fs');

function readMo(file) {
  const buf = fs.readFileSync(file);
  let le;
  if (buf.readUInt32LE(0) === 0x950412de) le = true;
  else if (buf.readUInt32BE(0) === 0x950412de) le = false;
  else throw new Error(`${file}: not a gettext .mo file`);
  const u32 = (off) => (le ? buf.readUInt32LE(off) : buf.readUInt32BE(off));
  const count = u32(8);
  const origTable = u32(12);
  const transTable = u32(16);
  const out = new Map();
  for (let i = 0; i < count; i++) {
    const olen = u32(origTable + 8 * i);
    const ooff = u32(origTable + 8 * i + 4);
    const tlen = u32(transTable + 8 * i);
    const toff = u32(transTable + 8 * i + 4);
    const key = buf.toString('utf8', ooff, ooff + olen);
    if (key === '') continue;  // the catalogue header
    // Plural forms and contexts are separated by NUL; keep the first form.
    const value = buf.toString('utf8', toff, toff + tlen).split('\0')[0];
    out.set(key.split('\0')[0].replace(/^.*\u0004/, ''), value);
  }
  return out;
}

module.exports = {readMo};
