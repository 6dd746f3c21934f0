import { analyse } from '../../../src/engine/flags/analyse';
import type { SchoolVerdict } from '../../../src/engine/model';
import { fiveSchools as district } from './fiveSchools';
import { settingsWith } from './context';

const verdict = (vs: SchoolVerdict[], id: string): SchoolVerdict => vs.find((v) => v.schoolId === id) as SchoolVerdict;

describe('analyse: the verdict for every school', () => {
  it('takes Y as the latest year and flags A and E as ШНОР', () => {
    const { analysis } = analyse(district(), settingsWith());
    expect(analysis.year).toBe(2026);
    expect(analysis.years).toEqual([2025, 2026]);
    expect(analysis.verdicts.filter((v) => v.lowResults).map((v) => v.schoolId)).toEqual(['A', 'E']);
  });

  it('changing R1\'s threshold to 35 % drops E (its 2025 repeat was exactly 30 %)', () => {
    const { analysis } = analyse(district(), settingsWith((s) => (s.r1.failShare = 0.35)));
    expect(analysis.verdicts.filter((v) => v.lowResults).map((v) => v.schoolId)).toEqual(['A']);
  });

  it('a rule left out of «lowResultsRules» no longer makes a school ШНОР, but is still recorded', () => {
    const { analysis } = analyse(district(), settingsWith((s) => (s.lowResultsRules = ['R3'])));
    expect(analysis.verdicts.filter((v) => v.lowResults).map((v) => v.schoolId)).toEqual(['A']);
    expect(verdict(analysis.verdicts, 'E').rules.find((r) => r.ruleId === 'R1')?.fired).toBe(true);
  });

  it('marks ШНСУ from the social passport and calls C and D резильентные', () => {
    const { analysis } = analyse(district(), settingsWith());
    expect(analysis.verdicts.map((v) => [v.schoolId, v.socialRisk, v.resilient])).toEqual([
      ['A', false, false],
      ['B', false, false],
      ['C', true, true],
      ['D', true, true],
      ['E', false, false],
    ]);
  });

  it('gives each school its status against the approved list', () => {
    const { analysis } = analyse(district(), settingsWith());
    expect(analysis.verdicts.map((v) => [v.schoolId, v.status])).toEqual([
      ['A', 'confirmed'],
      ['B', 'now-effective'],
      ['C', undefined],
      ['D', 'exit-candidate'], // one «2» in compulsory ОГЭ 2026
      ['E', 'new-candidate'],
    ]);
  });

  it('proposes no partner that is itself flagged or on the list: C and D are ШНСУ, B has just left the list', () => {
    expect(analyse(district(), settingsWith()).analysis.verdicts.filter((v) => v.lowResults).map((v) => v.partnerId)).toEqual([undefined, undefined]);
  });

  it('proposes B once it is off the approved list, with the procedures it beat the district on', () => {
    const d = district();
    d.approved = d.approved.filter((a) => a.schoolId !== 'B');
    const vs = analyse(d, settingsWith()).analysis.verdicts;
    expect([verdict(vs, 'A').partnerId, verdict(vs, 'E').partnerId]).toEqual(['B', 'B']);
    expect(verdict(vs, 'A').partnerBasis?.source).toBe('proposed');
    expect(verdict(vs, 'A').partnerBasis?.procedures.every((p) => p.fail <= p.district && p.participants >= 10)).toBe(true);
    const one = analyse(d, settingsWith((s) => (s.partner.maxMentees = 1))).analysis.verdicts;
    expect([verdict(one, 'A').partnerId, verdict(one, 'E').partnerId]).toEqual(['B', undefined]);
  });

  it('lets a partner named in the register win over the proposal', () => {
    const d = district();
    d.register = [{ schoolId: 'E', partnerId: 'C' }];
    expect(verdict(analyse(d, settingsWith()).analysis.verdicts, 'E').partnerId).toBe('C');
  });

  it('builds the risk profile from proxies and says «нет данных» where no sheet has them', () => {
    const { analysis } = analyse(district(), settingsWith());
    const level = (id: string, no: number) => verdict(analysis.verdicts, id).riskFactors.find((f) => f.no === no)?.level;
    // ОВЗ 1,1,8,2,1 %: median 1 %, Q3 2 %. Mean «2» 50 %, 0, 0, 2,5 %, 40 %: median 2,5 %, Q3 40 %.
    expect([level('C', 5), level('D', 5), level('A', 5)]).toEqual(['high', 'medium', 'low']);
    expect([level('A', 8), level('E', 8), level('D', 8)]).toEqual(['high', 'medium', 'low']);
    expect([level('A', 2), level('A', 9), level('A', 10)]).toEqual(['no-data', 'no-data', 'no-data']);
    expect(verdict(analysis.verdicts, 'A').riskFactors).toHaveLength(10);
  });

  it('warns when the chosen year has no results', () => {
    const { diagnostics } = analyse(district(), settingsWith((s) => (s.currentYear = 2027)));
    expect(diagnostics.map((d) => d.code)).toContain('methodology-year-without-results');
  });
});
