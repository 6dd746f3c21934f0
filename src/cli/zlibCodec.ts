/**
 * The package adapter's codec on Node's native zlib, for `recalc` and `batch`: Opora's parts are gzipped
 * on zlib's own threads (the gzip trailer carries the CRC-32, computed in the same pass — Node 20 before
 * 20.15 has no `zlib.crc32`) and the user's parts are inflated in pieces as their reader takes them.
 */
import { promisify } from 'node:util';
import { createInflateRaw, gzip } from 'node:zlib';
import { deflatedFromGzip, type ZipCodec } from '../workbook/package';

/**
 * What Excel writes is about level 6; on Opora's sheet XML level 6 came out ~25 % smaller than level 1 for
 * ~1.6× its time, and that time runs beside the serialising of the next sheet.
 */
const LEVEL = 6;
/** Inflated bytes handed to a part's reader at a time. */
const INFLATE_CHUNK = 512 * 1024;

const gzipAsync = promisify(gzip);

function inflate(data: Uint8Array, onBytes: (bytes: Uint8Array) => boolean): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const inflater = createInflateRaw({ chunkSize: INFLATE_CHUNK });
    let done = false;
    const finish = (error?: unknown) => {
      if (done) return;
      done = true;
      inflater.destroy();
      if (error) reject(error);
      else resolve();
    };
    inflater.on('data', (bytes: Buffer) => {
      if (done) return;
      try {
        if (!onBytes(bytes)) finish();
      } catch (error) {
        finish(error);
      }
    });
    inflater.on('end', () => finish());
    inflater.on('error', (error) => finish(error));
    inflater.end(data);
  });
}

export const zlibCodec: ZipCodec = {
  deflate: async (text) => deflatedFromGzip(await gzipAsync(Buffer.from(text, 'utf8'), { level: LEVEL })),
  inflate,
};
