import type { CellValue, SheetGrid } from '../../../src/engine/model';
import { renderDiagnostic } from '../../../src/engine/messages';
import { buildCatalogueSheet } from '../../../src/engine/output/catalogueSheet';
import { parseAudience } from '../../../src/engine/plans/audience';
import { readCatalogue } from '../../../src/engine/plans/catalogue';
import { DEFAULT_MEASURES } from '../../../src/engine/plans/defaultMeasures';
import { DIRECTIONS } from '../../../src/engine/plans/directions';

const NAME = 'Опора · Каталог мер';
const HEADER = ['Код', 'Направление', 'Мероприятие', 'Для кого', 'Срок', 'Ответственные', 'Предполагаемые результаты', 'Показатель'];

function userSheet(rows: CellValue[][]): SheetGrid {
  return { name: NAME, values: [['Наш каталог мер'], [], HEADER, ...rows] };
}

describe('measures catalogue', () => {
  test('uses the default measures when the workbook has no catalogue sheet', () => {
    const { measures, diagnostics } = readCatalogue(undefined);
    expect(diagnostics).toEqual([]);
    expect(measures.map((m) => m.code)).toEqual(DEFAULT_MEASURES.map((m) => m.code));
  });

  test('the defaults cover every direction, each risk factor 1–10, objectivity, ШНОР, ШНСУ and all schools', () => {
    expect(DEFAULT_MEASURES.length).toBeGreaterThanOrEqual(25);
    expect(DEFAULT_MEASURES.length).toBeLessThanOrEqual(40);
    for (const d of DIRECTIONS) expect(DEFAULT_MEASURES.some((m) => m.direction === d.id)).toBe(true);
    const audiences = new Set(DEFAULT_MEASURES.flatMap((m) => m.audience));
    for (let no = 1; no <= 10; no++) expect(audiences).toContain(`risk:${no}`);
    for (const a of ['lowResults', 'socialRisk', 'objectivityRisk', 'all']) expect(audiences).toContain(a);
    expect(new Set(DEFAULT_MEASURES.map((m) => m.code)).size).toBe(DEFAULT_MEASURES.length);
  });

  test('reads back exactly the measures it wrote on the catalogue sheet', () => {
    const sheet = buildCatalogueSheet();
    expect(sheet.name).toBe(NAME);
    expect(sheet.mode).toBe('createOnce');
    const header = sheet.values.find((r) => r[0] === 'Код');
    expect(header).toEqual(HEADER);
    const { measures, diagnostics } = readCatalogue({ name: NAME, values: sheet.values });
    expect(diagnostics).toEqual([]);
    expect(measures.map(({ source: _s, ...m }) => m)).toEqual(DEFAULT_MEASURES);
    expect(measures[0].source).toEqual({ sheet: NAME, cell: `C${sheet.values.indexOf(header!) + 2}` });
  });

  test('serves only the user rows when the sheet exists, skipping bad rows with their cells', () => {
    const { measures, diagnostics } = readCatalogue(
      userSheet([
        ['У-1', 'кадровое', 'Стажировка учителей математики в школе-партнёре', 'ШНОР; риск 8', 'ноябрь', 'ИМЦ', 'Рост качества уроков', 'Доля «2»'],
        ['У-2', 'кадровое', '', 'ШНОР', 'май', 'ИМЦ', '', ''],
        ['У-3', 'финансовое', 'Выделение средств на оборудование', 'риск 1', 'март', 'УО', '', ''],
        [null, null, null, null, null, null, null, null],
        ['У-4', 'Социально – педагогическое', 'Летний лагерь', 'ШНСУ; директора школ', 'июнь', 'УО', '', ''],
        ['У-5', 'Нормативно – правовое направление', 'Приказ о кураторах', '', 'сентябрь', 'УО', 'Приказ', ''],
      ]),
    );
    expect(measures.map((m) => m.code)).toEqual(['У-1', 'У-5']);
    expect(measures[0]).toMatchObject({ direction: 'staff', audience: ['lowResults', 'risk:8'], deadline: 'ноябрь', source: { sheet: NAME, cell: 'C4' } });
    expect(measures[1]).toMatchObject({ direction: 'legal', audience: ['all'] });
    expect(diagnostics.map((d) => [d.code, d.cell, d.severity])).toEqual([
      ['catalogue-no-text', 'C5', 'warning'],
      ['catalogue-unknown-direction', 'B6', 'warning'],
      ['catalogue-unknown-audience', 'D8', 'warning'],
      ['catalogue-empty-audience', 'D9', 'info'],
    ]);
    expect(diagnostics.every((d) => d.sheet === NAME)).toBe(true);
    expect(renderDiagnostic(diagnostics[1]).text).toBe('В строке 6 каталога мер направление «финансовое» не распознано; строка не попала в планы.');
    expect(renderDiagnostic(diagnostics[2]).text).toContain('«директора школ»');
  });

  test('a catalogue the user emptied gives no measures and says so', () => {
    const { measures, diagnostics } = readCatalogue(userSheet([]));
    expect(measures).toEqual([]);
    expect(diagnostics.map((d) => d.code)).toEqual(['catalogue-no-measures']);
  });

  test('a sheet whose header row was lost falls back to the defaults with a warning', () => {
    const { measures, diagnostics } = readCatalogue({ name: NAME, values: [['что-то'], ['ещё']] });
    expect(measures).toHaveLength(DEFAULT_MEASURES.length);
    expect(diagnostics.map((d) => d.code)).toEqual(['catalogue-no-header']);
  });

  test.each([
    ['ШНОР; риск 8', ['lowResults', 'risk:8']],
    ['шнор, Риск 2 и 3', ['lowResults', 'risk:2', 'risk:3']],
    ['риски 2, 3', ['risk:2', 'risk:3']],
    ['Фактор риска № 10', ['risk:10']],
    ['ФР 8 / ШНСУ', ['risk:8', 'socialRisk']],
    ['Объективность ВПР', ['objectivityRisk']],
    ['все ОО', ['all']],
    ['Все', ['all']],
    ['школы с низкими результатами', ['lowResults']],
  ])('reads «Для кого» typed as «%s»', (typed, expected) => {
    expect(parseAudience(typed)).toEqual({ audience: expected, unknown: [] });
  });

  test('reports what it cannot read in «Для кого»: an unknown word or a factor outside 1–10', () => {
    expect(parseAudience('ШНОР; родители').unknown).toEqual(['родители']);
    expect(parseAudience('риск 12').unknown).toEqual(['риск 12']);
  });
});
