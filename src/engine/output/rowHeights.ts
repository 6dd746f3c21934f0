/**
 * Row heights for wrapped text on every Opora sheet. Excel and LibreOffice keep the stored row height when
 * they open a file instead of fitting it to wrapped text, so without an estimate a sheet prints with every
 * long text clipped to one line. The estimate wraps words greedily at the column width (Excel's width unit
 * is one «0» of the default font, about one Cyrillic letter), a little generously so nothing is clipped.
 */
import { parseRect } from '../a1';
import type { CellRect, OutputSheet } from '../model';

/** Points per line of 11-point text, and for other sizes proportionally. */
const LINE_POINTS = 15;
const DEFAULT_FONT = 11;
/** Bold text is wider; a width unit holds slightly fewer bold letters. */
const BOLD_WIDTH = 1.1;
/** Cell padding eats about one character of every column. */
const PADDING = 1;

const inside = (r: CellRect, row: number, col: number) => row >= r.top && row <= r.bottom && col >= r.left && col <= r.right;

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

/** Sets `rowHeights` for every row whose wrapped text needs more than one line. */
export function fitRowHeights(sheet: OutputSheet): void {
  const wrapped = sheet.styles.filter((s) => s.style.wrap).map((s) => parseRect(s.range));
  const bold = sheet.styles.filter((s) => s.style.bold).map((s) => parseRect(s.range));
  const sized = sheet.styles.filter((s) => s.style.fontSize).map((s) => ({ rect: parseRect(s.range), size: s.style.fontSize! }));
  const merges = sheet.merges.map(parseRect);
  const heights: Record<number, number> = {};
  sheet.values.forEach((line, row) => {
    let points = 0;
    line.forEach((value, col) => {
      if (typeof value !== 'string' || !wrapped.some((r) => inside(r, row, col))) return;
      const merge = merges.find((m) => m.top === row && m.left === col);
      let width = 0;
      for (let c = col; c <= (merge?.right ?? col); c++) width += sheet.columnWidths[c] ?? 8.43;
      const isBold = bold.some((r) => inside(r, row, col));
      const size = [...sized].reverse().find((s) => inside(s.rect, row, col))?.size ?? DEFAULT_FONT;
      const chars = ((width - PADDING) * DEFAULT_FONT) / size / (isBold ? BOLD_WIDTH : 1);
      points = Math.max(points, wrappedLines(value, chars) * LINE_POINTS * (size / DEFAULT_FONT));
    });
    if (points > LINE_POINTS) heights[row] = Math.ceil(points);
  });
  sheet.rowHeights = heights;
}
