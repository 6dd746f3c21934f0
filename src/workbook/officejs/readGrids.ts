/**
 * The read path: every sheet (hidden ones and `_opora` included) into a SheetGrid in one `Excel.run`.
 * Sync 1 lists the sheets; sync 2 loads each used range's bounds and the tables, and `_opora`'s cells;
 * sync 3 reads the values and number formats of every other used range but those of Opora's outputs (in ranges
 * of at most ~125,000 cells), the tables' ranges and the merged areas (ExcelApi 1.13, in row blocks:
 * Excel refuses a call over 512 areas).
 *
 * How many syncs the cells take depends on the platform (`Office.context.platform`). Excel on the web
 * refuses a request or a response over 5 MB, so there the ranges go ~4 MB per request and the syncs grow
 * with the bytes read (never with rows or sheets). Other hosts document no payload limit (only 5 million
 * cells per range read, on all platforms), so there every range goes in the one sync 3: three syncs for a
 * district or a region. Should a host refuse that request all the same, the read falls back to the web's
 * requests, halving them while Excel still says they are too large.
 */
import { type CellRect, type CellValue, type GridTable, isMetaName, type SheetGrid, skippedOutputSheets } from '../../engine';
import type { SkipRule } from '../port';
import { localPart, parseRect } from './a1';
import { API, supports, type IsSetSupported } from './apiSets';
import { fromExcel } from './cells';
import { isPayloadLimitError } from './errors';
import { MergeProbes } from './readMerges';

export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** `Office.context.platform` of Excel on the web (`Office.PlatformType.OfficeOnline`). */
export const WEB_PLATFORM = 'OfficeOnline';

/**
 * Cells per read request on the web and per range everywhere: ~32 bytes per cell for a value and its
 * number format keeps a response near 4 MB, under the web's 5 MB.
 */
export const READ_CELLS_PER_REQUEST = 125_000;
/** Below this the budget stops halving and the error is the user's to see. */
const MIN_READ_CELLS = 1_000;

/** Cells per request on a platform: the web's payload budget, or every range in one request elsewhere. */
export function readCellsPerRequest(platform: string | undefined): number {
  return platform === WEB_PLATFORM ? READ_CELLS_PER_REQUEST : Number.POSITIVE_INFINITY;
}

const VISIBILITY: Record<string, SheetGrid['visibility']> = { Visible: 'visible', Hidden: 'hidden', VeryHidden: 'veryHidden' };

