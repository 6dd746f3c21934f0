import { buildEventPlanSheet } from '../../../src/engine/output/eventPlanSheet';
import { DEFAULT_MEASURES } from '../../../src/engine/plans/defaultMeasures';
import { emptySheet } from '../../../src/engine/output/sheet';
import { fitRowHeights, MAX_ROW_POINTS, splitTallRow, wrappedLines } from '../../../src/engine/output/rowHeights';
import { makeAnalysis, makeDataset, makeSettings, docs } from '../plans/fixtures';

describe('row heights for wrapped text (Excel does not fit them when it opens a file)', () => {
  test('wraps words at the column width like Excel', () => {
    expect(wrappedLines('один два три', 12)).toBe(1);
    expect(wrappedLines('один два три', 8)).toBe(2); // «один два» | «три»
    expect(wrappedLines('один два три', 4)).toBe(3);
    expect(wrappedLines('сверхдлинноеслово', 5)).toBe(4); // 17 letters broken into 5 + 5 + 5 + 2
    expect(wrappedLines('первая строка\nвторая', 40)).toBe(2);
  });

  test('gives every measure row of the event plan room for all its lines, and leaves one-line rows alone', () => {
    const sheet = buildEventPlanSheet(docs(makeAnalysis(), makeDataset(), makeSettings(), DEFAULT_MEASURES));
    fitRowHeights(sheet);
    const heights = sheet.rowHeights ?? {};
    const text = (r: number) => String(sheet.values[r][1] ?? '');
    const long = sheet.values.findIndex((_, r) => text(r).length > 150);
    // a 150+ letter measure in a 60-wide column takes at least three lines of 15 pt
    expect(heights[long]).toBeGreaterThanOrEqual(45);
    const header = sheet.values.findIndex((r) => r[0] === '№');
    expect(heights[header]).toBeUndefined();
  });

  test('fits only wrapped cells, as the last style covering each cell says, in its merged width, bold and size', () => {
    const sheet = emptySheet('indicators', 'Опора · Тест');
    const words = 'слово '.repeat(20).trim(); // 119 letters
    sheet.values = [[words], [words], [words, null], [words], [words]];
    sheet.columnWidths = [21, 40];
    sheet.styles = [
      { range: 'A2:A5', style: { wrap: true } },
      { range: 'A3', style: { wrap: false } },
      { range: 'A4', style: { bold: true } },
      { range: 'A5', style: { fontSize: 22 } },
    ];
    sheet.merges = ['A3:B3', 'A2:B2'];
    fitRowHeights(sheet);
    // row 0 is not wrapped, row 2 unwrapped by a later style; row 1 is 60 letters wide over its merge (2 lines),
    // row 3 bold (18 letters: 7 lines), row 4 twice the size (10 letters: 20 lines of 30 pt)
    expect(sheet.rowHeights).toEqual({ 1: 30, 3: 105, 4: 600 });
  });
});

describe('rows no taller than Excel allows (409 pt)', () => {
  const columns = [{ width: 7 }, { width: 30, wrap: true }, { width: 20, wrap: true }];
  const schools = Array.from({ length: 300 }, (_, i) => `МБОУ «СОШ № ${i + 1}» с. Верхнее Поле`).join(', ');

  test('continues a long list on the next rows, cut between items, the number repeated, nothing lost', () => {
    const rows = splitTallRow(['1.1', schools, 'весь год'], columns, [0]);
    expect(rows.length).toBeGreaterThan(5);
    for (const row of rows) expect(wrappedLines(String(row[1]), 29) * 15).toBeLessThanOrEqual(MAX_ROW_POINTS);
    expect(rows.map((r) => r[1]).join(', ')).toBe(schools);
    // Each row is as full as it may be: the next item would not have fitted (26 lines of 15 pt).
    rows.slice(0, -1).forEach((row, i) => expect(wrappedLines(`${row[1]}, ${String(rows[i + 1][1]).split(', ')[0]}`, 29)).toBeGreaterThan(26));
    expect(rows.every((r) => r[0] === '1.1')).toBe(true);
    expect(rows[0][2]).toBe('весь год');
    expect(rows.slice(1).every((r) => r[2] === null)).toBe(true);
  });

  test('leaves a row that fits alone', () => {
    expect(splitTallRow(['1', 'короткий текст', null], columns)).toEqual([['1', 'короткий текст', null]]);
  });
});
