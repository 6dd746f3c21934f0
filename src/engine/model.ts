/**
 * Core types of the Opora engine: what adapters hand in (SheetGrid), the tidy Dataset that recognition
 * and normalisation produce, indicators, rule records, diagnostics and the OutputDocument that adapters
 * write back. Pure data: no Office, React, DOM or Node types here.
 */
import type { OwnedSheetKey } from './owned';
import type { ProcedureKey } from './procedures';
import type { RuleRecord } from './ruleRecords';

/* ───────────────────────────── Input: sheets as the adapter read them ───────────────────────────── */

/** A raw cell value. Dates arrive as ISO strings (`2024-05-31`), formulas as their cached result. */
export type CellValue = string | number | boolean | null;

/** An inclusive rectangle of cells, 0-based. */
export interface CellRect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** An Excel table (ListObject) as the adapter saw it. */
export interface GridTable {
  name: string;
  rect: CellRect;
}

/**
 * One sheet as an adapter read it. `values[r][c]` is the cell at row r, column c counted from A1
 * (the adapter pads the area above and left of the used range with nulls), so cell addresses the
 * engine reports are the addresses a user sees.
 */
export interface SheetGrid {
  name: string;
  values: CellValue[][];
  /** Same shape as `values` where the adapter has them; `General` or '' for none. */
  numberFormats?: string[][];
  merges?: CellRect[];
  tables?: GridTable[];
  visibility?: 'visible' | 'hidden' | 'veryHidden';
}

/* ───────────────────────────── Diagnostics ───────────────────────────── */

/** A problem found in the user's workbook or settings: a union discriminated by `code` (`diagnostics.ts`). */
export type { Diagnostic, DiagnosticCode, DiagnosticOf, Severity } from './diagnostics';

/* ───────────────────────────── Dataset: the tidy, normalised data ───────────────────────────── */

/** Where a number came from, so an explanation can point a person at the cell. */
export interface CellRef {
  sheet: string;
  /** A1 address. */
  cell: string;
}

/** A number with the cell it was read from. Shares are fractions (0.305 for 30,5 %). */
export interface Sourced {
  value: number;
  source: CellRef;
}

/** Kinds of assessment (Процедура's first part). ККР/КДР/РДР are regional diagnostic works. */
export type Assessment = 'ОГЭ' | 'ЕГЭ' | 'ВПР' | 'ККР' | 'КДР' | 'РДР' | 'ГВЭ' | 'Другое';

/** One assessment of one subject in one grade, e.g. (ОГЭ, Русский язык, 9). */
export interface Procedure {
  assessment: Assessment;
  /** Canonical subject name, e.g. «Русский язык», «Математика профильная». */
  subject: string;
  grade?: number;
}

/** School level, used for partner matching (ООШ for ООШ, СОШ for СОШ). */
export type SchoolLevel = 'НОШ' | 'ООШ' | 'СОШ';

export interface School {
  /** Stable id: `code:<code>` where a sheet has a code, otherwise `name:<normalised name>`. */
  id: string;
  /** Display name: the shortest clean spelling seen. */
  name: string;
  code?: string;
  municipality?: string;
  level?: SchoolLevel;
  /** Every spelling seen, with where. */
  aliases: { name: string; source: CellRef }[];
}

/** Result counts a results sheet can carry. `n` is participants; `m2`…`m5` are marks «2»…«5». */
export type CountField = 'n' | 'm2' | 'm3' | 'm4' | 'm5';
/** Shares a results sheet can carry directly (as fractions). */
export type ShareField = 'fail' | 'success' | 'quality';

/** Why a value cannot be true: a mark count above participants, marks adding up to more, a share above 100 %. */
export type RefusalReason = 'count-above-participants' | 'marks-above-participants' | 'share-above-100';

/** A value of a results row refused as impossible: reported as an error, used in no indicator or verdict. */
export interface RefusedValue {
  field: CountField | ShareField;
  reason: RefusalReason;
  source: CellRef;
}

