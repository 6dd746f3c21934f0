/**
 * `Опора · Сопоставление` — the owned, user-editable sheet where a person checks how Opora understood
 * the workbook and corrects it: (1) each sheet's role, (2) each column's meaning, (3) each school
 * spelling's school; (4) lists, read-only, what Opora did not use: rows that are not schools and columns
 * not used, each with the reason. The last column of tables 1–3 is the user's; the sheet is rewritten on every run
 * but always carries the corrections read from its previous version, so an edit survives recalculation.
 * The layout is shared with the parser (`recognize/mappingFormat.ts`, `recognize/corrections.ts`).
 */
import type { CellValue, Dataset, OutputSheet, RowGroup } from '../model';
import type { SchoolNames } from '../plans/schoolNames';
import { isSupported } from '../plans/selection';
import type { SheetInput } from '../plans/sheetInput';
import { a1Range, rowRanges } from '../a1';
import { OWNED_SHEETS } from '../owned';
import { meaningLabel } from '../recognize/headerSynonyms';
import {
  COLUMN_LABEL,
  COLUMN_REASON_LABELS,
  COLUMNS_HEADER,
  COLUMNS_HINT,
  MAPPING_HELP,
  MAPPING_TITLE,
  METHOD_LABELS,
  NAMES_HEADER,
  NAMES_HINT,
  ROLE_LABELS,
  ROW_CLASS_LABELS,
  ROW_REASON_LABELS,
  SECTION_COLUMNS,
  SECTION_NAMES,
  SECTION_SHEETS,
  SECTION_PARTNERS,
  SECTION_UNUSED,
  PARTNERS_HEADER,
  PARTNERS_HINT,
  SHEETS_HEADER,
  SHEETS_HINT,
  UNUSED_HEADER,
  UNUSED_HINT,
  roleCorrectionLabel,
} from '../recognize/mappingFormat';
import { FORMATS, emptySheet, printLandscape, setCell, writeTable, writeTitle, type ColumnLayout } from './sheet';

/** The fill of the columns the user types in. */
const EDITABLE_FILL = 'FFF2CC';
const WIDTHS = [34, 26, 14, 30, 40, 34, 30];

/**
 * A row of a section: one cell per header of `mappingFormat.ts` (the layout the corrections parser reads),
 * so the compiler checks that every row has exactly the section's columns.
 */
type Row<H extends readonly string[]> = { -readonly [K in keyof H]: CellValue };

function specs(headers: readonly string[], formats: Record<number, string> = {}): ColumnLayout[] {
  return headers.map((header, i) => ({ header, width: WIDTHS[i] ?? 20, wrap: true, ...(formats[i] ? { format: formats[i] } : {}) }));
}

/** Writes a section: its title, a hint, and the table (its last column the user's when `editable`); returns the next free row. */
function section<H extends readonly string[]>(
  sheet: OutputSheet,
  row: number,
  title: string,
  hint: string,
  headers: H,
  rows: Row<H>[],
  formats: Record<number, string> = {},
  editable = true,
): number {
  writeTitle(sheet, row, title, headers.length, 12);
  setCell(sheet, row + 1, 0, hint);
  sheet.merges.push(a1Range(row + 1, 0, row + 1, headers.length - 1));
  sheet.styles.push({ range: a1Range(row + 1, 0, row + 1, headers.length - 1), style: { italic: true, wrap: true } });
  const next = writeTable(sheet, row + 2, specs(headers, formats), rows as CellValue[][], { freeze: false, filter: false });
  if (!editable) return next + 1;
  const last = headers.length - 1;
  sheet.styles.push({ range: a1Range(row + 2, last, Math.max(row + 2, next - 1), last), style: { fill: EDITABLE_FILL } });
  sheet.numberFormats.push({ range: a1Range(row + 3, last, Math.max(row + 3, next - 1), last), format: FORMATS.text });
  return next + 1;
}

function sheetRows(dataset: Dataset): Row<typeof SHEETS_HEADER>[] {
  const fixes = dataset.corrections?.sheets ?? {};
  const rows = dataset.sheets
    .filter((s) => s.role !== 'opora')
    .map((s): Row<typeof SHEETS_HEADER> => [
      s.sheet,
      ROLE_LABELS[s.role],
      s.confidence,
      s.headerRange ?? '',
      s.reason,
      fixes[s.sheet] ? roleCorrectionLabel(fixes[s.sheet]) : '',
    ]);
  const present = new Set(dataset.sheets.map((s) => s.sheet));
  for (const [sheet, role] of Object.entries(fixes)) {
    if (!present.has(sheet)) rows.push([sheet, 'лист не найден', null, '', '', roleCorrectionLabel(role)]);
  }
  return rows;
}

