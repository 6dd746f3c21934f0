/** Years, grades, assessments and subjects from cells, titles and sheet names. */
import fc from 'fast-check';
import type { Procedure } from '../../../src/engine/model';
import { procedureLabel } from '../../../src/engine/procedures';
import { contextFromProcedure, contextFromText, parseGrade, parseYear } from '../../../src/engine/recognize/context';

describe('years', () => {
  it.each([
    [2024, 2024],
    ['2024', 2024],
    ['2023/2024', 2024],
    ['2023-2024', 2024],
    ['2023–24', 2024],
    ['2024 г.', 2024],
    ['2024-05-31', 2024],
  ])('reads %s as %d', (v, year) => expect(parseYear(v)).toBe(year));

  it('finds no year where a title names two', () => {
    expect(parseYear('Результаты ВПР 2024–2026')).toBeUndefined();
  });
});

describe('grades', () => {
  it.each([[5, 5], ['7', 7], ['5 класс', 5], ['9А', 9]])('reads %s as grade %d', (v, g) => expect(parseGrade(v)).toBe(g));
});

describe('free text', () => {
  it('reads «ОГЭ рус 2024» as ОГЭ, Русский язык, 2024', () => {
    expect(contextFromText('ОГЭ рус 2024')).toEqual({ assessment: 'ОГЭ', subject: 'Русский язык', year: 2024 });
  });

  it('reads a title «Результаты ОГЭ по русскому языку, 2024 г.»', () => {
    expect(contextFromText('Результаты ОГЭ по русскому языку, 2024 г.')).toEqual({ assessment: 'ОГЭ', subject: 'Русский язык', year: 2024 });
  });

  it.each([
    ['Рус. яз.', 'Русский язык'],
    ['русский', 'Русский язык'],
    ['Математика (профиль)', 'Математика профильная'],
    ['Математика П', 'Математика профильная'],
    ['Математика базовая', 'Математика базовая'],
    ['МАТЕМАТИКА', 'Математика'],
    ['Окружающий мир', 'Окружающий мир'],
  ])('canonicalises the subject «%s» to «%s»', (text, subject) => {
    expect(contextFromText(text).subject).toBe(subject);
  });

  it('reads «ВПР 5 класс» and «Класс 7»', () => {
    expect(contextFromText('ВПР 5 класс')).toEqual({ assessment: 'ВПР', grade: 5 });
    expect(contextFromText('Класс 7').grade).toBe(7);
  });

  it('does not take «общеобразовательных» for Обществознание', () => {
    expect(contextFromText('Реестр общеобразовательных организаций Энского района')).toEqual({});
  });
});

describe('a «Процедура» cell in Opora’s own labels', () => {
  const ASSESSMENTS: Procedure['assessment'][] = ['ОГЭ', 'ЕГЭ', 'ВПР', 'ККР'];
  const SUBJECTS = [
    'Русский язык', 'Математика', 'Математика базовая', 'Математика профильная', 'Физика', 'Химия', 'Биология', 'География',
    'История', 'Обществознание', 'Информатика', 'Литература', 'Английский язык', 'Немецкий язык', 'Французский язык',
    'Окружающий мир', 'Иностранный язык',
  ];

  it('reads back every label Opora prints: «ОГЭ рус 9», «ЕГЭ мат проф 11», «ВПР окр мир 4» …', () => {
    fc.assert(
      fc.property(fc.constantFrom(...ASSESSMENTS), fc.constantFrom(...SUBJECTS), fc.integer({ min: 1, max: 11 }), (assessment, subject, grade) => {
        const label = procedureLabel({ assessment, subject, grade });
        expect(contextFromProcedure(label)).toEqual({ assessment, subject, grade });
      }),
    );
  });

  it.each([
    ['ЕГЭ мат проф 11', { assessment: 'ЕГЭ', subject: 'Математика профильная', grade: 11 }],
    ['ВПР мат 5', { assessment: 'ВПР', subject: 'Математика', grade: 5 }],
    ['ВПР, математика, 5 класс', { assessment: 'ВПР', subject: 'Математика', grade: 5 }],
    ['ОГЭ', { assessment: 'ОГЭ' }],
  ])('reads «%s»', (text, ctx) => expect(contextFromProcedure(text)).toEqual(ctx));

  it('takes no grade from a number that is not one', () => {
    expect(contextFromProcedure('ВПР мат 55')).toEqual({ assessment: 'ВПР', subject: 'Математика' });
  });
});
