/**
 * Row heights for wrapped text on every Opora sheet. Excel and LibreOffice keep the stored row height when
 * they open a file instead of fitting it to wrapped text, so without an estimate a sheet prints with every
 * long text clipped to one line. The estimate wraps words greedily at the column width (Excel's width unit
 * is one «0» of the default font, about one Cyrillic letter), a little generously so nothing is clipped.
 * Excel's rows stop at 409 pt, so a table row whose text would need more is split over continuation rows
 * by `splitTallRow`, which the sheet builders call on their rows.
 */
import { parseRect } from '../a1';
import type { CellValue, OutputSheet } from '../model';

/** Points per line of 11-point text, and for other sizes proportionally. */
const LINE_POINTS = 15;
/** Excel's largest row height («Specifications and limits of Excel»: row height 409 points). */
export const MAX_ROW_POINTS = 409;
const DEFAULT_FONT = 11;
/** Bold text is wider; a width unit holds slightly fewer bold letters. */
const BOLD_WIDTH = 1.1;
/** Cell padding eats about one character of every column. */
const PADDING = 1;
const SPACE = 32;
const NEWLINE = 10;

/**
 * Text wrapped at spaces like Excel, fed piece by piece: every «\n» starts a line, words (runs between
 * spaces) fill a line greedily, a word longer than the line takes several. The state is three numbers, so
 * a text can be measured as it grows (`chunkText` adds list items one by one) without rescanning it.
 */
class LineWrap {
  private lines = 1;
  private used = 0;
  /** Letters of the word not yet placed (the text may continue it). */
  private word = 0;

  constructor(private readonly width: number) {}

  copy(): LineWrap {
    const c = new LineWrap(this.width);
    c.lines = this.lines;
    c.used = this.used;
    c.word = this.word;
    return c;
  }

  feed(text: string): this {
    for (let i = 0; i < text.length; i++) {
      const ch = text.charCodeAt(i);
      if (ch !== SPACE && ch !== NEWLINE) {
        this.word++;
        continue;
      }
      this.place();
      if (ch === NEWLINE) {
        this.lines++;
        this.used = 0;
      }
    }
    return this;
  }

  /** Lines of the text fed so far, as if it ended here. */
  total(): number {
    return this.copy().place().lines;
  }

  private place(): this {
    const { word, width } = this;
    this.word = 0;
    if (word === 0) return this;
    if (this.used > 0 && this.used + 1 + word <= width) this.used += 1 + word;
    else {
      if (this.used > 0) this.lines++;
      this.lines += Math.floor((word - 1) / width);
      this.used = word % width || width;
    }
    return this;
  }
}

/** A wrap of a column `chars` wide (at least one letter). */
const lineWrap = (chars: number) => new LineWrap(Math.max(1, Math.floor(chars)));

/** Lines a text takes in a column `chars` wide (`LineWrap`); region-scale sheets measure millions of words. */
export function wrappedLines(text: string, chars: number): number {
  // Most cells are short: a text no longer than the line and without «\n» takes one line, unscanned.
  if (text.length <= Math.max(1, Math.floor(chars)) && !text.includes('\n')) return 1;
  return lineWrap(chars).feed(text).total();
}

/** Lines of 11-point text a row may hold: 26 × 15 pt stays under 409 pt with a line to spare. */
const MAX_LINES = Math.floor(MAX_ROW_POINTS / LINE_POINTS) - 1;
/** Where a long text may be cut, best first: between paragraphs, list items, words. */
const CUTS = ['\n', ', ', ' '];

/** The text in pieces of at most MAX_LINES lines each in a column `fits` characters wide, cut at the best place. */
function chunkText(text: string, fits: number): string[] {
  if (wrappedLines(text, fits) <= MAX_LINES) return [text];
  for (const cut of CUTS) {
    const parts = text.split(cut);
    if (parts.length < 2) continue;
    const chunks: string[] = [];
    let current = '';
    // The current chunk's wrap, carried on as parts are added instead of measuring the chunk again each time.
    let wrap = lineWrap(fits);
    for (const part of parts) {
      const joined = current ? current + cut + part : part;
      const next = current ? wrap.copy().feed(cut + part) : lineWrap(fits).feed(part);
      if (current && next.total() > MAX_LINES) {
        chunks.push(current);
        current = part;
        wrap = lineWrap(fits).feed(part);
      } else {
        current = joined;
        wrap = next;
      }
    }
    chunks.push(current);
    // Each chunk is shorter than the text, so this ends; a single long part is cut further.
    return chunks.flatMap((c) => chunkText(c, fits));
  }
  const size = Math.max(1, Math.floor(fits)) * MAX_LINES;
  return Array.from({ length: Math.ceil(text.length / size) }, (_, i) => text.slice(i * size, (i + 1) * size));
}

