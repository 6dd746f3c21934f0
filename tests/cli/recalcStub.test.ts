import { existsSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import ExcelJS from 'exceljs';
import type { OutputDocument } from '../../src/engine/model';
import type { Summary } from '../../src/engine/output/summary';
import { emptySheet } from '../../src/engine/output/sheet';
import { runCli } from '../../src/cli/program';
import type { Recalculate } from '../../src/cli/recalcFile';
import { capture, tempFolder, tinyWorkbook } from './cliHarness';

/** A stand-in engine: one output sheet, three schools: one flagged by R1 and SOC, one with only a warning. */
const fakeRecalculate: Recalculate = (grids) => {
  const sheet = emptySheet('summary', 'Опора · Сводка');
  sheet.values = [['Листов прочитано', grids.length]];
  const output: OutputDocument = { sheets: [sheet], removeSheets: [], activate: 'Опора · Сводка' };
  const flag = (school: number, ruleId: string, kind: string) => ({ schoolId: `name:сош ${school}`, schoolName: `МБОУ СОШ № ${school}`, kind, ruleId, explanation: '', years: [2024] });
  const summary = {
    schools: [1, 2, 3].map((n) => ({ id: `name:сош ${n}`, name: `МБОУ СОШ № ${n}` })),
    verdicts: [1, 2, 3].map((n) => ({ schoolId: `name:сош ${n}`, shnor: n === 1, shnsu: n === 1 ? true : n === 2 ? false : null })),
    flags: [flag(1, 'R1', 'ШНОР'), flag(2, 'R2', 'Предупреждение'), flag(1, 'SOC', 'ШНСУ'), flag(1, 'R2', 'Предупреждение')],
    diagnostics: [{ severity: 'warning', code: 'x', text: '', advice: '' }],
  } as unknown as Summary;
  return { output, summary, diagnostics: [] };
};

const folder = tempFolder();
afterAll(() => folder.cleanup());

async function sheetNames(path: string): Promise<string[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return wb.worksheets.map((ws) => ws.name);
}

describe('opora recalc writes a new workbook and reports what it found', () => {
  it('writes the output and the JSON summary, leaves the input as it was, and prints the flagged schools', async () => {
    const original = await tinyWorkbook();
    writeFileSync(folder.path('район.xlsx'), original);
    const io = capture();
    const code = await runCli(
      ['recalc', folder.path('район.xlsx'), '-o', folder.path('район-опора.xlsx'), '--json', folder.path('сводка.json')],
      io,
      fakeRecalculate,
    );
    expect({ code, stderr: io.stderr }).toEqual({ code: 0, stderr: [] });
    expect(readFileSync(folder.path('район.xlsx'))).toEqual(Buffer.from(original));
    expect(await sheetNames(folder.path('район-опора.xlsx'))).toEqual(['ОГЭ математика', 'Опора · Сводка']);
    expect(JSON.parse(readFileSync(folder.path('сводка.json'), 'utf8')).schools).toHaveLength(3);
    expect(io.stdout).toEqual([
      `Опора пересчитала «${folder.path('район.xlsx')}».`,
      // Сош 3 has no ШНСУ verdict (null): counted apart, not among the schools that are not ШНСУ.
      'Школ: 3; отмечено: 1 (ШНОР — 1, ШНСУ — 1; нет данных: ШНСУ — 1).',
      '  • МБОУ СОШ № 1 — R1 (ШНОР), SOC (ШНСУ)',
      'Кроме того: Предупреждение — 2 ОО.',
      'Замечаний к данным: ошибок 0, предупреждений 1 — см. лист «Опора · Диагностика».',
      `Результат: ${folder.path('район-опора.xlsx')}`,
      `Сводка JSON: ${folder.path('сводка.json')}`,
    ]);
  });

  it('--in-place keeps a .bak.xlsx copy of the original and writes into the input', async () => {
    const original = await tinyWorkbook();
    writeFileSync(folder.path('школы.xlsx'), original);
    const io = capture();
    expect(await runCli(['recalc', folder.path('школы.xlsx'), '--in-place'], io, fakeRecalculate)).toBe(0);
    expect(readFileSync(folder.path('школы.bak.xlsx'))).toEqual(Buffer.from(original));
    expect(await sheetNames(folder.path('школы.xlsx'))).toEqual(['ОГЭ математика', 'Опора · Сводка']);
    expect(existsSync(folder.path('школы.xlsx.opora-tmp'))).toBe(false);
  });
});

describe('opora batch', () => {
  it('recalculates every workbook of a folder, reports a broken one on its own line and goes on', async () => {
    mkdirSync(folder.path('входящие'));
    mkdirSync(folder.path('готово'));
    mkdirSync(folder.path('json'));
    writeFileSync(folder.path('входящие/Береговой.xlsx'), await tinyWorkbook());
    writeFileSync(folder.path('входящие/Луговской.xlsx'), await tinyWorkbook());
    writeFileSync(folder.path('входящие/Битый.xlsx'), 'не книга');
    writeFileSync(folder.path('входящие/~$Береговой.xlsx'), 'файл блокировки Excel');
    const io = capture();
    const code = await runCli(['batch', folder.path('входящие'), '-o', folder.path('готово'), '--json-dir', folder.path('json')], io, fakeRecalculate);
    expect(code).toBe(2);
    expect(io.stderr).toHaveLength(1);
    expect(io.stderr[0]).toMatch(/^Файл «.*Битый\.xlsx» не является книгой Excel/);
    expect(existsSync(folder.path('готово/Береговой.xlsx'))).toBe(true);
    expect(existsSync(folder.path('готово/Луговской.xlsx'))).toBe(true);
    expect(existsSync(folder.path('json/Луговской.json'))).toBe(true);
    expect(io.stdout[io.stdout.length - 1]).toBe('Пересчитано книг: 2 из 3.');
  });
});
