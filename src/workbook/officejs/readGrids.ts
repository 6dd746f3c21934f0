/**
 * The read path: every sheet (hidden ones and `_opora` included) into a SheetGrid in one `Excel.run`.
 * Sync 1 lists the sheets; sync 2 loads each used range's bounds, merged areas (ExcelApi 1.13) and
 * tables (over 512 merged areas on a sheet, Excel refuses them: then they come in row blocks, a sync or
 * two more); then values and number formats are read in requests of at most ~125,000 cells (≈ 4 MB), several
 * sheets per request. A workbook of any number of schools takes three syncs until its cells pass that
 * budget; beyond it, syncs grow with bytes, never with rows.
 */
import type { CellRect, CellValue, GridTable, SheetGrid } from '../../engine';
import { localPart, parseRect, SHEET_COLUMNS, SHEET_ROWS, splitAreas } from './a1';
import { API, supports, type IsSetSupported } from './apiSets';
import { fromExcel } from './cells';
import { isPayloadLimitError } from './errors';

export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** Cells per read request: ~32 bytes per cell for a value and its number format keeps a request near 4 MB. */
export const READ_CELLS_PER_REQUEST = 125_000;
/** Below this the budget stops halving and the error is the user's to see. */
const MIN_READ_CELLS = 1_000;

const VISIBILITY: Record<string, SheetGrid['visibility']> = { Visible: 'visible', Hidden: 'hidden', VeryHidden: 'veryHidden' };

interface SheetBounds {
  sheet: Excel.Worksheet;
  name: string;
  visibility: SheetGrid['visibility'];
  /** Used range (values only), or null for an empty sheet. */
  used: CellRect | null;
  merges: CellRect[];
  tables: Excel.Table[];
}

/** What the value requests brought back for one sheet, rows relative to its used range. */
interface SheetCells {
  values: unknown[][];
  formats: string[][];
  tables: GridTable[];
}

interface Block {
  sheet: number;
  top: number;
  rows: number;
}

/** Rows per merged-areas probe to start with; Excel refuses a probe holding more than 512 areas. */
const MERGE_BLOCK_ROWS = 2_048;

/** Sync 2: each used range's bounds, the tables, and (one probe per sheet) the merged areas when the host has them. */
async function loadBounds(context: Excel.RequestContext, sheets: Excel.Worksheet[], withMerges: boolean): Promise<SheetBounds[]> {
  const probes = sheets.map((sheet) => {
    const used = sheet.getUsedRangeOrNullObject(true);
    used.load('rowIndex,columnIndex,rowCount,columnCount');
    const merged = withMerges ? sheet.getRange().getMergedAreasOrNullObject() : null;
    merged?.load('address');
    sheet.tables.load('items/name');
    return { sheet, used, merged };
  });
  try {
    await context.sync();
  } catch (error) {
    // Excel refuses getMergedAreas over 512 areas: read the bounds alone, then the merges block by block.
    if (!withMerges) throw error;
    const bounds = await loadBounds(context, sheets, false);
    await loadMergesByBlock(context, bounds);
    return bounds;
  }
  return probes.map(({ sheet, used, merged }) => {
    const rect = used.isNullObject
      ? null
      : { top: used.rowIndex, left: used.columnIndex, bottom: used.rowIndex + used.rowCount - 1, right: used.columnIndex + used.columnCount - 1 };
    return {
      sheet,
      name: sheet.name,
      visibility: VISIBILITY[sheet.visibility] ?? 'visible',
      used: rect,
      merges: merged && !merged.isNullObject ? clipMerges(splitAreas(merged.address).map(parseRect), rect) : [],
      tables: sheet.tables.items,
    };
  });
}

/**
 * The merged areas of every used range in row blocks, all blocks in one request; while Excel refuses
 * (a block over 512 areas), the blocks are halved and asked again. An area crossing blocks is kept once.
 */
async function loadMergesByBlock(context: Excel.RequestContext, bounds: SheetBounds[]): Promise<void> {
  for (let rows = MERGE_BLOCK_ROWS; ; rows = Math.ceil(rows / 2)) {
    const probes = bounds.flatMap((b) => {
      const used = b.used;
      if (!used) return [];
      const out: { b: SheetBounds; areas: Excel.RangeAreas }[] = [];
      for (let top = 0; top <= used.bottom; top += rows) {
        // Whole rows: a merge may sit right of the last value.
        const range = b.sheet.getRangeByIndexes(top, 0, Math.min(rows, used.bottom + 1 - top), SHEET_COLUMNS);
        out.push({ b, areas: range.getMergedAreasOrNullObject().load('address') });
      }
      return out;
    });
    try {
      // One request per halving: a handful at most, however many rows.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
    } catch (error) {
      if (rows > 1) continue;
      throw error;
    }
    for (const b of bounds) {
      const seen = new Map<string, CellRect>();
      for (const p of probes) {
        if (p.b !== b || p.areas.isNullObject) continue;
        for (const m of splitAreas(p.areas.address).map(parseRect)) seen.set(`${m.top}:${m.left}:${m.bottom}:${m.right}`, m);
      }
      b.merges = clipMerges([...seen.values()], b.used);
    }
    return;
  }
}

