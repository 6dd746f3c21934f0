/**
 * One worksheet part → SheetGrid, streamed through XmlScanner: cached values (formulas give their
 * result), shared or inline strings, number formats, merges and the table parts it links. Only cells
 * that hold a value are kept, so a sheet of a million formatted but empty rows costs next to nothing.
 * Cells without `r` (allowed by the format) follow the previous one.
 */
import type JSZip from 'jszip';
import type { CellRect, CellValue } from '../../engine';
import { GENERAL, isDateFormat, serialToIsoDay } from './cellFormats';
import { streamPart } from './packageZip';
import { parseRange, parseCell } from './a1';
import { localName } from './saxNames';
import { XmlScanner } from './xmlScanner';

export interface SheetContext {
  sharedStrings: string[];
  /** Number format code per cell style index. */
  formats: string[];
  date1904: boolean;
}

export interface ReadSheet {
  values: CellValue[][];
  numberFormats: string[][];
  merges: CellRect[];
  /** Relationship ids of the sheet's `<tablePart>`s. */
  tableRels: string[];
}

interface CellState {
  row: number;
  col: number;
  type: string;
  style: number;
  text: string;
  hasValue: boolean;
}

function cellValue(cell: CellState, context: SheetContext, dateStyles: boolean[]): CellValue {
  const text = cell.text;
  switch (cell.type) {
    case 's': {
      const s = context.sharedStrings[Number(text)];
      return s === undefined ? null : s;
    }
    case 'inlineStr':
    case 'str':
    case 'e':
      return cell.hasValue ? text : null;
    case 'b':
      return cell.hasValue ? text.trim() === '1' || text.trim() === 'true' : null;
    case 'd':
      return cell.hasValue ? text.slice(0, 10) : null;
    default: {
      if (!cell.hasValue || text.trim() === '') return null;
      const n = Number(text);
      if (!Number.isFinite(n)) return null;
      return dateStyles[cell.style] ? serialToIsoDay(n, context.date1904) : n;
    }
  }
}

/**
 * The cells of the row being read, gathered in arrays reused from row to row and copied to arrays of the
 * row's exact length when it ends. A row grown cell by cell in an array of its own kept ~17 slots of slack
 * and lived long enough to be promoted before the grid was padded, so every row was promoted and then
 * copied again (the grids at 2,000 schools: 26 MB instead of 18 before padding copied them).
 */
class RowBuffer {
  row = -1;
  length = 0;
  private readonly values: CellValue[] = [];
  private readonly formats: string[] = [];

  /** Puts a value at `col` of the current row; the cells it skipped are empty. */
  set(col: number, value: CellValue, format: string): void {
    for (let c = this.length; c < col; c++) {
      this.values[c] = null;
      this.formats[c] = GENERAL;
    }
    this.values[col] = value;
    this.formats[col] = format;
    if (col >= this.length) this.length = col + 1;
  }

  /** The row's values and formats, exactly as long as its last value; the buffer is then empty. */
  take(): { values: CellValue[]; formats: string[] } {
    const taken = { values: this.values.slice(0, this.length), formats: this.formats.slice(0, this.length) };
    this.length = 0;
    return taken;
  }
}

