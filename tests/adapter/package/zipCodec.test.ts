/**
 * The package adapter with a codec (Node's zlib, as the CLI runs it; the browser's compression streams, as
 * the standalone page runs it — Node has them too): it reads and writes exactly what the JSZip-only path
 * does, refuses a part that inflates to more than it declares, Opora's parts reach the file as the codec deflated them (JSZip only stitches
 * them — this fails if a JSZip upgrade starts recompressing loaded entries), the gzip trailer gives the
 * CRC-32, and damaged data is refused as corrupt.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { crc32, deflateRawSync, gzipSync, inflateRawSync } from 'node:zlib';
import { zlibCodec } from '../../../src/cli/zlibCodec';
import { recalculate } from '../../../src/engine/recalculate';
import { PackageWorkbook, type ZipCodec } from '../../../src/workbook/package';
import { webStreamsCodec } from '../../../src/workbook/package/webStreamsCodec';
import { deflatedFromGzip } from '../../../src/workbook/package/zipCodec';
import { declareSize, editZip, patchHeaders } from './zipEdit';
import { zipEntries } from './zipCompare';

const SAMPLE = readFileSync(join(__dirname, '../../../assets/sample-district.xlsx'));

async function recalcWith(bytes: Uint8Array, codec?: ZipCodec) {
  const book = await PackageWorkbook.fromBytes(bytes, codec);
  const grids = await book.readGrids();
  await book.apply(recalculate(grids).output);
  return { grids, bytes: await book.toBytes() };
}

/** Level 0: deflate's stored blocks, which JSZip's level 6 would never write — so recompression shows. */
function storedBlocksCodec(produced: Buffer[]): ZipCodec {
  return {
    deflater: () => {
      const pieces: string[] = [];
      return {
        write: async (text) => {
          pieces.push(text);
        },
        end: async () => {
          const part = deflatedFromGzip(gzipSync(Buffer.from(pieces.join(''), 'utf8'), { level: 0 }));
          produced.push(Buffer.from(part.data));
          return part;
        },
      };
    },
    inflate: zlibCodec.inflate,
  };
}

const CODECS: [string, ZipCodec][] = [
  ['zlib', zlibCodec],
  ['web streams', webStreamsCodec()!],
];

describe.each(CODECS)('the package adapter with the %s codec', (_, codec) => {
  it('reads the same grids and writes the same entries, in the same order, as with JSZip alone', async () => {
    const plain = await recalcWith(SAMPLE);
    const native = await recalcWith(SAMPLE, codec);
    expect(native.grids).toEqual(plain.grids);
    const before = await zipEntries(plain.bytes);
    const after = await zipEntries(native.bytes);
    expect([...after.keys()]).toEqual([...before.keys()]);
    for (const [name, entry] of before) {
      expect({ name, same: Buffer.from(after.get(name)!.bytes).equals(Buffer.from(entry.bytes)), crc32: after.get(name)!.crc32 }).toEqual({ name, same: true, crc32: entry.crc32 });
    }
  });

  it('refuses a sheet that inflates to more than its declared size', async () => {
    const lying = declareSize(SAMPLE, 'xl/worksheets/sheet1.xml', 10);
    const book = await PackageWorkbook.fromBytes(lying, codec);
    await expect(book.readGrids()).rejects.toMatchObject({ problem: 'tooLarge', part: 'xl/worksheets/sheet1.xml' });
  });

  it('refuses a sheet whose deflated data is damaged as a corrupt part', async () => {
    const damaged = await editZip(SAMPLE, (zip) => {
      zip.file('xl/worksheets/sheet1.xml', Buffer.from([0xff, 0xff, 0xff, 0xff]), { compression: 'STORE' });
    });
    // Make the entry claim to be deflated: the stored garbage becomes method 8 in both headers.
    const bytes = patchHeaders(damaged, 'xl/worksheets/sheet1.xml', (zip, at, central) => zip.writeUInt16LE(8, at + (central ? 10 : 8)));
    const book = await PackageWorkbook.fromBytes(bytes, codec);
    await expect(book.readGrids()).rejects.toMatchObject({ problem: 'corrupt', part: 'xl/worksheets/sheet1.xml' });
  });
});

describe('the package adapter with a codec', () => {
  it("puts Opora's parts into the file exactly as the codec deflated them", async () => {
    const produced: Buffer[] = [];
    const { bytes } = await recalcWith(SAMPLE, storedBlocksCodec(produced));
    const file = Buffer.from(bytes);
    expect(produced.length).toBeGreaterThan(5);
    expect(produced.filter((data) => !file.includes(data)).length).toBe(0);
    // …and the file reads back, Opora's sheets in it.
    const again = await PackageWorkbook.fromBytes(bytes, zlibCodec);
    expect((await again.readGrids()).map((g) => g.name)).toContain('Опора · Сводка');
  });

  it('takes the CRC-32 and size from the gzip trailer, past a header that carries a file name', () => {
    const text = Buffer.from('<sheetData>Школа № 1</sheetData>', 'utf8');
    const plain = gzipSync(text);
    const named = Buffer.concat([plain.subarray(0, 3), Buffer.from([plain[3] | 8]), plain.subarray(4, 10), Buffer.from('part.xml\0'), plain.subarray(10)]);
    for (const member of [plain, named]) {
      const part = deflatedFromGzip(member);
      expect(part.size).toBe(text.length);
      expect(part.crc32).toBe(plain.readUInt32LE(plain.length - 8));
      expect(Buffer.from(part.data).equals(deflateRawSync(text))).toBe(true);
    }
  });
});

describe("the CLI's zlib deflater", () => {
  /** Pieces of many sizes, Cyrillic and a character outside the BMP among them, and one above a block's third. */
  function pieces(seed: number): string[] {
    const out: string[] = [];
    let x = seed;
    for (let i = 0; i < 400; i++) {
      x = (x * 1103515245 + 12345) % 2 ** 31;
      const unit = ['<c r="A1"><v>1</v></c>', 'Школа № 1 — «2»', '𝔸', '&amp;'][x % 4];
      out.push(unit.repeat(1 + (x % 3000)));
    }
    out.splice(200, 0, 'Ж'.repeat(400_000));
    return out;
  }

  it('deflates what it is given, in order, while other parts share its blocks', async () => {
    const parts = [1, 2, 3].map(pieces);
    const results = await Promise.all(
      parts.map(async (part) => {
        const deflater = zlibCodec.deflater();
        for (const piece of part) await deflater.write(piece);
        return deflater.end();
      }),
    );
    results.forEach((result, i) => {
      const expected = Buffer.from(parts[i].join(''), 'utf8');
      expect(expected.length).toBeGreaterThan(3 * 1024 * 1024);
      const inflated = inflateRawSync(result.data);
      expect({ same: inflated.equals(expected), size: result.size, crc32: result.crc32 }).toEqual({ same: true, size: expected.length, crc32: crc32(expected) });
    });
  });
});
