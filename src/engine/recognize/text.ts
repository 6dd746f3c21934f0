/**
 * Text keys for matching what people type: case-, space-, quote- and ё-insensitive. Header cells,
 * row labels and subject names are all compared through these keys, never as raw strings.
 */
import type { CellValue } from '../model';

const PUNCTUATION = /[^a-zа-я0-9%№<>=]+/g;
const SPACES = /[\s\u00a0\u2007\u202f]+/g;
/** Distinct texts remembered before the memory starts afresh (a district has a few thousand school names). */
const REMEMBERED = 20_000;

/**
 * `compute` remembered by its text: the same texts (school names, municipalities, subjects, row labels,
 * header cells) come back on every row of every sheet, and each is read once. For pure functions only.
 */
export function byText<V>(compute: (s: string) => V): (s: string) => V {
  const known = new Map<string, V>();
  return (s) => {
    const hit = known.get(s);
    if (hit !== undefined || known.has(s)) return hit as V;
    if (known.size >= REMEMBERED) known.clear();
    const out = compute(s);
    known.set(s, out);
    return out;
  };
}

const tidy = byText((s) => s.replace(SPACES, ' ').trim());

/** The text of a cell as a person reads it, spaces collapsed and trimmed ('' for blank, booleans and nulls). */
export function cellText(v: CellValue | undefined): string {
  if (v === null || v === undefined || typeof v === 'boolean') return '';
  return typeof v === 'number' ? String(v) : tidy(v);
}

/** Lower case, ё→е, every run of punctuation or spaces → one space: «Кол-во  участников» → «кол во участников». */
export const textKey = byText((s) => s.toLowerCase().replace(/ё/g, 'е').replace(PUNCTUATION, ' ').trim());
