/**
 * Recognition of one sheet: its header, the meaning of each column, its role with confidence and a
 * reason a person can check, and the context (assessment, subject, grade, year) its title and name give.
 * The user's corrections from `Опора · Сопоставление` are applied here, before anything is read.
 */
import { renderReason } from '../messages';
import type { Diagnostic, MappingCorrections, SheetGrid, SheetRecognition } from '../model';
import { looksOwned } from '../owned';
import { a1Range, columnIndex } from '../a1';
import { contextFromText, mergeContexts, type Context } from './context';
import { findHeader, type ColumnInfo, type HeaderBlock } from './header';
import { meaningLabel } from './headerSynonyms';
import { isPersonalHeader, PERSONAL } from './personalData';
import { decideRole } from './sheetRole';
import { cellText, textKey } from './text';

export interface SheetLayout {
  grid: SheetGrid;
  recognition: SheetRecognition;
  header?: HeaderBlock;
  /** What the sheet name and the title rows say (the title wins). */
  context: Context;
}

/** «Информация о поданных … заявлениях на участие в ЕГЭ»: a list of exam applications, never results. */
const APPLICATIONS = /(?:^| )(?:заявлени|заявк)/;

function isApplications(title: string): boolean {
  return APPLICATIONS.test(textKey(title));
}

/** Applies the user's column meanings; a corrected spacer column joins the header. */
function correctColumns(header: HeaderBlock, grid: SheetGrid, fixes: Record<string, string>): string[] {
  const corrected: string[] = [];
  for (const [letter, meaning] of Object.entries(fixes)) {
    let column = header.columns.find((c) => c.letter === letter);
    if (!column) {
      const col = columnIndex(letter);
      column = { col, letter, header: cellText(grid.values[header.bottom]?.[col]), meaning: null, group: '', groupContext: {} };
      header.columns.push(column);
      header.columns.sort((a, b) => a.col - b.col);
    }
    column.meaning = meaning === 'ignore' ? null : meaning;
    delete column.rivals;
    corrected.push(letter);
  }
  return corrected;
}

/** Confidence of a sheet whose header holds a column the vocabulary could read two ways. */
const AMBIGUOUS_CONFIDENCE = 0.5;

/** One warning per column whose header fits two meanings equally well: Opora took the first, the user confirms. */
function ambiguousColumns(header: HeaderBlock, sheet: string): Diagnostic[] {
  return header.columns
    .filter((c) => c.meaning !== null && c.rivals && c.rivals.length > 0)
    .map((c) => ({
      severity: 'warning' as const,
      code: 'header-ambiguous',
      sheet,
      cell: `${c.letter}${header.bottom + 1}`,
      column: c.header,
      chosen: meaningLabel(c.meaning!),
      rivals: c.rivals!.map(meaningLabel).join('», «'),
    }));
}

function columnMap(columns: ColumnInfo[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const c of columns) if (c.meaning) out[c.letter] = c.meaning;
  return out;
}

export function recognizeSheet(grid: SheetGrid, corrections: MappingCorrections): { layout: SheetLayout; diagnostics: Diagnostic[] } {
  const base: SheetRecognition = { sheet: grid.name, role: 'opora', confidence: 1, reason: '', columns: {} };
  if (looksOwned(grid.name)) {
    return { layout: { grid, recognition: { ...base, reason: renderReason({ reason: 'opora' }) }, context: {} }, diagnostics: [] };
  }
  const diagnostics: Diagnostic[] = [];
  const header = findHeader(grid);
  // Personal data is never read, whatever else its header says.
  for (const c of header?.columns ?? []) {
    if (!isPersonalHeader(c.header)) continue;
    c.meaning = PERSONAL;
    delete c.rivals;
  }
  const fixedColumns = header ? correctColumns(header, grid, corrections.columns[grid.name] ?? {}) : [];
  const decision = !header
    ? { role: 'unknown' as const, confidence: 0, why: { reason: 'no-header' as const } }
    : isApplications(`${grid.name} ${header.titleText}`)
      ? { role: 'unknown' as const, confidence: 1, why: { reason: 'applications' as const, title: header.titleText } }
      : decideRole(header.columns);
  const recognition: SheetRecognition = {
    sheet: grid.name,
    role: decision.role,
    confidence: decision.confidence,
    reason: renderReason(decision.why),
    columns: header ? columnMap(header.columns) : {},
    ...(header ? { headers: Object.fromEntries(header.columns.map((c) => [c.letter, c.header])) } : {}),
    ...(header ? { headerRange: a1Range(header.top, header.left, header.bottom, header.right) } : {}),
  };
  if (fixedColumns.length > 0) recognition.corrected = true;
  const ambiguous = header ? ambiguousColumns(header, grid.name) : [];
  if (ambiguous.length > 0 && recognition.role !== 'unknown') {
    recognition.confidence = Math.min(recognition.confidence, AMBIGUOUS_CONFIDENCE);
    diagnostics.push(...ambiguous);
  }
  const userRole = corrections.sheets[grid.name];
  if (userRole) {
    recognition.corrected = true;
    recognition.confidence = 1;
    recognition.role = userRole === 'ignore' ? 'unknown' : userRole;
    recognition.reason = renderReason({ reason: userRole === 'ignore' ? 'user-ignored' : 'user' });
  }
  if (recognition.role === 'unknown' && !userRole && (grid.values.length > 0 || header)) {
    diagnostics.push({
      severity: 'info',
      code: 'sheet-unknown',
      sheet: grid.name,
      why: decision.why,
    });
  }
  const context = mergeContexts(contextFromText(grid.name), header ? contextFromText(header.titleText) : {});
  return { layout: { grid, recognition, ...(header ? { header } : {}), context }, diagnostics };
}
