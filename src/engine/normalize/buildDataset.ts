/**
 * The stage grids → Dataset (METHODOLOGY §1): recognize every user sheet (Opora's own are skipped,
 * except that the user's corrections are read from `Опора · Сопоставление`), read each by its role,
 * pair every school spelling with a school (register first) and give each number its school id.
 */
import type {
  ApprovedRecord,
  ConfirmationRecord,
  ContingentRecord,
  Dataset,
  Diagnostic,
  MarkerRecord,
  Procedure,
  ProgrammeRecord,
  RegisterRecord,
  SheetGrid,
  StaffingRecord,
} from '../model';
import { ownedGrid } from '../owned';
import { procedureLabel } from '../procedures';
import { readCorrections } from '../recognize/corrections';
import { recognizeSheet, type SheetLayout } from '../recognize/recognizeSheet';
import { applyCalculationYear } from './calculationYear';
import { SheetAccount } from './coverage';
import { missingDataDiagnostics } from './missingData';
import { readResults, type PendingResult } from './readResults';
import {
  readApproved,
  readConfirmation,
  readContingent,
  readMarkers,
  readProgramme,
  readRegister,
  readStaffing,
  type PendingRegister,
} from './readSchoolTables';
import { settle, type Pending } from './pending';
import { SchoolMatcher, type Occurrence, type SchoolEntity } from './schoolIdentity';

function emptyDataset(): Dataset {
  return {
    schools: [],
    results: [],
    references: [],
    confirmations: [],
    markers: [],
    contingent: [],
    staffing: [],
    programme: [],
    register: [],
    approved: [],
    sheets: [],
    matches: [],
    coverage: [],
  };
}

/**
 * One record per school and what `what` names (a procedure and year, a year of markers) on a sheet: a
 * second row for the same — a block pasted twice — is reported and dropped.
 */
function dropDuplicates<T extends { occ: Occurrence; row: number }>(
  list: T[],
  what: (r: T) => string,
  diagnostics: Diagnostic[],
  accounts: Map<string, SheetAccount>,
): T[] {
  /** The first record of each sheet, school and what. */
  const seen = new Map<string, Map<SchoolEntity, Map<string, T>>>();
  const out: T[] = [];
  for (const r of list) {
    let ofSheet = seen.get(r.occ.source.sheet);
    if (!ofSheet) seen.set(r.occ.source.sheet, (ofSheet = new Map()));
    let ofSchool = ofSheet.get(r.occ.school!);
    if (!ofSchool) ofSheet.set(r.occ.school!, (ofSchool = new Map()));
    const key = what(r);
    const first = ofSchool.get(key);
    if (first) {
      diagnostics.push({
        severity: 'warning',
        code: 'duplicate-row',
        sheet: r.occ.source.sheet,
        cell: r.occ.source.cell,
        name: r.occ.spelling,
        what: key,
        first: first.row + 1,
        second: r.row + 1,
      });
      accounts.get(r.occ.source.sheet)?.row(r.row, 'skipped', 'duplicate');
      continue;
    }
    ofSchool.set(key, r);
    out.push(r);
  }
  return out;
}

/** The results sheets with a record that counted anybody (participants or any mark above zero). */
function sheetsCounting(results: PendingResult[]): Set<string> {
  const sheets = new Set<string>();
  for (const r of results) {
    if (!sheets.has(r.occ.source.sheet) && Object.values(r.record.counts).some((c) => c.value > 0)) sheets.add(r.occ.source.sheet);
  }
  return sheets;
}

