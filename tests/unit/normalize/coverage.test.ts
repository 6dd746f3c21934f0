/**
 * The account of every cell: each non-empty row of a sheet is in exactly one group (school, total,
 * reference, title, header, numbering, note, skipped with a reason) and each non-empty column is listed
 * as used or not with the reason; a column of numbers under a header not understood is a warning; the
 * values of personal-data columns reach no output.
 */
import { recalculate } from '../../../src/engine/recalculate';
import type { CellValue, SheetCoverage, SheetGrid } from '../../../src/engine/model';
import { sheet } from '../../fixtures/layouts/grid';

const DIRECTOR = 'Иванова Мария Петровна';
const PHONE = '+7 (426) 555-12-34';

function results(): SheetGrid {
  return sheet('ОГЭ рус 2025', [
    ['Результаты ОГЭ по русскому языку, 2025 год'],
    [],
    ['№', 'ОО', 'ФИО директора', 'Телефон', 'Участники', '2', '3', '4', '5', 'Резерв 7', '100 баллов'],
    [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11],
    [1, 'МБОУ СОШ № 1', DIRECTOR, PHONE, 40, 4, 16, 14, 6, 12, 0],
    [2, 'МБОУ СОШ № 2', 'Петров Иван Сергеевич', '89990001122', 30, 1, 10, 12, 7, 9, 1],
    ['', 'МБОУ СОШ № 3', '', '', 'х', 'х', 'х', 'х', 'х', '', ''],
    ['', 'Итого', '', '', 70, 5, 26, 26, 13, 21, 1],
    ['', 'Регион', '', '', 9000, 700, 3000, 3300, 2000, '', ''],
    [],
    ['Примечание: данные РЦОИ на 01.07.2025'],
  ]);
}

function nonEmptyRows(grid: SheetGrid): number {
  return grid.values.filter((r) => r.some((v) => v !== null && String(v).trim() !== '')).length;
}

function nonEmptyColumns(grid: SheetGrid): number {
  const width = Math.max(...grid.values.map((r) => r.length));
  let n = 0;
  for (let c = 0; c < width; c++) if (grid.values.some((r) => r[c] !== null && r[c] !== undefined && String(r[c]).trim() !== '')) n++;
  return n;
}

function groups(c: SheetCoverage): Record<string, number[]> {
  return Object.fromEntries(c.rows.map((g) => [g.reason ? `${g.class}:${g.reason}` : g.class, g.rows]));
}

