/**
 * What a zoo layout is: a renderer that draws a generated district as one way districts keep their
 * data, the district options it can express, and which facets of the district reading it must give back.
 */
import type { Procedure, SheetGrid } from '../../../src/engine/model';
import type { DistrictOptions, ZooDistrict, ZooResult } from '../district';

export type Facet = 'results' | 'contingent' | 'markers' | 'confirmations';

export interface ZooLayout {
  name: string;
  /** The issue-10 class (1–8) for the layouts the issue added; absent for the ones supported before. */
  issueClass?: number;
  options: DistrictOptions;
  facets: Facet[];
  render: (district: ZooDistrict) => SheetGrid[];
}

/** Subject as a results table writes it; ЕГЭ profile mathematics as the РЦОИ forms do. */
export function subjectCell(p: Procedure): string {
  return p.subject === 'Математика профильная' ? 'Математика (профиль)' : p.subject;
}

/** The short subject of sheet names («ОГЭ рус 2024»). */
export function subjectShort(p: Procedure): string {
  return ({ 'Русский язык': 'рус', Математика: 'мат', 'Математика профильная': 'мат проф', История: 'ист' } as Record<string, string>)[p.subject];
}

export function sameProcedure(a: Procedure, b: Procedure): boolean {
  return a.assessment === b.assessment && a.subject === b.subject && a.grade === b.grade;
}

/** The district's results of one year and procedure, in school order. */
export function resultsOf(d: ZooDistrict, year: number, p: Procedure): ZooResult[] {
  return d.results.filter((r) => r.year === year && sameProcedure(r.procedure, p)).sort((a, b) => a.school - b.school);
}

/** «2»…«5» of a result (grades layouts), or just «2» (fails layouts). */
export function grades(r: ZooResult): number[] {
  return r.m3 === undefined ? [r.m2] : [r.m2, r.m3, r.m4!, r.m5!];
}

/** Column-wise sum of rows of numbers, as an «Итого» formula gives it. */
export function sums(rows: number[][]): number[] {
  return rows.length ? rows[0].map((_, i) => rows.reduce((a, r) => a + r[i], 0)) : [];
}
