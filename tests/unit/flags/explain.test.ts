import { analyse } from '../../../src/engine/flags/analyse';
import { explainRule } from '../../../src/engine/flags/explain';
import { cellRef, inProcedures, percent, pp } from '../../../src/engine/flags/format';
import { settingsWith } from './context';
import { fiveSchools } from './fiveSchools';

function explanation(schoolId: string, ruleId: string): string {
  const d = fiveSchools();
  const v = analyse(d, settingsWith()).analysis.verdicts.find((x) => x.schoolId === schoolId);
  const r = v?.rules.find((x) => x.ruleId === ruleId);
  if (!r) throw new Error(`no ${ruleId} for ${schoolId}`);
  return explainRule(r, d);
}

describe('explanations a methodologist can check by hand', () => {
  it('writes percents with a decimal comma, p.p. with a sign, and cells the Excel way', () => {
    expect(percent(5 / 12)).toBe('41,7 %');
    expect(pp(0.2)).toBe('+20,0 п.п.');
    expect(pp(-0.05)).toBe('−5,0 п.п.');
    expect(cellRef({ sheet: 'ОГЭ 2026', cell: 'E12' })).toBe("'ОГЭ 2026'!E12");
    expect(cellRef({ sheet: 'Соцпаспорт', cell: 'C4' })).toBe('Соцпаспорт!C4');
    expect(cellRef({ sheet: "Д'Артаньян", cell: 'A1' })).toBe("'Д''Артаньян'!A1");
    expect([inProcedures(1), inProcedures(2), inProcedures(11), inProcedures(21)]).toEqual(['в 1 процедуре', 'в 2 процедурах', 'в 11 процедурах', 'в 21 процедуре']);
  });

  it('ШНСУ names every share with its quartile and the count that decided', () => {
    const text = explanation('C', 'SOC');
    expect(text).toMatch(/^ШНСУ: в зоне риска .* 4 из 4 показателей \(нужно ≥ 3 при ≥ 4 показателях с данными\)/);
    expect(text).toContain('из неполных семей — 40,0 % (Q3 20,0 %, в зоне риска)');
    expect(text).toContain('источник: Соцпаспорт!');
  });

  it('the exit criteria say which one failed', () => {
    expect(explanation('D', 'EXIT')).toMatch(
      /^Критерии выхода не выполнены \(2 года подряд без ШНОР, нет «2» на обязательных ОГЭ, объективность\): 2025 г\.: правила ШНОР не сработали; 2026 г\.: правила ШНОР не сработали; ОГЭ рус 9 2026 г\.: «2» у 0 чел\.; ОГЭ мат 9 2026 г\.: «2» у 1 чел\.; объективность ВПР подтверждена; источник: 'ОГЭ 2026'!D\d+, 'ОГЭ 2026'!D\d+$/,
    );
    expect(explanation('B', 'EXIT')).toMatch(/^Критерии выхода выполнены/);
  });

  it('a резильентная school is explained by its success against the district', () => {
    expect(explanation('D', 'RES')).toMatch(/^Резильентная школа: ШНСУ и не ШНОР, успеваемость 2026 г\. не ниже района в обязательных процедурах \(ОГЭ мат 9 — 95,0 % при 81,0 % по району, ОГЭ рус 9 — 100,0 % при 82,0 % по району\)/);
  });
});
