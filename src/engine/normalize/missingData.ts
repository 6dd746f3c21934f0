/**
 * Loud when a conclusion would rest on missing data (issue «never silently wrong»): after the dataset is
 * built, a severity-'error' diagnostic when no school was read, when a results sheet gave no participants,
 * when a markers or confirmation sheet matched no school of the other sheets, and when more than a tenth
 * of a sheet's school rows matched no school elsewhere. (The social passport's calculation year is checked
 * by the analysis, which knows that year.)
 */
import type { MissingDataFields } from '../diagnostics';
import type { Diagnostic, SheetRecognition, SheetRole } from '../model';
import type { Occurrence } from './schoolIdentity';

/** One school row of a sheet (a record's occurrence), as the matcher settled it. */
type SheetRow = Pick<Occurrence, 'source' | 'school'>;

/** More than this share of a sheet's school rows absent from every other sheet is an error. */
export const UNMATCHED_SHARE = 0.1;
/** Cells named in an «unmatched rows» message; the rest are counted. */
const EXAMPLES = 5;
/** Sheets whose only use is to say something about schools read elsewhere. */
type AttachedRole = MissingDataFields['missing-attached-unmatched']['role'];
const ATTACHED_ROLES: readonly SheetRole[] = ['markers', 'confirmation'] satisfies AttachedRole[];
const isAttached = (role: SheetRole): role is AttachedRole => ATTACHED_ROLES.includes(role);
/** Sheets that list a few schools by design: a school absent from them is not missing anything. */
const PARTIAL_ROLES: SheetRole[] = ['markers', 'approved'];

const percent = (x: number): string => `${Math.round(x * 100)} %`;

/** The header range a sheet error points at, when the sheet has a header. */
const located = (cell: string | undefined): { cell?: string } => (cell ? { cell } : {});

/** Rows per sheet and, per school, the sheets it appears on. */
function index(rows: SheetRow[]): { bySheet: Map<string, SheetRow[]>; sheetsOf: Map<string, Set<string>> } {
  const bySheet = new Map<string, SheetRow[]>();
  const sheetsOf = new Map<string, Set<string>>();
  for (const r of rows) {
    const list = bySheet.get(r.source.sheet);
    if (list) list.push(r);
    else bySheet.set(r.source.sheet, [r]);
    const id = r.school!.id;
    const sheets = sheetsOf.get(id);
    if (sheets) sheets.add(r.source.sheet);
    else sheetsOf.set(id, new Set([r.source.sheet]));
  }
  return { bySheet, sheetsOf };
}

function matchingErrors(sheets: SheetRecognition[], rows: SheetRow[]): Diagnostic[] {
  const out: Diagnostic[] = [];
  const { bySheet, sheetsOf } = index(rows);
  // The row's own sheet is among its school's sheets: any other one makes two.
  const elsewhere = (r: SheetRow): boolean => sheetsOf.get(r.school!.id)!.size > 1;
  const complete = new Set(sheets.filter((s) => !PARTIAL_ROLES.includes(s.role)).map((s) => s.sheet));
  for (const s of sheets) {
    const own = bySheet.get(s.sheet) ?? [];
    const others = [...bySheet.keys()].some((name) => name !== s.sheet && complete.has(name));
    if (isAttached(s.role)) {
      if (own.length === 0 || (others && !own.some(elsewhere))) {
        out.push({ severity: 'error', code: 'missing-attached-unmatched', sheet: s.sheet, ...located(s.headerRange), role: s.role, rows: own.length });
      }
      continue;
    }
    if (s.role === 'register' || !others || own.length === 0) continue;
    const lost = own.filter((r) => !elsewhere(r));
    if (lost.length / own.length <= UNMATCHED_SHARE) continue;
    const cells = lost.slice(0, EXAMPLES).map((r) => r.source.cell).join(', ');
    const more = lost.length > EXAMPLES ? ` и ещё ${lost.length - EXAMPLES}` : '';
    out.push({
      severity: 'error',
      code: 'missing-rows-unmatched',
      sheet: s.sheet,
      cell: lost[0].source.cell,
      lost: lost.length,
      rows: own.length,
      share: percent(lost.length / own.length),
      cells: cells + more,
    });
  }
  return out;
}

/**
 * The errors of a built dataset: `sheets` as recognized, every settled school row, the results sheets
 * that counted anybody (participants or a mark above zero) and the number of schools.
 */
export function missingDataDiagnostics(input: { sheets: SheetRecognition[]; rows: SheetRow[]; counted: Set<string>; schools: number }): Diagnostic[] {
  const out: Diagnostic[] = [];
  if (input.schools === 0) out.push({ severity: 'error', code: 'missing-no-schools' });
  for (const s of input.sheets) {
    if (s.role === 'results' && !input.counted.has(s.sheet)) out.push({ severity: 'error', code: 'missing-no-participants', sheet: s.sheet, ...located(s.headerRange) });
  }
  return [...out, ...matchingErrors(input.sheets, input.rows)];
}
