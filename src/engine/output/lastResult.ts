/**
 * The last result kept in the very hidden `_opora` sheet, so the task pane shows it when the workbook is
 * opened again without recalculating. The summary as JSON, with counts instead of what no screen shows
 * (district values, sheet coverage, per-school lists, the dynamics and monitoring rows that have sheets of
 * their own: 2,000 schools stay near 1.3 million characters) and
 * without Opora's own sheets among the recognized ones, so a second run writes the same cells; cut into
 * cells below Excel's 32,767-character limit, each piece wrapped in «|» so that no reader or writer can
 * take it for a number, a formula or a quote prefix, or trim its spaces.
 */
import type { CellValue, SheetGrid } from '../model';
import { noVerdict } from './headline';
import type { Summary } from './summary';

/** What the pane shows of a run: the summary with counts in place of the per-school lists it does not show. */
export type LastResult = Omit<Summary, 'districtValues' | 'schools' | 'verdicts' | 'coverage' | 'dynamics' | 'monitoring' | 'switchedOff'> & {
  /** `shnorNoData`, `shnsuNoData`: schools without that verdict (absent in records of older runs). */
  counts: { schools: number; shnor: number; shnsu: number; shnorNoData?: number; shnsuNoData?: number };
  /** Absent in records of older runs. */
  switchedOff?: Summary['switchedOff'];
};

const KEY = 'result';
/** Bumped when `LastResult` changes shape: an older record is then ignored rather than misread. */
const FORMAT = '3';
const PIECE = 30_000;
const WRAP = '|';

/** What is kept of a summary. */
export function lastResultOf(summary: Summary): LastResult {
  const { districtValues, coverage, schools, verdicts, dynamics, monitoring, ...kept } = summary;
  void [districtValues, coverage, dynamics, monitoring];
  const without = noVerdict({ verdicts });
  return {
    ...kept,
    counts: {
      schools: schools.length,
      shnor: verdicts.filter((v) => v.shnor).length,
      shnsu: verdicts.filter((v) => v.shnsu === true).length,
      shnorNoData: without.shnor,
      shnsuNoData: without.shnsu,
    },
    sheets: summary.sheets.filter((s) => s.role !== 'opora'),
  };
}

/** `_opora` rows holding the result: `result · format · |piece|`, in order. */
export function lastResultRows(summary: Summary): CellValue[][] {
  const json = JSON.stringify(lastResultOf(summary));
  const rows: CellValue[][] = [];
  for (let start = 0; start < json.length; ) {
    let end = Math.min(start + PIECE, json.length);
    // Never cut a surrogate pair in two.
    if (end < json.length && /[\uD800-\uDBFF]/.test(json[end - 1])) end -= 1;
    rows.push([KEY, FORMAT, WRAP + json.slice(start, end) + WRAP]);
    start = end;
  }
  return rows;
}

/** The result recorded by the last run, or null when there is none or it cannot be read whole. */
export function readLastResult(meta: SheetGrid | null): LastResult | null {
  if (!meta) return null;
  const pieces: string[] = [];
  for (const row of meta.values) {
    if (row[0] !== KEY) continue;
    const piece = row[2];
    if (String(row[1]) !== FORMAT || typeof piece !== 'string' || piece.length < 2 || !piece.startsWith(WRAP) || !piece.endsWith(WRAP)) {
      return null;
    }
    pieces.push(piece.slice(1, -1));
  }
  if (pieces.length === 0) return null;
  try {
    const parsed = JSON.parse(pieces.join('')) as LastResult;
    return Array.isArray(parsed.flags) && Array.isArray(parsed.diagnostics) && typeof parsed.counts?.schools === 'number' ? parsed : null;
  } catch {
    return null;
  }
}
