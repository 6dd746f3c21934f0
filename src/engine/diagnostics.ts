/**
 * Every diagnostic Opora reports, as a union discriminated by `code` (the pattern of zod's issue codes):
 * each code has its own typed fields next to the common `severity`, `sheet` and `cell`, so a stage cannot
 * report a code without the fields its message needs. The fields are grouped by the area that reports
 * them; `messages/` renders each area's codes in Russian, and the compiler requires a message for every
 * code. Also here: the reason a sheet got its role, rendered the same way.
 */

export type Severity = 'error' | 'warning' | 'info';

/** A code without fields of its own. */
type NoFields = Record<never, never>;

/** Diagnostics of the workbook as a whole. */
export interface GeneralFields {
  /** A user's sheet carries an Opora sheet's name (`sheet`); Opora wrote to `used` instead. */
  'owned-name-taken': { sheet: string; used: string };
}

/** Recognition and normalisation: sheets, columns, values, rows, school names, the user's corrections. */
export interface RecognitionFields {
  /** `why`: the reason the sheet has no role. */
  'sheet-unknown': { sheet: string; why: SheetReason };
  /** `kind`: what the mapping sheet's cell should hold, a sheet's role or a column's meaning. */
  'correction-unreadable': { value: string; kind: 'role' | 'meaning' };
  'correction-unknown-school': { name: string; value: string };
  /** `rivals` are the other meanings, already joined as «a», «b». */
  'header-ambiguous': { column: string; chosen: string; rivals: string };
  'value-unreadable': { value: string; column: string };
  'value-out-of-range': { value: string; column: string };
  /** `columns`: letters of the columns; `what`: the context that could not be found for them. */
  'context-missing': { sheet: string; columns: string; what: 'assessment' | 'subject' | 'year' };
  'year-from-calculation': { sheet: string; year: number };
  /** `examples`: meanings the user could type, already quoted and joined. */
  'column-not-understood': { column: string; header: string; examples: string };
  'no-participants': { name: string };
  /** A total row (`cell`) disagrees with the sum of the school rows in `range`. */
  'total-mismatch': { cell: string; label: string; total: number; range: string; sum: number };
  /** The fail share in `cell` disagrees with the «2» count ÷ participants. */
  'count-share-mismatch': { cell: string; share: string; countCell: string; nCell: string; computed: string };
  /** The share in `cell` × the total disagrees with the count in `countCell`. */
  'share-count-mismatch': { cell: string; share: string; totalCell: string; computed: number; countCell: string; count: number };
  /** The share in `cell` has no total in its row to become a count; `total` names the missing column. */
  'share-without-total': { cell: string; column: string; share: string; total: string };
  'duplicate-row': { name: string; what: string; first: number; second: number };
  /** `candidates`: the schools the name fits, joined by «; ». */
  'school-ambiguous': { name: string; candidates: string };
  'school-fuzzy': { name: string; school: string };
  /** `similar`: register schools with a similar name, joined by «; » (empty when none). */
  'school-not-in-register': { name: string; similar: string };
  'partner-unmatched': { name: string };
}

/** Values refused as impossible (errors) and «2» counts rebuilt from shares. */
export interface ValueCheckFields {
  /** The count of `mark` in `cell` is `value`, above the `n` participants in `nCell`. */
  'value-count-above-participants': { cell: string; mark: 'm2' | 'm3' | 'm4' | 'm5'; value: number; n: number; nCell: string };
  /** The marks in the range `cell` sum to `sum`, above the `n` participants in `nCell`. */
  'value-marks-above-participants': { cell: string; sum: number; n: number; nCell: string };
  'value-share-above-100': { cell: string; value: string; column: string };
  /** `cells`: the ranges of the rebuilt counts; `count`: how many cells. */
  'counts-from-shares': { sheet: string; cells: string; count: number };
}

/** What every invalid setting names: its value cell, its Russian name, what was typed and the default used. */
export interface SettingCell {
  sheet: string;
  cell: string;
  name: string;
  value: string;
  default: string;
}