/** What one row of a results sheet carries for a year and procedure: counts, shares and mean, each with its cell. */
export interface ResultValues {
  year: number;
  procedure: Procedure;
  counts: Partial<Record<CountField, Sourced>>;
  shares: Partial<Record<ShareField, Sourced>>;
  mean?: Sourced;
}

/** One school × year × procedure from a results sheet. */
export interface ResultRecord extends ResultValues {
  schoolId: string;
  /** Values of the row refused as impossible; the explanations of the school's rules name them. */
  refused?: RefusedValue[];
}

/** A district/municipality/region row of a results sheet, kept as a comparator, not a school. */
export interface ReferenceRecord extends ResultValues {
  scope: 'district' | 'municipality' | 'region';
  /** Municipality name for `municipality`, otherwise the row's label (e.g. «Итого»). */
  label: string;
}

/** ВПР mark confirmation for one school × year × procedure: counts of pupils with both marks. */
export interface ConfirmationRecord {
  schoolId: string;
  year: number;
  procedure: Procedure;
  lower?: Sourced;
  confirm?: Sourced;
  higher?: Sourced;
  /** Pupils with both marks (the «Всего» column, else lower + confirm + higher). */
  total?: Sourced;
  /** True when the sheet gave percents; then lower/confirm/higher are fractions and total may be absent. */
  asShares: boolean;
}

/** Рособрнадзор objectivity markers for one school × year: each listed procedure carries a marker. */
export interface MarkerRecord {
  schoolId: string;
  year: number;
  /** Procedure labels as the header gives them («4 РУ», «5 МА»). */
  procedures: string[];
  count: number;
  source: CellRef;
}

/** Social passport keys (METHODOLOGY §1, contingent). */
export type SocialKey =
  | 'incomplete_family'
  | 'registered'
  | 'unemployed_parents'
  | 'guardianship'
  | 'non_native'
  | 'disability'
  | 'low_income'
  | 'large_family'
  | 'parents_no_prof_edu'
  | 'parents_higher_edu'
  | 'part_time';

/** Staffing keys. */
export type StaffKey =
  | 'pension_age'
  | 'top_category'
  | 'first_category'
  | 'vacancies'
  | 'no_ped_edu'
  | 'pk_3y';

/** Programme indicator keys. */
export type ProgrammeKey =
  | 'parent_satisfaction'
  | 'honours'
  | 'medals'
  | 'olympiad_participants'
  | 'olympiad_winners'
  | 'no_certificate'
  | 'computers';

export interface ContingentRecord {
  schoolId: string;
  year?: number;
  total?: Sourced;
  /** Counts of pupils per social key. */
  counts: Partial<Record<SocialKey, Sourced>>;
}

export interface StaffingRecord {
  schoolId: string;
  year?: number;
  total?: Sourced;
  counts: Partial<Record<StaffKey, Sourced>>;
}

export interface ProgrammeRecord {
  schoolId: string;
  year?: number;
  /** Counts, or fractions for shares such as parent satisfaction. */
  values: Partial<Record<ProgrammeKey, Sourced>>;
}

export interface RegisterRecord {
  schoolId: string;
  shortName?: string;
  fullName?: string;
  level?: SchoolLevel;
  settlement?: string;
  /** The partner (наставник) school id named in the register, if any. */
  partnerId?: string;
}

export interface ApprovedRecord {
  schoolId: string;
  yearIncluded?: number;
  basis?: string;
  source: CellRef;
}

/** What a sheet was recognized as. */
export type SheetRole =
  | 'results'
  | 'confirmation'
  | 'markers'
  | 'contingent'
  | 'staffing'
  | 'programme'
  | 'register'
  | 'approved'
  | 'opora'
  | 'unknown';

