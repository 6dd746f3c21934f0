/**
 * Opening an .xlsx/.xlsm package as a zip, bounded: the sizes the zip declares are checked before
 * anything is inflated (total and per part), and every part Opora reads is counted while it inflates,
 * so a zip bomb — declared honestly or not — is refused in moments without filling memory. The codec the
 * zip was opened with (if any) is remembered for it: parts are then inflated by the codec (natively in
 * Node), otherwise by JSZip.
 */
import JSZip from 'jszip';
import { PackageError } from './packageError';
import type { ZipCodec } from './zipCodec';

/** Bounds on what a workbook may hold once inflated. */
export const LIMITS = {
  /** All parts together. */
  totalBytes: 800 * 1024 * 1024,
  /** Any one part (a sheet of a million formatted rows is about 100 MB). */
  partBytes: 400 * 1024 * 1024,
};

/** JSZip's loaded-entry internals that are not in its typings (a CompressedObject as `_data`). */
interface LoadedEntry {
  _data?: { uncompressedSize?: number; compression?: { magic: string }; compressedContent?: unknown };
  internalStream(type: 'string'): StreamHelper;
}

/** Compression methods as JSZip's CompressedObject names them (the two bytes of the zip header). */
const METHOD = { stored: '\x00\x00', deflated: '\x08\x00' };

/** A stored part is handed to its reader in slices of this size, as an inflated one comes in pieces. */
const STORED_SLICE_BYTES = 1024 * 1024;

const codecs = new WeakMap<JSZip, ZipCodec>();

/** The codec `zip` was opened with, if any. */
export function codecOf(zip: JSZip): ZipCodec | undefined {
  return codecs.get(zip);
}

interface StreamHelper {
  on(event: 'data', listener: (chunk: string) => void): StreamHelper;
  on(event: 'end', listener: () => void): StreamHelper;
  on(event: 'error', listener: (error: unknown) => void): StreamHelper;
  resume(): StreamHelper;
  pause(): StreamHelper;
}

/** Loads the zip and refuses it when the sizes it declares exceed LIMITS. */
export async function openZip(bytes: Uint8Array, codec?: ZipCodec): Promise<JSZip> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    throw new PackageError('notZip');
  }
  let total = 0;
  for (const entry of Object.values(zip.files)) {
    const size = (entry as unknown as LoadedEntry)._data?.uncompressedSize ?? 0;
    if (size > LIMITS.partBytes) throw new PackageError('tooLarge', entry.name);
    total += size;
    if (total > LIMITS.totalBytes) throw new PackageError('tooLarge', entry.name);
  }
  if (codec) codecs.set(zip, codec);
  return zip;
}

/** The zip entry for a part name, tolerating a leading slash and case differences (Excel ignores case). */
export function findEntry(zip: JSZip, part: string): JSZip.JSZipObject | undefined {
  const name = part.replace(/^\/+/, '');
  const exact = zip.file(name);
  if (exact) return exact;
  const lower = name.toLowerCase();
  return Object.values(zip.files).find((f) => !f.dir && f.name.toLowerCase() === lower);
}

/**
 * Streams the text of a part to `onChunk`, counting as it inflates: more than the part bound (or what the
 * zip declared) stops inflating and throws; `onChunk` returning false stops it early (the rest is never
 * inflated). A byte-order mark is dropped unless `keepBom` (a part edited as text keeps the one it came
 * with). Resolves false if there is no such part.
 */
export function streamPart(zip: JSZip, part: string, onChunk: (text: string) => unknown, keepBom = false): Promise<boolean> {
  const entry = findEntry(zip, part);
  if (!entry) return Promise.resolve(false);
  const loaded = entry as unknown as LoadedEntry;
  const declared = loaded._data?.uncompressedSize;
  const bound = Math.min(LIMITS.partBytes, declared !== undefined ? declared : LIMITS.partBytes);
  const codec = codecOf(zip);
  const stored = compressedBytes(loaded);
  if (codec && stored) return streamInflated(codec, stored, { bound, declared }, entry.name, onChunk, keepBom);
  return streamThroughJsZip(loaded, bound, entry.name, onChunk, keepBom);
}

