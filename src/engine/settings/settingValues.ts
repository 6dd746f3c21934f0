/**
 * Parsing what a methodologist types into `Опора · Настройки`: percents as «30 %», 30 or 0,3; integers;
 * «да»/«нет»; a year or an academic year («2025/2026»); one of a few words; a list of rule ids. A value
 * that does not parse yields a diagnostic code, never an exception.
 */
import type { MethodologyFields, SettingCell } from '../diagnostics';
import type { CellValue } from '../model';

type SettingCode = Extract<keyof MethodologyFields, `settings-${string}`>;
/** Why a value did not parse: a settings diagnostic's code and its own fields (the reader adds the cell's). */
export type SettingProblem = { [C in SettingCode]: { code: C } & Omit<MethodologyFields[C], keyof SettingCell> }[SettingCode];

export type Parsed<T> = { ok: true; value: T } | { ok: false; problem: SettingProblem };

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const fail = <T>(problem: SettingProblem): Parsed<T> => ({ ok: false, problem });

export function isBlank(v: CellValue | undefined): boolean {
  return v === null || v === undefined || (typeof v === 'string' && v.trim() === '');
}

function toNumber(text: string): number {
  const t = text.replace(/[\s\u00a0]/g, '').replace(',', '.');
  return /^[-+]?\d+(\.\d+)?$/.test(t) ? Number(t) : NaN;
}

/** «30 %» and 30 mean 30 %; a number ≤ 1 without a percent sign is already a fraction (0,3). */
export function parsePercent(v: CellValue): Parsed<number> {
  let x: number;
  if (typeof v === 'number') x = v > 1 ? v / 100 : v;
  else if (typeof v === 'string' && v.includes('%')) x = toNumber(v.replace('%', '')) / 100;
  else if (typeof v === 'string') {
    const n = toNumber(v);
    x = n > 1 ? n / 100 : n;
  } else x = NaN;
  return Number.isFinite(x) && x >= 0 && x <= 1 ? ok(x) : fail({ code: 'settings-invalid-percent' });
}

export function parseInteger(v: CellValue, min: number, max: number): Parsed<number> {
  const x = typeof v === 'number' ? v : typeof v === 'string' ? toNumber(v) : NaN;
  return Number.isInteger(x) && x >= min && x <= max ? ok(x) : fail({ code: 'settings-invalid-integer', min, max });
}

const YES = ['да', 'вкл', 'включено', 'true', '1', '+', 'yes'];
const NO = ['нет', 'выкл', 'выключено', 'false', '0', '-', 'no'];

export function parseBoolean(v: CellValue): Parsed<boolean> {
  if (typeof v === 'boolean') return ok(v);
  const t = String(v ?? '').trim().toLowerCase();
  if (YES.includes(t)) return ok(true);
  if (NO.includes(t)) return ok(false);
  return fail({ code: 'settings-invalid-boolean' });
}

/** A calendar year, or an academic year «2025/2026» / «2025-2026» read by `pick` (first or second). */
export function parseYear(v: CellValue, pick: 'first' | 'second'): Parsed<number> {
  const t = String(v ?? '').trim();
  const pair = /^(\d{4})\s*[/\-–]\s*(\d{4})$/.exec(t);
  const x = pair ? Number(pick === 'first' ? pair[1] : pair[2]) : toNumber(t);
  return Number.isInteger(x) && x >= 2000 && x <= 2100 ? ok(x) : fail({ code: 'settings-invalid-year' });
}

/** One of a few Russian words, in any case («ИЛИ») → the English value it stands for (`messages/vocabulary.ts`). */
export function parseWord<T extends string>(v: CellValue, words: Record<T, string>): Parsed<T> {
  const t = String(v ?? '').trim().toLowerCase();
  const found = (Object.keys(words) as T[]).find((k) => words[k].toLowerCase() === t);
  return found ? ok(found) : fail({ code: 'settings-invalid-choice', choices: Object.values<string>(words).join(' / ') });
}

/** «R1, R3» (Cyrillic «Р» accepted) → ['R1', 'R3']. */
export function parseRules<T extends string>(v: CellValue, choices: readonly T[]): Parsed<T[]> {
  const parts = String(v ?? '')
    .toUpperCase()
    .replace(/Р/g, 'R')
    .split(/[\s,;]+/)
    .filter(Boolean);
  const bad = parts.some((p) => !choices.includes(p as T));
  return parts.length > 0 && !bad ? ok([...new Set(parts as T[])]) : fail({ code: 'settings-invalid-rules', choices: choices.join(', ') });
}