/** `fixedYear`: the calculation year set in Opora's settings sheet, if any (yearless passports get it). */
export function buildDataset(grids: SheetGrid[], fixedYear?: number): { dataset: Dataset; diagnostics: Diagnostic[] } {
  const { corrections, diagnostics } = readCorrections(ownedGrid(grids, 'mapping'));
  const dataset = emptyDataset();
  const layouts: SheetLayout[] = [];
  const accounts = new Map<string, SheetAccount>();
  for (const grid of grids) {
    const { layout, diagnostics: d } = recognizeSheet(grid, corrections);
    dataset.sheets.push(layout.recognition);
    diagnostics.push(...d);
    if (layout.recognition.role === 'opora') continue;
    accounts.set(grid.name, new SheetAccount(grid, layout.recognition.role, layout.header));
    if (layout.header && layout.recognition.role !== 'unknown') layouts.push(layout);
  }

  const registers: PendingRegister[] = [];
  const results: PendingResult[] = [];
  const confirmations: Pending<ConfirmationRecord>[] = [];
  const markers: Pending<MarkerRecord>[] = [];
  const contingent: Pending<ContingentRecord>[] = [];
  const staffing: Pending<StaffingRecord>[] = [];
  const programme: Pending<ProgrammeRecord>[] = [];
  const approved: Pending<ApprovedRecord>[] = [];
  for (const layout of layouts) {
    const account = accounts.get(layout.grid.name);
    switch (layout.recognition.role) {
      case 'register':
        registers.push(...readRegister(layout, diagnostics, account));
        break;
      case 'results': {
        const read = readResults(layout, diagnostics, account);
        results.push(...read.results);
        dataset.references.push(...read.references);
        break;
      }
      case 'confirmation':
        confirmations.push(...readConfirmation(layout, diagnostics, account));
        break;
      case 'markers':
        markers.push(...readMarkers(layout, diagnostics, account));
        break;
      case 'contingent':
        contingent.push(...readContingent(layout, diagnostics, account));
        break;
      case 'staffing':
        staffing.push(...readStaffing(layout, diagnostics, account));
        break;
      case 'programme':
        programme.push(...readProgramme(layout, diagnostics, account));
        break;
      case 'approved':
        approved.push(...readApproved(layout, diagnostics, account));
        break;
    }
  }

  const matcher = new SchoolMatcher(corrections.names);
  for (const r of registers) matcher.addRegistered(r.occ, r);
  const occurrences = [results, confirmations, markers, contingent, staffing, programme, approved].flatMap((list) =>
    list.map((p: { occ: Occurrence }) => p.occ),
  );
  // Spellings the user assigned go last, so the school they name already exists.
  const assigned = new Set(Object.keys(corrections.names));
  for (const occ of occurrences) if (!assigned.has(occ.spelling)) matcher.resolve(occ);
  for (const occ of occurrences) if (assigned.has(occ.spelling)) matcher.resolve(occ);
  const matched = matcher.finish();
  dataset.schools = matched.schools;
  dataset.matches = matched.matches;
  diagnostics.push(...matched.diagnostics);

  // Records of one group and context share their Procedure: its label is made once.
  const labels = new Map<Procedure, string>();
  const labelOf = (p: Procedure): string => {
    let label = labels.get(p);
    if (label === undefined) labels.set(p, (label = procedureLabel(p)));
    return label;
  };
  const resultWhat = (r: PendingResult): string => `${labelOf(r.record.procedure)} ${r.record.year}`;
  dataset.results = dropDuplicates(results, resultWhat, diagnostics, accounts).map(settle);
  dataset.confirmations = confirmations.map(settle);
  dataset.markers = dropDuplicates(markers, (m) => `маркеров ${m.record.year}`, diagnostics, accounts).map(settle);
  applyCalculationYear(dataset, [...contingent, ...staffing, ...programme], fixedYear, diagnostics);
  dataset.contingent = contingent.map(settle);
  dataset.staffing = staffing.map(settle);
  dataset.programme = programme.map(settle);
  dataset.approved = approved.map(settle);
  dataset.register = registers.map((r): RegisterRecord => {
    const partner = r.partner ? matcher.find(r.partner) : undefined;
    if (r.partner && !partner) {
      diagnostics.push({ severity: 'warning', code: 'partner-unmatched', sheet: r.partnerSource!.sheet, cell: r.partnerSource!.cell, name: r.partner });
    }
    return {
      schoolId: r.occ.school!.id,
      shortName: r.occ.spelling,
      ...(r.fullName ? { fullName: r.fullName } : {}),
      ...(r.level ? { level: r.level } : {}),
      ...(r.settlement ? { settlement: r.settlement } : {}),
      ...(partner ? { partnerId: partner.id } : {}),
    };
  });
  diagnostics.push(
    ...missingDataDiagnostics({
      sheets: dataset.sheets,
      rows: [...registers.map((r) => r.occ), ...occurrences],
      counted: sheetsCounting(results),
      schools: dataset.schools.length,
    }),
  );
  dataset.coverage = [...accounts.values()].map((a) => a.finish(diagnostics));
  const hasCorrections =
    Object.keys(corrections.sheets).length + Object.keys(corrections.columns).length + Object.keys(corrections.names).length + Object.keys(corrections.partners ?? {}).length > 0;
  if (hasCorrections) dataset.corrections = corrections;
  return { dataset, diagnostics };
}
