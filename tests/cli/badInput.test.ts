import { mkdirSync, writeFileSync } from 'node:fs';
import { runCli } from '../../src/cli/program';
import type { Recalculate } from '../../src/cli/recalcFile';
import { capture, tempFolder, tinyWorkbook } from './cliHarness';

const neverCalled: Recalculate = () => {
  throw new Error('recalculate must not run on unusable input');
};

const folder = tempFolder();
afterAll(() => folder.cleanup());

const OLE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(504).fill(0)]);

/** Runs `opora …args` and checks the contract for unusable input: exit 2, one Russian line, no stack. */
async function refuses(args: string[]): Promise<string> {
  const io = capture();
  const code = await runCli(args, io, neverCalled);
  expect({ code, lines: io.stderr.length, stdout: io.stdout }).toEqual({ code: 2, lines: 1, stdout: [] });
  const line = io.stderr[0];
  expect(line).toMatch(/[а-яё]{3}/i);
  expect(line).not.toMatch(/\n|\bat .+:\d+|Error|undefined/);
  return line;
}

describe('opora recalc refuses unusable input with one Russian line and exit code 2', () => {
  it('a file that does not exist', async () => {
    expect(await refuses(['recalc', folder.path('нет такого.xlsx'), '-o', folder.path('out.xlsx')])).toMatch(/не найден/);
  });

  it('a text file renamed to .xlsx', async () => {
    writeFileSync(folder.path('список.xlsx'), 'ОО;Участников\nСОШ № 1;40\n');
    expect(await refuses(['recalc', folder.path('список.xlsx'), '-o', folder.path('out.xlsx')])).toMatch(/не является книгой Excel/);
  });

  it('a truncated .xlsx (broken zip)', async () => {
    const bytes = await tinyWorkbook();
    writeFileSync(folder.path('обрезан.xlsx'), bytes.subarray(0, Math.floor(bytes.length / 2)));
    expect(await refuses(['recalc', folder.path('обрезан.xlsx'), '-o', folder.path('out.xlsx')])).toMatch(/повреждён/);
  });

  it('a password-protected workbook, and says to remove the password in Excel', async () => {
    writeFileSync(folder.path('с паролем.xlsx'), OLE);
    const line = await refuses(['recalc', folder.path('с паролем.xlsx'), '-o', folder.path('out.xlsx')]);
    expect(line).toMatch(/защищён паролем/);
    expect(line).toMatch(/снимите пароль в Excel/);
  });

  it('an old .xls workbook', async () => {
    writeFileSync(folder.path('старый.xls'), OLE);
    expect(await refuses(['recalc', folder.path('старый.xls'), '-o', folder.path('out.xlsx')])).toMatch(/\.xls.*сохраните как/);
  });

  it('an output folder that does not exist', async () => {
    writeFileSync(folder.path('район.xlsx'), await tinyWorkbook());
    const line = await refuses(['recalc', folder.path('район.xlsx'), '-o', folder.path('нет папки/out.xlsx')]);
    expect(line).toMatch(/Папка .*нет папки.* не существует/);
  });

  it('an output that would overwrite the input without --in-place', async () => {
    writeFileSync(folder.path('район.xlsx'), await tinyWorkbook());
    expect(await refuses(['recalc', folder.path('район.xlsx'), '-o', folder.path('район.xlsx')])).toMatch(/--in-place/);
  });

  it('an output that is not .xlsx: a macro workbook written in place, or -o …xlsm', async () => {
    writeFileSync(folder.path('с макросами.xlsm'), await tinyWorkbook());
    expect(await refuses(['recalc', folder.path('с макросами.xlsm'), '--in-place'])).toMatch(/только в книгу \.xlsx/);
    writeFileSync(folder.path('итоги.xlsx'), await tinyWorkbook());
    expect(await refuses(['recalc', folder.path('итоги.xlsx'), '-o', folder.path('итоги.xlsm')])).toMatch(/только в книгу \.xlsx/);
  });

  it('no output given at all', async () => {
    expect(await refuses(['recalc', folder.path('район.xlsx')])).toMatch(/-o .*--in-place/);
  });

  it('an unknown option or command', async () => {
    expect(await refuses(['recalc', 'a.xlsx', '--бред'])).toMatch(/Неверный вызов: неизвестный параметр/);
    expect(await refuses(['пересчитать', 'a.xlsx'])).toMatch(/Неверный вызов: неизвестная команда/);
  });

  it('no arguments: prints the Russian help and exits 2', async () => {
    const io = capture();
    expect(await runCli([], io, neverCalled)).toBe(2);
    const help = io.stdout.join('\n');
    expect(help).toMatch(/Использование: opora/);
    expect(help).toMatch(/recalc .*пересчитать одну книгу/);
    expect(help).toMatch(/batch .*пересчитать все книги/);
  });
});

describe('opora batch refuses unusable folders', () => {
  it('a missing input folder', async () => {
    expect(await refuses(['batch', folder.path('нет'), '-o', folder.dir])).toMatch(/не существует/);
  });

  it('a folder without workbooks', async () => {
    mkdirSync(folder.path('пусто'));
    mkdirSync(folder.path('итог'));
    expect(await refuses(['batch', folder.path('пусто'), '-o', folder.path('итог')])).toMatch(/нет книг \.xlsx/);
  });
});

describe('an unexpected error', () => {
  it('exits 1 with a Russian line asking to send the file, without a stack', async () => {
    writeFileSync(folder.path('район.xlsx'), await tinyWorkbook());
    const io = capture();
    const code = await runCli(['recalc', folder.path('район.xlsx'), '-o', folder.path('out.xlsx')], io, neverCalled);
    expect(code).toBe(1);
    expect(io.stderr).toHaveLength(1);
    expect(io.stderr[0]).toMatch(/Непредвиденная ошибка.*пришлите этот файл разработчикам/);
    expect(io.stderr[0]).not.toMatch(/must not run|\bat /);
  });
});