/** An entry's data as it sits in the zip, with its method, when JSZip holds it as bytes. */
function compressedBytes(entry: LoadedEntry): { method: string; data: Uint8Array } | undefined {
  const data = entry._data?.compressedContent;
  const method = entry._data?.compression?.magic;
  if (!(data instanceof Uint8Array) || (method !== METHOD.stored && method !== METHOD.deflated)) return undefined;
  return { method, data };
}

/**
 * streamPart through the codec: inflated in pieces (stored data sliced), counted against `bound` (and
 * checked against the size the zip declared), decoded as UTF-8 across the piece boundaries and handed on.
 */
async function streamInflated(
  codec: ZipCodec,
  stored: { method: string; data: Uint8Array },
  { bound, declared }: { bound: number; declared?: number },
  name: string,
  onChunk: (text: string) => unknown,
  keepBom: boolean,
): Promise<boolean> {
  const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
  let seen = 0;
  let first = true;
  let tooLarge = false;
  const onBytes = (bytes: Uint8Array): boolean => {
    seen += bytes.length;
    if (seen > bound) {
      tooLarge = true;
      return false;
    }
    let text = decoder.decode(bytes, { stream: true });
    if (first && text !== '') {
      if (!keepBom && text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      first = false;
    }
    return text === '' || onChunk(text) !== false;
  };
  let going = true;
  if (stored.method === METHOD.stored) {
    for (let at = 0; going && at < stored.data.length; at += STORED_SLICE_BYTES) going = onBytes(stored.data.subarray(at, at + STORED_SLICE_BYTES));
  } else {
    // What the reader throws is passed on as it is; only the codec's own failure means corrupt data.
    let readerError: { error: unknown } | undefined;
    const guarded = (bytes: Uint8Array): boolean => {
      try {
        return (going = onBytes(bytes));
      } catch (error) {
        readerError = { error };
        return (going = false);
      }
    };
    try {
      await codec.inflate(stored.data, guarded);
    } catch {
      if (!readerError && !tooLarge) throw new PackageError('corrupt', name);
    }
    if (readerError) throw readerError.error;
  }
  if (tooLarge) throw new PackageError('tooLarge', name);
  if (!going) return true;
  // Less than the zip declared is a damaged entry (JSZip refuses it the same way).
  if (declared !== undefined && seen !== declared) throw new PackageError('corrupt', name);
  const rest = decoder.decode();
  if (rest !== '') onChunk(rest);
  return true;
}

/** streamPart through JSZip's own (pako) inflate, counted chunk by chunk. */
function streamThroughJsZip(loaded: LoadedEntry, bound: number, name: string, onChunk: (text: string) => unknown, keepBom: boolean): Promise<boolean> {
  return new Promise<boolean>((resolve, reject) => {
    let seen = 0;
    let first = true;
    let failed = false;
    const helper = loaded.internalStream('string');
    helper
      .on('data', (chunk) => {
        if (failed) return;
        // A UTF-16 unit is at least one byte of UTF-8: counting units never overestimates the inflated size.
        seen += chunk.length;
        if (seen > bound) {
          failed = true;
          helper.pause();
          reject(new PackageError('tooLarge', name));
          return;
        }
        const text = first && !keepBom && chunk.charCodeAt(0) === 0xfeff ? chunk.slice(1) : chunk;
        first = false;
        try {
          if (onChunk(text) === false) {
            failed = true;
            helper.pause();
            resolve(true);
          }
        } catch (error) {
          failed = true;
          helper.pause();
          reject(error);
        }
      })
      .on('error', (error) => {
        if (failed) return;
        failed = true;
        reject(error instanceof PackageError ? error : new PackageError('corrupt', name));
      })
      .on('end', () => {
        if (!failed) resolve(true);
      })
      .resume();
  });
}

/** The whole text of a part, byte-order mark included (bounded like streamPart), or undefined if there is no such part. */
export async function partText(zip: JSZip, part: string): Promise<string | undefined> {
  const chunks: string[] = [];
  const found = await streamPart(zip, part, (chunk) => chunks.push(chunk), true);
  return found ? chunks.join('') : undefined;
}
