/** Header meanings by word stems: the headers of the regional forms, in any order, amid extra words. */
import { emptyCorrections } from '../../../src/engine/recognize/corrections';
import { matchHeader, meaningOf } from '../../../src/engine/recognize/headerMeaning';
import { recognizeSheet } from '../../../src/engine/recognize/recognizeSheet';
import { sheet } from '../../fixtures/layouts/grid';

describe('headers with more words than the synonym', () => {
  it.each([
    ['Обучающиеся в неполных семьях', 'social.incomplete_family'],
    ['Обучающиеся с ОВЗ', 'social.disability'],
    ['Всего обучающихся с ОВЗ', 'social.disability'],
    ['Из малообеспеченных семей', 'social.low_income'],
    ['Численность обучающихся, состоящих на учёте в ПДН', 'social.registered'],
    ['Количество детей-инвалидов', 'social.disability'],
    ['Доля педагогов пенсионного возраста, %', 'staff.pension_age'],
    ['Семьи неполные', 'social.incomplete_family'],
    ['Сколько в школе учителей высшей категории', 'staff.top_category'],
    ['Количество обучающихся, получивших «2»', 'm2'],
    ['Число обучающихся, писавших работу', 'n'],
    ['Кол-во вакансий', 'staff.vacancies'],
    ['Укажите количество обучающихся в ОО в 2020/2021 учебном году', 'pupils'],
  ])('reads «%s» as %s', (header, meaning) => expect(matchHeader(header)).toEqual({ meaning, rivals: [] }));
});

describe('the regional ЕГЭ form', () => {
  it.each([
    ['Муниципальное образование', 'municipality'],
    ['Образовательная организация (школа)', 'name'],
    ['Всего выпускников в 2023 году по программам среднего общего образования, принявших участие в ЕГЭ, чел.', 'graduates'],
    ['приняло участие', 'n'],
    ['не преодолен min порог', 'm2'],
    ['высокобалльники (80-99 баллов)', 'highScorers'],
    ['получили 100 баллов', 'hundred'],
    ['средний балл', 'mean'],
  ])('reads «%s» as %s', (header, meaning) => expect(meaningOf(header)).toBe(meaning));

  it('leaves a subject group title and the profile column without a meaning', () => {
    expect(meaningOf('Русский язык, чел.')).toBeNull();
    expect(meaningOf('Профиль (при наличии)')).toBeNull();
  });

  it('does not take «преодолели порог» (without «не») for the failures', () => {
    expect(meaningOf('преодолели min порог')).not.toBe('m2');
  });
});

describe('a labelling word amid a question', () => {
  it('takes «Класс» only as the first word, not inside «5 класс из них обучаются …»', () => {
    expect(meaningOf('Класс (параллель)')).toBe('grade');
    expect(meaningOf('5 класс из них обучаются по адаптированным образовательным программам')).toBeNull();
    expect(meaningOf('Есть ли в 5 класс логопед')).toBeNull();
  });

  it('reads a question about the school as what it asks, not as the school’s name', () => {
    expect(meaningOf('Где расположена Ваша образовательная организация?')).toBe('location');
    expect(meaningOf('Сколько в школе учителей первой категории (работающих не менее чем на 0,5 ставки)?')).toBe('staff.first_category');
  });
});

describe('the long table whose «Процедура» says everything', () => {
  it.each([
    ['Год', 'year'],
    ['Код ОО', 'code'],
    ['Наименование ОО', 'name'],
    ['Процедура', 'assessment'],
    ['Участники', 'n'],
    ['2', 'm2'],
    ['5', 'm5'],
  ])('reads «%s» as %s', (header, meaning) => expect(meaningOf(header)).toBe(meaning));
});

describe('a header two meanings fit equally', () => {
  it('is a tie: the first meaning, with its rival', () => {
    expect(matchHeader('опекаемые инофоны')).toEqual({ meaning: 'social.guardianship', rivals: ['social.non_native'] });
  });

  it('lowers the sheet’s confidence and names the cell and both meanings', () => {
    const grid = sheet('Соцпаспорт', [['ОО', 'Всего обучающихся', 'опекаемые инофоны'], ['СОШ № 1', 100, 3]]);
    const { layout, diagnostics } = recognizeSheet(grid, emptyCorrections());
    expect(layout.recognition.role).toBe('contingent');
    expect(layout.recognition.confidence).toBe(0.5);
    expect(layout.recognition.columns.C).toBe('social.guardianship');
    expect(diagnostics).toEqual([
      {
        severity: 'warning',
        code: 'header-ambiguous',
        sheet: 'Соцпаспорт',
        cell: 'C1',
        column: 'опекаемые инофоны',
        chosen: 'опекаемые',
        rivals: 'инофоны',
      },
    ]);
  });

  it('is settled by the user’s meaning in Сопоставление', () => {
    const grid = sheet('Соцпаспорт', [['ОО', 'Всего обучающихся', 'опекаемые инофоны'], ['СОШ № 1', 100, 3]]);
    const corrections = emptyCorrections();
    corrections.columns['Соцпаспорт'] = { C: 'social.non_native' };
    const { layout, diagnostics } = recognizeSheet(grid, corrections);
    expect(layout.recognition.columns.C).toBe('social.non_native');
    expect(layout.recognition.confidence).toBe(1);
    expect(diagnostics).toEqual([]);
  });
});
