/**
 * Workbooks and documents for the Office.js adapter tests, built in code with fixed content: a district
 * of N schools (ОГЭ results with a merged title, a contingent sheet holding a table, a hidden and a very
 * hidden sheet) and an OutputDocument built with the engine's own sheet helpers.
 */
import type { CellValue, OutputDocument, OutputSheet, SheetGrid } from '../../../src/engine/model';
import { emptySheet, FORMATS, printLandscape, writeTable, writeTitle } from '../../../src/engine/output/sheet';

function grid(name: string, rows: CellValue[][], formatOf: (r: number, c: number) => string = () => 'General'): SheetGrid {
  const width = Math.max(...rows.map((r) => r.length));
  const values = rows.map((r) => Array.from({ length: width }, (_, c) => r[c] ?? null));
  const numberFormats = values.map((r, i) => r.map((_, c) => formatOf(i, c)));
  return { name, values, numberFormats, merges: [], tables: [], visibility: 'visible' };
}

export function schoolName(i: number): string {
  return `МБОУ «СОШ № ${i + 1}» с. Верхнее Поле`;
}

/** The monitoring sheets of a district with `schools` schools, as a methodologist keeps them. */
export function districtGrids(schools: number): SheetGrid[] {
  const oge: CellValue[][] = [
    ['Результаты ОГЭ 2024 по математике'],
    ['№', 'ОО', 'Участников', '«2»', '«3»', '«4»', '«5»', 'Доля «2»'],
  ];
  for (let i = 0; i < schools; i++) {
    const n = 20 + (i % 17);
    const m2 = i % 5;
    oge.push([i + 1, schoolName(i), n, m2, n - m2 - 6, 4, 2, m2 / n]);
  }
  const results = grid('ОГЭ 2024', oge, (r, c) => (r >= 2 && c === 7 ? '0.0%' : 'General'));
  results.merges = [{ top: 0, left: 0, bottom: 0, right: 7 }];

  const contingent: CellValue[][] = [[], ['ОО', 'Всего обучающихся', 'Из неполных семей', 'Состоят на учёте', 'Дата сверки']];
  for (let i = 0; i < schools; i++) contingent.push([schoolName(i), 300 + i, 40 + (i % 30), i % 4, 45443]);
  const social = grid('Социальный паспорт', contingent, (r, c) => (r >= 2 && c === 4 ? 'dd.mm.yyyy' : 'General'));
  social.tables = [{ name: 'Контингент', rect: { top: 1, left: 0, bottom: schools + 1, right: 4 } }];
  // The left column is empty: the grid still starts at A1.
  const notes = grid('Примечания', [[], [null, 'Сверено с ОО 31.05.2024'], [null, '=это не формула, а текст']], (r, c) =>
    r === 2 && c === 1 ? '@' : 'General',
  );
  notes.visibility = 'hidden';
  const meta = grid('_opora', [['version', '1'], ['owned', 'Опора · Показатели']]);
  meta.visibility = 'veryHidden';
  return [results, social, notes, meta];
}

/** What a grid reads back as: date-formatted serials arrive as ISO days. */
export function expectedAfterRead(grids: SheetGrid[]): SheetGrid[] {
  return grids.map((g) => ({
    ...g,
    values: g.values.map((r, i) =>
      r.map((v, c) => (typeof v === 'number' && g.numberFormats?.[i][c] === 'dd.mm.yyyy' ? '2024-05-31' : v)),
    ),
  }));
}

/** An indicators sheet as the engine would build it, with `rows` school rows. */
export function indicatorsSheet(rows: number, name = 'Опора · Показатели'): OutputSheet {
  const sheet = emptySheet('indicators', name);
  writeTitle(sheet, 0, 'Показатели ОО, 2024 год', 5);
  const data: CellValue[][] = [];
  for (let i = 0; i < rows; i++) data.push([schoolName(i), 20 + (i % 9), (i % 7) / 20, i % 3 === 0 ? '-' : 0.05, i % 2 === 0 ? 'да' : 'нет']);
  writeTable(sheet, 2, [
    { header: 'ОО', width: 40, wrap: true },
    { header: 'Участников', width: 12, format: FORMATS.integer },
    { header: 'Доля «2»', width: 10, format: FORMATS.percent },
    { header: 'Динамика', width: 12, format: FORMATS.pp },
    { header: 'ШНОР', width: 8 },
  ], data);
  sheet.conditionalFormats.push({ range: `C4:C${rows + 3}`, operator: 'greaterThanOrEqual', value: 0.3, fill: 'F4CCCC' });
  printLandscape(sheet, '3:3');
  sheet.tabColor = '2F5597';
  return sheet;
}

export function settingsSheet(): OutputSheet {
  const sheet = emptySheet('settings', 'Опора · Настройки', 'createOnce');
  writeTable(sheet, 0, [{ header: 'Параметр', width: 30 }, { header: 'Значение', width: 12 }], [['Порог доли «2»', 0.3]]);
  return sheet;
}

export function metaSheet(): OutputSheet {
  const sheet = emptySheet('meta', '_opora');
  sheet.values = [['version', '2'], ['owned', 'Опора · Показатели']];
  sheet.visibility = 'veryHidden';
  return sheet;
}

export function documentOf(rows: number, extra: Partial<OutputDocument> = {}): OutputDocument {
  return { sheets: [indicatorsSheet(rows), settingsSheet(), metaSheet()], removeSheets: [], activate: 'Опора · Показатели', ...extra };
}
