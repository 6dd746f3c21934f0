/**
 * Opening an .xlsx/.xlsm package as a zip, bounded: the sizes the zip declares are checked before
 * anything is inflated (total and per part), and every part Opora reads is counted while it inflates,
 * so a zip bomb — declared honestly or not — is refused in moments without filling memory.
 */
import JSZip from 'jszip';
import { PackageError } from './packageError';

/** Bounds on what a workbook may hold once inflated. */
export const LIMITS = {
  /** All parts together. */
  totalBytes: 800 * 1024 * 1024,
  /** Any one part (a sheet of a million formatted rows is about 100 MB). */
  partBytes: 400 * 1024 * 1024,
};

/** JSZip's loaded-entry internals that are not in its typings. */
interface LoadedEntry {
  _data?: { uncompressedSize?: number };
  internalStream(type: 'string'): StreamHelper;
}

interface StreamHelper {
  on(event: 'data', listener: (chunk: string) => void): StreamHelper;
  on(event: 'end', listener: () => void): StreamHelper;
  on(event: 'error', listener: (error: unknown) => void): StreamHelper;
  resume(): StreamHelper;
  pause(): StreamHelper;
}

/** Loads the zip and refuses it when the sizes it declares exceed LIMITS. */
export async function openZip(bytes: Uint8Array): Promise<JSZip> {
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
          reject(new PackageError('tooLarge', entry.name));
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
        reject(error instanceof PackageError ? error : new PackageError('corrupt', entry.name));
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