/** The settings sheet's validation and the analysis of a dataset. */
export interface MethodologyFields {
  'settings-invalid-percent': SettingCell;
  'settings-invalid-integer': SettingCell & { min: number; max: number };
  'settings-invalid-year': SettingCell;
  'settings-invalid-boolean': SettingCell;
  /** `choices`: the allowed values, joined. */
  'settings-invalid-choice': SettingCell & { choices: string };
  'settings-invalid-rules': SettingCell & { choices: string };
  /** `cell`: the «ШНСУ: включено» value that says «нет». */
  'methodology-shnsu-off': { sheet: string; cell: string };
  /** `cells`: the values that switch ШНОР off — the rules' «включено» cells and the list of ШНОР rules. */
  'methodology-shnor-off': { sheet: string; cells: string };
  'methodology-year-without-results': { year: number };
  'methodology-no-previous-year': { year: number };
  'methodology-no-contingent': NoFields;
}

/** Conclusions that would rest on missing data: always errors. */
export interface MissingDataFields {
  'missing-no-schools': NoFields;
  'missing-no-participants': { sheet: string };
  /** A markers or confirmation sheet whose `rows` school rows match no school of the other sheets. */
  'missing-attached-unmatched': { sheet: string; role: 'markers' | 'confirmation'; rows: number };
  /** `lost` of the sheet's `rows` school rows are on no other sheet; `cells` names the first few. */
  'missing-rows-unmatched': { sheet: string; lost: number; rows: number; share: string; cells: string };
  /** `sheets`: the social passport's sheets, joined. */
  'missing-passport-year': { sheets: string; year: number };
}

/** The measures catalogue (`row` is 1-based) and the plans built from it. */
export interface PlansFields {
  'catalogue-no-text': { sheet: string; cell: string; row: number };
  'catalogue-unknown-direction': { sheet: string; cell: string; row: number; value: string };
  'catalogue-unknown-audience': { sheet: string; cell: string; row: number; value: string };
  'catalogue-empty-audience': { sheet: string; cell: string; row: number };
  'catalogue-no-header': { sheet: string };
  'catalogue-no-measures': { sheet: string };
  'plans-district-from-title': { district: string };
  'plans-district-unknown': NoFields;
  /** The mapping sheet names `value` as the partner of `school`, and no such other school exists. */
  'partner-choice-unknown': { school: string; value: string };
}

export type DiagnosticFields = GeneralFields & RecognitionFields & ValueCheckFields & MethodologyFields & MissingDataFields & PlansFields;
export type DiagnosticCode = keyof DiagnosticFields;

/** The diagnostic of one code: the common fields and the code's own (its own `sheet`/`cell` make them required). */
export type DiagnosticOf<C extends DiagnosticCode> = {
  severity: Severity;
  code: C;
  sheet?: string;
  /** A1 address or range (`D12`, `B3:K3`). */
  cell?: string;
} & DiagnosticFields[C];

/**
 * A problem found in the user's workbook or settings. Typed, never a thrown string: the Russian text and
 * advice are rendered from the code's fields by `engine/messages`.
 */
export type Diagnostic = { [C in DiagnosticCode]: DiagnosticOf<C> }[DiagnosticCode];

/** Why a sheet got its role, by reason; rendered into `SheetRecognition.reason` by `engine/messages`. */
export interface SheetReasonFields {
  opora: NoFields;
  /** `headers`: the understood headers, joined by «; ». */
  role: { headers: string };
  'no-header': NoFields;
  'no-school-column': { headers: string };
  registrations: { headers: string };
  /** `title`: the sheet's title that says these are exam applications. */
  applications: { title: string };
  'no-role-columns': { headers: string };
  user: NoFields;
  'user-ignored': NoFields;
}

export type SheetReasonCode = keyof SheetReasonFields;
export type SheetReason = { [R in SheetReasonCode]: { reason: R } & SheetReasonFields[R] }[SheetReasonCode];
