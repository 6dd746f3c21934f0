/** Types of the generator core (`index.js`), for the TypeScript tests. */
import type { Workbook } from 'exceljs';

export interface GeneratedSchool {
  code: string;
  kind: 'СОШ' | 'ООШ' | 'гимназия' | 'лицей';
  legal: string;
  number?: number;
  place?: string;
  settlement: string;
  municipality?: string;
  partner?: string;
}

export interface MarkCounts {
  n: number;
  m2: number;
  m3: number;
  m4: number;
  m5: number;
  mean: number;
}

export interface DistrictModel {
  district: { name: string; genitive: string; regional: boolean };
  years: number[];
  /** Years drawn from rng streams of their own after the others (the sample's 2023); their rows come last on stacked sheets. */
  addedYears: number[];
  seed: number;
  schools: GeneratedSchool[];
  oge: (MarkCounts & { year: number; code: string; subject: string })[];
  ege: { year: number; code: string; subject: string; n: number; fail: number; mean: number | null }[];
  vpr: (MarkCounts & { year: number; code: string; grade: number; subject: string })[];
  confirmation: { year: number; code: string; grade: number; subject: string; lower: number; confirm: number; higher: number; total: number }[];
  /** Counts in the order of the social passport columns. */
  social: { code: string; total: number; counts: number[] }[];
  staff: { code: string; total: number; counts: number[] }[];
  approved: { code: string; year: number; basis: string }[];
}

export const SAMPLE_SEED: number;
export function buildSampleDistrict(): DistrictModel;
export function buildSyntheticDistrict(schools: number, seed?: number): DistrictModel;
export function sampleWorkbook(): Workbook;
export function syntheticWorkbook(schools: number, seed?: number): Workbook;
export function writeWorkbook(wb: Workbook, path: string): Promise<void>;
