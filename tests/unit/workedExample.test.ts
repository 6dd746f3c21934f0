/**
 * Checks that the engine gives exactly the numbers computed by hand in docs/worked-example.md
 * (Энский район: five schools, ОГЭ рус 9 and мат 9 in 2025–2026, a social passport, ВПР confirmation).
 */
import { analyse } from '../../src/engine/flags/analyse';
import { explainRule } from '../../src/engine/flags/explain';
import { buildFlagsSheet } from '../../src/engine/output/flagsSheet';
import type { Dataset, DistrictValue, IndicatorValue, Procedure, ResultRecord, SchoolVerdict } from '../../src/engine/model';
import { ruleRecord, type RuleId } from '../../src/engine/ruleRecords';
import { DEFAULT_SETTINGS } from '../../src/engine/settings/defaults';
import { inputOf } from '../support/sheetInput';

const RUS: Procedure = { assessment: 'ОГЭ', subject: 'Русский язык', grade: 9 };
const MATH: Procedure = { assessment: 'ОГЭ', subject: 'Математика', grade: 9 };
const VPR: Procedure = { assessment: 'ВПР', subject: 'Математика', grade: 5 };

const SCHOOLS = [
  { id: 'S1', name: 'СОШ № 1', level: 'СОШ' },
  { id: 'S2', name: 'СОШ № 2', level: 'СОШ' },
  { id: 'S3', name: 'ООШ с. Луговое', level: 'ООШ' },
  { id: 'S4', name: 'СОШ № 3', level: 'СОШ' },
  { id: 'S5', name: 'Гимназия', level: 'СОШ' },
] as const;

/** [n, «2», «3», «4», «5»] per school, in the order of SCHOOLS (document, tables 1–4). */
const RESULTS: [Procedure, number, string, number[][]][] = [
  [RUS, 2025, 'ОГЭ рус 2025', [[50, 5, 20, 15, 10], [20, 7, 10, 3, 0], [6, 1, 4, 1, 0], [30, 3, 15, 10, 2], [40, 0, 10, 20, 10]]],
  [MATH, 2025, 'ОГЭ мат 2025', [[50, 5, 25, 15, 5], [20, 4, 12, 4, 0], [6, 1, 5, 0, 0], [30, 12, 12, 6, 0], [40, 1, 15, 16, 8]]],
  [RUS, 2026, 'ОГЭ рус 2026', [[48, 4, 20, 16, 8], [24, 10, 10, 4, 0], [4, 2, 2, 0, 0], [30, 3, 15, 10, 2], [44, 0, 12, 20, 12]]],
  [MATH, 2026, 'ОГЭ мат 2026', [[48, 6, 24, 14, 4], [24, 8, 12, 4, 0], [4, 1, 3, 0, 0], [30, 11, 13, 6, 0], [44, 0, 17, 18, 9]]],
];

/** Всего обучающихся, неполные семьи, малообеспеченные, на учёте, ОВЗ (table 6). */
const SOCIAL = [[500, 75, 50, 5, 10], [250, 75, 50, 10, 10], [40, 12, 14, 2, 4], [300, 60, 45, 6, 9], [400, 40, 20, 2, 4]];

