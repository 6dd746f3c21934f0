/**
 * ExcelJS cell values → the engine's plain CellValue: formulas give their cached result, rich text and
 * hyperlinks their text, errors their Excel text (`#DIV/0!`), dates an ISO day (`2024-05-31`).
 */
import type { CellValue as ExcelValue } from 'exceljs';
import type { CellValue } from '../../engine';

/** ISO `YYYY-MM-DD` of an ExcelJS date (ExcelJS builds them in UTC from the serial number). */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** The plain value of one ExcelJS cell value; `null` for empty cells. */
export function toCellValue(value: ExcelValue | undefined): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : isoDay(value);
  if ('error' in value) return value.error;
  if ('richText' in value) return value.richText.map((run) => run.text).join('');
  if ('hyperlink' in value) return toCellValue(value.text as ExcelValue);
  if ('formula' in value || 'sharedFormula' in value) return toCellValue(value.result as ExcelValue);
  return null;
}
