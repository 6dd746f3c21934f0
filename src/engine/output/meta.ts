/**
 * The very hidden `_opora` sheet: which sheets Opora owns (key and real name, read by
 * `owned.ts#readOwnedSheets`), its version, and the flagged sets that
 * «what changed» compares against. Every adapter can read it (unlike add-in settings or custom XML parts).
 *
 * «What changed» is kept idempotent: `current` is the latest result and `baseline` the result before the
 * latest *change*, so re-running on the same data rewrites the same workbook and still shows what the last
 * real change was.
 */
import type { CellValue, OutputSheet, SheetGrid } from '../model';
import { findMetaGrid, META_HEADER, META_SHEET, OWNED_ROW, readOwnedSheets, type OwnedSheet } from '../owned';
import { emptySheet } from './sheet';

export const OPORA_VERSION = '0.1.0';

/** A flagged set: school id → kinds (ШНОР, ШНСУ) joined by «+». */
export type FlagSnapshot = Record<string, string>;

export interface MetaState {
  owned: OwnedSheet[];
  current?: FlagSnapshot;
  baseline?: FlagSnapshot;
}

/**
 * Where this run keeps its record: the sheet that already holds it, else `_opora`, else — when a sheet of
 * the user's is called `_opora` — the first free `_opora (2)`, `_opora (3)`…, so the user's sheet is never touched.
 */
export function metaSheetName(grids: SheetGrid[]): string {
  const own = findMetaGrid(grids);
  if (own) return own.name;
  const taken = new Set(grids.map((g) => g.name.toLowerCase()));
  let name = META_SHEET;
  for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${META_SHEET} (${n})`;
  return name;
}

export function readMeta(grids: SheetGrid[]): MetaState {
  const grid = findMetaGrid(grids);
  const state: MetaState = { owned: readOwnedSheets(grids) };
  if (!grid) return state;
  for (const row of grid.values) {
    const [key, a, b] = row.map((v) => (v === null || v === undefined ? '' : String(v)));
    if (key === 'current' || key === 'baseline') {
      const snap = (state[key] ??= {});
      if (a) snap[a] = b;
    }
  }
  return state;
}

export function buildMetaSheet(state: MetaState, name: string = META_SHEET): OutputSheet {
  const sheet = emptySheet('meta', name);
  sheet.visibility = 'veryHidden';
  const rows: CellValue[][] = [[META_HEADER], ['version', OPORA_VERSION]];
  for (const { key, name } of state.owned) rows.push([OWNED_ROW, name, key]);
  for (const key of ['current', 'baseline'] as const) {
    const snap = state[key];
    if (!snap) continue;
    rows.push([key, '', '']);
    for (const id of Object.keys(snap).sort()) rows.push([key, id, snap[id]]);
  }
  sheet.values = rows;
  return sheet;
}

/** Next `current`/`baseline` pair after a run that produced `now`. */
export function advanceSnapshots(prev: MetaState, now: FlagSnapshot): { current: FlagSnapshot; baseline?: FlagSnapshot } {
  if (!prev.current) return { current: now };
  if (sameSnapshot(prev.current, now)) return { current: now, baseline: prev.baseline };
  return { current: now, baseline: prev.current };
}

function sameSnapshot(a: FlagSnapshot, b: FlagSnapshot): boolean {
  const ka = Object.keys(a);
  return ka.length === Object.keys(b).length && ka.every((k) => a[k] === b[k]);
}
