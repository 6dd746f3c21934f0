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
/**
 * The serialiser's pieces are encoded into blocks of this many UTF-8 bytes, and zlib takes a block at a
 * time. Handed a piece (~50 KB) at a time, zlib's thread finished each in a fraction of a millisecond and
 * then waited for the main thread to give it the next, so the two alternated instead of running side by
 * side; and each piece cost the main thread a fresh buffer and a completion. Measured 01.12.2026 at 2,000
 * schools: the main thread's CPU in the write 0.88–1.05 s → 0.68–0.71 s, the waits for zlib to drain
 * 150–230 ms → 60–150 ms.
 */
const BLOCK_BYTES = 1024 * 1024;
/** Compressed output gathered in pieces of this size: one per block (XML deflates to a tenth or less). */
const DEFLATE_CHUNK = 256 * 1024;
/** XML waiting for the compressor, in bytes, before the serialiser waits for it. */
const WAITING_BYTES = 4 * 1024 * 1024;
/** The most bytes one UTF-16 code unit takes in UTF-8. */
const MAX_UTF8_PER_UNIT = 3;

/** Node passes stream options on to the zlib stream; its typings only list zlib's own. */
const GZIP_OPTIONS: ZlibOptions & { writableHighWaterMark: number } = { level: LEVEL, chunkSize: DEFLATE_CHUNK, writableHighWaterMark: WAITING_BYTES };

/**
 * Blocks zlib has finished with, for the next block of any part: a few are in flight at a time, and a block
 * above glibc's mmap threshold is otherwise mapped and faulted in afresh each time.
 */
const freeBlocks: Buffer[] = [];

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
  let block: Buffer | undefined;
  let used = 0;
  /** Hands the filled part of the block to zlib (the block comes back to the pool once zlib is done with it). */
  async function flush(): Promise<void> {
    if (!block || used === 0) return;
    const full = block;
    const room = gzip.write(full.subarray(0, used), () => freeBlocks.push(full));
    block = undefined;
    used = 0;
    if (!room) await once(gzip, 'drain');
  }
  return {
    async write(text) {
      const most = text.length * MAX_UTF8_PER_UNIT;
      if (block && BLOCK_BYTES - used < most) await flush();
      if (most > BLOCK_BYTES) {
        // A text larger than a block goes to zlib as it is.
        if (!gzip.write(Buffer.from(text, 'utf8'))) return void (await once(gzip, 'drain'));
      } else {
        block ??= freeBlocks.pop() ?? Buffer.allocUnsafe(BLOCK_BYTES);
        used += block.write(text, used, 'utf8');
      }
      // A turn of the event loop lets zlib's finished work come back and its next block start.
      await nextTurn();
    },
    async end() {
      await flush();
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
