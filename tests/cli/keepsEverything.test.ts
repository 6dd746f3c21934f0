/**
 * The CLI writes through the package adapter: a workbook with a chart and a pivot table is recalculated in
 * place with no warning and keeps both byte for byte, a macro-enabled .xlsm stays .xlsm with its macros,
 * and `batch` takes .xlsm files too.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { runCli } from '../../src/cli/program';
import type { Recalculate } from '../../src/cli/recalcFile';
import { emptySheet } from '../../src/engine/output/sheet';
import type { Summary } from '../../src/engine/output/summary';
import { CORPUS } from '../adapter/package/corpus';
import { zipEntries } from '../adapter/package/zipCompare';
import { capture, tempFolder } from './cliHarness';

const stub: Recalculate = () => ({
  output: { sheets: [emptySheet('summary', 'Опора · Сводка')], removeSheets: [] },
  summary: { schools: [], verdicts: [], flags: [], diagnostics: [] } as unknown as Summary,
  diagnostics: [],
});

const folder = tempFolder();
afterAll(() => folder.cleanup());

function build(name: string): Promise<Uint8Array> {
  return CORPUS.find((c) => c.name === name)!.build();
}

/** Every entry of `before` under `prefix` is in `after` with the same bytes. */
async function kept(before: Uint8Array, after: Uint8Array, prefixes: string[]): Promise<string[]> {
  const a = await zipEntries(before);
  const b = await zipEntries(after);
  const names = [...a.keys()].filter((n) => prefixes.some((p) => n.startsWith(p)));
  for (const n of names) expect({ n, same: Buffer.from(b.get(n)?.bytes ?? []).equals(Buffer.from(a.get(n)!.bytes)) }).toEqual({ n, same: true });
  return names;
}

describe('opora recalc keeps everything of the user', () => {
  it('--in-place on a workbook with a chart: no warning, a .bak copy, the chart kept byte for byte', async () => {
    const original = await build('a chart');
    writeFileSync(folder.path('отчёт.xlsx'), original);
    const io = capture();
    expect(await runCli(['recalc', folder.path('отчёт.xlsx'), '--in-place'], io, stub)).toBe(0);
    expect(io.stderr).toEqual([]);
    expect(readFileSync(folder.path('отчёт.bak.xlsx'))).toEqual(Buffer.from(original));
    const after = readFileSync(folder.path('отчёт.xlsx'));
    expect(await kept(original, after, ['xl/charts/', 'xl/drawings/', 'xl/worksheets/sheet1.xml'])).toHaveLength(4);
  });

  it('-o on a workbook with a pivot table keeps its cache, table and their relationships', async () => {
    const original = await build('a pivot table');
    writeFileSync(folder.path('сводная.xlsx'), original);
    const io = capture();
    expect(await runCli(['recalc', folder.path('сводная.xlsx'), '-o', folder.path('сводная-опора.xlsx')], io, stub)).toBe(0);
    expect(io.stderr).toEqual([]);
    expect((await kept(original, readFileSync(folder.path('сводная-опора.xlsx')), ['xl/pivot'])).length).toBe(5);
  });

  it('a macro-enabled .xlsm in place: stays .xlsm with vbaProject.bin, backup .bak.xlsm', async () => {
    const original = await build('a macro-enabled .xlsm');
    writeFileSync(folder.path('макросы.xlsm'), original);
    const io = capture();
    expect(await runCli(['recalc', folder.path('макросы.xlsm'), '--in-place'], io, stub)).toBe(0);
    expect(readFileSync(folder.path('макросы.bak.xlsm'))).toEqual(Buffer.from(original));
    expect(await kept(original, readFileSync(folder.path('макросы.xlsm')), ['xl/vbaProject.bin'])).toEqual(['xl/vbaProject.bin']);
    expect(await zipEntries(readFileSync(folder.path('макросы.xlsm'))).then((e) => Buffer.from(e.get('[Content_Types].xml')!.bytes).toString())).toMatch(/macroEnabled\.main/);
  });

  it('batch takes .xlsx and .xlsm, and skips .bak copies', async () => {
    mkdirSync(folder.path('вход'));
    mkdirSync(folder.path('выход'));
    writeFileSync(folder.path('вход/Береговой.xlsm'), await build('a macro-enabled .xlsm'));
    writeFileSync(folder.path('вход/Луговской.xlsx'), await build('notes'));
    writeFileSync(folder.path('вход/Луговской.bak.xlsx'), await build('notes'));
    const io = capture();
    expect(await runCli(['batch', folder.path('вход'), '-o', folder.path('выход')], io, stub)).toBe(0);
    expect(io.stdout[io.stdout.length - 1]).toBe('Пересчитано книг: 2 из 2.');
    expect(readFileSync(folder.path('выход/Береговой.xlsm')).length).toBeGreaterThan(0);
  });
});
