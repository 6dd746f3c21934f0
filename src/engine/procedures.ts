/**
 * Procedure identity: the key that joins records of one assessment × subject × grade across sheets,
 * and the short label a methodologist reads in tables and explanations («ОГЭ рус 9»).
 */
import type { Procedure } from './model';

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

/** Stable join key, e.g. `ОГЭ|Русский язык|9`. */
export function procedureKey(p: Procedure): string {
  return `${p.assessment}|${p.subject}|${p.grade ?? ''}`;
}

/** Inverse of procedureKey. */
export function parseProcedureKey(key: string): Procedure {
  const [assessment, subject, grade] = key.split('|');
  return {
    assessment: assessment as Procedure['assessment'],
    subject,
    ...(grade ? { grade: Number(grade) } : {}),
  };
}

/** Short label for tables and explanations, e.g. «ОГЭ рус 9». */
export function procedureLabel(p: Procedure): string {
  const subject = SUBJECT_ABBREVIATIONS[p.subject] ?? p.subject;
  return [p.assessment, subject, p.grade ?? ''].join(' ').trim();
}

/** Compulsory state exams (METHODOLOGY §3, R2 and резильентность): Russian and mathematics of ОГЭ/ЕГЭ. */
export function isCompulsory(p: Procedure): boolean {
  return (p.assessment === 'ОГЭ' || p.assessment === 'ЕГЭ') && (p.subject === 'Русский язык' || p.subject.startsWith('Математика'));
}
