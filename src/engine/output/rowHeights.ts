/**
 * Row heights for wrapped text on every Opora sheet. Excel and LibreOffice keep the stored row height when
 * they open a file instead of fitting it to wrapped text, so without an estimate a sheet prints with every
 * long text clipped to one line. The estimate wraps words greedily at the column width (Excel's width unit
 * is one «0» of the default font, about one Cyrillic letter), a little generously so nothing is clipped.
 */
import { parseRect } from '../a1';
import type { OutputSheet } from '../model';

/** Points per line of 11-point text, and for other sizes proportionally. */
const LINE_POINTS = 15;
const DEFAULT_FONT = 11;
/** Bold text is wider; a width unit holds slightly fewer bold letters. */
const BOLD_WIDTH = 1.1;
/** Cell padding eats about one character of every column. */
const PADDING = 1;

/** Lines a text takes in a column `chars` wide, wrapping at spaces like Excel. */
export function wrappedLines(text: string, chars: number): number {
  const width = Math.max(1, Math.floor(chars));
  let lines = 0;
  for (const paragraph of text.split('\n')) {
    let used = 0;
    lines++;
    for (const word of paragraph.split(' ').filter(Boolean)) {
      if (used > 0 && used + 1 + word.length <= width) {
        used += 1 + word.length;
        continue;
      }
      if (used > 0) lines++;
      lines += Math.floor(Math.max(0, word.length - 1) / width);
      used = word.length % width || width;
    }
  }
  return lines;
}

/**
 * A per-cell layer of the sheet's styles: `at(row, col)` gives the value of the last style covering the
 * cell that defines `pick`, as Excel applies them in order. Built once per sheet, so the lookup is O(1)
 * per cell instead of a scan over every style (a region-scale sheet has thousands of styled ranges).
 */
function styleLayer<T>(sheet: OutputSheet, height: number, width: number, pick: (style: OutputSheet['styles'][number]['style']) => T | undefined) {
  const layer = new Map<number, T>();
  for (const { range, style } of sheet.styles) {
    const value = pick(style);
    if (value === undefined) continue;
    const r = parseRect(range);
    for (let row = r.top; row <= Math.min(r.bottom, height - 1); row++) {
      for (let col = r.left; col <= Math.min(r.right, width - 1); col++) layer.set(row * width + col, value);
    }
  }
  return (row: number, col: number): T | undefined => layer.get(row * width + col);
}

/** Sets `rowHeights` for every row whose wrapped text needs more than one line. */
export function fitRowHeights(sheet: OutputSheet): void {
  const height = sheet.values.length;
  const width = sheet.values.reduce((w, line) => Math.max(w, line.length), 0);
  const wrapped = styleLayer(sheet, height, width, (s) => s.wrap);
  const bold = styleLayer(sheet, height, width, (s) => s.bold);
  const size = styleLayer(sheet, height, width, (s) => s.fontSize);
  const mergeRight = new Map<number, number>();
  for (const m of sheet.merges.map(parseRect)) mergeRight.set(m.top * width + m.left, m.right);
  const heights: Record<number, number> = {};
  sheet.values.forEach((line, row) => {
    let points = 0;
    line.forEach((value, col) => {
      if (typeof value !== 'string' || !wrapped(row, col)) return;
      let chars = 0;
      for (let c = col; c <= (mergeRight.get(row * width + col) ?? col); c++) chars += sheet.columnWidths[c] ?? 8.43;
      const fontSize = size(row, col) ?? DEFAULT_FONT;
      const fits = ((chars - PADDING) * DEFAULT_FONT) / fontSize / (bold(row, col) ? BOLD_WIDTH : 1);
      points = Math.max(points, wrappedLines(value, fits) * LINE_POINTS * (fontSize / DEFAULT_FONT));
    });
    if (points > LINE_POINTS) heights[row] = Math.ceil(points);
  });
  sheet.rowHeights = heights;
}
