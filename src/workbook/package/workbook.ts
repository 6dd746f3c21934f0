/**
 * `PackageWorkbook`: the WorkbookPort over the .xlsx/.xlsm package itself. It reads only what Opora needs
 * (streamed from the zip) and writes by adding Opora's parts to the original zip, so every part Opora
 * does not own leaves byte for byte as it came in (its compressed data is passed through). Works in
 * Node and in the browser; a ZipCodec (Node's zlib in the CLI) inflates what is read and deflates Opora's
 * parts as they are written, else JSZip does both.
 */
import type JSZip from 'jszip';
import type { OutputDocument, SheetGrid } from '../../engine';
import type { WorkbookPort } from '../port';
import { readLayout } from './layout';
import { openZip } from './packageZip';
import { readGrids } from './readGrids';
import { writePackage } from './writePackage';
import type { ZipCodec } from './zipCodec';

/** JSZip's loaded-entry internals: the compression the entry came with. */
interface LoadedEntry {
  _data?: { compression?: { magic: string } };
  options: { compression?: string };
}

const STORED = '\x00\x00';

export class PackageWorkbook implements WorkbookPort {
  private constructor(readonly zip: JSZip) {}

  /** Opens the package; throws PackageError for a non-zip, a zip bomb or a zip without a workbook. */
  static async fromBytes(bytes: Uint8Array, codec?: ZipCodec): Promise<PackageWorkbook> {
    const zip = await openZip(bytes, codec);
    await readLayout(zip);
    // Entries that came stored stay stored, so their bytes pass through unchanged as well.
    for (const entry of Object.values(zip.files)) {
      const loaded = entry as unknown as LoadedEntry;
      if (loaded._data?.compression?.magic === STORED) loaded.options.compression = 'STORE';
    }
    return new PackageWorkbook(zip);
  }

  async readGrids(): Promise<SheetGrid[]> {
    return readGrids(this.zip, await readLayout(this.zip));
  }

  async apply(doc: OutputDocument): Promise<void> {
    await writePackage(this.zip, doc);
  }

  /**
   * The package as it now stands (deflated like Excel writes it; untouched entries keep their compressed
   * bytes, and so do Opora's parts the codec has deflated already).
   */
  toBytes(): Promise<Uint8Array> {
    return this.zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 6 } });
  }
}
