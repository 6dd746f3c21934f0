/**
 * The blocks a signed document needs around its table (seed 002, seed 003): «УТВЕРЖДЁН приказом … от «___»
 * ____ 20__ г. № ___» in the top right corner, and the coordinator and control lines under the table, with
 * blanks only a person can fill (number, date, names), and the abbreviations line above the text.
 */
import type { OutputSheet } from '../model';
import { setCell } from '../output/sheet';
import { a1, a1Range } from '../a1';
import type { DistrictName } from './district';
import { abbreviationsLine } from './plainRussian';

export type SignedDocument = 'plan' | 'roadmap' | 'passport';

/** The participle agrees with the document: «План … УТВЕРЖДЁН», «Дорожная карта … УТВЕРЖДЕНА». */
const APPROVED: Record<SignedDocument, string> = { plan: 'УТВЕРЖДЁН', roadmap: 'УТВЕРЖДЕНА', passport: 'УТВЕРЖДЕНА' };

/** The lines of the approval block; the authority names the district where Opora knows it. */
export function approvalLines(doc: SignedDocument, district: DistrictName | null | undefined): string[] {
  const whose = district && district.source !== 'settings' ? ` ${district.text}` : '';
  return [
    APPROVED[doc],
    `приказом управления образования${whose}`,
    whose ? '' : '____________________________________',
    'от «___» ______________ 20___ г. № _______',
  ].filter((line) => line !== '');
}

/** Writes the approval block into the rightmost `width` columns of rows 0…; returns the first free row. */
export function writeApprovalBlock(sheet: OutputSheet, span: number, width: number, doc: SignedDocument, district: DistrictName | null | undefined): number {
  const lines = approvalLines(doc, district);
  const first = Math.max(0, span - width);
  lines.forEach((line, row) => {
    setCell(sheet, row, first, line);
    if (width > 1) sheet.merges.push(a1Range(row, first, row, span - 1));
    sheet.styles.push({ range: a1(row, first), style: { bold: row === 0, horizontal: 'left' } });
  });
  return lines.length + 1;
}

/** The lines under a signed document: who coordinates it and on whom control rests. */
export const CLOSING_LINES = [
  'Координатор: ______________________________ (должность, Ф.И.О.)',
  'Контроль за исполнением возлагается на ______________________________ (должность, Ф.И.О.)',
];

/** Writes the closing lines from `row` over `span` columns; returns the row after them. */
export function writeClosingLines(sheet: OutputSheet, row: number, span: number): number {
  for (const line of CLOSING_LINES) {
    setCell(sheet, row, 0, line);
    if (span > 1) sheet.merges.push(a1Range(row, 0, row, span - 1));
    row++;
  }
  return row;
}

/** Writes «Сокращения: …» for the abbreviations `texts` use into `row`, merged over `span`; false when they use none. */
export function writeAbbreviations(sheet: OutputSheet, row: number, span: number, texts: string[]): boolean {
  const line = abbreviationsLine(texts);
  if (!line) return false;
  setCell(sheet, row, 0, line);
  sheet.merges.push(a1Range(row, 0, row, span - 1));
  sheet.styles.push({ range: a1(row, 0), style: { italic: true, wrap: true } });
  return true;
}
