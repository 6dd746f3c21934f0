/**
 * Checks Opora's account of one sheet against the sheet itself: every non-empty row in exactly one
 * group, no empty or absent row in any, every non-empty column listed exactly once, no other column.
 * Returns the gaps in words («row 7 in 2 groups», «column F not listed») — empty when the account adds up.
 */
import { columnLetter } from '../../src/engine/a1';
import type { CellValue, SheetCoverage, SheetGrid } from '../../src/engine/model';

const filled = (v: CellValue | undefined) => v !== null && v !== undefined && String(v).trim() !== '';

export function accountGaps(grid: SheetGrid, coverage: SheetCoverage | undefined): string[] {
  if (!coverage) return [`sheet «${grid.name}» has no account`];
  const gaps: string[] = [];
  const rows = grid.values.map((r, i) => (r.some(filled) ? i + 1 : 0)).filter((r) => r > 0);
  const counted = coverage.rows.flatMap((g) => g.rows);
  for (const r of rows) {
    const times = counted.filter((c) => c === r).length;
    if (times !== 1) gaps.push(`«${grid.name}» row ${r} in ${times} groups`);
  }
  for (const r of new Set(counted)) if (!rows.includes(r)) gaps.push(`«${grid.name}» row ${r} is empty or absent but accounted`);
  const width = Math.max(0, ...grid.values.map((r) => r.length));
  const columns = Array.from({ length: width }, (_, c) => c)
    .filter((c) => grid.values.some((r) => filled(r[c])))
    .map(columnLetter);
  const listed = coverage.columns.map((c) => c.letter);
  for (const c of columns) {
    const times = listed.filter((l) => l === c).length;
    if (times !== 1) gaps.push(`«${grid.name}» column ${c} listed ${times} times`);
  }
  for (const c of new Set(listed)) if (!columns.includes(c)) gaps.push(`«${grid.name}» column ${c} is empty but listed`);
  return gaps;
}

/** Row groups as `class` or `class:reason` → rows, for comparing with a hand count. */
export function rowClasses(coverage: SheetCoverage | undefined): Record<string, number[]> {
  return Object.fromEntries((coverage?.rows ?? []).map((g) => [g.reason ? `${g.class}:${g.reason}` : g.class, g.rows]));
}

/** Columns not used, as `letter:reason`. */
export function unusedColumns(coverage: SheetCoverage | undefined): string[] {
  return (coverage?.columns ?? []).filter((c) => !c.used).map((c) => `${c.letter}:${c.reason}`);
}