describe('the account of every cell', () => {
  const grid = results();
  const run = recalculate([grid]);
  const coverage = run.dataset.coverage.find((c) => c.sheet === grid.name)!;

  it('puts every non-empty row in exactly one group', () => {
    expect(groups(coverage)).toEqual({
      title: [1],
      header: [3],
      numbering: [4],
      school: [5, 6, 7],
      total: [8],
      reference: [9],
      note: [11],
    });
    const counted = coverage.rows.flatMap((g) => g.rows);
    expect(new Set(counted).size).toBe(counted.length);
    expect(counted.length).toBe(nonEmptyRows(grid));
  });

  it('lists every non-empty column, used or not, with the reason', () => {
    expect(coverage.columns.map((c) => [c.letter, c.used, c.reason ?? c.meaning])).toEqual([
      ['A', false, 'not-needed'],
      ['B', true, 'name'],
      ['C', false, 'personal'],
      ['D', false, 'personal'],
      ['E', true, 'n'],
      ['F', true, 'm2'],
      ['G', true, 'm3'],
      ['H', true, 'm4'],
      ['I', true, 'm5'],
      ['J', false, 'not-understood'],
      ['K', false, 'not-needed'],
    ]);
    expect(coverage.columns.length).toBe(nonEmptyColumns(grid));
    expect(coverage.columns.find((c) => c.letter === 'J')!.header).toBe('Резерв 7');
  });

  it('warns about a column of numbers under a header it did not understand, naming the header cell', () => {
    const warned = run.summary.diagnostics.filter((d) => d.code === 'column-not-understood');
    expect(warned).toEqual([expect.objectContaining({ severity: 'warning', sheet: grid.name, cell: 'J3' })]);
    expect(warned[0].text).toContain('Резерв 7');
    expect(warned[0].advice).toContain('«Участники»');
  });

  it('never copies personal data into Opora’s sheets, diagnostics or the summary', () => {
    const written = JSON.stringify(run.output.sheets.map((s) => s.values)) + JSON.stringify(run.summary);
    for (const value of [DIRECTOR, 'Петров Иван Сергеевич', PHONE, '89990001122']) expect(written).not.toContain(value);
  });

  it('never reads a personal column even when its header also names a meaning', () => {
    const logins = sheet('Кадры 2025', [
      ['Логин', 'ОО: телефон', 'Всего педагогов', 'пенсионного возраста'],
      ['sch052010', PHONE, 30, 6],
    ]);
    const other = recalculate([logins]);
    expect(other.dataset.coverage[0].columns.find((c) => c.letter === 'B')).toMatchObject({ used: false, reason: 'personal' });
    expect(JSON.stringify(other.output.sheets.map((s) => s.values)) + JSON.stringify(other.summary)).not.toContain(PHONE);
  });

  it('shows rows and columns not used in «Что Опора не использовала» on the mapping sheet', () => {
    const mapping = run.output.sheets.find((s) => s.key === 'mapping')!;
    const start = mapping.values.findIndex((r) => r[0] === '4. Что Опора не использовала');
    expect(start).toBeGreaterThan(0);
    const table = mapping.values.slice(start + 3).filter((r) => r[0] === grid.name);
    expect(table).toContainEqual([grid.name, 'строка номеров столбцов', '4', '', 'номера столбцов под заголовком']);
    expect(table).toContainEqual([grid.name, 'столбец', 'J', 'Резерв 7', expect.stringContaining('не понят')]);
    expect(table).toContainEqual([grid.name, 'столбец', 'C', 'ФИО директора', expect.stringContaining('персональные данные')]);
    expect(table.some((r) => r[1] === 'строки школ')).toBe(false);
  });

  it('gives coverage[] in the JSON summary with counts and row ranges', () => {
    const c = run.summary.coverage.find((x) => x.sheet === grid.name)!;
    expect(c.role).toBe('results');
    expect(c.rows).toContainEqual({ class: 'school', count: 3, rows: '5–7' });
    expect(c.columns).toContainEqual({ column: 'J', header: 'Резерв 7', used: false, reason: 'not-understood' });
  });

  it('accounts a sheet it could not read as skipped, row by row', () => {
    const notes: CellValue[][] = [['Список дел'], ['позвонить в школу № 3'], [null, 'отчёт до 15.05']];
    const other = recalculate([grid, sheet('Заметки', notes)]).dataset.coverage.find((c) => c.sheet === 'Заметки')!;
    expect(other.rows).toEqual([{ class: 'skipped', reason: 'sheet-not-read', rows: [1, 2, 3] }]);
    expect(other.columns.map((c) => [c.letter, c.reason])).toEqual([
      ['A', 'sheet-not-read'],
      ['B', 'sheet-not-read'],
    ]);
  });

  it('skips a marker row without a year with that reason, and a repeated school row as a duplicate', () => {
    const markers = sheet('Маркеры', [
      ['Год', 'ОО', '4 РУ', '5 МА'],
      [2025, 'СОШ № 1', 1, ''],
      ['', 'СОШ № 2', '', 1],
    ]);
    const dup = sheet('ВПР мат 5 2025', [
      ['ОО', 'Участники', '2', '3', '4', '5'],
      ['СОШ № 1', 20, 2, 8, 6, 4],
      ['СОШ № 1', 20, 2, 8, 6, 4],
    ]);
    const c = recalculate([markers, dup]).dataset.coverage;
    expect(groups(c.find((x) => x.sheet === 'Маркеры')!)).toEqual({ header: [1], school: [2], 'skipped:no-year': [3] });
    expect(groups(c.find((x) => x.sheet === 'ВПР мат 5 2025')!)).toEqual({ header: [1], school: [2], 'skipped:duplicate': [3] });
  });
});
