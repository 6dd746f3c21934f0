/**
 * Cell values crossing the Office.js boundary. Reading: Excel gives `""` for empty cells and serial
 * numbers for dates; the engine wants `null` and ISO days. Writing: Excel parses a string written through
 * `Range.values` like typed input (`=…` becomes a formula, `-5` a number, `001` the number 1), so such
 * strings need the text format `@` first.
 */
import type { CellValue } from '../../engine';

/** Number-format codes that show a date: d, y, or m without h/s, outside quotes and brackets. */
export function isDateFormat(format: string): boolean {
  const bare = format.replace(/"[^"]*"|\[[^\]]*\]|\\./g, '').toLowerCase();
  if (/[dy]/.test(bare)) return true;
  return bare.includes('m') && !/[hs]/.test(bare);
}

const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

/** ISO day of an Excel serial date (1900 system; Excel's phantom 29 Feb 1900 only shifts days before March 1900). */
export function serialToIsoDay(serial: number): string {
  return new Date(EXCEL_EPOCH_MS + Math.floor(serial) * 86_400_000).toISOString().slice(0, 10);
}

/** The engine's value for what Office.js returned for one cell. */
export function fromExcel(value: unknown, format: string): CellValue {
  if (value === '' || value === null || value === undefined) return null;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return null;
    return isDateFormat(format) ? serialToIsoDay(value) : value;
  }
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  return String(value);
}

const FORMULA_START = /^[=+\-@]/;
const NUMBER_LIKE = /^\s*[+-]?(\d[\d\s]*[.,]?\d*|[.,]\d+)([eE][+-]?\d+)?\s*%?\s*$/;
const DATE_LIKE = /^\s*\d{1,4}[./-]\d{1,2}([./-]\d{1,4})?\s*$/;
const BOOLEAN_LIKE = /^\s*(true|false|истина|ложь)\s*$/i;

/** True for a string Excel would not keep as text when written into a General cell. */
export function needsTextFormat(value: CellValue): boolean {
  return typeof value === 'string' && (FORMULA_START.test(value) || NUMBER_LIKE.test(value) || DATE_LIKE.test(value) || BOOLEAN_LIKE.test(value));
}
