/** Social passport and staffing given in percents, counts against percents, and a full-name-only register. */
import { buildDataset } from '../../../src/engine/normalize/buildDataset';
import { renderDiagnostic } from '../../../src/engine/messages';
import { shortSchoolName } from '../../../src/engine/normalize/schoolName';
import { sheet } from '../../fixtures/layouts/grid';
import {
  contingentCountsAndShares,
  contingentInPercents,
  fullNameRegister,
  staffingInPercents,
} from '../../fixtures/layouts/sharesAndFullNames';

const at = (sheetName: string, cell: string) => ({ sheet: sheetName, cell });

describe('social passport and staffing in percents', () => {
  it('turns each share into pupils = share × the row’s total, keeping the share’s cell', () => {
    const { dataset } = buildDataset([contingentInPercents()]);
    expect(dataset.sheets[0].role).toBe('contingent');
    const byId = new Map(dataset.contingent.map((c) => [c.schoolId, c.counts]));
    // 12,5 % of 400 = 50; «5 %» of 400 = 20; 30 is a plain count.
    expect(byId.get('name:сош № 1')).toEqual({
      incomplete_family: { value: 50, source: at('Социальный паспорт', 'D2') },
      disability: { value: 20, source: at('Социальный паспорт', 'E2') },
      large_family: { value: 30, source: at('Социальный паспорт', 'F2') },
    });
    // 7,5 % of 40 = 3; a percent-formatted 0.1 of 40 = 4.
    expect(byId.get('name:ивановская оош')).toEqual({
      incomplete_family: { value: 3, source: at('Социальный паспорт', 'D3') },
      disability: { value: 4, source: at('Социальный паспорт', 'E3') },
      large_family: { value: 4, source: at('Социальный паспорт', 'F3') },
    });
  });

  it('does not guess a count for a share whose row has no total, and says which cell', () => {
    const { dataset, diagnostics } = buildDataset([contingentInPercents()]);
    const school2 = dataset.contingent.find((c) => c.schoolId === 'name:сош № 2');
    expect(school2?.counts).toEqual({ large_family: { value: 6, source: at('Социальный паспорт', 'F4') } });
    const lost = diagnostics.filter((d) => d.code === 'share-without-total');
    expect(lost.map((d) => d.cell)).toEqual(['D4']);
    expect(renderDiagnostic(lost[0]).text).toContain('D4');
    expect(renderDiagnostic(lost[0]).text).toContain('20 %');
  });

  it('reads teachers of pension age given in percents as 25 % of 40 = 10 teachers', () => {
    const { dataset } = buildDataset([staffingInPercents()]);
    expect(dataset.staffing[0].counts).toEqual({
      pension_age: { value: 10, source: at('Кадры', 'D2') },
      vacancies: { value: 2, source: at('Кадры', 'E2') },
    });
  });
});

describe('a passport with both counts and percents', () => {
  it('keeps the counts and warns only where the percent disagrees by more than one pupil', () => {
    const { dataset, diagnostics } = buildDataset([contingentCountsAndShares()]);
    expect(dataset.contingent.map((c) => [c.schoolId, c.counts.incomplete_family, c.counts.guardianship?.value])).toEqual([
      ['name:сош № 1', { value: 20, source: at('Контингент', 'C2') }, 3],
      ['name:сош № 2', { value: 5, source: at('Контингент', 'C3') }, 1],
      ['name:ивановская оош', { value: 4, source: at('Контингент', 'C4') }, 0],
    ]);
    // СОШ № 2: 30 % of 50 = 15 pupils against 5 written. Ивановская: 10 % of 30 = 3 against 4 is rounding.
    const mismatches = diagnostics.filter((d) => d.code === 'share-count-mismatch');
    expect(mismatches).toHaveLength(1);
    expect(mismatches[0]).toMatchObject({ severity: 'warning', sheet: 'Контингент', cell: 'D3' });
    const text = renderDiagnostic(mismatches[0]).text;
    for (const part of ['D3', 'C3', 'B3', '30 %', '15']) expect(text).toContain(part);
  });

  it('reads a bare «%» column next to a count as that count’s share and cross-checks it', () => {
    const { dataset, diagnostics } = buildDataset([
      sheet('Кадры', [
        ['ОО', 'Всего педагогов', 'высшая категория', '%', 'первая категория', '%'],
        ['СОШ № 1', 40, 10, '25', null, '50'],
        ['СОШ № 2', 20, 2, '40', 5, '25'],
      ]),
    ]);
    // СОШ № 1: first category only as 50 % of 40 = 20. СОШ № 2: 40 % of 20 = 8 against 2 written.
    expect(dataset.staffing.map((s) => [s.counts.top_category?.value, s.counts.first_category])).toEqual([
      [10, { value: 20, source: at('Кадры', 'F2') }],
      [2, { value: 5, source: at('Кадры', 'E3') }],
    ]);
    expect(diagnostics.filter((d) => d.code === 'share-count-mismatch').map((d) => d.cell)).toEqual(['D3']);
  });
});

describe('a register with only the full name', () => {
  it('is recognized as the register, and its schools are the ones results sheets name briefly', () => {
    const results = sheet('ОГЭ 2025 Русский язык', [
      ['ОО', 'Кол-во участников', '2', '3', '4', '5'],
      ['МБОУ СОШ №1', 20, 2, 8, 6, 4],
      ['Ивановская ООШ', 6, 3, 2, 1, 0],
    ]);
    const { dataset, diagnostics } = buildDataset([fullNameRegister(), results]);
    expect(dataset.sheets[0].role).toBe('register');
    expect(dataset.register.map((r) => [r.schoolId, r.shortName, r.level])).toEqual([
      ['name:сош № 1', 'СОШ № 1', 'СОШ'],
      ['name:ивановская оош', 'Ивановская ООШ', 'ООШ'],
    ]);
    expect(dataset.register[1].fullName).toBe('Муниципальное казённое общеобразовательное учреждение «Ивановская основная общеобразовательная школа»');
    expect(dataset.schools.map((s) => s.name)).toEqual(['СОШ № 1', 'Ивановская ООШ']);
    expect(dataset.results.map((r) => r.schoolId)).toEqual(['name:сош № 1', 'name:ивановская оош']);
    expect(diagnostics.filter((d) => d.code === 'school-not-in-register')).toEqual([]);
  });
});

describe('the short name shown for a full legal name', () => {
  it.each([
    ['Муниципальное бюджетное общеобразовательное учреждение «Средняя общеобразовательная школа № 1»', 'СОШ № 1'],
    ['МКОУ "Ивановская основная общеобразовательная школа"', 'Ивановская ООШ'],
    ['Муниципальное автономное общеобразовательное учреждение «Гимназия № 2 имени А. С. Пушкина»', 'Гимназия № 2 имени А. С. Пушкина'],
    ['Средняя школа № 5 г. Энска', 'СОШ № 5 г. Энска'],
  ])('shortens «%s» to «%s»', (full, short) => {
    expect(shortSchoolName(full)).toBe(short);
  });
});
