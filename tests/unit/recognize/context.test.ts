/** Years, grades, assessments and subjects from cells, titles and sheet names. */
import { contextFromText, parseGrade, parseYear } from '../../../src/engine/recognize/context';

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
