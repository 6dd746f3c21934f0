/**
 * The package adapter's codec on the browser's own CompressionStream / DecompressionStream (native zlib;
 * 'deflate-raw' in Chrome and Edge 103+, Firefox 113+, Safari 16.4+), for the standalone page. Where they
 * are missing `webStreamsCodec()` gives undefined and the page keeps JSZip's pako. Opora's parts are
 * gzipped (the trailer gives the CRC-32); the user's parts are inflated from slices of their data fed one
 * at a time, so a zip bomb never gets more than one slice's output (16 KB of DEFLATE inflates to ~16 MB at
 * most) ahead of the reader that counts it.
 */
import { deflatedFromGzip, type PartDeflater, type ZipCodec } from './zipCodec';

const SLICE_BYTES = 16 * 1024;

/** Every chunk of a readable stream, joined. */
async function collect(readable: ReadableStream<Uint8Array>): Promise<Uint8Array> {
  const reader = readable.getReader();
  const chunks: Uint8Array[] = [];
  let length = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    length += value.length;
  }
  const out = new Uint8Array(length);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

function deflater(): PartDeflater {
  const stream = new CompressionStream('gzip');
  const writer = stream.writable.getWriter();
  const member = collect(stream.readable);
  // A failure is reported by end(); this keeps it from counting as unhandled before then.
  member.catch(() => undefined);
  const encoder = new TextEncoder();
  return {
    async write(text) {
      await writer.ready;
      writer.write(encoder.encode(text)).catch(() => undefined);
    },
    async end() {
      await writer.close();
      return deflatedFromGzip(await member);
    },
  };
}

async function inflate(data: Uint8Array, onBytes: (bytes: Uint8Array) => boolean): Promise<void> {
  const stream = new DecompressionStream('deflate-raw');
  const writer = stream.writable.getWriter();
  const reader = stream.readable.getReader();
  let stopped = false;
  const feeding = (async () => {
    for (let at = 0; at < data.length && !stopped; at += SLICE_BYTES) await writer.write(data.subarray(at, at + SLICE_BYTES) as Uint8Array<ArrayBuffer>);
    if (!stopped) await writer.close();
  })();
  // Corrupt data shows on the reading side; a stop leaves the feeding to fail quietly.
  feeding.catch(() => undefined);
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      if (!onBytes(value)) {
        stopped = true;
        await reader.cancel();
        return;
      }
    }
  } catch (error) {
    stopped = true;
    throw error;
  }
}

/** The codec, or undefined where the browser has no 'gzip' compression or 'deflate-raw' decompression. */
export function webStreamsCodec(): ZipCodec | undefined {
  if (typeof CompressionStream === 'undefined' || typeof DecompressionStream === 'undefined') return undefined;
  try {
    new CompressionStream('gzip');
    new DecompressionStream('deflate-raw');
  } catch {
    return undefined;
  }
  return { deflater, inflate };
}