/** Streams the sheet part `part` into values, formats and merges padded to a rectangle from A1. */
export async function readSheet(zip: JSZip, part: string, context: SheetContext): Promise<ReadSheet> {
  const values: CellValue[][] = [];
  const formats: string[][] = [];
  const merges: CellRect[] = [];
  const tableRels: string[] = [];
  let width = 0;
  let row = -1;
  let col = -1;
  let cell: CellState | undefined;
  let collecting = false;
  let phonetic = 0;
  const dateStyles = context.formats.map(isDateFormat);
  const buffer = new RowBuffer();
  /** Ends the buffered row: its cells go to the grid (after any of the same row met earlier, out of order). */
  const endRow = () => {
    if (buffer.length === 0) return;
    const at = buffer.row;
    const taken = buffer.take();
    const earlier = values[at];
    if (!earlier) {
      values[at] = taken.values;
      formats[at] = taken.formats;
      return;
    }
    const earlierFormats = formats[at];
    for (let c = earlier.length; c < taken.values.length; c++) {
      earlier[c] = null;
      earlierFormats[c] = GENERAL;
    }
    taken.values.forEach((v, c) => {
      if (v !== null) {
        earlier[c] = v;
        earlierFormats[c] = taken.formats[c];
      }
    });
  };
  const open = (name: string) => {
    switch (localName(name)) {
      case 'row': {
        endRow();
        const r = scanner.attribute('r');
        row = r ? Number(r) - 1 : row + 1;
        col = -1;
        break;
      }
      case 'c': {
        const r = scanner.attribute('r');
        const at = r ? parseCell(r) : undefined;
        if (at) {
          row = at.row;
          col = at.col;
        } else col += 1;
        cell = { row, col, type: scanner.attribute('t') ?? 'n', style: Number(scanner.attribute('s') ?? 0), text: '', hasValue: false };
        break;
      }
      case 'v':
        if (cell && cell.type !== 'inlineStr') {
          collecting = true;
          cell.hasValue = true;
        }
        break;
      case 'is':
        if (cell) cell.hasValue = true;
        break;
      case 'rPh':
        phonetic += 1;
        break;
      case 't':
        if (cell?.type === 'inlineStr' && phonetic === 0) collecting = true;
        break;
      case 'mergeCell': {
        const ref = scanner.attribute('ref');
        const rect = ref ? parseRange(ref) : undefined;
        if (rect) merges.push(rect);
        break;
      }
      case 'tablePart': {
        const id = scanner.attributeLocal('id');
        if (id) tableRels.push(id);
        break;
      }
    }
  };
  const text = (text: string) => {
    if (collecting && cell) cell.text += text;
  };
  const close = (qualified: string) => {
    const name = localName(qualified);
    if (name === 'v' || name === 't') collecting = false;
    else if (name === 'rPh') phonetic -= 1;
    else if (name === 'c' && cell) {
      const value = cellValue(cell, context, dateStyles);
      if (value !== null && cell.row >= 0 && cell.col >= 0) {
        // A cell's own address may name another row than its <row> (or no <row> at all).
        if (cell.row !== buffer.row) {
          endRow();
          buffer.row = cell.row;
        }
        buffer.set(cell.col, value, context.formats[cell.style] ?? GENERAL);
        width = Math.max(width, cell.col + 1);
      }
      cell = undefined;
    } else if (name === 'row') endRow();
  };
  const scanner = new XmlScanner({ open, close, text });
  await streamPart(zip, part, (chunk) => scanner.write(chunk));
  scanner.close();
  endRow();
  return { ...padded(values, formats, merges, width), merges, tableRels };
}

/**
 * Fills the rows out to a rectangle that covers every value and merge; merged non-masters read empty. A
 * row that already spans the width is kept as it is; a shorter one is copied to the full width, not grown
 * in place (a grown array keeps slack: in place the CLI's peak memory rose to 461 MB from 394–419 MB,
 * 01.12.2026).
 */
function padded(values: CellValue[][], formats: string[][], merges: CellRect[], valueWidth: number) {
  let height = values.length;
  let width = valueWidth;
  for (const m of merges) {
    height = Math.max(height, m.bottom + 1);
    width = Math.max(width, m.right + 1);
  }
  const outValues: CellValue[][] = new Array(height);
  const outFormats: string[][] = new Array(height);
  for (let r = 0; r < height; r++) {
    const source = values[r];
    if (source && source.length === width) {
      outValues[r] = source;
      outFormats[r] = formats[r];
      continue;
    }
    const line = new Array<CellValue>(width).fill(null);
    const lineFormats = new Array<string>(width).fill(GENERAL);
    if (source) {
      source.forEach((v, c) => {
        line[c] = v;
        lineFormats[c] = formats[r][c];
      });
    }
    outValues[r] = line;
    outFormats[r] = lineFormats;
  }
  for (const m of merges) {
    for (let r = m.top; r <= m.bottom; r++) {
      for (let c = m.left; c <= m.right; c++) if (r !== m.top || c !== m.left) outValues[r][c] = null;
    }
  }
  return { values: outValues, numberFormats: outFormats };
}

