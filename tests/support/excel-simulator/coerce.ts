/**
 * What Excel does with a value written through `Range.values`: it parses strings like typed input unless
 * the cell's number format is text (`@`). `=…` and strings starting with `+`, `-`, `@` that are not
 * numbers become formulas (their result here is `#NAME?`), numeric strings become numbers, `TRUE`/`FALSE`
 * become booleans. This is the rule the adapter must defeat by setting `@` first.
 */
import type { SimCell, SimValue } from './model';

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
const PERCENT = /^[+-]?(\d+\.?\d*|\.\d+)\s?%$/;

/** Writes one input value into a cell following Excel's parsing rules. `null` leaves the cell as is. */
export function writeInput(cell: SimCell, input: SimValue): void {
  delete cell.formula;
  if (input === null) return;
  if (typeof input !== 'string') {
    cell.value = input;
    return;
  }
  if (input === '') {
    cell.value = null;
    return;
  }
  if (cell.numberFormat === '@') {
    cell.value = input;
    return;
  }
  const s = input.trim();
  if (NUMBER.test(s)) {
    cell.value = Number(s);
  } else if (PERCENT.test(s)) {
    cell.value = Number(s.replace('%', '').trim()) / 100;
  } else if (/^(true|false)$/i.test(s)) {
    cell.value = s.toLowerCase() === 'true';
  } else if (/^[=+\-@]/.test(input)) {
    cell.formula = input.startsWith('=') ? input : `=${input}`;
    cell.value = '#NAME?';
  } else {
    cell.value = input;
  }
}