function workedExample(): Dataset {
  const cell = (sheet: string, col: string, row: number, value: number) => ({ value, source: { sheet, cell: `${col}${row}` } });
  const results: ResultRecord[] = RESULTS.flatMap(([procedure, year, sheet, rows]) =>
    rows.map(([n, m2, m3, m4, m5], i) => ({
      schoolId: SCHOOLS[i].id,
      year,
      procedure,
      counts: { n: cell(sheet, 'C', 5 + i, n), m2: cell(sheet, 'D', 5 + i, m2), m3: cell(sheet, 'E', 5 + i, m3), m4: cell(sheet, 'F', 5 + i, m4), m5: cell(sheet, 'G', 5 + i, m5) },
      shares: {},
    })),
  );
  return {
    schools: SCHOOLS.map((s) => ({ id: s.id, name: s.name, level: s.level, aliases: [] })),
    results,
    references: [],
    confirmations: [
      { schoolId: 'S1', year: 2026, procedure: VPR, lower: cell('ВПР', 'C', 5, 3), confirm: cell('ВПР', 'D', 5, 30), higher: cell('ВПР', 'E', 5, 7), asShares: false },
      { schoolId: 'S5', year: 2026, procedure: VPR, lower: cell('ВПР', 'C', 9, 2), confirm: cell('ВПР', 'D', 9, 25), higher: cell('ВПР', 'E', 9, 3), asShares: false },
    ],
    markers: [],
    contingent: SOCIAL.map(([total, inc, low, reg, dis], i) => ({
      schoolId: SCHOOLS[i].id,
      year: 2026,
      total: cell('Соцпаспорт', 'C', 4 + i, total),
      counts: { incomplete_family: cell('Соцпаспорт', 'D', 4 + i, inc), low_income: cell('Соцпаспорт', 'E', 4 + i, low), registered: cell('Соцпаспорт', 'F', 4 + i, reg), disability: cell('Соцпаспорт', 'G', 4 + i, dis) },
    })),
    staffing: [],
    programme: [],
    register: [],
    approved: ['S2', 'S5'].map((id, i) => ({ schoolId: id, yearIncluded: 2024, source: { sheet: 'Перечень ШНОР', cell: `B${3 + i}` } })),
    sheets: [],
    matches: [],
    coverage: [],
  };
}

const { analysis } = analyse(workedExample(), DEFAULT_SETTINGS);
const value = (s: string, year: number, proc: Procedure, id: string): IndicatorValue | undefined =>
  analysis.indicators.values.find((v) => v.schoolId === s && v.year === year && v.id === id && v.procedureKey === `ОГЭ|${proc.subject}|9`);
const district = (year: number, proc: Procedure, id: string): DistrictValue | undefined =>
  analysis.indicators.district.find((d) => d.scope === 'district' && d.year === year && d.id === id && d.procedureKey === `ОГЭ|${proc.subject}|9`);
const verdict = (s: string): SchoolVerdict => analysis.verdicts.find((v) => v.schoolId === s) as SchoolVerdict;
const rule = <Id extends RuleId>(s: string, id: Id) => ruleRecord(verdict(s).rules, id);

