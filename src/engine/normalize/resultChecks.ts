/**
 * Checks of one results row before it becomes a record (issue «never silently wrong», classes 7 and 9):
 * values that cannot be true — a mark count above the participants, mark counts adding up to more than
 * the participants — are refused with an error naming the cell and removed, so no indicator or verdict
 * uses them; and a share of «2» («3», «4», «5») with participants but no count gives the count round(n × share),
 * so a rule asking for «no "2"» sees the single «2» of a shares-only table and every mark is counted.
 */
import { a1Range, parseRect } from '../a1';
import type { CellRef, CountField, Diagnostic, RefusedValue, ShareField, Sourced } from '../model';

/** The marks above «2», whose shares a shares-only table may give. */
export type MarkField = 'm3' | 'm4' | 'm5';

interface RowValues {
  counts: Partial<Record<CountField, Sourced>>;
  shares: Partial<Record<ShareField, Sourced>>;
  markShares?: Partial<Record<MarkField, Sourced>>;
}

const MARKS = ['m2', 'm3', 'm4', 'm5'] as const satisfies readonly CountField[];
/** Marks may exceed participants by this much before it is more than rounding of a rebuilt count. */
const SUM_TOLERANCE = 0.5;

/** The counts of «2»…«5» a row has, in that order. */
function marksOf(v: RowValues): Sourced[] {
  const marks: Sourced[] = [];
  for (const f of MARKS) {
    const m = v.counts[f];
    if (m) marks.push(m);
  }
  return marks;
}

/** Refuses the impossible counts of a row (mutating `v`); returns what was refused, each reported as an error. */
export function refuseImpossibleCounts(v: RowValues, sheet: string, diagnostics: Diagnostic[]): RefusedValue[] {
  const n = v.counts.n;
  if (!n) return [];
  const refused: RefusedValue[] = [];
  for (const f of MARKS) {
    const m = v.counts[f];
    if (!m || m.value <= n.value) continue;
    diagnostics.push({
      severity: 'error',
      code: 'value-count-above-participants',
      sheet,
      cell: m.source.cell,
      mark: f,
      value: m.value,
      n: n.value,
      nCell: n.source.cell,
    });
    refused.push({ field: f, reason: 'count-above-participants', source: m.source });
    delete v.counts[f];
  }
  const marks = marksOf(v);
  const sum = marks.reduce((s, m) => s + m.value, 0);
  if (marks.length > 1 && sum > n.value + SUM_TOLERANCE) {
    const range = `${marks[0].source.cell}:${marks[marks.length - 1].source.cell}`;
    diagnostics.push({
      severity: 'error',
      code: 'value-marks-above-participants',
      sheet,
      cell: range,
      sum,
      n: n.value,
      nCell: n.source.cell,
    });
    for (const f of MARKS) {
      const m = v.counts[f];
      if (!m) continue;
      refused.push({ field: f, reason: 'marks-above-participants', source: m.source });
      delete v.counts[f];
    }
  }
  return refused;
}

/**
 * Gives a row with participants and a share of «2» (or «3», «4», «5») but no count of it the count
 * round(n × share), sourced to the share's cell; returns those cells (for the one info line per sheet).
 */
export function countsFromShares(v: RowValues): CellRef[] {
  const { n } = v.counts;
  if (!n || (!v.shares.fail && !v.markShares?.m3 && !v.markShares?.m4 && !v.markShares?.m5)) return [];
  const shares: [CountField, Sourced | undefined][] = [['m2', v.shares.fail], ...(Object.entries(v.markShares ?? {}) as [MarkField, Sourced][])];
  const cells: CellRef[] = [];
  for (const [field, share] of shares) {
    if (!share || v.counts[field]) continue;
    v.counts[field] = { value: Math.round(n.value * share.value), source: share.source };
    cells.push(share.source);
  }
  return cells;
}

/** The one info line of a sheet whose «2» counts were rebuilt from shares, naming the cells column by column. */
export function rebuiltCountsNote(sheet: string, cells: CellRef[]): Diagnostic[] {
  if (cells.length === 0) return [];
  const byColumn = new Map<number, number[]>();
  for (const c of cells) {
    const { top, left } = parseRect(c.cell);
    byColumn.set(left, [...(byColumn.get(left) ?? []), top]);
  }
  const ranges = [...byColumn].map(([col, rows]) => a1Range(Math.min(...rows), col, Math.max(...rows), col));
  return [{ severity: 'info', code: 'counts-from-shares', sheet, cell: ranges[0], cells: ranges.join(', '), count: cells.length }];
}
