/**
 * Counts of a per-school sheet (social passport, staffing) that may be written as shares (METHODOLOGY §1):
 * a column is a share when its header says «%»/«доля»/«процент» or its cell holds a percent («12,5 %»,
 * a percent-formatted cell). Under a «%» header a plain number is a percent even when the whole column stays
 * at or below 1 («0,73» of a large school is 0,73 %, not 73 %). A share alone becomes a count = share × the row's total, keeping the share's
 * cell; when the same key also has a count, the count wins and a gap of more than one person is a warning
 * naming both cells; a share with no total on its row is reported with its cell, never guessed.
 */
import type { Diagnostic, Sourced } from '../model';
import type { ColumnInfo } from '../recognize/header';
import { parseValue } from '../recognize/parseValue';
import type { SheetReader } from './sheetReader';

/** A share header: «в неполных семьях, %», «Доля …», «Процент …». */
const SHARE_HEADER = /%|(?:^|[^а-яё])(?:доля|процент)/i;
/** |share × total − count| above this many people is more than rounding of the share. */
const COUNT_TOLERANCE = 1;

/** A header that says its numbers are percents. */
const PERCENT_HEADER = /%/;

/** A column of counts or shares of one key, with what its header says (read once per sheet). */
export interface CountColumn<K extends string> {
  column: ColumnInfo;
  key: K;
  /** «%», «доля» or «процент» in the header: every cell is a share. */
  shareHeader: boolean;
  /** «%» in the header: a plain number is a percent. */
  percentHeader: boolean;
}

/** The columns whose meaning is `prefix` + key, in header order. */
export function countColumns<K extends string>(reader: SheetReader, prefix: string): CountColumn<K>[] {
  return reader.header.columns
    .filter((c) => c.meaning?.startsWith(prefix))
    .map((column) => ({
      column,
      key: column.meaning!.slice(prefix.length) as K,
      shareHeader: SHARE_HEADER.test(column.header),
      percentHeader: PERCENT_HEADER.test(column.header),
    }));
}

/** The share of a cell as a fraction: `reader.share`, except that a «%» header makes a plain number a percent. */
function shareOf(reader: SheetReader, row: number, { column: col, percentHeader }: CountColumn<string>): Sourced | undefined {
  const v = reader.share(row, col);
  if (!v || !percentHeader) return v;
  const grid = reader.layout.grid;
  const parsed = parseValue(grid.values[row]?.[col.col], grid.numberFormats?.[row]?.[col.col]);
  // `share` left the number as it was only when it took the whole column for fractions.
  return parsed.kind === 'number' && !parsed.fraction && v.value === parsed.value ? { ...v, value: parsed.value / 100 } : v;
}

function isShareCell(reader: SheetReader, row: number, { column: col, shareHeader }: CountColumn<string>): boolean {
  if (shareHeader) return true;
  const grid = reader.layout.grid;
  const parsed = parseValue(grid.values[row]?.[col.col], grid.numberFormats?.[row]?.[col.col]);
  return parsed.kind === 'number' && parsed.fraction;
}

/** Drops floating-point noise of share × total (0.3 × 20 = 6.000000000000001). */
function tidy(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}

const percent = (share: number): string => `${tidy(share * 100).toLocaleString('ru-RU')} %`;

/**
 * The counts of one row from `columns` (`countColumns`); `total` is the row's pupils (or teachers) and
 * `totalLabel` that column's name for messages.
 */
export function readCountsOrShares<K extends string>(
  reader: SheetReader,
  row: number,
  columns: CountColumn<K>[],
  total: Sourced | undefined,
  totalLabel: string,
  diagnostics: Diagnostic[],
): Partial<Record<K, Sourced>> {
  const counts: Partial<Record<K, Sourced>> = {};
  const shares: Partial<Record<K, { value: Sourced; column: ColumnInfo }>> = {};
  for (const c of columns) {
    const { key } = c;
    if (isShareCell(reader, row, c)) {
      const v = shares[key] ? undefined : shareOf(reader, row, c);
      if (v) shares[key] = { value: v, column: c.column };
    } else {
      const v = counts[key] ? undefined : reader.count(row, c.column);
      if (v) counts[key] = v;
    }
  }
  for (const key of Object.keys(shares) as K[]) {
    const { value: share, column } = shares[key]!;
    const count = counts[key];
    if (count) {
      if (total && Math.abs(share.value * total.value - count.value) > COUNT_TOLERANCE) {
        diagnostics.push({
          severity: 'warning',
          code: 'share-count-mismatch',
          sheet: reader.sheet,
          cell: share.source.cell,
          share: percent(share.value),
          totalCell: total.source.cell,
          computed: tidy(share.value * total.value),
          countCell: count.source.cell,
          count: count.value,
        });
      }
    } else if (total) {
      counts[key] = { value: tidy(share.value * total.value), source: share.source };
    } else {
      diagnostics.push({
        severity: 'warning',
        code: 'share-without-total',
        sheet: reader.sheet,
        cell: share.source.cell,
        column: column.header,
        share: percent(share.value),
        total: totalLabel,
      });
    }
  }
  return counts;
}