/**
 * A table row, split over continuation rows when a wrapped cell would need a row taller than Excel's
 * 409 pt: each long cell keeps as many lines as fit (cut between paragraphs, then list items, then
 * words) and continues in the next row. The `repeat` columns (what identifies the row: the school, the
 * measure's number) are repeated on continuation rows, so sorting or filtering keeps them together.
 */
export function splitTallRow(row: CellValue[], columns: { width: number; wrap?: boolean }[], repeat: number[] = []): CellValue[][] {
  const chunks = row.map((value, col) =>
    typeof value === 'string' && columns[col]?.wrap ? chunkText(value, columns[col].width - PADDING) : [value],
  );
  const count = Math.max(1, ...chunks.map((c) => c.length));
  return Array.from({ length: count }, (_, i) =>
    row.map((value, col) => (i === 0 ? chunks[col][0] : (chunks[col][i] ?? (repeat.includes(col) ? value : null)))),
  );
}

/**
 * Per-cell layers of the sheet's styles, one flat array per property (row × width + col), each cell holding
 * the value of the last style covering it that sets the property, as Excel applies them in order. Built
 * once per sheet, so the lookup is O(1) per cell instead of a scan over every style (a region-scale sheet
 * has tens of thousands of styled ranges), and without one map entry per styled cell.
 */
interface StyleLayers {
  /** 0: no style sets it; 1: false; 2: true. */
  wrap: Uint8Array;
  bold: Uint8Array;
  /** NaN where no style sets it. */
  fontSize: Float64Array;
}

const flag = (value: boolean): number => (value ? 2 : 1);

function styleLayers(sheet: OutputSheet, height: number, width: number): StyleLayers {
  const layers: StyleLayers = { wrap: new Uint8Array(height * width), bold: new Uint8Array(height * width), fontSize: new Float64Array(height * width).fill(NaN) };
  for (const { range, style } of sheet.styles) {
    if (style.wrap === undefined && style.bold === undefined && style.fontSize === undefined) continue;
    const r = parseRect(range);
    for (let row = r.top; row <= Math.min(r.bottom, height - 1); row++) {
      for (let col = r.left; col <= Math.min(r.right, width - 1); col++) {
        const at = row * width + col;
        if (style.wrap !== undefined) layers.wrap[at] = flag(style.wrap);
        if (style.bold !== undefined) layers.bold[at] = flag(style.bold);
        if (style.fontSize !== undefined) layers.fontSize[at] = style.fontSize;
      }
    }
  }
  return layers;
}

/** Sets `rowHeights` for every row whose wrapped text needs more than one line. */
export function fitRowHeights(sheet: OutputSheet): void {
  const { values, columnWidths } = sheet;
  const height = values.length;
  const width = values.reduce((w, line) => Math.max(w, line.length), 0);
  const layers = styleLayers(sheet, height, width);
  const mergeRight = new Map<number, number>();
  for (const range of sheet.merges) {
    const m = parseRect(range);
    mergeRight.set(m.top * width + m.left, m.right);
  }
  const heights: Record<number, number> = {};
  for (let row = 0; row < height; row++) {
    const line = values[row];
    let points = 0;
    for (let col = 0; col < line.length; col++) {
      const value = line[col];
      const at = row * width + col;
      if (typeof value !== 'string' || layers.wrap[at] !== flag(true)) continue;
      let chars = 0;
      for (let c = col; c <= (mergeRight.get(at) ?? col); c++) chars += columnWidths[c] ?? 8.43;
      const size = layers.fontSize[at];
      const fontSize = Number.isNaN(size) ? DEFAULT_FONT : size;
      const fits = ((chars - PADDING) * DEFAULT_FONT) / fontSize / (layers.bold[at] === flag(true) ? BOLD_WIDTH : 1);
      points = Math.max(points, wrappedLines(value, fits) * LINE_POINTS * (fontSize / DEFAULT_FONT));
    }
    if (points > LINE_POINTS) heights[row] = Math.ceil(points);
  }
  sheet.rowHeights = heights;
}
