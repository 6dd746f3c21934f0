/** `ExcelJsWorkbook`: the WorkbookPort over an ExcelJS workbook, loaded from and saved to .xlsx bytes. */
import ExcelJS from 'exceljs';
import { isMetaName, type OutputDocument, type SheetGrid, skippedOutputSheets } from '../../engine';
import type { WorkbookPort } from '../port';
import { applyDocument } from './applyDocument';
import { shareEmptyStyles } from './emptyStyles';
import { readGrid } from './readGrid';

export class ExcelJsWorkbook implements WorkbookPort {
  constructor(readonly workbook: ExcelJS.Workbook) {}

  static async fromFile(path: string): Promise<ExcelJsWorkbook> {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path);
    return new ExcelJsWorkbook(wb);
  }

  static async fromBuffer(buf: ArrayBuffer | Uint8Array): Promise<ExcelJsWorkbook> {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(buf as ArrayBuffer);
    return new ExcelJsWorkbook(wb);
  }

  /** Opora's outputs of an earlier run give their name and state only, as in the package adapter. */
  async readGrids(): Promise<SheetGrid[]> {
    const sheets = this.workbook.worksheets;
    const skipped = skippedOutputSheets(
      sheets.map((ws) => ws.name),
      sheets.filter((ws) => isMetaName(ws.name)).map(readGrid),
    );
    return sheets.map((ws) =>
      skipped.has(ws.name) ? { name: ws.name, visibility: ws.state, values: [], numberFormats: [], merges: [], tables: [] } : readGrid(ws),
    );
  }

  async apply(doc: OutputDocument): Promise<void> {
    applyDocument(this.workbook, doc);
  }

  async toBuffer(): Promise<Uint8Array> {
    shareEmptyStyles(this.workbook);
    return new Uint8Array(await this.workbook.xlsx.writeBuffer());
  }

  async writeFile(path: string): Promise<void> {
    shareEmptyStyles(this.workbook);
    await this.workbook.xlsx.writeFile(path);
  }
}
