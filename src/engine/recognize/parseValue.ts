/**
 * Reads one cell as a number the way a methodologist wrote it (METHODOLOGY §1, «Values»): `45,5`, `45.5`,
 * `45,5 %`, `0,455` in a percent-formatted cell, `12 (40%)` (the count), numbers stored as text, spaces
 * and non-breaking spaces as thousands separators. `н/д`, `нет`, `-`, `—`, `х`, `X` and blank are
 * missing, never zero; anything else unreadable is `invalid`, for the caller to report with its cell.
 */
import type { CellValue } from '../model';

export type ParsedValue =
  /** `fraction`: the value already is a share (written with «%» or in a percent-formatted cell). */
  | { kind: 'number'; value: number; fraction: boolean }
  | { kind: 'missing' }
  | { kind: 'invalid'; text: string };

const MISSING_WORDS = new Set(['', 'н/д', 'н\\д', 'нд', 'н.д.', 'нет', 'нет данных', '-', '--', '—', '–', 'х', 'x', '*', '−']);
const SPACES = /[\s\u00a0\u2007\u202f]+/g;
const PLAIN_NUMBER = /^[+-]?(?:\d+(?:[.,]\d+)?|[.,]\d+)$/;
const GROUPED_NUMBER = /^[+-]?\d{1,3}(?: \d{3})+(?:[.,]\d+)?$/;
const COUNT_WITH_PERCENT = /^(.+?) ?\( ?[^()]*\)$/;
const PERCENT_SUFFIX = /^(.+?) ?%$/;

function plainNumber(s: string): number | undefined {
  if (PLAIN_NUMBER.test(s)) return Number(s.replace(',', '.'));
  if (GROUPED_NUMBER.test(s)) return Number(s.replace(/ /g, '').replace(',', '.'));
  return undefined;
}

/** Parses a cell; `numberFormat` is the cell's Excel format where the adapter had it. */
export function parseValue(raw: CellValue | undefined, numberFormat?: string): ParsedValue {
  if (raw === null || raw === undefined) return { kind: 'missing' };
  if (typeof raw === 'number') {
    if (!Number.isFinite(raw)) return { kind: 'invalid', text: String(raw) };
    return { kind: 'number', value: raw, fraction: numberFormat !== undefined && numberFormat.includes('%') };
  }
  if (typeof raw === 'boolean') return { kind: 'invalid', text: String(raw) };
  const s = raw.replace(SPACES, ' ').trim();
  if (MISSING_WORDS.has(s.toLowerCase())) return { kind: 'missing' };
  const withPercent = COUNT_WITH_PERCENT.exec(s);
  const body = withPercent ? withPercent[1] : s;
  const percent = PERCENT_SUFFIX.exec(body);
  const n = plainNumber(percent ? percent[1] : body);
  if (n === undefined || !Number.isFinite(n)) return { kind: 'invalid', text: s };
  return percent ? { kind: 'number', value: n / 100, fraction: true } : { kind: 'number', value: n, fraction: false };
}