/** One recognized sheet: the decision, its confidence and the reason in words a person can check. */
export interface SheetRecognition {
  sheet: string;
  role: SheetRole;
  /** 0…1. */
  confidence: number;
  /** Reason code + params rendered by `engine/messages` (e.g. headers that matched). */
  reason: string;
  /** A1 range of the header rows, if found. */
  headerRange?: string;
  /** Column letter → meaning id (`name`, `code`, `n`, `m2`, `year`, …) as understood. */
  columns: Record<string, string>;
  /** Column letter → the header text as read (group titles first), for review. */
  headers?: Record<string, string>;
  /** True when the user fixed this in `Опора · Сопоставление`. */
  corrected?: boolean;
}

/**
 * What Opora took a row of a sheet for. `subtotal` is a group row whose label is the municipality of the
 * rows below; `reference` a region / Russia row kept as a comparator; `skipped` carries a reason.
 */
export type RowClass = 'title' | 'header' | 'school' | 'total' | 'subtotal' | 'reference' | 'numbering' | 'note' | 'skipped';

/** Why a row was not read as a school. */
export type RowReason =
  | 'repeated-header'
  | 'no-school'
  | 'no-year'
  | 'no-context'
  | 'no-values'
  | 'duplicate'
  | 'outside-table'
  | 'sheet-not-read';

/** Why a column was not used. `personal`: personal data (ФИО, телефон …), whose values Opora never reads. */
export type ColumnReason = 'not-understood' | 'not-needed' | 'no-header' | 'outside-table' | 'personal' | 'sheet-not-read';

/** Rows of one class (and reason), as 1-based sheet row numbers. */
export interface RowGroup {
  class: RowClass;
  reason?: RowReason;
  rows: number[];
}

/** One non-empty column: used (with the meaning Opora read it as) or not (with the reason). */
export interface ColumnAccount {
  letter: string;
  /** The header text as read ('' when the column has none). Header texts only, never values. */
  header: string;
  used: boolean;
  meaning?: string;
  reason?: ColumnReason;
}

/**
 * The account of one user sheet: every non-empty row is in exactly one group and every non-empty column
 * is listed, so nothing Opora did not use goes unmentioned.
 */
export interface SheetCoverage {
  sheet: string;
  role: SheetRole;
  rows: RowGroup[];
  columns: ColumnAccount[];
}

/** A pairing of a spelling on some sheet with a school, for review. */
export interface NameMatch {
  sheet: string;
  cell: string;
  name: string;
  schoolId: string | null;
  /** 1 for exact/code matches; lower for fuzzy ones. */
  confidence: number;
  method: 'code' | 'exact' | 'normalised' | 'fuzzy' | 'user' | 'none';
  candidates?: string[];
}

/**
 * The user's corrections typed into `Опора · Сопоставление`, carried in the Dataset so the sheet is
 * rewritten with them on every run (an edit survives recalculation).
 */
export interface MappingCorrections {
  /** Sheet name → the role the user chose, or `ignore` («не использовать»). */
  sheets: Record<string, SheetRole | 'ignore'>;
  /** Sheet name → column letter → meaning id (or `ignore`). */
  columns: Record<string, Record<string, string>>;
  /** A spelling as written → what the user typed: a school's name or code, or «отдельная школа». */
  names: Record<string, string>;
  /** A flagged school's name → the partner school the district chose (name or code as typed), with its cell. */
  partners?: Record<string, { typed: string; sheet: string; cell: string }>;
}

export interface Dataset {
  schools: School[];
  results: ResultRecord[];
  references: ReferenceRecord[];
  confirmations: ConfirmationRecord[];
  markers: MarkerRecord[];
  contingent: ContingentRecord[];
  staffing: StaffingRecord[];
  programme: ProgrammeRecord[];
  register: RegisterRecord[];
  approved: ApprovedRecord[];
  sheets: SheetRecognition[];
  matches: NameMatch[];
  /** The account of every user sheet: rows and columns used, classed and skipped. */
  coverage: SheetCoverage[];
  /** Corrections read from `Опора · Сопоставление`, if any. */
  corrections?: MappingCorrections;
}

