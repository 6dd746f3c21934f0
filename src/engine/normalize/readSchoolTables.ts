/**
 * Sheets with one row per school (× year): mark confirmation, Рособрнадзор markers, social passport,
 * staffing, programme indicators, the register and the approved list. Every number keeps its cell.
 * Total rows are skipped here (only results keep reference values).
 */
import type {
  ApprovedRecord,
  ConfirmationRecord,
  ContingentRecord,
  Diagnostic,
  MarkerRecord,
  Procedure,
  ProgrammeKey,
  ProgrammeRecord,
  SchoolLevel,
  SocialKey,
  StaffingRecord,
  StaffKey,
  Sourced,
  CellRef,
} from '../model';
import { impliedGrade, mergeContexts, parseYear, type Context } from '../recognize/context';
import type { SheetLayout } from '../recognize/recognizeSheet';
import type { Occurrence } from './schoolIdentity';
import { levelFromType, shortSchoolName } from './schoolName';
import type { SheetAccount } from './coverage';
import { countColumns, readCountsOrShares } from './countsOrShares';
import type { Pending } from './pending';
import { SheetReader } from './sheetReader';
import { classifyRows } from './tableRows';


export interface PendingRegister {
  occ: Occurrence;
  fullName?: string;
  fullSource?: CellRef;
  level?: SchoolLevel;
  settlement?: string;
  partner?: string;
  partnerSource?: CellRef;
}

/** Runs `read` for every school row, carrying the municipality of a grouped table. */
function eachSchool(reader: SheetReader, read: (row: number, occ: Occurrence) => void): void {
  let municipality: string | undefined;
  for (const r of classifyRows(reader.layout.grid, reader.header, reader.account)) {
    if (r.kind === 'municipality') municipality = r.label;
    if (r.kind !== 'school') continue;
    const occ = reader.occurrence(r.row, municipality);
    if (occ) read(r.row, occ);
    else reader.account.row(r.row, 'skipped', 'no-school');
  }
}

/**
 * The one year the header cells name, if they name exactly one: the ФИС ОКО context form asks «Укажите
 * количество обучающихся в ОО в 2020/2021 учебном году». Weaker than the sheet name, the title and the row.
 */
function headerYear(reader: SheetReader): number | undefined {
  const years = new Set(reader.header.columns.map((c) => parseYear(c.header)).filter((y): y is number => y !== undefined));
  return years.size === 1 ? [...years][0] : undefined;
}

function yearOf(reader: SheetReader, row: number, fromHeader?: number): number | undefined {
  return mergeContexts({ ...(fromHeader !== undefined ? { year: fromHeader } : {}) }, reader.layout.context, reader.rowContext(row)).year;
}

export function readConfirmation(layout: SheetLayout, diagnostics: Diagnostic[], account?: SheetAccount): Pending<ConfirmationRecord>[] {
  const reader = new SheetReader(layout, diagnostics, account);
  const cols = { lower: reader.column('lower'), confirm: reader.column('confirm'), higher: reader.column('higher'), total: reader.column('total') };
  const asShares = [cols.lower, cols.confirm, cols.higher].some((c) => c && /%|доля/i.test(c.header));
  const out: Pending<ConfirmationRecord>[] = [];
  // Rows that say the same share one procedure object, made once.
  const procedures = new Map<Readonly<Context>, { year: number; procedure: Procedure } | undefined>();
  const procedureOf = (rowContext: Readonly<Context>): { year: number; procedure: Procedure } | undefined => {
    if (procedures.has(rowContext)) return procedures.get(rowContext);
    const ctx = mergeContexts({ assessment: 'ВПР' }, layout.context, rowContext);
    const grade = impliedGrade(ctx);
    const read =
      ctx.year === undefined || !ctx.subject
        ? undefined
        : { year: ctx.year, procedure: { assessment: ctx.assessment!, subject: ctx.subject, ...(grade !== undefined ? { grade } : {}) } };
    procedures.set(rowContext, read);
    return read;
  };
  eachSchool(reader, (row, occ) => {
    const read = procedureOf(reader.rowContext(row));
    if (!read) {
      reader.account.row(row, 'skipped', 'no-context');
      return;
    }
    const rec: Omit<ConfirmationRecord, 'schoolId'> = { year: read.year, procedure: read.procedure, asShares };
    for (const f of ['lower', 'confirm', 'higher'] as const) {
      const c = cols[f];
      const v = c ? (asShares ? reader.share(row, c) : reader.count(row, c)) : undefined;
      if (v) rec[f] = v;
    }
    const total = cols.total ? reader.count(row, cols.total) : undefined;
    if (total) rec.total = total;
    if (rec.lower || rec.confirm || rec.higher) out.push({ occ, row, record: rec });
    else reader.account.row(row, 'skipped', 'no-values');
  });
  return out;
}