function columnRows(dataset: Dataset): Row<typeof COLUMNS_HEADER>[] {
  const fixes = dataset.corrections?.columns ?? {};
  const rows: Row<typeof COLUMNS_HEADER>[] = [];
  const written = new Set<string>();
  for (const s of dataset.sheets) {
    if (s.role === 'opora' || (s.role === 'unknown' && !s.headerRange)) continue;
    const letters = new Set([...Object.keys(s.columns), ...Object.keys(fixes[s.sheet] ?? {})]);
    for (const letter of [...letters].sort((a, b) => a.length - b.length || a.localeCompare(b))) {
      const fix = fixes[s.sheet]?.[letter];
      const meaning = s.columns[letter];
      rows.push([s.sheet, letter, s.headers?.[letter] ?? '', meaning ? meaningLabel(meaning) : 'не используется', fix ? meaningLabel(fix) : '']);
      written.add(`${s.sheet}|${letter}`);
    }
  }
  for (const [sheet, byLetter] of Object.entries(fixes)) {
    for (const [letter, fix] of Object.entries(byLetter)) {
      if (!written.has(`${sheet}|${letter}`)) rows.push([sheet, letter, '', 'лист не найден', meaningLabel(fix)]);
    }
  }
  return rows;
}

function nameRows(dataset: Dataset, names: SchoolNames): Row<typeof NAMES_HEADER>[] {
  const fixes = dataset.corrections?.names ?? {};
  const rows: Row<typeof NAMES_HEADER>[] = [];
  const written = new Set<string>();
  for (const m of dataset.matches) {
    if (written.has(m.name)) continue;
    written.add(m.name);
    rows.push([
      m.name,
      `${m.sheet}!${m.cell}`,
      m.schoolId ? names.of(m.schoolId) : '',
      METHOD_LABELS[m.method],
      m.confidence,
      (m.candidates ?? []).map(names.of).join('; '),
      fixes[m.name] ?? '',
    ]);
  }
  for (const [name, fix] of Object.entries(fixes)) if (!written.has(name)) rows.push([name, 'не встречается', '', '', null, '', fix]);
  return rows;
}

function rowReason(g: RowGroup): string {
  if (g.reason) return ROW_REASON_LABELS[g.reason];
  return g.class === 'school' || g.class === 'skipped' ? '' : ROW_REASON_LABELS[g.class];
}

/** Rows that are not schools and columns not used, sheet by sheet; header texts only, never values. */
function unusedRows(dataset: Dataset): Row<typeof UNUSED_HEADER>[] {
  const rows: Row<typeof UNUSED_HEADER>[] = [];
  for (const c of dataset.coverage) {
    for (const g of c.rows) if (g.class !== 'school') rows.push([c.sheet, ROW_CLASS_LABELS[g.class], rowRanges(g.rows), '', rowReason(g)]);
    for (const col of c.columns) if (!col.used) rows.push([c.sheet, COLUMN_LABEL, col.letter, col.header, col.reason ? COLUMN_REASON_LABELS[col.reason] : '']);
  }
  return rows;
}

/** Each ШНОР / ШНСУ school with Opora's proposal and the district's choice; a choice for a school no longer flagged stays. */
function partnerRows({ dataset, analysis, names }: SheetInput): Row<typeof PARTNERS_HEADER>[] {
  const chosen = dataset.corrections?.partners ?? {};
  const name = (id: string | undefined) => (id ? names.of(id) : '');
  const rows: Row<typeof PARTNERS_HEADER>[] = [];
  const written = new Set<string>();
  for (const v of analysis.verdicts.filter(isSupported)) {
    const school = name(v.schoolId);
    const basis = v.partnerBasis;
    const proposed = basis?.source === 'district' ? basis.proposedId : v.partnerId;
    const why =
      basis?.source === 'register' ? 'указана в реестре («Школа-наставник»)' : proposed ? 'по условиям методики (см. дорожную карту)' : v.lowResults === true ? 'нет школы, отвечающей условиям' : 'предлагается только для ШНОР';
    const sign = [v.lowResults === true ? 'ШНОР' : '', v.socialRisk === true ? 'ШНСУ' : ''].filter(Boolean).join(' и ');
    rows.push([school, sign, proposed ? name(proposed) : 'не предложена', why, chosen[school]?.typed ?? '']);
    written.add(school);
  }
  for (const [school, choice] of Object.entries(chosen)) if (!written.has(school)) rows.push([school, 'не ШНОР и не ШНСУ', '', '', choice.typed]);
  return rows;
}

export function buildMappingSheet(input: SheetInput): OutputSheet {
  const { dataset } = input;
  const sheet = emptySheet('mapping', OWNED_SHEETS.mapping, 'replace');
  writeTitle(sheet, 0, MAPPING_TITLE, NAMES_HEADER.length);
  setCell(sheet, 1, 0, MAPPING_HELP);
  sheet.merges.push(a1Range(1, 0, 1, NAMES_HEADER.length - 1));
  sheet.styles.push({ range: a1Range(1, 0, 1, NAMES_HEADER.length - 1), style: { wrap: true } });
  let row = section(sheet, 3, SECTION_SHEETS, SHEETS_HINT, SHEETS_HEADER, sheetRows(dataset), { 2: FORMATS.percent });
  row = section(sheet, row, SECTION_COLUMNS, COLUMNS_HINT, COLUMNS_HEADER, columnRows(dataset));
  row = section(sheet, row, SECTION_NAMES, NAMES_HINT, NAMES_HEADER, nameRows(dataset, input.names), { 4: FORMATS.percent });
  row = section(sheet, row, SECTION_UNUSED, UNUSED_HINT, UNUSED_HEADER, unusedRows(dataset), {}, false);
  section(sheet, row, SECTION_PARTNERS, PARTNERS_HINT, PARTNERS_HEADER, partnerRows(input));
  sheet.tabColor = 'FFC000';
  printLandscape(sheet);
  return sheet;
}
