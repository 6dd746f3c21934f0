/**
 * The printed pages of a roadmap, estimated while it is written (issue «documents a head of department signs»:
 * the school's name and the column headers on every continued page). A4 landscape fitted to the width of the
 * block grid holds about `capacity` points of sheet rows; a table that would run over a page continues on the
 * next one under its section heading «… (продолжение)» and its column headers again. Heights are estimated as
 * `fitRowHeights` fits them (wrapped lines × 15 pt), with a margin for what the estimate cannot see.
 */
import type { CellValue } from '../model';
import { wrappedLines } from './rowHeights';

const LINE_POINTS = 15;
/** A4 landscape in points, less Excel's default margins (0.7″ sides, 0.75″ top and bottom). */
const PRINT_WIDTH = 842 - 2 * 50.4;
const PRINT_HEIGHT = 595 - 2 * 54;
/** Part of a page the estimate may fill: wrapping in Excel and LibreOffice differs from the character count. */
const SAFETY = 0.75;

export class Pager {
  private used = 0;
  readonly breaks: number[] = [];
  /** The rows of `breaks`, to keep each once without a scan (a region's roadmap has thousands of pages). */
  private readonly broken = new Set<number>();

  /** `widths` are the sheet's column widths in characters; `repeated` the points of rows repeated on every page. */
  constructor(widths: number[], repeated = 0) {
    const sheetWidth = widths.reduce((a, w) => a + (w * 7 + 5) * 0.75, 0);
    const scale = Math.min(1, PRINT_WIDTH / sheetWidth);
    this.capacity = (PRINT_HEIGHT / scale) * SAFETY - repeated;
  }

  private readonly capacity: number;

  /** Starts a new page before the 0-based `row`. */
  breakBefore(row: number): void {
    if (row > 0 && !this.broken.has(row)) {
      this.broken.add(row);
      this.breaks.push(row);
    }
    this.used = 0;
  }

  fits(points: number): boolean {
    return this.used + points <= this.capacity;
  }

  /** Whether this much would fit on an empty page. */
  fitsAPage(points: number): boolean {
    return points <= this.capacity;
  }

  add(points: number): void {
    this.used += points;
  }
}

/** Points a row of these cells needs, each cell wrapped in its width (characters). */
export function rowPoints(cells: CellValue[], widths: number[]): number {
  const lines = cells.map((v, i) => (v === null || v === undefined ? 1 : wrappedLines(String(v), Math.max(1, (widths[i] ?? 8) - 1))));
  return Math.max(1, ...lines) * LINE_POINTS;
}
