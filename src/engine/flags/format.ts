/**
 * How numbers and cells read in Russian explanations: «41,7 %», «+20,0 п.п.», «'ОГЭ 2026'!E12», and the
 * agreement of «процедура» with a number.
 */
import { A1_RANGE_SOURCE } from '../a1';
import type { CellRef } from '../model';
import { keyLabel, type ProcedureKey } from '../procedures';

/** A fraction as a percent with one decimal and a decimal comma: 0.4167 → «41,7 %». */
export function percent(x: number): string {
  return `${(x * 100).toFixed(1).replace('.', ',')} %`;
}

/** A difference of fractions in percentage points with its sign: 0.2 → «+20,0 п.п.». */
export function pp(x: number): string {
  const s = (Math.abs(x) * 100).toFixed(1).replace('.', ',');
  return `${x < 0 ? '−' : '+'}${s} п.п.`;
}

/** A threshold as people type it: 0.3 → «30 %», 0.155 → «15,5 %». */
export function threshold(x: number): string {
  return `${String(Math.round(x * 1000) / 10).replace('.', ',')} %`;
}

/** Excel's way of naming a cell on a sheet, quoting names that are not one plain word. */
export function cellRef(ref: CellRef): string {
  const plain = /^[A-Za-zА-Яа-яЁё_][\wА-Яа-яЁё]*$/.test(ref.sheet);
  return `${plain ? ref.sheet : `'${ref.sheet.replace(/'/g, "''")}'`}!${ref.cell}`;
}

/** A piece of an explanation: plain text, or a cell reference written by `cellRef` with its sheet and cell. */
export type TextPiece = { text: string } | { text: string; sheet: string; cell: string };

const CELL_REF = new RegExp(String.raw`(?<![\wА-Яа-яЁё'])('(?:[^']|'')+'|[A-Za-zА-Яа-яЁё_][\wА-Яа-яЁё]*)!(${A1_RANGE_SOURCE})`, 'g');

/** Splits an explanation at the cell references `cellRef` wrote, so a UI can make each one a link. */
export function splitCellRefs(text: string): TextPiece[] {
  const pieces: TextPiece[] = [];
  let last = 0;
  for (const m of text.matchAll(CELL_REF)) {
    const at = m.index ?? 0;
    if (at > last) pieces.push({ text: text.slice(last, at) });
    const quoted = m[1].startsWith("'");
    const sheet = quoted ? m[1].slice(1, -1).replace(/''/g, "'") : m[1];
    pieces.push({ text: m[0], sheet, cell: m[2].replace(/\$/g, '') });
    last = at + m[0].length;
  }
  if (last < text.length) pieces.push({ text: text.slice(last) });
  return pieces;
}

/** Every distinct source cell, never cut with «…»: a person checks each cell, and a printed page must show all. */
export function sourcesText(refs: CellRef[]): string {
  return [...new Set(refs.map(cellRef))].join(', ');
}

/** «ОГЭ рус 9» from a procedure key. */
export function label(procKey: ProcedureKey): string {
  return keyLabel(procKey);
}

/** «в 1 процедуре», «в 2 процедурах», «в 11 процедурах», «в 21 процедуре». */
export function inProcedures(count: number): string {
  const one = count % 10 === 1 && count % 100 !== 11;
  return `в ${count} ${one ? 'процедуре' : 'процедурах'}`;
}
