/**
 * The summary of a recalculation as plain JSON: what the CLI writes with `--json`, what the task pane
 * shows, and what tests assert. Rendered from the dataset, the analysis and the diagnostics; the schema
 * is documented in the README («Сводка в JSON»).
 */
import { a1, rowRanges } from '../a1';
import { assertNever } from '../assertNever';
import { renderDiagnostic } from '../messages';
import { APPROVAL_STATUS_RU, FLAG_KIND_RU, type FlagKindLabel } from '../messages/vocabulary';
import type {
  Analysis,
  ColumnReason,
  Diagnostic,
  DiagnosticCode,
  DistrictValue,
  FlagKind,
  OutputSheet,
  RowClass,
  RowReason,
  RuleId,
  RuleRecord,
  Severity,
  SheetCoverage,
  SheetRole,
} from '../model';
import { isSchoolLevel, keyLabel } from '../procedures';
import type { DynamicsRow } from '../plans/dynamics';
import type { MonitoringRow } from '../plans/monitoring';
import type { SheetInput } from '../plans/sheetInput';
import type { OwnedSheet, OwnedSheetKey } from '../owned';
import { switchedOff, type SwitchedOff } from '../settings/switchedOff';
import type { Settings } from '../settings/defaults';
import { OPORA_VERSION, type FlagSnapshot } from './meta';

export interface SummaryFlag {
  schoolId: string;
  schoolName: string;
  /** The documented Russian name of the kind («ШНОР», …), as the JSON carries it. */
  kind: FlagKindLabel;
  ruleId: RuleId;
  explanation: string;
  years: number[];
}

export interface SummaryDiagnostic {
  severity: Severity;
  code: DiagnosticCode;
  sheet?: string;
  cell?: string;
  text: string;
  advice: string;
}

/** A cell on one of Opora's sheets, by the sheet's real (resolved) name. */
export interface SheetCell {
  sheet: string;
  cell: string;
}

/** Where Opora wrote one school: its row on «ШНОР и ШНСУ» and the start of its roadmap block. */
export interface SchoolPlaces {
  flags?: SheetCell;
  roadmap?: SheetCell;
}

/** The account of one sheet: row groups with their count and rows («5–30, 32»), every non-empty column. */
export interface SummaryCoverage {
  sheet: string;
  role: SheetRole;
  rows: { class: RowClass; reason?: RowReason; count: number; rows: string }[];
  columns: { column: string; header: string; used: boolean; meaning?: string; reason?: ColumnReason }[];
}

export function summariseCoverage(c: SheetCoverage): SummaryCoverage {
  return {
    sheet: c.sheet,
    role: c.role,
    rows: c.rows.map((g) => ({ class: g.class, ...(g.reason ? { reason: g.reason } : {}), count: g.rows.length, rows: rowRanges(g.rows) })),
    columns: c.columns.map(({ letter, ...rest }) => ({ column: letter, ...rest })),
  };
}

export interface Summary {
  version: string;
  district: string;
  year: number | null;
  years: number[];
  schools: { id: string; name: string; code?: string; municipality?: string; level?: string }[];
  flags: SummaryFlag[];
  verdicts: {
    schoolId: string;
    /** null: no results for the calculation year («нет данных»), never «не ШНОР». */
    shnor: boolean | null;
    shnsu: boolean | null;
    objectivityRisk: boolean;
    resilient: boolean;
    socialIndex?: number;
    status?: string;
    partnerId?: string;
  }[];
  /** District values with the procedure as its label («ОГЭ рус 9») and the indicator id as `indicator`. */
  districtValues: (Omit<DistrictValue, 'procedureKey' | 'id'> & { procedure: string; indicator: string })[];
  sheets: { sheet: string; role: SheetRole; confidence: number; reason: string }[];
  coverage: SummaryCoverage[];
  diagnostics: SummaryDiagnostic[];
  changes: { newlyFlagged: string[]; noLongerFlagged: string[]; comparedWithPreviousRun: boolean };
  /** Verdicts the settings switch off for every school (`settings/switchedOff.ts`): said so, never counted as 0. */
  switchedOff: SwitchedOff;
  outputSheets: string[];
  /** Each sheet Opora wrote, by key: the real name, «Опора · Настройки (2)» beside a user's namesake. */
  ownedSheets: { [key in OwnedSheetKey]?: string };
  /** School id → where its row and roadmap block are, so a UI links to them without searching sheets. */
  places: Record<string, SchoolPlaces>;
  /** Every school × procedure × indicator over the years (`plans/dynamics.ts`); the district's rows have `schoolId: null`. */
  dynamics: { years: number[]; rows: SummaryDynamicsRow[] };
  /** The monitoring's section 1.2 indicators for Y − 1 and Y (`plans/monitoring.ts`). */
  monitoring: MonitoringRow[];
}

/** A dynamics row with the procedure as its label («ОГЭ мат 9»); shares are fractions, `few` marks fewer than `min_n`. */
export type SummaryDynamicsRow = Omit<DynamicsRow, 'procedureKey'> & { procedure: string };

/** The dynamics rows as the JSON carries them (55,000 rows at 2,000 schools; `keyLabel` labels each procedure once). */
function summaryDynamicsRows(rows: DynamicsRow[]): SummaryDynamicsRow[] {
  return rows.map((r) => ({
    indicator: r.indicator,
    schoolId: r.schoolId,
    values: r.values,
    district: r.district,
    changeFromFirst: r.changeFromFirst,
    changeFromLast: r.changeFromLast,
    procedure: keyLabel(r.procedureKey),
  }));
}