export interface SheetBounds {
  sheet: Excel.Worksheet;
  name: string;
  visibility: SheetGrid['visibility'];
  /** Used range (values only), or null for an empty sheet. */
  used: CellRect | null;
  merges: CellRect[];
  tables: Excel.Table[];
  /** The used range's cells when sync 2 brought them (a sheet named like `_opora`): not asked again. */
  cells?: { values: unknown[][]; formats: string[][] };
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

/**
 * Sync 2: each used range's bounds and the tables' names, and the cells of the sheets named like `_opora`
 * (kept, so sync 3 does not ask for them again): their record says which of Opora's sheets the engine reads
 * back. The other outputs of Opora's (`skippedOutputSheets`) keep their name and state only, and sync 3
 * never reads their cells.
 */
async function loadBounds(context: Excel.RequestContext, sheets: Excel.Worksheet[], skip: SkipRule): Promise<SheetBounds[]> {
  const probes = sheets.map((sheet) => {
    const used = sheet.getUsedRangeOrNullObject(true);
    if (isMetaName(sheet.name)) used.load('rowIndex,columnIndex,rowCount,columnCount,values,numberFormat');
    else used.load('rowIndex,columnIndex,rowCount,columnCount');
    sheet.tables.load('items/name');
    return { sheet, used };
  });
  await context.sync();
  const records = probes.flatMap(({ sheet, used }) =>
    // Opora's record starts at A1, where its marker is; a used range starting elsewhere is not one.
    isMetaName(sheet.name) && !used.isNullObject && used.rowIndex === 0 && used.columnIndex === 0
      ? [{ name: sheet.name, values: used.values.map((line, i) => line.map((v, j) => fromExcel(v, (used.numberFormat[i]?.[j] as string) ?? 'General'))) }]
      : [],
  );
  const skipped = skip(
    sheets.map((sheet) => sheet.name),
    records,
  );
  return probes.map(({ sheet, used }) => {
    const unread = skipped.has(sheet.name);
    const cells = isMetaName(sheet.name) && !used.isNullObject && !unread ? { values: used.values, formats: used.numberFormat as string[][] } : undefined;
    return {
      ...(cells ? { cells } : {}),
      sheet,
      name: sheet.name,
      visibility: VISIBILITY[sheet.visibility] ?? 'visible',
      used:
        used.isNullObject || unread
          ? null
          : { top: used.rowIndex, left: used.columnIndex, bottom: used.rowIndex + used.rowCount - 1, right: used.columnIndex + used.columnCount - 1 },
      merges: [],
      tables: unread ? [] : sheet.tables.items,
    };
  });
}

/** Row blocks of every sheet, each at most `cells` cells. */
function planBlocks(bounds: SheetBounds[], cells: number, from: Block[] = []): Block[] {
  const source: Block[] = from.length
    ? from
    : bounds.flatMap((b, i) => (b.used && !b.cells ? [{ sheet: i, top: b.used.top, rows: b.used.bottom - b.used.top + 1 }] : []));
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

/**
 * Sync 3 and, on the web, those after it: the blocks packed `perRequest` cells per request, the tables'
 * ranges and the merged areas with the first. When Excel refuses a request, the merged areas are asked in
 * smaller blocks and the one-request read falls back to the web's budget; a payload error halves it.
 */
async function readCells(context: Excel.RequestContext, bounds: SheetBounds[], perRequest: number, withMerges: boolean): Promise<SheetCells[]> {
  const result: SheetCells[] = bounds.map((b) => ({ values: b.cells?.values ?? [], formats: b.cells?.formats ?? [], tables: [] }));
  const tableRanges = new Map<Excel.Table, Excel.Range>();
  const merges = new MergeProbes(bounds, withMerges);
  let budget = perRequest;
  let pending = planBlocks(bounds, READ_CELLS_PER_REQUEST);
  let tablesLoaded = bounds.every((b) => b.tables.length === 0);
  while (pending.length > 0 || !tablesLoaded || !merges.done) {
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
    const mergesAsked = merges.queue();
    try {
      // One sync for all cells off the web; there, one per ~4 MB of cells, not once per row or sheet.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
    } catch (error) {
      pending = [...batch.map((x) => x.block), ...pending];
      if (isPayloadLimitError(error)) {
        if (budget <= MIN_READ_CELLS) throw error;
        budget = Number.isFinite(budget) ? Math.floor(budget / 2) : READ_CELLS_PER_REQUEST;
        pending = planBlocks(bounds, Math.min(budget, READ_CELLS_PER_REQUEST), pending);
        continue;
      }
      // Not a size error: too many merged areas in a block, or a host that would not take it all at once.
      const smaller = mergesAsked && merges.halve();
      if (!smaller && !Number.isFinite(budget)) budget = READ_CELLS_PER_REQUEST;
      else if (!smaller) throw error;
      continue;
    }
    tablesLoaded = true;
    if (mergesAsked) merges.collect();
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

export async function readGrids(run: ExcelRun, isSetSupported: IsSetSupported, platform?: string, skip: SkipRule = skippedOutputSheets): Promise<SheetGrid[]> {
  return run(async (context) => {
    const worksheets = context.workbook.worksheets;
    worksheets.load('items/name,items/visibility');
    await context.sync();
    const bounds = await loadBounds(context, worksheets.items, skip);
    const read = await readCells(context, bounds, readCellsPerRequest(platform), supports(isSetSupported, API.mergedAreas));
    return bounds.map((b, i) => toGrid(b, read[i]));
  });
}
