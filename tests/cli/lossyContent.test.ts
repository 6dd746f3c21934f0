import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { emptySheet } from '../../src/engine/output/sheet';
import { runCli } from '../../src/cli/program';
import type { Recalculate } from '../../src/cli/recalcFile';
import type { Summary } from '../../src/engine/output/summary';
import { addChart, addPivotTable, edited, entries, keptContentWorkbook } from '../adapter/exceljs/lossyFixtures';
import { capture, tempFolder } from './cliHarness';

/** A stand-in engine writing one sheet and finding nothing. */
const fakeRecalculate: Recalculate = () => ({
  output: { sheets: [emptySheet('summary', 'Опора · Сводка')], removeSheets: [] },
  summary: { schools: [], flags: [], diagnostics: [] } as unknown as Summary,
  diagnostics: [],
});

const folder = tempFolder();
afterAll(() => folder.cleanup());

describe('opora recalc on a workbook with content a written file would lack', () => {
  it('writes the separate file but warns, in one line, that its chart and pivot table are not in it', async () => {
    const original = await edited(await keptContentWorkbook(), addChart, addPivotTable);
    writeFileSync(folder.path('отчёт.xlsx'), original);
    const io = capture();
    const code = await runCli(['recalc', folder.path('отчёт.xlsx'), '-o', folder.path('отчёт-опора.xlsx')], io, fakeRecalculate);
    expect(code).toBe(0);
    expect(io.stderr).toEqual([
      `Внимание: в книге «${folder.path('отчёт.xlsx')}» есть диаграммы, сводные таблицы — Опора не умеет сохранять их при записи файла, ` +
        `поэтому в «${folder.path('отчёт-опора.xlsx')}» их не будет; исходный файл не изменён. ` +
        'Чтобы сохранить всё, пересчитайте книгу в Excel надстройкой Опора.',
    ]);
    expect(readFileSync(folder.path('отчёт.xlsx'))).toEqual(Buffer.from(original));
    // The warning is true: the result really lacks the chart.
    expect((await entries(readFileSync(folder.path('отчёт-опора.xlsx')))).some((e) => e.startsWith('xl/charts/'))).toBe(false);
  });

  it('refuses --in-place with exit 2, leaving the workbook untouched and no backup behind', async () => {
    const original = await edited(await keptContentWorkbook(), addPivotTable);
    writeFileSync(folder.path('сводная.xlsx'), original);
    const io = capture();
    const code = await runCli(['recalc', folder.path('сводная.xlsx'), '--in-place'], io, fakeRecalculate);
    expect(code).toBe(2);
    expect(io.stderr).toEqual([
      `Книгу «${folder.path('сводная.xlsx')}» нельзя пересчитать на месте: в ней есть сводные таблицы, а Опора при записи файла их не сохранит; ` +
        'запишите результат в отдельный файл (-o <файл.xlsx>) или пересчитайте книгу в Excel надстройкой Опора — она сохраняет всё.',
    ]);
    expect(io.stdout).toEqual([]);
    expect(readFileSync(folder.path('сводная.xlsx'))).toEqual(Buffer.from(original));
    expect(existsSync(folder.path('сводная.bak.xlsx'))).toBe(false);
  });

  it('recalculates a plain workbook (pictures, notes, validations) in place without a word of warning', async () => {
    writeFileSync(folder.path('простая.xlsx'), await keptContentWorkbook());
    const io = capture();
    expect(await runCli(['recalc', folder.path('простая.xlsx'), '--in-place'], io, fakeRecalculate)).toBe(0);
    expect(io.stderr).toEqual([]);
    expect(existsSync(folder.path('простая.bak.xlsx'))).toBe(true);
  });
});

describe('opora batch on a folder where one workbook has a chart', () => {
  it('recalculates every workbook and warns about that one only', async () => {
    mkdirSync(folder.path('районы'));
    mkdirSync(folder.path('результаты'));
    writeFileSync(folder.path('районы/Береговой.xlsx'), await edited(await keptContentWorkbook(), addChart));
    writeFileSync(folder.path('районы/Луговской.xlsx'), await keptContentWorkbook());
    const io = capture();
    expect(await runCli(['batch', folder.path('районы'), '-o', folder.path('результаты')], io, fakeRecalculate)).toBe(0);
    expect(io.stderr).toHaveLength(1);
    expect(io.stderr[0]).toMatch(/^Внимание: в книге «.*Береговой\.xlsx» есть диаграммы — /);
    expect(io.stdout[io.stdout.length - 1]).toBe('Пересчитано книг: 2 из 2.');
  });
});
