/**
 * A hand-built district for the plan tests: four schools in 2026 —
 * СОШ № 3 is ШНОР (R1: «2» 40 % and 35 % on ОГЭ, 33 % the year before) with factors 3 and 8 high, 2 medium;
 * Долматовская ООШ № 16 is ШНСУ with factor 7 high; Лизуновская ООШ № 17 is only at risk of non-objective
 * ВПР (and has factor 1 high, which alone earns it no roadmap); Гимназия № 1 is the partner of СОШ № 3.
 */
import type {
  Analysis,
  Dataset,
  DistrictValue,
  IndicatorValue,
  RiskFactor,
  RuleRecord,
  School,
  SchoolVerdict,
} from '../../../src/engine/model';
import type { Measure } from '../../../src/engine/plans/catalogue';
import { DEFAULT_MEASURES } from '../../../src/engine/plans/defaultMeasures';
import { resolveDistrict, type DistrictName } from '../../../src/engine/plans/district';
import { sheetInput, type SheetInput } from '../../../src/engine/plans/sheetInput';
import { DEFAULT_SETTINGS, type Settings } from '../../../src/engine/settings/defaults';
import { procedureKey, type ProcedureKey } from '../../../src/engine/procedures';

export const RUS = procedureKey({ assessment: 'ОГЭ', subject: 'Русский язык', grade: 9 });
export const MATH = procedureKey({ assessment: 'ОГЭ', subject: 'Математика', grade: 9 });
export const VPR = procedureKey({ assessment: 'ВПР', subject: 'Математика', grade: 5 });

function school(id: string, name: string, level: School['level']): School {
  return { id, name, level, aliases: [{ name, source: { sheet: 'ОГЭ', cell: 'B2' } }] };
}

export function makeDataset(schools: School[] = SCHOOLS): Dataset {
  return {
    schools,
    results: [],
    references: [],
    confirmations: [],
    markers: [],
    contingent: [],
    staffing: [],
    programme: [
      { schoolId: 's1', year: 2026, values: { medals: { value: 1, source: { sheet: 'Программа', cell: 'D2' } } } },
      { schoolId: 's4', year: 2026, values: { medals: { value: 3, source: { sheet: 'Программа', cell: 'D5' } } } },
    ],
    register: [],
    approved: [],
    sheets: [],
    matches: [],
    coverage: [],
  };
}

export const SCHOOLS: School[] = [
  school('s1', 'СОШ № 3', 'СОШ'),
  school('s2', 'Долматовская ООШ № 16', 'ООШ'),
  school('s3', 'Лизуновская ООШ № 17', 'ООШ'),
  school('s4', 'Гимназия № 1', 'СОШ'),
];

const src = (cell: string) => [{ sheet: 'ОГЭ', cell }];

/** A share of «2» with its counts: `value` of 20 participants. */
function fail(schoolId: string, procedureKey: ProcedureKey, value: number, year = 2026): IndicatorValue {
  return { schoolId, year, procedureKey, id: 'fail', value, numerator: Math.round(value * 20), denominator: 20, sources: src('F2') };
}

function factor(no: number, level: RiskFactor['level'], values: Partial<RiskFactor> = {}): RiskFactor {
  return { no, level, sources: [], ...values };
}

const R1: RuleRecord = {
  ruleId: 'R1',
  schoolId: 's1',
  fired: true,
  outcome: 'fired',
  year: 2026,
  params: { failShare: 0.3, minProcedures: 2, combine: 'and', minN: 5 },
  years: [2025, 2026],
  evidence: [
    { kind: 'indicator', procedureKey: RUS, year: 2026, indicator: 'fail', value: 0.4, met: true, participants: 20, sources: src('F5') },
    { kind: 'indicator', procedureKey: MATH, year: 2026, indicator: 'fail', value: 0.35, met: true, participants: 20, sources: src('G5') },
    { kind: 'indicator', procedureKey: RUS, year: 2025, indicator: 'fail', value: 0.33, met: true, sources: src('F15') },
  ],
};

const SOC: RuleRecord = {
  ruleId: 'SOC',
  schoolId: 's2',
  fired: true,
  outcome: 'fired',
  year: 2026,
  params: { minIndicators: 3, minAvailable: 4 },
  years: [2026],
  evidence: [],
};

const OBJ: RuleRecord = {
  ruleId: 'OBJ',
  schoolId: 's3',
  fired: true,
  outcome: 'fired',
  year: 2026,
  params: { higherMax: 0.15, lowerMax: 0.5, minPupils: 20, minAny: 10 },
  years: [2026],
  evidence: [{ kind: 'indicator', procedureKey: VPR, year: 2026, indicator: 'higher', value: 0.3, comparator: 0.15, met: true, sources: src('H3') }],
};

function verdict(schoolId: string, v: Partial<SchoolVerdict>): SchoolVerdict {
  return { schoolId, lowResults: false, socialRisk: false, objectivityRisk: false, resilient: false, rules: [], riskFactors: [], ...v };
}

function district(procedureKey: ProcedureKey, id: DistrictValue['id'], pooled: number, q1: number, q3: number): DistrictValue {
  return { year: 2026, procedureKey, id, scope: 'district', pooled, median: pooled, q1, q3, schools: 4 };
}

export function makeAnalysis(): Analysis {
  return {
    year: 2026,
    years: [2024, 2025, 2026],
    indicators: {
      values: [
        fail('s1', RUS, 0.4),
        fail('s1', MATH, 0.35),
        fail('s2', RUS, 0.1),
        fail('s2', MATH, 0.2),
        fail('s3', RUS, 0.05),
        fail('s4', RUS, 0),
        { schoolId: 's1', year: 2026, procedureKey: RUS, id: 'success', value: 0.6, numerator: 12, denominator: 20, sources: src('E5') },
        { schoolId: 's4', year: 2026, procedureKey: RUS, id: 'success', value: 1, numerator: 30, denominator: 30, sources: src('E8') },
        { schoolId: 's3', year: 2026, procedureKey: VPR, id: 'higher', value: 0.3, sources: src('H3') },
      ],
      district: [district(RUS, 'fail', 0.14, 0.1, 0.2), district(MATH, 'fail', 0.155, 0.05, 0.3)],
    },
    verdicts: [
      verdict('s1', {
        lowResults: true,
        status: 'new-candidate',
        partnerId: 's4',
        rules: [R1],
        riskFactors: [factor(8, 'high', { value: 0.375, median: 0.1, q3: 0.2 }), factor(3, 'high', { value: 0.6, median: 0.3, q3: 0.45 }), factor(2, 'medium'), factor(5, 'low'), factor(9, 'no-data')],
      }),
      verdict('s2', { socialRisk: true, rules: [SOC], riskFactors: [factor(7, 'high'), factor(6, 'medium'), factor(1, 'low')] }),
      verdict('s3', { objectivityRisk: true, rules: [OBJ], riskFactors: [factor(1, 'high')] }),
      verdict('s4', { resilient: false, riskFactors: [factor(1, 'low')] }),
    ],
  };
}

export function makeSettings(over: Partial<Settings> = {}): Settings {
  return { ...DEFAULT_SETTINGS, districtName: 'Энского муниципального района', ...over };
}

/** The sheet builders' input for these fixtures: the district typed in settings unless `district` is given. */
export function docs(analysis: Analysis, dataset: Dataset, settings: Settings, measures: Measure[] = DEFAULT_MEASURES, district?: DistrictName | null): SheetInput {
  return sheetInput({ analysis, dataset, settings, measures, district: district === undefined ? resolveDistrict(settings.districtName, [], () => false) : district });
}