/** Each school's places from the anchors the flags and roadmap builders recorded (names already final). */
export function schoolPlaces(sheets: OutputSheet[]): Record<string, SchoolPlaces> {
  const places: Record<string, SchoolPlaces> = {};
  for (const sheet of sheets) {
    const kind = sheet.key === 'flags' ? 'flags' : sheet.key.startsWith('roadmap') ? 'roadmap' : null;
    if (!kind || !sheet.anchors) continue;
    for (const [schoolId, row] of Object.entries(sheet.anchors)) {
      (places[schoolId] ??= {})[kind] = { sheet: sheet.name, cell: a1(row, 0) };
    }
  }
  return places;
}

/** Which kind of flag a fired rule raises; rules that are not flags (RES, EXIT) give null. */
export function flagKind(ruleId: RuleId, settings: Settings): FlagKind | null {
  switch (ruleId) {
    case 'R1':
    case 'R3':
      return settings.lowResultsRules.includes(ruleId) ? 'lowResults' : null;
    case 'SOC':
      return 'socialRisk';
    case 'OBJ':
      return 'objectivityRisk';
    case 'R2':
      return 'warning';
    case 'RES':
    case 'EXIT':
      return null;
    default:
      return assertNever(ruleId);
  }
}

/** Every fired rule that raises a flag, in school then rule order. */
export function firedFlags(analysis: Analysis, settings: Settings): { record: RuleRecord; kind: FlagKind }[] {
  const out: { record: RuleRecord; kind: FlagKind }[] = [];
  for (const v of analysis.verdicts) {
    for (const record of v.rules) {
      const kind = record.fired ? flagKind(record.ruleId, settings) : null;
      if (kind) out.push({ record, kind });
    }
  }
  return out;
}

/** The flagged set that «what changed» compares: school id → «ШНОР», «ШНСУ» or «ШНОР+ШНСУ». */
export function flagSnapshot(analysis: Analysis): FlagSnapshot {
  const snap: FlagSnapshot = {};
  for (const v of analysis.verdicts) {
    const kinds = [v.lowResults === true ? FLAG_KIND_RU.lowResults : '', v.socialRisk === true ? FLAG_KIND_RU.socialRisk : ''].filter(Boolean);
    if (kinds.length) snap[v.schoolId] = kinds.join('+');
  }
  return snap;
}

export function summariseDiagnostics(diagnostics: Diagnostic[]): SummaryDiagnostic[] {
  return diagnostics.map((d) => ({
    severity: d.severity,
    code: d.code,
    ...(d.sheet ? { sheet: d.sheet } : {}),
    ...(d.cell ? { cell: d.cell } : {}),
    ...renderDiagnostic(d),
  }));
}

export function buildSummary(input: Pick<SheetInput, 'dataset' | 'analysis' | 'settings' | 'names' | 'explain'> & {
  diagnostics: Diagnostic[];
  current: FlagSnapshot;
  baseline?: FlagSnapshot;
  /** The sheets written this run, in order, with their final names. */
  owned: OwnedSheet[];
  places: Record<string, SchoolPlaces>;
  dynamics: DynamicsRow[];
  monitoring: MonitoringRow[];
}): Summary {
  const { dataset, analysis, settings, names, current, baseline } = input;
  const before = baseline ?? {};
  return {
    version: OPORA_VERSION,
    district: settings.districtName,
    year: analysis.years.length ? analysis.year : null,
    years: analysis.years,
    schools: dataset.schools.map((s) => ({
      id: s.id,
      name: s.name,
      ...(s.code ? { code: s.code } : {}),
      ...(s.municipality ? { municipality: s.municipality } : {}),
      ...(s.level ? { level: s.level } : {}),
    })),
    flags: firedFlags(analysis, settings).map(({ record, kind }) => ({
      schoolId: record.schoolId,
      schoolName: names.of(record.schoolId),
      kind: FLAG_KIND_RU[kind],
      ruleId: record.ruleId,
      explanation: input.explain(record),
      years: record.years,
    })),
    verdicts: analysis.verdicts.map((v) => ({
      schoolId: v.schoolId,
      shnor: v.lowResults,
      shnsu: v.socialRisk,
      objectivityRisk: v.objectivityRisk,
      resilient: v.resilient,
      ...(v.socialIndex !== undefined ? { socialIndex: v.socialIndex } : {}),
      ...(v.status ? { status: APPROVAL_STATUS_RU[v.status] } : {}),
      ...(v.partnerId ? { partnerId: v.partnerId } : {}),
    })),
    districtValues: analysis.indicators.district.map((d) => ({
      year: d.year,
      procedure: isSchoolLevel(d.procedureKey) ? '' : keyLabel(d.procedureKey),
      indicator: d.id,
      scope: d.scope,
      ...(d.label ? { label: d.label } : {}),
      pooled: d.pooled,
      median: d.median,
      q1: d.q1,
      q3: d.q3,
      schools: d.schools,
      ...(d.given !== undefined ? { given: d.given } : {}),
    })),
    sheets: dataset.sheets.map((s) => ({ sheet: s.sheet, role: s.role, confidence: s.confidence, reason: s.reason })),
    coverage: dataset.coverage.map(summariseCoverage),
    diagnostics: summariseDiagnostics(input.diagnostics),
    changes: {
      newlyFlagged: Object.keys(current).filter((id) => !(id in before)).sort(),
      noLongerFlagged: Object.keys(before).filter((id) => !(id in current)).sort(),
      comparedWithPreviousRun: baseline !== undefined,
    },
    switchedOff: switchedOff(settings),
    outputSheets: input.owned.map((s) => s.name),
    ownedSheets: Object.fromEntries(input.owned.map((s) => [s.key, s.name])),
    places: input.places,
    dynamics: {
      years: analysis.years.filter((y) => y <= analysis.year),
      rows: summaryDynamicsRows(input.dynamics),
    },
    monitoring: input.monitoring,
  };
}
