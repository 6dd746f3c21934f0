/**
 * `WorkbookPort` over Office.js, plus the task pane's few single-sheet operations (go to a cell, read the
 * settings sheet, write a few cells). `run` is `Excel.run` in the add-in and the simulator's `run` in
 * tests and the preview; `isSetSupported` is `Office.context.requirements.isSetSupported` or its stand-in;
 * `platform` is `Office.context.platform` (the read sizes its requests by it: see readGrids.ts).
 */
import type { CellValue, OutputDocument, SheetGrid } from '../../engine';
import type { WorkbookPort } from '../port';
import type { IsSetSupported } from './apiSets';
import { applyDocument } from './applyDocument';
import { readGrids, type ExcelRun } from './readGrids';
import { readSheet, selectCell, writeCells } from './sheetAccess';

export class OfficeJsWorkbook implements WorkbookPort {
  constructor(
    private readonly run: ExcelRun,
    private readonly isSetSupported: IsSetSupported,
    private readonly platform?: string,
  ) {}

  readGrids(): Promise<SheetGrid[]> {
    return readGrids(this.run, this.isSetSupported, this.platform);
  }

  apply(doc: OutputDocument): Promise<void> {
    return applyDocument(this.run, this.isSetSupported, doc);
  }

  /** Activates the sheet and selects the cell or range; false when the workbook has no such sheet. */
  select(sheet: string, cell?: string): Promise<boolean> {
    return selectCell(this.run, sheet, cell);
  }

  /** One sheet's values from A1 to its last used cell; null when the workbook has no such sheet. */
  readSheet(name: string): Promise<SheetGrid | null> {
    return readSheet(this.run, name);
  }

  /** Writes values into cells (local A1 addresses) of one sheet; false when the sheet is absent. */
  writeCells(sheet: string, cells: { address: string; value: CellValue }[]): Promise<boolean> {
    return writeCells(this.run, sheet, cells);
  }
}
