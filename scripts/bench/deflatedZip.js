/**
 * Writes a zip whose entries are produced as streams of chunks and deflated on the fly, so the bench can
 * build a workbook that inflates to gigabytes (a zip bomb) or a sheet of a million rows without holding
 * either in memory. Sizes and CRC-32 are the true ones (32-bit fields: entries under 4 GiB).
 */
'use strict';

const fs = require('fs');
const zlib = require('zlib');

/** Deflates the chunks `produce` yields; resolves to { data, crc, size }. */
function deflateStream(produce) {
  return new Promise((resolve, reject) => {
    const deflate = zlib.createDeflateRaw({ level: 6 });
    const out = [];
    let crc = 0;
    let size = 0;
    deflate.on('data', (c) => out.push(c));
    deflate.on('error', reject);
    deflate.on('end', () => resolve({ data: Buffer.concat(out), crc, size }));
    (async () => {
      for (const chunk of produce()) {
        const buf = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk);
        crc = zlib.crc32(buf, crc);
        size += buf.length;
        if (!deflate.write(buf)) await new Promise((r) => deflate.once('drain', r));
      }
      deflate.end();
    })().catch(reject);
  });
}

/** `entries`: [name, () => iterable of string|Buffer chunks]. Writes the zip to `path`. */
async function writeDeflatedZip(path, entries) {
  const parts = [];
  const central = [];
  let offset = 0;
  for (const [name, produce] of entries) {
    const { data, crc, size } = await deflateStream(produce);
    const nameBuf = Buffer.from(name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc >>> 0, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(nameBuf.length, 26);
    const record = Buffer.alloc(46);
    record.writeUInt32LE(0x02014b50, 0);
    record.writeUInt16LE(20, 4);
    record.writeUInt16LE(20, 6);
    record.writeUInt16LE(0x0800, 8);
    record.writeUInt16LE(8, 10);
    record.writeUInt32LE(crc >>> 0, 16);
    record.writeUInt32LE(data.length, 20);
    record.writeUInt32LE(size, 24);
    record.writeUInt16LE(nameBuf.length, 28);
    record.writeUInt32LE(offset, 42);
    parts.push(local, nameBuf, data);
    central.push(record, nameBuf);
    offset += local.length + nameBuf.length + data.length;
  }
  const centralBuf = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(centralBuf.length, 12);
  end.writeUInt32LE(offset, 16);
  fs.writeFileSync(path, Buffer.concat([...parts, centralBuf, end]));
}

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const once = (text) => () => [text];

/** A one-sheet workbook whose sheet part is the chunks of `sheetChunks` (between `<sheetData>` and its end). */
function oneSheetWorkbook(sheetChunks, stylesXml) {
  return [
    [
      '[Content_Types].xml',
      once(
        '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>',
      ),
    ],
    ['_rels/.rels', once(`<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`)],
    ['xl/workbook.xml', once(`<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets><sheet name="ОГЭ математика" sheetId="1" r:id="rId1"/></sheets></workbook>`)],
    [
      'xl/_rels/workbook.xml.rels',
      once(`<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${REL}/styles" Target="styles.xml"/></Relationships>`),
    ],
    ['xl/styles.xml', once(stylesXml)],
    [
      'xl/worksheets/sheet1.xml',
      function* () {
        yield `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${MAIN}"><sheetData>`;
        yield* sheetChunks();
        yield '</sheetData></worksheet>';
      },
    ],
  ];
}

module.exports = { writeDeflatedZip, oneSheetWorkbook };
