/** Roles, headers and column meanings decided from a sheet's content, with a reason and a confidence. */
import { emptyCorrections } from '../../../src/engine/recognize/corrections';
import { meaningOf } from '../../../src/engine/recognize/headerMeaning';
import { recognizeSheet } from '../../../src/engine/recognize/recognizeSheet';
import { buildDataset } from '../../../src/engine/normalize/buildDataset';
import { sheet } from '../../fixtures/layouts/grid';

const recognize = (...args: Parameters<typeof sheet>) => recognizeSheet(sheet(...args), emptyCorrections());

describe('header synonyms', () => {
  it.each([
    ['Кол-во  участников', 'n'],
    ['«2»', 'm2'],
    ['"2"', 'm2'],
    ['Отметка 2', 'm2'],
    ['«2», %', 'fail'],
    ['Успеваемость, %', 'success'],
    ['Качество знаний, %', 'quality'],
    ['на учёте (ПДН, КДН, ВШУ)', 'social.registered'],
    ['НА УЧЕТЕ', 'social.registered'],
    ['Всего обучающихся', 'pupils'],
    ['Всего', 'total'],
    ['Понизили (Отметка < Отметка по журналу)', 'lower'],
    ['4 РУ', 'marker'],
    ['Наименование ОУ', 'name'],
    ['Логин', 'login'],
  ])('reads «%s» as %s', (header, meaning) => expect(meaningOf(header)).toBe(meaning));

  it('never takes a number with a decimal comma for a header', () => {
    expect(meaningOf('3,4')).toBeNull();
  });
});

describe('sheet roles', () => {
  it('finds the header under a title and a blank row, and explains the role', () => {
    const { layout } = recognize('Лист1', [['Результаты ВПР'], [], ['ОО', 'Класс', 'Предмет', 'Писали', '2', '3', '4', '5']]);
    expect(layout.recognition).toMatchObject({ role: 'results', headerRange: 'A3:H3', confidence: 1 });
    expect(layout.recognition.reason).toContain('Писали');
    expect(layout.context).toEqual({ assessment: 'ВПР' });
  });

  it('does not read a sheet of exam registrations (participants only) as results', () => {
    const grid = sheet('Регистрация ОГЭ 2024', [['ОО', 'Предмет', 'Кол-во участников'], ['СОШ № 1', 'Математика', 25]]);
    const { dataset, diagnostics } = buildDataset([grid]);
    expect(dataset.sheets[0].role).toBe('unknown');
    expect(dataset.results).toEqual([]);
    // Nothing else in the book, so nothing was concluded: that is said as an error.
    expect(diagnostics.map((d) => d.code)).toEqual(['sheet-unknown', 'missing-no-schools']);
  });

  it('leaves a sheet without a school column unknown, with a reason', () => {
    const { layout, diagnostics } = recognize('Заметки', [['Список дел'], ['позвонить в РЦОИ']]);
    expect(layout.recognition.role).toBe('unknown');
    expect(diagnostics[0]).toMatchObject({ code: 'sheet-unknown', sheet: 'Заметки' });
  });

  it('skips Opora’s own sheets', () => {
    const { layout } = recognize('Опора · Показатели', [['ОО', 'Участники', '«2»']]);
    expect(layout.recognition.role).toBe('opora');
  });

  it.each([
    [['ОО', 'Понизили', 'Подтвердили', 'Повысили', 'Всего'], 'confirmation'],
    [['Год', 'Логин', 'ОО', '4 РУ', '4 МА', 'Количество маркеров'], 'markers'],
    [['ОО', 'Всего педагогов', 'вакансии'], 'staffing'],
    [['Образовательная организация', 'Всего обучающихся', 'с ОВЗ', 'инофоны'], 'contingent'],
    [['ОО', 'аттестаты с отличием', 'медали'], 'programme'],
    [['Код', 'Краткое наименование', 'Полное наименование', 'Тип'], 'register'],
    [['№', 'ОО', 'Год включения', 'Основание'], 'approved'],
  ])('recognizes %j as %s', (header, role) => {
    expect(recognize('Лист', [header as string[]]).layout.recognition.role).toBe(role);
  });
});

describe('messy rows', () => {
  it('skips a row of column numbers, a repeated sub-header and a blank spacer column', () => {
    const grid = sheet('ВПР 2024', [
      ['ОО', null, 'Класс', 'Предмет', 'Участники', '«2»'],
      [1, null, 2, 3, 4, 5],
      ['СОШ № 1', null, 5, 'Математика', 20, 2],
      ['ОО', null, 'Класс', 'Предмет', 'Участники', '«2»'],
      ['СОШ № 11', null, 5, 'Математика', 18, 1],
      ['Среднее', null, null, 'Математика', 19, 1.5],
    ]);
    const { dataset, diagnostics } = buildDataset([grid]);
    expect(dataset.results.map((r) => [r.schoolId, r.counts.n?.value, r.counts.m2?.value])).toEqual([
      ['name:сош № 1', 20, 2],
      ['name:сош № 11', 18, 1],
    ]);
    expect(dataset.references.map((r) => [r.scope, r.label])).toEqual([['district', 'Среднее']]);
    expect(diagnostics).toEqual([]);
  });

  it('reads a percent-formatted share column as fractions and a text one as percents', () => {
    const grid = sheet(
      'ЕГЭ 2024 рус',
      [
        ['ОО', 'Не преодолели порог, %', 'Успеваемость, %'],
        ['СОШ № 1', 0.05, '95,0'],
        ['СОШ № 2', 0.1, '90'],
      ],
      { formats: { B2: '0.0%', B3: '0.0%' } },
    );
    const { dataset } = buildDataset([grid]);
    expect(dataset.results.map((r) => [r.shares.fail?.value, r.shares.success?.value])).toEqual([
      [0.05, 0.95],
      [0.1, 0.9],
    ]);
  });
});

describe('a header over two rows with the school column merged down', () => {
  it('takes the lower row as the leaf even when it names no more meanings than the upper one', () => {
    const { layout } = recognize(
      'ЕГЭ 2024 регион',
      [
        ['Результаты ЕГЭ 2024 года по муниципалитетам'],
        ['Муниципалитет', 'ОО', 'Русский язык', null],
        [null, null, 'Кол-во участников', 'Не преодолели минимальный порог'],
        ['Энский район', 'СОШ № 1', 20, 2],
      ],
      { merges: ['A2:A3', 'B2:B3', 'C2:D2'] },
    );
    expect(layout.recognition).toMatchObject({ role: 'results', headerRange: 'A2:D3', columns: { A: 'municipality', B: 'name', C: 'n', D: 'm2' } });
    expect(layout.header!.columns.find((c) => c.letter === 'C')!.groupContext).toEqual({ subject: 'Русский язык' });
  });
});
