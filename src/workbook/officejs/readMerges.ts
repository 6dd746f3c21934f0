/**
 * The merged areas of every sheet, asked for in row blocks of whole rows (a merge may sit right of the
 * last value) in the read's cell request. `Range.getMergedAreasOrNullObject` fails over 512 areas, so a
 * block is 1,024 rows — Opora's own sheets for 2,000 schools hold at most ~280 areas in any such block —
 * and while Excel refuses, the blocks are halved down to 32 rows. Each probe reaches 32 rows into the block
 * above, so an area up to 33 rows tall crossing a block's edge lies whole inside one probe (the reference
 * does not say whether an area only partly in the range is listed); one found twice is kept once.
 * Whole-row and whole-column areas (`1:1`, `B:B`) are cut to the used range.
 */
import type { CellRect } from '../../engine';
import { parseRect, SHEET_COLUMNS, SHEET_ROWS, splitAreas } from './a1';
import type { SheetBounds } from './readGrids';

/** Rows per merged-areas probe to start with. */
export const MERGE_BLOCK_ROWS = 1_024;
/** Halving stops here: more than 512 areas in 32 whole rows is not a table anyone keeps. */
const MIN_MERGE_BLOCK_ROWS = 32;
/** Rows each probe reaches into the block above. */
const MERGE_OVERLAP_ROWS = 32;

/** Whole-row and whole-column merges cut to the used range, so the grid does not grow to Excel's size. */
function clipMerges(merges: CellRect[], used: CellRect | null): CellRect[] {
  const bottom = used?.bottom ?? 0;
  const right = used?.right ?? 0;
  return merges.map((m) => ({ ...m, bottom: m.bottom >= SHEET_ROWS - 1 ? Math.max(m.top, bottom) : m.bottom, right: m.right >= SHEET_COLUMNS - 1 ? Math.max(m.left, right) : m.right }));
}

export class MergeProbes {
  private rows = MERGE_BLOCK_ROWS;
  private probes: { b: SheetBounds; areas: Excel.RangeAreas }[] = [];
  done: boolean;

  /** `enabled` is false on hosts without ExcelApi 1.13: then sheets are read without merged areas. */
  constructor(
    private readonly bounds: SheetBounds[],
    enabled: boolean,
  ) {
    this.done = !enabled || bounds.every((b) => !b.used);
  }

  /** Queues one probe per block of every used range; false when the merged areas are read already. */
  queue(): boolean {
    if (this.done) return false;
    this.probes = this.bounds.flatMap((b) => {
      const used = b.used;
      if (!used) return [];
      const out: { b: SheetBounds; areas: Excel.RangeAreas }[] = [];
      for (let top = 0; top <= used.bottom; top += this.rows) {
        const from = Math.max(0, top - MERGE_OVERLAP_ROWS);
        const range = b.sheet.getRangeByIndexes(from, 0, Math.min(top + this.rows, used.bottom + 1) - from, SHEET_COLUMNS);
        out.push({ b, areas: range.getMergedAreasOrNullObject().load('address') });
      }
      return out;
    });
    return true;
  }

  /** Smaller blocks for the next try; false when they are as small as they go. */
  halve(): boolean {
    if (this.rows <= MIN_MERGE_BLOCK_ROWS) return false;
    this.rows = Math.max(MIN_MERGE_BLOCK_ROWS, Math.ceil(this.rows / 2));
    return true;
  }

  /** After the sync that answered the probes: each sheet's merged areas, once each. */
  collect(): void {
    for (const b of this.bounds) {
      const seen = new Map<string, CellRect>();
      for (const p of this.probes) {
        if (p.b !== b || p.areas.isNullObject) continue;
        for (const m of splitAreas(p.areas.address).map(parseRect)) seen.set(`${m.top}:${m.left}:${m.bottom}:${m.right}`, m);
      }
      b.merges = clipMerges([...seen.values()], b.used);
    }
    this.done = true;
  }
}