/** Whole-row and whole-column merges (`1:1`, `B:B`) cut to the used range, so the grid does not grow to Excel's size. */
function clipMerges(merges: CellRect[], used: CellRect | null): CellRect[] {
  const bottom = used?.bottom ?? 0;
  const right = used?.right ?? 0;
  return merges.map((m) => ({ ...m, bottom: m.bottom >= SHEET_ROWS - 1 ? Math.max(m.top, bottom) : m.bottom, right: m.right >= SHEET_COLUMNS - 1 ? Math.max(m.left, right) : m.right }));
}

/** Row blocks of every sheet, each at most `cells` cells. */
function planBlocks(bounds: SheetBounds[], cells: number, from: Block[] = []): Block[] {
  const source: Block[] = from.length
    ? from
    : bounds.flatMap((b, i) => (b.used ? [{ sheet: i, top: b.used.top, rows: b.used.bottom - b.used.top + 1 }] : []));
  return source.flatMap((block) => {
    const used = bounds[block.sheet].used as CellRect;
    const width = used.right - used.left + 1;
    const step = Math.max(1, Math.floor(cells / width));
    const out: Block[] = [];
    for (let top = block.top; top < block.top + block.rows; top += step) {
      out.push({ sheet: block.sheet, top, rows: Math.min(step, block.top + block.rows - top) });
    }
    return out;
  });
}

function cellsOf(bounds: SheetBounds[], b: Block): number {
  const used = bounds[b.sheet].used as CellRect;
  return b.rows * (used.right - used.left + 1);
}

/** Reads all blocks, packing several per request; halves the request size when Excel says it is too big. */
async function readBlocks(context: Excel.RequestContext, bounds: SheetBounds[]): Promise<SheetCells[]> {
  const result: SheetCells[] = bounds.map(() => ({ values: [], formats: [], tables: [] }));
  const tableRanges = new Map<Excel.Table, Excel.Range>();
  let budget = READ_CELLS_PER_REQUEST;
  let pending = planBlocks(bounds, budget);
  let tablesLoaded = bounds.every((b) => b.tables.length === 0);
  while (pending.length > 0 || !tablesLoaded) {
    const batch: { block: Block; range: Excel.Range }[] = [];
    let cells = 0;
    while (pending.length > 0 && (batch.length === 0 || cells + cellsOf(bounds, pending[0]) <= budget)) {
      const block = pending.shift() as Block;
      const b = bounds[block.sheet];
      const used = b.used as CellRect;
      const range = b.sheet.getRangeByIndexes(block.top, used.left, block.rows, used.right - used.left + 1);
      range.load('values,numberFormat');
      batch.push({ block, range });
      cells += cellsOf(bounds, block);
    }
    if (!tablesLoaded) {
      for (const b of bounds) for (const t of b.tables) tableRanges.set(t, t.getRange().load('address'));
    }
    try {
      // One sync per ~4 MB of cells: the loop runs as often as the bytes need, not once per row or sheet.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
    } catch (error) {
      if (!isPayloadLimitError(error) || budget <= MIN_READ_CELLS) throw error;
      budget = Math.floor(budget / 2);
      pending = planBlocks(bounds, budget, [...batch.map((x) => x.block), ...pending]);
      continue;
    }
    tablesLoaded = true;
    for (const { block, range } of batch) {
      const into = result[block.sheet];
      const offset = block.top - (bounds[block.sheet].used as CellRect).top;
      range.values.forEach((line, i) => (into.values[offset + i] = line));
      range.numberFormat.forEach((line, i) => (into.formats[offset + i] = line as string[]));
    }
  }
  bounds.forEach((b, i) => {
    result[i].tables = b.tables.map((t) => ({ name: t.name, rect: parseRect(localPart((tableRanges.get(t) as Excel.Range).address)) }));
  });
  return result;
}

/** Pads the used range to start at A1 and grows the grid to cover merged areas, as SheetGrid promises. */
function toGrid(b: SheetBounds, read: SheetCells): SheetGrid {
  let height = b.used ? b.used.bottom + 1 : 0;
  let width = b.used ? b.used.right + 1 : 0;
  for (const m of b.merges) {
    height = Math.max(height, m.bottom + 1);
    width = Math.max(width, m.right + 1);
  }
  const values: CellValue[][] = Array.from({ length: height }, () => new Array<CellValue>(width).fill(null));
  const numberFormats: string[][] = Array.from({ length: height }, () => new Array<string>(width).fill('General'));
  if (b.used) {
    const { top, left } = b.used;
    read.values.forEach((line, i) =>
      line.forEach((v, j) => {
        const format = read.formats[i]?.[j] ?? 'General';
        values[top + i][left + j] = fromExcel(v, format);
        numberFormats[top + i][left + j] = format;
      }),
    );
  }
  return { name: b.name, values, numberFormats, merges: b.merges, tables: read.tables, visibility: b.visibility };
}

export async function readGrids(run: ExcelRun, isSetSupported: IsSetSupported): Promise<SheetGrid[]> {
  return run(async (context) => {
    const worksheets = context.workbook.worksheets;
    worksheets.load('items/name,items/visibility');
    await context.sync();
    const bounds = await loadBounds(context, worksheets.items, supports(isSetSupported, API.mergedAreas));
    const read = await readBlocks(context, bounds);
    return bounds.map((b, i) => toGrid(b, read[i]));
  });
}
