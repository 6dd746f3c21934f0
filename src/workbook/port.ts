/**
 * The one port every workbook adapter implements (ExcelJS for files, Office.js for the add-in).
 * Adapters only serialise: they read every sheet into a SheetGrid and write an OutputDocument that the
 * engine built in full beforehand. They never decide what to write.
 */
import type { OutputDocument, SheetGrid } from '../engine';

/**
 * The sheets a read leaves without cells, given every sheet's name and the grids of those named like
 * `_opora`: the engine's `skippedOutputSheets`, or none at all for a test that checks what was written.
 */
export type SkipRule = (names: string[], records: SheetGrid[]) => Set<string>;

export interface WorkbookPort {
  /**
   * Reads every sheet (hidden ones and Opora's very hidden `_opora` included). The sheets the engine
   * never reads (`skippedOutputSheets`: Opora's outputs of an earlier run) may come with their name and
   * state only, without cells.
   */
  readGrids(): Promise<SheetGrid[]>;
  /**
   * Writes the document: deletes `removeSheets`, replaces `replace` sheets, creates `createOnce` sheets
   * only where absent, and touches no other sheet.
   */
  apply(doc: OutputDocument): Promise<void>;
}
