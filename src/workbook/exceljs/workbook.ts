/** `ExcelJsWorkbook`: the WorkbookPort over an ExcelJS workbook, loaded from and saved to .xlsx bytes. */
import ExcelJS from 'exceljs';
import type { OutputDocument, SheetGrid } from '../../engine';
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

  async readGrids(): Promise<SheetGrid[]> {
    return this.workbook.worksheets.map(readGrid);
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
