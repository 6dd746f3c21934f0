/**
 * Hand-built Datasets for methodology tests: schools, result rows with marks and the cells they «came
 * from» (sheet «ОГЭ 2026», columns C = участники, D…G = «2»…«5»), social passports and confirmations.
 */
import type { CellRef, ConfirmationRecord, ContingentRecord, Dataset, Procedure, ResultRecord, School, SocialKey, Sourced } from '../../../src/engine/model';

export const RUS9: Procedure = { assessment: 'ОГЭ', subject: 'Русский язык', grade: 9 };
export const MATH9: Procedure = { assessment: 'ОГЭ', subject: 'Математика', grade: 9 };
export const PHYS9: Procedure = { assessment: 'ОГЭ', subject: 'Физика', grade: 9 };
export const VPR_MATH5: Procedure = { assessment: 'ВПР', subject: 'Математика', grade: 5 };

export function emptyDataset(): Dataset {
  return { schools: [], results: [], references: [], confirmations: [], markers: [], contingent: [], staffing: [], programme: [], register: [], approved: [], sheets: [], matches: [], coverage: [] };
}

export function school(id: string, extra: Partial<School> = {}): School {
  return { id, name: id, aliases: [], ...extra };
}

const rows = new Map<string, number>();
function nextRow(sheet: string): number {
  const r = (rows.get(sheet) ?? 4) + 1;
  rows.set(sheet, r);
  return r;
}

export function src(sheet: string, cell: string): CellRef {
  return { sheet, cell };
}

function at(value: number, sheet: string, col: string, row: number): Sourced {
  return { value, source: src(sheet, `${col}${row}`) };
}

export interface Marks {
  n?: number;
  m2?: number;
  m3?: number;
  m4?: number;
  m5?: number;
  fail?: number;
  mean?: number;
}

/** A results row; `sheet` defaults to «<assessment> <year>», the row to the next free one. */
export function result(schoolId: string, year: number, procedure: Procedure, marks: Marks, sheet = `${procedure.assessment} ${year}`, row = nextRow(sheet)): ResultRecord {
  const cols = { n: 'C', m2: 'D', m3: 'E', m4: 'F', m5: 'G' } as const;
  const counts: ResultRecord['counts'] = {};
  for (const k of ['n', 'm2', 'm3', 'm4', 'm5'] as const) {
    const v = marks[k];
    if (v !== undefined) counts[k] = at(v, sheet, cols[k], row);
  }
  return {
    schoolId,
    year,
    procedure,
    counts,
    shares: marks.fail !== undefined ? { fail: at(marks.fail, sheet, 'H', row) } : {},
    ...(marks.mean !== undefined ? { mean: at(marks.mean, sheet, 'I', row) } : {}),
  };
}

/** A school with n participants of whom `m2` got «2» and the rest «3». */
export function failRow(schoolId: string, year: number, procedure: Procedure, n: number, m2: number, sheet?: string, row?: number): ResultRecord {
  return result(schoolId, year, procedure, { n, m2, m3: n - m2, m4: 0, m5: 0 }, sheet, row);
}

export function contingent(schoolId: string, total: number, counts: Partial<Record<SocialKey, number>>, year?: number): ContingentRecord {
  const row = nextRow('Соцпаспорт');
  const out: ContingentRecord['counts'] = {};
  let col = 3;
  for (const [k, v] of Object.entries(counts) as [SocialKey, number][]) out[k] = at(v, 'Соцпаспорт', String.fromCharCode(65 + col++), row);
  return { schoolId, ...(year !== undefined ? { year } : {}), total: at(total, 'Соцпаспорт', 'C', row), counts: out };
}

export function confirmation(schoolId: string, year: number, lower: number, confirm: number, higher: number): ConfirmationRecord {
  const row = nextRow('ВПР подтверждение');
  const s = 'ВПР подтверждение';
  return { schoolId, year, procedure: VPR_MATH5, lower: at(lower, s, 'C', row), confirm: at(confirm, s, 'D', row), higher: at(higher, s, 'E', row), asShares: false };
}
