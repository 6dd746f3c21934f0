/**
 * The compression port of the package adapter: raw DEFLATE out (with the CRC-32 a zip entry needs) and
 * raw DEFLATE in (bounded). The CLI injects Node's native zlib (`src/cli/zlibCodec.ts`); without a codec
 * (the standalone page) JSZip's own pako does both, as it always has. The shared package code never
 * imports zlib, so it stays in the browser bundle.
 */

/** A part's UTF-8 bytes, deflated: what a zip entry stores and declares. */
export interface DeflatedPart {
  /** Raw DEFLATE data (no zlib or gzip wrapper). */
  data: Uint8Array;
  /** CRC-32 of the uncompressed bytes. */
  crc32: number;
  /** Length of the uncompressed bytes. */
  size: number;
}

/** One part being deflated as its pieces come. */
export interface PartDeflater {
  /** Adds the UTF-8 bytes of `text`; resolves when the next piece may come (the codec kept up). */
  write(text: string): Promise<void>;
  /** Everything written, deflated. */
  end(): Promise<DeflatedPart>;
}

export interface ZipCodec {
  /** A deflater for one part. */
  deflater(): PartDeflater;
  /**
   * Raw DEFLATE `data` inflated piece by piece into `onBytes`, in order; `onBytes` returning false stops
   * inflating there (the rest is never inflated). Rejects on corrupt data or when `onBytes` throws.
   */
  inflate(data: Uint8Array, onBytes: (bytes: Uint8Array) => boolean): Promise<void>;
}

const GZIP_ID = [0x1f, 0x8b];
const FLAG = { text: 1, headerCrc: 2, extra: 4, name: 8, comment: 16 };

/** Index just past the zero that ends the string starting at `from`. */
function afterZero(bytes: Uint8Array, from: number): number {
  const zero = bytes.indexOf(0, from);
  if (zero < 0) throw new Error('gzip header without its end');
  return zero + 1;
}

/**
 * One gzip member (RFC 1952) as a zip entry's data: the raw DEFLATE stream between the header and the
 * trailer, with the CRC-32 and size the trailer carries — so a native gzip gives the checksum in the same
 * pass as the compression.
 */
export function deflatedFromGzip(member: Uint8Array): DeflatedPart {
  if (member.length < 18 || member[0] !== GZIP_ID[0] || member[1] !== GZIP_ID[1] || member[2] !== 8) throw new Error('not a gzip member');
  const flags = member[3];
  let start = 10;
  if (flags & FLAG.extra) start += 2 + (member[start] | (member[start + 1] << 8));
  if (flags & FLAG.name) start = afterZero(member, start);
  if (flags & FLAG.comment) start = afterZero(member, start);
  if (flags & FLAG.headerCrc) start += 2;
  const trailer = new DataView(member.buffer, member.byteOffset + member.length - 8, 8);
  return { data: member.subarray(start, member.length - 8), crc32: trailer.getUint32(0, true), size: trailer.getUint32(4, true) };
}
