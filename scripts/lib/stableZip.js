/**
 * Makes an .xlsx byte-stable: ExcelJS's zip writer stamps every entry with the current time, so two
 * generations of the same workbook differ in bytes though not in content. This sets the DOS time and date
 * of every entry (central directory and local headers; CRCs do not cover them) to one fixed moment.
 */
'use strict';

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

function dosDateTime(date) {
  const time = (date.getUTCHours() << 11) | (date.getUTCMinutes() << 5) | Math.floor(date.getUTCSeconds() / 2);
  const day = ((date.getUTCFullYear() - 1980) << 9) | ((date.getUTCMonth() + 1) << 5) | date.getUTCDate();
  return { time, day };
}

function findEndOfCentralDirectory(buf) {
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 0xffff); i--) {
    if (buf.readUInt32LE(i) === EOCD) return i;
  }
  throw new Error('not a zip file: no end of central directory');
}

/** Returns a copy of the zip `buf` with every entry dated `date` (UTC). */
function stabiliseZip(buf, date) {
  const out = Buffer.from(buf);
  const { time, day } = dosDateTime(date);
  const eocd = findEndOfCentralDirectory(out);
  const entries = out.readUInt16LE(eocd + 10);
  let pos = out.readUInt32LE(eocd + 16);
  for (let i = 0; i < entries; i++) {
    if (out.readUInt32LE(pos) !== CENTRAL) throw new Error(`broken zip: central directory entry ${i}`);
    out.writeUInt16LE(time, pos + 12);
    out.writeUInt16LE(day, pos + 14);
    const local = out.readUInt32LE(pos + 42);
    if (out.readUInt32LE(local) !== LOCAL) throw new Error(`broken zip: local header of entry ${i}`);
    out.writeUInt16LE(time, local + 10);
    out.writeUInt16LE(day, local + 12);
    pos += 46 + out.readUInt16LE(pos + 28) + out.readUInt16LE(pos + 30) + out.readUInt16LE(pos + 32);
  }
  return out;
}

module.exports = { stabiliseZip };