export function readMarkers(layout: SheetLayout, diagnostics: Diagnostic[], account?: SheetAccount): Pending<MarkerRecord>[] {
  const reader = new SheetReader(layout, diagnostics, account);
  const markerCols = reader.columns(['marker']);
  const countCol = reader.column('markerCount');
  const out: Pending<MarkerRecord>[] = [];
  eachSchool(reader, (row, occ) => {
    const year = yearOf(reader, row);
    if (year === undefined) {
      reader.account.row(row, 'skipped', 'no-year');
      return;
    }
    // In a marker table an empty cell means «no marker» (METHODOLOGY §1).
    const procedures = markerCols.filter((c) => (reader.number(row, c, true)?.value ?? 0) !== 0).map((c) => c.header);
    const count = countCol ? reader.count(row, countCol) : undefined;
    out.push({ occ, row, record: { year, procedures, count: count?.value ?? procedures.length, source: count?.source ?? occ.source } });
  });
  return out;
}

export function readContingent(layout: SheetLayout, diagnostics: Diagnostic[], account?: SheetAccount): Pending<ContingentRecord>[] {
  const reader = new SheetReader(layout, diagnostics, account);
  const fromHeader = headerYear(reader);
  const totalCol = reader.column('pupils');
  const columns = countColumns<SocialKey>(reader, 'social.');
  const out: Pending<ContingentRecord>[] = [];
  eachSchool(reader, (row, occ) => {
    const year = yearOf(reader, row, fromHeader);
    const total = totalCol ? reader.count(row, totalCol) : undefined;
    const counts = readCountsOrShares(reader, row, columns, total, totalCol?.header ?? 'Всего обучающихся', diagnostics);
    out.push({ occ, row, record: { ...(year !== undefined ? { year } : {}), ...(total ? { total } : {}), counts } });
  });
  return out;
}

export function readStaffing(layout: SheetLayout, diagnostics: Diagnostic[], account?: SheetAccount): Pending<StaffingRecord>[] {
  const reader = new SheetReader(layout, diagnostics, account);
  const fromHeader = headerYear(reader);
  const totalCol = reader.column('teachers');
  const columns = countColumns<StaffKey>(reader, 'staff.');
  const out: Pending<StaffingRecord>[] = [];
  eachSchool(reader, (row, occ) => {
    const year = yearOf(reader, row, fromHeader);
    const total = totalCol ? reader.count(row, totalCol) : undefined;
    const counts = readCountsOrShares(reader, row, columns, total, totalCol?.header ?? 'Всего педагогов', diagnostics);
    out.push({ occ, row, record: { ...(year !== undefined ? { year } : {}), ...(total ? { total } : {}), counts } });
  });
  return out;
}

/** Programme values that are shares (fractions), the rest are counts. */
const PROGRAMME_SHARES: ProgrammeKey[] = ['parent_satisfaction'];

export function readProgramme(layout: SheetLayout, diagnostics: Diagnostic[], account?: SheetAccount): Pending<ProgrammeRecord>[] {
  const reader = new SheetReader(layout, diagnostics, account);
  const fromHeader = headerYear(reader);
  const out: Pending<ProgrammeRecord>[] = [];
  eachSchool(reader, (row, occ) => {
    const year = yearOf(reader, row, fromHeader);
    const values: Partial<Record<ProgrammeKey, Sourced>> = {};
    for (const c of reader.header.columns) {
      if (!c.meaning?.startsWith('prog.')) continue;
      const key = c.meaning.slice(5) as ProgrammeKey;
      const v = PROGRAMME_SHARES.includes(key) ? reader.share(row, c) : reader.count(row, c);
      if (v) values[key] = v;
    }
    out.push({ occ, row, record: { ...(year !== undefined ? { year } : {}), values } });
  });
  return out;
}

export function readRegister(layout: SheetLayout, diagnostics: Diagnostic[], account?: SheetAccount): PendingRegister[] {
  const reader = new SheetReader(layout, diagnostics, account);
  const fullCol = reader.column('fullName');
  const partnerCol = reader.column('partner');
  const out: PendingRegister[] = [];
  const fullOnly = !reader.column('name');
  eachSchool(reader, (row, named) => {
    const fullName = reader.text(row, fullCol);
    // A register with only «Полное наименование» shows the school by its short form, the full one kept.
    const occ = fullOnly && fullName !== '' && named.spelling === fullName ? { ...named, spelling: shortSchoolName(fullName) } : named;
    const type = reader.text(row, reader.column('type'));
    const level = levelFromType(type !== '' ? type : occ.spelling);
    const settlement = reader.text(row, reader.column('settlement'));
    const partner = reader.text(row, partnerCol);
    out.push({
      occ,
      ...(fullName && fullName !== occ.spelling ? { fullName, fullSource: reader.ref(row, fullCol!.col) } : {}),
      ...(level ? { level } : {}),
      ...(settlement ? { settlement } : {}),
      ...(partner ? { partner, partnerSource: reader.ref(row, partnerCol!.col) } : {}),
    });
  });
  return out;
}

export function readApproved(layout: SheetLayout, diagnostics: Diagnostic[], account?: SheetAccount): Pending<ApprovedRecord>[] {
  const reader = new SheetReader(layout, diagnostics, account);
  const yearCol = reader.column('yearIncluded') ?? reader.column('year');
  const out: Pending<ApprovedRecord>[] = [];
  eachSchool(reader, (row, occ) => {
    const yearIncluded = yearCol ? parseYear(reader.cell(row, yearCol)) : undefined;
    const basis = reader.text(row, reader.column('basis'));
    out.push({ occ, row, record: { ...(yearIncluded !== undefined ? { yearIncluded } : {}), ...(basis ? { basis } : {}), source: occ.source } });
  });
  return out;
}
