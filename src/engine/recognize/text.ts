/**
 * Text keys for matching what people type: case-, space-, quote- and ё-insensitive. Header cells,
 * row labels and subject names are all compared through these keys, never as raw strings.
 */
import type { CellValue } from '../model';

const PUNCTUATION = /[^a-zа-я0-9%№<>=]+/g;
const SPACES = /[\s\u00a0\u2007\u202f]+/g;

/** The text of a cell as a person reads it ('' for blank, booleans and nulls). */
export function cellText(v: CellValue | undefined): string {
  if (v === null || v === undefined || typeof v === 'boolean') return '';
  return typeof v === 'number' ? String(v) : v.replace(SPACES, ' ').trim();
}

/** Lower case, ё→е, every run of punctuation or spaces → one space: «Кол-во  участников» → «кол во участников». */
export function textKey(s: string): string {
  return s.toLowerCase().replace(/ё/g, 'е').replace(PUNCTUATION, ' ').trim();
}

/** A spelling tidied for display: quotes kept, spaces collapsed and trimmed. */
export function tidySpelling(s: string): string {
  return s.replace(SPACES, ' ').trim();
}