/* ───────────────────────────── Outputs ───────────────────────────── */

export interface CellStyle {
  bold?: boolean;
  italic?: boolean;
  fontSize?: number;
  fontColor?: string; // RRGGBB
  fill?: string; // RRGGBB
  wrap?: boolean;
  horizontal?: 'left' | 'center' | 'right';
  vertical?: 'top' | 'middle' | 'bottom';
  border?: boolean;
}

export interface StyledRange {
  /** A1 range. */
  range: string;
  style: CellStyle;
}

export interface FormattedRange {
  range: string;
  format: string;
}

/** A conditional format: fill cells whose numeric value compares to a constant. */
export interface ConditionalRule {
  range: string;
  operator: 'greaterThanOrEqual' | 'greaterThan' | 'lessThan' | 'lessThanOrEqual' | 'equal';
  value: number | string;
  fill: string;
  fontColor?: string;
}

export interface ChartSpec {
  title: string;
  type: 'bar' | 'column';
  /** A1 range of category labels and of each series (same sheet). */
  categories: string;
  series: { name: string; values: string }[];
  /** Top-left anchor cell (A1). */
  anchor: string;
  widthPx: number;
  heightPx: number;
}

export interface PrintSetup {
  orientation: 'landscape' | 'portrait';
  paper: 'A4';
  fitToWidth: boolean;
  /** Rows repeated on every page, e.g. `1:3`. */
  repeatRows?: string;
  /** 1-based sheet rows after which a page break goes. */
  rowBreaks?: number[];
}

export interface OutputSheet {
  /** Stable key (`indicators`, `flags`, …) recorded in `_opora`; names may change to avoid a user's sheet. */
  key: OwnedSheetKey;
  name: string;
  /** `replace`: rewritten on every run. `createOnce`: written only if absent (user-editable). */
  mode: 'replace' | 'createOnce';
  visibility?: 'visible' | 'veryHidden';
  /** Cell values from A1. Strings are always written as text, never as formulas. */
  values: CellValue[][];
  numberFormats: FormattedRange[];
  styles: StyledRange[];
  merges: string[];
  /** Column widths in characters, by column index from A. */
  columnWidths: number[];
  freeze?: { rows: number; cols: number };
  autoFilter?: string;
  conditionalFormats: ConditionalRule[];
  charts: ChartSpec[];
  print?: PrintSetup;
  tabColor?: string;
  /**
   * Row heights in points by 0-based row, for rows whose wrapped text needs more than one line: Excel and
   * LibreOffice do not fit row heights when they open a file, so a plan would print with clipped text.
   */
  rowHeights?: Record<number, number>;
  /** 0-based row where each school's row or block starts, by school id (the summary's `places`). */
  anchors?: Record<string, number>;
}

/**
 * Everything Opora will write, built in full before any I/O. `removeSheets` lists owned sheets from a
 * previous run that this run no longer produces; adapters delete exactly those and nothing else.
 */
export interface OutputDocument {
  sheets: OutputSheet[];
  removeSheets: string[];
  /** Sheet to activate after writing. */
  activate?: string;
}

/* ───────────────────────────── Calculation results ───────────────────────────── */

/** Indicator ids of METHODOLOGY §2; social/staff shares are `social.<key>` / `staff.<key>`. */
export type IndicatorId =
  | 'n'
  | 'fail'
  | 'success'
  | 'quality'
  | 'mean'
  | 'lower'
  | 'confirm'
  | 'higher'
  | `social.${SocialKey}`
  | `staff.${StaffKey}`;

/** One school's indicator for one year and procedure (SCHOOL_LEVEL procedureKey for school-level shares). */
export interface IndicatorValue {
  schoolId: string;
  year: number;
  procedureKey: ProcedureKey;
  id: IndicatorId;
  value: number;
  numerator?: number;
  denominator?: number;
  /** Cells the value was computed from. */
  sources: CellRef[];
  /** value(year) − value(year − 1) where both exist (fractions for shares: p.p. ÷ 100). */
  dynamics?: number;
}

