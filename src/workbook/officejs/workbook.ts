/**
 * `WorkbookPort` over Office.js. `run` is `Excel.run` in the add-in and the simulator's `run` in tests and
 * the preview; `isSetSupported` is `Office.context.requirements.isSetSupported` or its stand-in.
 */
import type { OutputDocument, SheetGrid } from '../../engine/model';
import type { WorkbookPort } from '../port';
import type { IsSetSupported } from './apiSets';
import { applyDocument } from './applyDocument';
import { readGrids, type ExcelRun } from './readGrids';

export class OfficeJsWorkbook implements WorkbookPort {
  constructor(
    private readonly run: ExcelRun,
    private readonly isSetSupported: IsSetSupported,
  ) {}

  readGrids(): Promise<SheetGrid[]> {
    return readGrids(this.run, this.isSetSupported);
  }

  apply(doc: OutputDocument): Promise<void> {
    return applyDocument(this.run, this.isSetSupported, doc);
  }
}
