/**
 * The context of a number: assessment, subject, grade and year, read from a column value, a header
 * group, a title row or a sheet name. Academic years «2023/2024», «2023-2024», «2023–24» mean 2024;
 * ОГЭ implies grade 9 and ЕГЭ grade 11.
 */
import type { Assessment, CellValue } from '../model';
import { findSubject } from './subjects';
import { cellText, textKey } from './text';

export interface Context {
  assessment?: Assessment;
  subject?: string;
  grade?: number;
  year?: number;
}

const ASSESSMENTS: Record<string, Assessment> = {
  огэ: 'ОГЭ',
  егэ: 'ЕГЭ',
  впр: 'ВПР',
  ккр: 'ККР',
  кдр: 'КДР',
  рдр: 'РДР',
  гвэ: 'ГВЭ',
};
const ASSESSMENT_WORD = /(?:^| )(огэ|егэ|впр|ккр|кдр|рдр|гвэ)(?= |$)/;
const IMPLIED_GRADE: Partial<Record<Assessment, number>> = { ОГЭ: 9, ЕГЭ: 11 };
const ACADEMIC_YEAR = /(?:^|\D)(20\d\d) ?[/\-–—] ?(20\d\d|\d\d)(?!\d)/;
const YEAR = /(?:^|\D)(20\d\d)(?!\d)/g;
const GRADE_BEFORE = /(?:^| )(\d{1,2}) ?(?:й |х |ые |ой )?(?:класс\S*|кл)(?= |$)/;
const GRADE_AFTER = /(?:^| )(?:класс\S*|кл) (\d{1,2})(?= |$)/;
const LEADING_INT = /^\s*(\d{1,2})(?!\d)/;
const TRAILING_INT = /(?:^| )(\d{1,2})$/;

/** A year from a cell: 2024, «2024», «2023/2024» → 2024, «2023–24» → 2024, «2024 г.» → 2024. */
export function parseYear(v: CellValue | undefined): number | undefined {
  if (typeof v === 'number') return Number.isInteger(v) && v >= 2000 && v <= 2100 ? v : undefined;
  return yearInText(cellText(v));
}

function yearInText(text: string): number | undefined {
  const academic = ACADEMIC_YEAR.exec(text);
  if (academic) {
    const first = Number(academic[1]);
    const second = academic[2].length === 2 ? Math.floor(first / 100) * 100 + Number(academic[2]) : Number(academic[2]);
    if (second === first + 1) return second;
  }
  const years = new Set<number>();
  for (const m of text.matchAll(YEAR)) years.add(Number(m[1]));
  return years.size === 1 ? [...years][0] : undefined;
}

/** A grade from a «Класс» cell: 5, «5», «5 класс», «5А». */
export function parseGrade(v: CellValue | undefined): number | undefined {
  const m = LEADING_INT.exec(cellText(v));
  const g = m ? Number(m[1]) : undefined;
  return g !== undefined && g >= 1 && g <= 11 ? g : undefined;
}

/** Everything a free text (title, group header, sheet name) says about its numbers. */
export function contextFromText(text: string): Context {
  const key = textKey(text);
  const ctx: Context = {};
  const a = ASSESSMENT_WORD.exec(key);
  if (a) ctx.assessment = ASSESSMENTS[a[1]];
  const subject = findSubject(key);
  if (subject) ctx.subject = subject;
  const g = GRADE_BEFORE.exec(key) ?? GRADE_AFTER.exec(key);
  if (g && Number(g[1]) >= 1 && Number(g[1]) <= 11) ctx.grade = Number(g[1]);
  const year = yearInText(text);
  if (year !== undefined) ctx.year = year;
  return ctx;
}

/**
 * What a «Процедура» cell says: Opora's own labels «ОГЭ рус 9», «ЕГЭ мат проф 11», «ВПР окр мир 4»
 * (a bare number at the end is the grade), or any free text `contextFromText` reads.
 */
export function contextFromProcedure(v: CellValue | undefined): Context {
  const text = cellText(v);
  const ctx = contextFromText(text);
  const g = ctx.grade === undefined ? TRAILING_INT.exec(textKey(text)) : null;
  if (g && Number(g[1]) >= 1 && Number(g[1]) <= 11) ctx.grade = Number(g[1]);
  return ctx;
}

/** Later contexts override earlier ones, field by field (sheet name < title < group < column). */
export function mergeContexts(...contexts: Context[]): Context {
  const out: Context = {};
  for (const c of contexts) {
    if (c.assessment !== undefined) out.assessment = c.assessment;
    if (c.subject !== undefined) out.subject = c.subject;
    if (c.grade !== undefined) out.grade = c.grade;
    if (c.year !== undefined) out.year = c.year;
  }
  return out;
}

/** ОГЭ → 9, ЕГЭ → 11 when no grade is given. */
export function impliedGrade(ctx: Context): number | undefined {
  return ctx.grade ?? (ctx.assessment ? IMPLIED_GRADE[ctx.assessment] : undefined);
}