/** A comparator for one indicator × year × procedure: district pooled value plus school statistics. */
export interface DistrictValue {
  year: number;
  procedureKey: ProcedureKey;
  id: IndicatorId;
  scope: 'district' | 'municipality' | 'region';
  /** Municipality name for `municipality` scope. */
  label?: string;
  /** Σ numerators ÷ Σ denominators over all schools with data. */
  pooled: number;
  median: number;
  q1: number;
  q3: number;
  schools: number;
  /** A value given by the sheet itself (an «Итого»/«Регион» row), kept as a second comparator. */
  given?: number;
}

export interface Indicators {
  values: IndicatorValue[];
  district: DistrictValue[];
}

export type { RuleEvidence, RuleId, RuleRecord } from './ruleRecords';

/** A ФИОКО risk factor's level (METHODOLOGY §3); `messages/vocabulary.ts` has the Russian words. */
export type RiskLevel = 'high' | 'medium' | 'low' | 'no-data';

export interface RiskFactor {
  no: number;
  level: RiskLevel;
  value?: number;
  median?: number;
  q3?: number;
  sources: CellRef[];
}

/** A school's place against the approved ШНОР list (METHODOLOGY §3); `messages/vocabulary.ts` has the Russian words. */
export type ApprovalStatus = 'new-candidate' | 'confirmed' | 'exit-candidate' | 'now-effective';

/** Why a partner school was chosen: named in the register, or proposed on these procedures of year Y. */
export interface PartnerBasis {
  /** `district`: chosen in «Опора · Сопоставление»; `register`: the register's «Школа-наставник»; `proposed`: Opora's. */
  source: 'district' | 'register' | 'proposed';
  /** With a district's choice: the school Opora would have proposed, if any. */
  proposedId?: string;
  sameSettlement: boolean;
  /** The partner's share of «2» on each weak procedure, with its participants and the district's share. */
  procedures: { procedureKey: ProcedureKey; fail: number; participants: number; district: number; sources: CellRef[] }[];
}

/**
 * What a fired rule marks a school with, named as the verdict's fields: ШНОР (`lowResults`), ШНСУ
 * (`socialRisk`), a risk of non-objective marks, or R2's warning. `messages/vocabulary.ts` has the Russian.
 */
export type FlagKind = 'lowResults' | 'socialRisk' | 'objectivityRisk' | 'warning';

/** Everything decided about one school in the current year. */
export interface SchoolVerdict {
  schoolId: string;
  /**
   * ШНОР: true when any ШНОР rule fired; null («нет данных», never «не ШНОР») when the school has no «2»
   * share for the calculation year, so the rules had nothing of that year to look at.
   */
  lowResults: boolean | null;
  /** ШНСУ: true/false, or null when fewer than the required social indicators have data. */
  socialRisk: boolean | null;
  objectivityRisk: boolean;
  resilient: boolean;
  socialIndex?: number;
  status?: ApprovalStatus;
  partnerId?: string;
  partnerBasis?: PartnerBasis;
  /** Every rule evaluated for this school (fired or not), in rule order. */
  rules: RuleRecord[];
  riskFactors: RiskFactor[];
}

/** The ШНОР verdicts of the year before Y, by the same rules (ШНСУ needs that year's passport, so it is not here). */
export interface PreviousYear {
  year: number;
  /** Schools the ШНОР rules flagged that year. */
  flagged: string[];
  /** Schools without any result that year. */
  noData: string[];
}

export interface Analysis {
  /** The current year Y. */
  year: number;
  years: number[];
  indicators: Indicators;
  verdicts: SchoolVerdict[];
  /** Y − 1 by the same ШНОР rules, where the data have that year. */
  previous?: PreviousYear;
}
