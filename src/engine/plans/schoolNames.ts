/**
 * How the output names a school, built once per run (`schoolNames`) and shared by every sheet builder: the
 * dataset's display name (the analysis sheets), the register's short name where there is one (the documents
 * for signing), and a short form for sheet tabs (legal-form words and quotes dropped, school types abbreviated).
 */
import type { Dataset } from '../model';

const LEGAL_FORMS = /^(МБОУ|МАОУ|МКОУ|МОУ|ГБОУ|ГКОУ|ЧОУ)\s+/i;

/** Long school types and the abbreviations a sheet tab uses. */
const ABBREVIATIONS: [RegExp, string][] = [
  [/средняя общеобразовательная школа/gi, 'СОШ'],
  [/основная общеобразовательная школа/gi, 'ООШ'],
  [/начальная общеобразовательная школа/gi, 'НОШ'],
];

export interface SchoolNames {
  /** The dataset's name of a school (its id when unknown): how the analysis sheets and the summary list it. */
  of(schoolId: string): string;
  /** The register's short name where there is one, else the dataset's: how the documents for signing name it. */
  inDocuments(schoolId: string): string;
  /** «МБОУ "СОШ № 3"» → «СОШ № 3»: what fits into a sheet tab. */
  forTab(schoolId: string): string;
}

export function schoolNames(dataset: Dataset): SchoolNames {
  const names = new Map(dataset.schools.map((s) => [s.id, s.name]));
  // A school's first register row is its row.
  const short = new Map<string, string | undefined>();
  for (const r of dataset.register) if (!short.has(r.schoolId)) short.set(r.schoolId, r.shortName);
  const inDocuments = (id: string): string => short.get(id) || names.get(id) || id;
  return {
    of: (id) => names.get(id) ?? id,
    inDocuments,
    forTab(id) {
      const name = ABBREVIATIONS.reduce((n, [long, abbr]) => n.replace(long, abbr), inDocuments(id));
      return name.replace(LEGAL_FORMS, '').replace(/[«»"']/g, '').replace(/\s+/g, ' ').trim();
    },
  };
}
