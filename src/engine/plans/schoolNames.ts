/**
 * How plans name a school: the register's short name where there is one, else the dataset's display
 * name; and a short form for sheet names (legal-form words and quotes dropped, school types abbreviated).
 */
import type { Dataset } from '../model';

const LEGAL_FORMS = /^(МБОУ|МАОУ|МКОУ|МОУ|ГБОУ|ГКОУ|ЧОУ)\s+/i;

/** Long school types and the abbreviations a sheet tab uses. */
const ABBREVIATIONS: [RegExp, string][] = [
  [/средняя общеобразовательная школа/gi, 'СОШ'],
  [/основная общеобразовательная школа/gi, 'ООШ'],
  [/начальная общеобразовательная школа/gi, 'НОШ'],
];

export function schoolName(dataset: Dataset, schoolId: string): string {
  const reg = dataset.register.find((r) => r.schoolId === schoolId);
  return reg?.shortName || dataset.schools.find((s) => s.id === schoolId)?.name || schoolId;
}

/** «МБОУ "СОШ № 3"» → «СОШ № 3»: what fits into a sheet tab. */
export function shortSchoolName(dataset: Dataset, schoolId: string): string {
  const name = ABBREVIATIONS.reduce((n, [long, short]) => n.replace(long, short), schoolName(dataset, schoolId));
  return name.replace(LEGAL_FORMS, '').replace(/[«»"']/g, '').replace(/\s+/g, ' ').trim();
}
