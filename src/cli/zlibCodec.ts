/**
 * The package adapter's codec on Node's native zlib, for `recalc` and `batch`. Opora's parts are gzipped
 * piece by piece on zlib's own threads while the next piece is built (the gzip trailer carries the CRC-32,
 * computed in the same pass — Node 20 before 20.15 has no `zlib.crc32`); the user's parts are inflated in
 * pieces as their reader takes them.
 */
import { once } from 'node:events';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { createGzip, createInflateRaw, type ZlibOptions } from 'node:zlib';
import { deflatedFromGzip, type PartDeflater, type ZipCodec } from '../workbook/package';

/**
 * Level 5: on Opora's 78 MB of sheet XML at 2,000 schools (measured 2026-12-01) level 6 took 666 ms of
 * zlib's thread for 6.9 MB, level 5 439 ms for 7.3 MB and level 4 330 ms for 7.9 MB. At level 6 the
 * compressor, not the building of the XML beside it, set the pace of the write (0.3–0.5 s more per
 * recalculation); level 5 keeps the two about even for a file 4 % larger.
 */
const LEVEL = 5;
/** Inflated bytes handed to a part's reader at a time. */
const INFLATE_CHUNK = 512 * 1024;
/** Compressed output gathered in pieces of this size. */
const DEFLATE_CHUNK = 64 * 1024;
/** XML waiting for the compressor, in bytes, before the serialiser waits for it. */
const WAITING_BYTES = 4 * 1024 * 1024;

/** Node passes stream options on to the zlib stream; its typings only list zlib's own. */
const GZIP_OPTIONS: ZlibOptions & { writableHighWaterMark: number } = { level: LEVEL, chunkSize: DEFLATE_CHUNK, writableHighWaterMark: WAITING_BYTES };

function deflater(): PartDeflater {
  const gzip = createGzip(GZIP_OPTIONS);
  const pieces: Buffer[] = [];
  gzip.on('data', (piece: Buffer) => pieces.push(piece));
  const member = new Promise<Buffer>((resolve, reject) => {
    gzip.on('end', () => resolve(Buffer.concat(pieces)));
    gzip.on('error', reject);
  });
  // A failure is reported by end(); this keeps it from counting as unhandled before then.
  member.catch(() => undefined);
  return {
    async write(text) {
      // A turn of the event loop lets zlib's finished work come back and its next piece start.
      if (gzip.write(Buffer.from(text, 'utf8'))) await nextTurn();
      else await once(gzip, 'drain');
    },
    async end() {
      gzip.end();
      return deflatedFromGzip(await member);
    },
  };
}

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

export const zlibCodec: ZipCodec = { deflater, inflate };