describe('the worked example of docs/worked-example.md', () => {
  it('step 1: the «2» shares of 2026 (table 5)', () => {
    expect(value('S2', 2026, RUS, 'fail')?.value).toBeCloseTo(10 / 24, 12); // 41,7 %
    expect(value('S2', 2026, MATH, 'fail')?.value).toBeCloseTo(8 / 24, 12); // 33,3 %
    expect(value('S4', 2026, MATH, 'fail')?.value).toBeCloseTo(11 / 30, 12); // 36,7 %
    expect(value('S1', 2026, RUS, 'success')?.value).toBeCloseTo(44 / 48, 12); // 91,7 %
    expect(value('S1', 2026, RUS, 'quality')?.value).toBeCloseTo(24 / 48, 12); // 50,0 %
    expect(value('S2', 2026, RUS, 'fail')?.dynamics).toBeCloseTo(10 / 24 - 0.35, 12); // +6,7 п.п.
  });

  it('step 2: district values — pooled, median and quartiles without the small school', () => {
    const rus = district(2026, RUS, 'fail');
    expect(rus?.pooled).toBeCloseTo(19 / 150, 12); // 12,7 %
    expect(rus?.median).toBeCloseTo(0.0916667, 6); // 9,2 %
    expect(rus?.q1).toBeCloseTo(0.0625, 12); // 6,3 %
    expect(rus?.q3).toBeCloseTo(0.1791667, 6); // 17,9 %
    expect(district(2026, MATH, 'fail')?.pooled).toBeCloseTo(26 / 150, 12); // 17,3 %
    expect(district(2025, RUS, 'fail')?.pooled).toBeCloseTo(16 / 146, 12); // 11,0 %
    expect(district(2025, MATH, 'fail')?.pooled).toBeCloseTo(23 / 146, 12); // 15,8 %
  });

  it('step 3: R1 fires for СОШ № 2 only, with the explanation of the document', () => {
    expect(analysis.verdicts.filter((v) => rule(v.schoolId, 'R1')?.fired).map((v) => v.schoolId)).toEqual(['S2']);
    expect(explainRule(rule('S2', 'R1')!, workedExample())).toBe(
      "R1: доля «2» ≥ 30 % в 2 процедурах 2026 г. (ОГЭ мат 9 — 33,3 %, ОГЭ рус 9 — 41,7 %) и в ОГЭ рус 9 в 2025 г. (35,0 %); источник: 'ОГЭ мат 2026'!D6, 'ОГЭ мат 2026'!C6, 'ОГЭ рус 2026'!D6, 'ОГЭ рус 2026'!C6, 'ОГЭ рус 2025'!D6, 'ОГЭ рус 2025'!C6",
    );
    expect(rule('S3', 'R1')?.evidence.filter((e) => e.year === 2026).map((e) => e.excluded)).toEqual(['few_participants', 'few_participants']);
  });

  it('step 4: R3 fires for СОШ № 2 and СОШ № 3; ШНОР are СОШ № 2 and СОШ № 3', () => {
    expect(analysis.verdicts.filter((v) => rule(v.schoolId, 'R3')?.fired).map((v) => v.schoolId)).toEqual(['S2', 'S4']);
    const s4 = rule('S4', 'R3')!.evidence.filter((e) => e.met);
    expect(s4.map((e) => [e.year, e.procedureKey])).toEqual([[2025, 'ОГЭ|Математика|9'], [2026, 'ОГЭ|Математика|9']]);
    expect(s4[1].value - (s4[1].comparator ?? 0)).toBeCloseTo(0.1933333, 6); // +19,3 п.п.
    expect(analysis.verdicts.filter((v) => v.lowResults).map((v) => v.schoolId)).toEqual(['S2', 'S4']);
  });

  it('step 5: R2 warns every school with a «2» in compulsory ОГЭ 2026, whatever its size', () => {
    expect(analysis.verdicts.filter((v) => rule(v.schoolId, 'R2')?.fired).map((v) => v.schoolId)).toEqual(['S1', 'S2', 'S3', 'S4']);
  });

  it('step 6: ВПР objectivity risk for СОШ № 1 (повысили 17,5 % of 40)', () => {
    expect(analysis.verdicts.filter((v) => v.objectivityRisk).map((v) => v.schoolId)).toEqual(['S1']);
  });

  it('step 7: ШНСУ and the social index', () => {
    expect(analysis.verdicts.map((v) => [v.schoolId, v.socialRisk, v.socialIndex])).toEqual([
      ['S1', false, 25],
      ['S2', true, 75],
      ['S3', true, 93.75],
      ['S4', false, 50],
      ['S5', false, 0],
    ]);
    expect(rule('S3', 'RES')?.outcome).toBe('no_data'); // both compulsory ОГЭ 2026 had 4 participants
  });

  it('step 8: statuses, partners and risk factor 8', () => {
    expect(analysis.verdicts.map((v) => [v.schoolId, v.status ?? null, v.partnerId ?? null])).toEqual([
      ['S1', null, null],
      ['S2', 'confirmed', null],
      ['S3', null, null],
      ['S4', 'new-candidate', null],
      ['S5', 'now-effective', null],
    ]);
    const f8 = (s: string) => verdict(s).riskFactors.find((f) => f.no === 8);
    expect(analysis.verdicts.map((v) => f8(v.schoolId)?.level)).toEqual(['low', 'high', 'no-data', 'medium', 'low']);
    expect(f8('S2')?.value).toBeCloseTo(0.375, 12);
    expect(f8('S2')?.q3).toBeCloseTo(0.26875, 6);
    expect(f8('S2')?.median).toBeCloseTo(0.16875, 6);
  });
});

describe('the summary table of docs/worked-example.md («Итог»)', () => {
  it('is what «Опора · ШНОР и ШНСУ» shows', () => {
    const values = buildFlagsSheet(inputOf(workedExample(), analysis)).values;
    const end = values.findIndex((r, i) => i > 4 && !(r ?? []).some((v) => v !== null && v !== undefined));
    const rows = values.slice(4, end).map((r) => [r[1], r[2], r[9], r[8]]);
    expect(rows).toEqual([
      ['СОШ № 2', 'ШНОР и ШНСУ', 'подтверждено', ''],
      ['СОШ № 3', 'ШНОР', 'новый кандидат', ''],
      ['ООШ с. Луговое', 'ШНСУ', '', ''],
      ['СОШ № 1', 'Риск необъективности', '', ''],
      ['Гимназия', 'В перечне ШНОР', 'перешла в эффективный режим', ''],
    ]);
  });
});
