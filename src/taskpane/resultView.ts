/**
 * The pane's reading of a result, without React: one row per school with its flags in reading order
 * (real reasons before R2 warnings), the count of schools per kind for the filters, and which rows a
 * choice of kinds shows.
 */
import type { FlagKindLabel, LastResult, SummaryFlag } from '../engine';

/** Filter order, which is also the order of badges and explanations in a row. */
export const KINDS: readonly FlagKindLabel[] = ['ШНОР', 'ШНСУ', 'Риск необъективности', 'Предупреждение'];
/** Kinds shown before the user chooses: the real reasons; warnings wait behind their filter. */
export const DEFAULT_KINDS: readonly FlagKindLabel[] = ['ШНОР', 'ШНСУ', 'Риск необъективности'];

export interface SchoolRow {
  schoolId: string;
  schoolName: string;
  /** Distinct kinds of the school's flags, in `KINDS` order. */
  kinds: FlagKindLabel[];
  /** The school's flags, real reasons first. */
  flags: SummaryFlag[];
}

const rank = (kind: FlagKindLabel) => KINDS.indexOf(kind);

/** One row per flagged school: schools with a real reason first, then warned-only ones; summary order within. */
export function schoolRows(result: LastResult): SchoolRow[] {
  const rows = new Map<string, SchoolRow>();
  for (const flag of result.flags) {
    const row = rows.get(flag.schoolId) ?? { schoolId: flag.schoolId, schoolName: flag.schoolName, kinds: [], flags: [] };
    row.flags.push(flag);
    rows.set(flag.schoolId, row);
  }
  const out = [...rows.values()].map((row) => {
    const flags = [...row.flags].sort((a, b) => rank(a.kind) - rank(b.kind));
    return { ...row, flags, kinds: [...new Set(flags.map((f) => f.kind))] };
  });
  const warnedOnly = (row: SchoolRow) => (row.kinds.every((k) => k === 'Предупреждение') ? 1 : 0);
  return out.sort((a, b) => warnedOnly(a) - warnedOnly(b));
}

/** Schools per kind. */
export function kindCounts(rows: SchoolRow[]): Record<FlagKindLabel, number> {
  const counts = Object.fromEntries(KINDS.map((k) => [k, 0])) as Record<FlagKindLabel, number>;
  for (const row of rows) for (const kind of row.kinds) counts[kind] += 1;
  return counts;
}

/** Rows with at least one of the chosen kinds. */
export function visibleRows(rows: SchoolRow[], chosen: readonly FlagKindLabel[]): SchoolRow[] {
  return rows.filter((row) => row.kinds.some((k) => chosen.includes(k)));
}

/** Errors of the run: what the red banner lists. */
export function errorDiagnostics(result: LastResult | null): LastResult['diagnostics'] {
  return result ? result.diagnostics.filter((d) => d.severity === 'error') : [];
}
