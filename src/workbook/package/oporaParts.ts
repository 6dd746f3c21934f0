/**
 * Opora's own parts on their way into the user's zip. With a codec each part is deflated as soon as it is
 * serialised (Node's zlib works on its own threads while the next sheet is serialised) and only its
 * compressed bytes are kept; `into()` then loads them all into the JSZip as one zip of deflated entries.
 * JSZip keeps the compressed data of loaded entries and generates them as they are when the compression
 * is the same — the pass-through that already keeps the user's parts byte for byte;
 * tests/adapter/package/oporaParts.test.ts fails if a JSZip upgrade starts recompressing them. Without a
 * codec (the standalone page) each part goes to JSZip as text and JSZip deflates it on generate.
 */
import type JSZip from 'jszip';
import { deflatedZip } from './deflatedZip';
import type { DeflatedPart, ZipCodec } from './zipCodec';

/** Characters of XML being compressed at once: beyond this, serialising waits for the codec. */
const IN_FLIGHT_CHARS = 32 * 1024 * 1024;

export class OporaParts {
  /** Part name → its deflated bytes, in the order parts were first given (the order JSZip would keep). */
  private readonly deflated = new Map<string, Promise<DeflatedPart>>();
  private readonly compressing = new Set<Promise<unknown>>();
  private inFlight = 0;

  constructor(
    private readonly zip: JSZip,
    private readonly codec: ZipCodec | undefined,
  ) {}

  /** Adds or replaces the part `name`; resolves once the codec has room for more. */
  async add(name: string, text: string): Promise<void> {
    if (!this.codec) {
      this.zip.file(name, text);
      return;
    }
    const part = this.codec.deflate(text);
    this.deflated.set(name, part);
    // Failures surface in into(); this only tracks what is still being compressed.
    const settled = part.then(
      () => undefined,
      () => undefined,
    );
    this.inFlight += text.length;
    this.compressing.add(settled);
    void settled.then(() => {
      this.inFlight -= text.length;
      this.compressing.delete(settled);
    });
    while (this.inFlight > IN_FLIGHT_CHARS) await Promise.race(this.compressing);
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
