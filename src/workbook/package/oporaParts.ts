/**
 * Opora's own parts on their way into the user's zip. With a codec each part is deflated piece by piece
 * as it is serialised (Node's zlib works on its own threads while the next piece is built) and only its
 * compressed bytes are kept; `into()` then loads them all into the JSZip as one zip of deflated entries.
 * JSZip keeps the compressed data of loaded entries and generates them as they are when the compression
 * is the same — the pass-through that already keeps the user's parts byte for byte;
 * tests/adapter/package/zipCodec.test.ts fails if a JSZip upgrade starts recompressing them. Without a
 * codec (the standalone page) each part goes to JSZip as text and JSZip deflates it on generate.
 */
import type JSZip from 'jszip';
import { deflatedZip } from './deflatedZip';
import type { DeflatedPart, ZipCodec } from './zipCodec';

export class OporaParts {
  /** Part name → its deflated bytes, in the order parts were first given (the order JSZip would keep). */
  private readonly deflated = new Map<string, Promise<DeflatedPart>>();

  constructor(
    private readonly zip: JSZip,
    private readonly codec: ZipCodec | undefined,
  ) {}

  /** Adds or replaces the part `name`, its XML given whole or in pieces taken in order. */
  async add(name: string, xml: string | Iterable<string>): Promise<void> {
    const pieces = typeof xml === 'string' ? [xml] : xml;
    if (!this.codec) {
      this.zip.file(name, [...pieces].join(''));
      return;
    }
    const deflater = this.codec.deflater();
    for (const piece of pieces) await deflater.write(piece);
    const part = deflater.end();
    // The last piece is still being compressed while the next part is built; failures surface in into().
    part.catch(() => undefined);
    this.deflated.set(name, part);
  }

  /** Puts every deflated part into the zip (the text-only path has put them there already). */
  async into(): Promise<void> {
    if (this.deflated.size === 0) return;
    const entries = await Promise.all([...this.deflated].map(async ([name, part]) => ({ name, part: await part })));
    this.deflated.clear();
    // `createFolders` as zip.file() does by default, so a new folder gets its entry as it always did.
    await this.zip.loadAsync(deflatedZip(entries), { createFolders: true });
  }
}
