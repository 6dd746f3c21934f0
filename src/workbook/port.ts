/**
 * The one port every workbook adapter implements (ExcelJS for files, Office.js for the add-in).
 * Adapters only serialise: they read every sheet into a SheetGrid and write an OutputDocument that the
 * engine built in full beforehand. They never decide what to write.
 */
import type { OutputDocument, SheetGrid } from '../engine';

export interface WorkbookPort {
  /** Reads every sheet (hidden ones and Opora's very hidden `_opora` included). */
  readGrids(): Promise<SheetGrid[]>;
  /**
   * Writes the document: deletes `removeSheets`, replaces `replace` sheets, creates `createOnce` sheets
   * only where absent, and touches no other sheet.
   */
  apply(doc: OutputDocument): Promise<void>;
}
