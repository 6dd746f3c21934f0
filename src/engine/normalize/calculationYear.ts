/**
 * The calculation year Y from what the sheets are (METHODOLOGY §1): the latest year with results; in a
 * workbook with no results, the latest year of the objectivity markers (a markers-only ФИС ОКО table),
 * else of mark confirmation; else the latest dated passport, staffing or programme row. A social
 * passport, staffing or programme sheet with no year anywhere belongs to Y: its rows get Y, and one
 * info line per sheet says so.
 */
import type { CellRef, Dataset, Diagnostic } from '../model';

/** Distinct years, ascending. */
function distinct(years: number[]): number[] {
  return [...new Set(years)].sort((a, b) => a - b);
}

/** The years the calculation can look at: of the results, else of the markers, else of the confirmations. */
export function dataYears(dataset: Dataset): number[] {
  for (const list of [dataset.results, dataset.markers, dataset.confirmations]) {
    if (list.length > 0) return distinct(list.map((r) => r.year));
  }
  return [];
}

/** The latest year the data gives, or undefined when no sheet has a year. */
export function calculationYear(dataset: Dataset): number | undefined {
  const years = dataYears(dataset);
  if (years.length > 0) return years[years.length - 1];
  const dated = [...dataset.contingent, ...dataset.staffing, ...dataset.programme].flatMap((r) => (r.year !== undefined ? [r.year] : []));
  return dated.length > 0 ? Math.max(...dated) : undefined;
}

/** A passport, staffing or programme row still to be given its school, with the sheet it is on. */
interface Dated {
  record: { year?: number };
  occ: { source: CellRef };
}

/**
 * Gives every yearless row the calculation year (`fixed` when the user set one in `Опора · Настройки`,
 * else `calculationYear` of the dataset with `rows` in it), with one info line per sheet naming the year.
 */
export function applyCalculationYear(dataset: Dataset, rows: Dated[], fixed: number | undefined, diagnostics: Diagnostic[]): void {
  const dated = rows.flatMap((r) => (r.record.year !== undefined ? [r.record.year] : []));
  const year = fixed ?? calculationYear(dataset) ?? (dated.length > 0 ? Math.max(...dated) : undefined);
  if (year === undefined) return;
  const sheets = new Set<string>();
  for (const r of rows) {
    if (r.record.year !== undefined) continue;
    r.record.year = year;
    sheets.add(r.occ.source.sheet);
  }
  for (const sheet of sheets) diagnostics.push({ severity: 'info', code: 'year-from-calculation', sheet, year });
}
