/**
 * Procedure identity: the key that joins records of one assessment × subject × grade across sheets,
 * and the short label a methodologist reads in tables and explanations («ОГЭ рус 9»). The key is built,
 * parsed and inspected only here: elsewhere it is an opaque `ProcedureKey`.
 */
import type { Assessment, Procedure } from './model';

/** `ОГЭ|Русский язык|9`; `SCHOOL_LEVEL` ('') for school-level shares that belong to no procedure. */
export type ProcedureKey = string & { readonly __brand: 'ProcedureKey' };

/** The key of school-level values (social passport, staffing): no assessment, subject or grade. */
export const SCHOOL_LEVEL = '' as ProcedureKey;

/** Short subject names used in labels; subjects not listed keep their full name. */
const SUBJECT_ABBREVIATIONS: Record<string, string> = {
  'Русский язык': 'рус',
  Математика: 'мат',
  'Математика базовая': 'мат баз',
  'Математика профильная': 'мат проф',
  Физика: 'физ',
  Химия: 'хим',
  Биология: 'био',
  География: 'гео',
  История: 'ист',
  Обществознание: 'общ',
  Информатика: 'инф',
  Литература: 'лит',
  'Английский язык': 'англ',
  'Немецкий язык': 'нем',
  'Французский язык': 'фр',
  'Окружающий мир': 'окр мир',
};

/**
 * One string per key: every value, rule and sheet of a procedure holds the same string, so the maps keyed
 * by it compare pointers instead of characters (a region makes a few hundred keys and millions of lookups).
 */
const canonical = new Map<string, ProcedureKey>();

/** Stable join key, e.g. `ОГЭ|Русский язык|9`. */
export function procedureKey(p: Procedure): ProcedureKey {
  const text = `${p.assessment}|${p.subject}|${p.grade ?? ''}`;
  let key = canonical.get(text);
  if (!key) canonical.set(text, (key = text as ProcedureKey));
  return key;
}

/** Parsed keys: a region has a few hundred procedures and their keys are parsed in per-school loops. */
const parsed = new Map<ProcedureKey, Procedure>();

/** Inverse of procedureKey (the returned object is shared: do not modify it). */
export function parseProcedureKey(key: ProcedureKey): Procedure {
  let p = parsed.get(key);
  if (!p) {
    const [assessment, subject, grade] = key.split('|');
    p = { assessment: assessment as Assessment, subject, ...(grade ? { grade: Number(grade) } : {}) };
    parsed.set(key, p);
  }
  return p;
}

/** True for the key of school-level values. */
export function isSchoolLevel(key: ProcedureKey): boolean {
  return key === SCHOOL_LEVEL;
}

/** The assessment of a procedure key; undefined for school-level values. */
export function assessmentOf(key: ProcedureKey): Assessment | undefined {
  return isSchoolLevel(key) ? undefined : parseProcedureKey(key).assessment;
}

/** True for a ВПР procedure. */
export function isVpr(key: ProcedureKey): boolean {
  return assessmentOf(key) === 'ВПР';
}

/** True for a compulsory state exam's key (see isCompulsory); false for school-level values. */
export function isCompulsoryKey(key: ProcedureKey): boolean {
  return !isSchoolLevel(key) && isCompulsory(parseProcedureKey(key));
}

/** Short label for tables and explanations, e.g. «ОГЭ рус 9». */
export function procedureLabel(p: Procedure): string {
  const subject = SUBJECT_ABBREVIATIONS[p.subject] ?? p.subject;
  return [p.assessment, subject, p.grade ?? ''].join(' ').trim();
}

/** Labels of keys: the sheets label every line of a region's tables (~94k labels of a few hundred keys at 2,000 schools). */
const labels = new Map<ProcedureKey, string>();

/** The short label of a key, e.g. «ОГЭ рус 9». */
export function keyLabel(key: ProcedureKey): string {
  let label = labels.get(key);
  if (label === undefined) labels.set(key, (label = procedureLabel(parseProcedureKey(key))));
  return label;
}

/** Compulsory state exams (METHODOLOGY §3, R2 and резильентность): Russian and mathematics of ОГЭ/ЕГЭ. */
export function isCompulsory(p: Procedure): boolean {
  return (p.assessment === 'ОГЭ' || p.assessment === 'ЕГЭ') && (p.subject === 'Русский язык' || p.subject.startsWith('Математика'));
}
