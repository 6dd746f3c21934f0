import type { CellValue, OutputSheet } from '../../../src/engine/model';
import { buildEventPlanSheet } from '../../../src/engine/output/eventPlanSheet';
import type { Measure } from '../../../src/engine/plans/catalogue';
import { DEFAULT_MEASURES } from '../../../src/engine/plans/defaultMeasures';
import { DIRECTIONS } from '../../../src/engine/plans/directions';
import { makeAnalysis, makeDataset, makeSettings, docs } from './fixtures';

const HEADER = ['№', 'Мероприятия', 'Срок реализации', 'Ответственные', 'Предполагаемые результаты', 'ОО'];

function table(sheet: OutputSheet): CellValue[][] {
  const h = sheet.values.findIndex((r) => r[0] === '№');
  expect(sheet.values[h]).toEqual(HEADER);
  const end = sheet.values.findIndex((r, i) => i > h && !(r ?? []).some((v) => v !== null && v !== undefined));
  return sheet.values.slice(h + 1, end < 0 ? undefined : end);
}

const sectionRows = (rows: CellValue[][]) => rows.filter((r) => /^\d+\.$/.test(String(r[0])));

function measure(code: string, direction: Measure['direction'], audience: Measure['audience'], text = `Мера ${code}`): Measure {
  return { code, direction, text, audience, deadline: 'март – апрель', responsible: 'Управление образования', results: 'Итог', indicator: '' };
}

describe('event plan (План мероприятий)', () => {
  const analysis = makeAnalysis();
  const dataset = makeDataset();

  test('titles the plan with the district and the academic year above the table', () => {
    const sheet = buildEventPlanSheet(docs(analysis, dataset, makeSettings(), DEFAULT_MEASURES));
    expect(sheet.name).toBe('Опора · План мероприятий');
    const title = sheet.values.findIndex((r) => r[0] === 'План мероприятий по поддержке школ с низкими образовательными результатами и школ,');
    expect(title).toBeGreaterThan(0); // below the approval block
    expect(sheet.values[title + 1][0]).toBe(
      'функционирующих в неблагоприятных социальных условиях, Энского муниципального района, на 2026/2027 учебный год',
    );
    const planned = buildEventPlanSheet(docs(analysis, dataset, makeSettings({ planYear: 2027 }), DEFAULT_MEASURES));
    expect(planned.values[title + 1][0]).toMatch(/на 2027\/2028 учебный год$/);
  });

  test('holds one numbered section for every direction with selected measures, items numbered within it', () => {
    const rows = table(buildEventPlanSheet(docs(analysis, dataset, makeSettings(), DEFAULT_MEASURES)));
    expect(sectionRows(rows).map((r) => [r[0], r[1]])).toEqual(DIRECTIONS.map((d, i) => [`${i + 1}.`, d.section]));
    let section = '';
    let item = 0;
    for (const r of rows) {
      if (/^\d+\.$/.test(String(r[0]))) {
        section = String(r[0]);
        item = 0;
      } else {
        item++;
        expect(r[0]).toBe(`${section}${item}`);
      }
    }
  });

  test('leaves out a direction whose measures serve nobody and numbers the rest without gaps', () => {
    const measures = [
      measure('A', 'legal', ['lowResults']),
      measure('B', 'diagnostics', ['risk:9']), // nobody has factor 9 high
      measure('C', 'staff', ['risk:3']),
      measure('D', 'staff', ['objectivityRisk']),
    ];
    const rows = table(buildEventPlanSheet(docs(analysis, dataset, makeSettings(), measures)));
    expect(rows.map((r) => [r[0], r[1]])).toEqual([
      ['1.', DIRECTIONS[0].section],
      ['1.1', 'Мера A'],
      ['2.', DIRECTIONS[4].section],
      ['2.1', 'Мера C'],
      ['2.2', 'Мера D'],
    ]);
  });

  test('names in «ОО» the schools each measure serves, and every flagged school at least once', () => {
    const rows = table(buildEventPlanSheet(docs(analysis, dataset, makeSettings(), DEFAULT_MEASURES)));
    const byText = (text: string) => rows.find((r) => r[1] === DEFAULT_MEASURES.find((m) => m.code === text)!.text);
    expect(byText('ОУ-2')![5]).toBe('СОШ № 3'); // ШНОР
    expect(byText('СП-3')![5]).toBe('Долматовская ООШ № 16'); // ШНСУ
    expect(byText('ДА-5')![5]).toBe('Лизуновская ООШ № 17'); // objectivity
    expect(byText('ДА-1')![5]).toBe('СОШ № 3, Долматовская ООШ № 16'); // ШНОР; ШНСУ
    expect(byText('СП-2')![5]).toBe('Долматовская ООШ № 16'); // factor 7 high
    expect(byText('НП-1')![5]).toBe('все ОО');
    const served = rows.map((r) => String(r[5] ?? ''));
    for (const name of ['СОШ № 3', 'Долматовская ООШ № 16', 'Лизуновская ООШ № 17']) {
      expect(served.some((cell) => cell.split(', ').includes(name))).toBe(true);
    }
  });

  test('a high risk factor of a school that is neither ШНОР nor ШНСУ selects no measure', () => {
    const rows = table(buildEventPlanSheet(docs(analysis, dataset, makeSettings(), DEFAULT_MEASURES)));
    const equipment = DEFAULT_MEASURES.find((m) => m.code === 'ОУ-3')!; // for risk 1 only; only ООШ № 17 has it high
    expect(rows.some((r) => r[1] === equipment.text)).toBe(false);
  });

  test('gives deadlines with the year of the academic year', () => {
    const rows = table(buildEventPlanSheet(docs(analysis, dataset, makeSettings(), [measure('A', 'staff', ['all'])])));
    expect(rows[1][2]).toBe('март – апрель 2027');
  });

  test('prints A4 landscape at full width with the header repeated and no merges inside the table', () => {
    const sheet = buildEventPlanSheet(docs(analysis, dataset, makeSettings(), DEFAULT_MEASURES));
    const header = sheet.values.findIndex((r) => r[0] === '№') + 1;
    const last = header + table(sheet).length;
    expect(sheet.print).toMatchObject({ orientation: 'landscape', paper: 'A4', fitToWidth: true, repeatRows: `${header}:${header}` });
    expect(sheet.autoFilter).toBe(`A${header}:F${last}`);
    const mergedRows = sheet.merges.map((m) => Number(/\d+/.exec(m)![0]));
    expect(mergedRows.filter((r) => r >= header && r <= last)).toEqual([]);
    expect(sheet.columnWidths[1]).toBeGreaterThanOrEqual(55);
  });
});
