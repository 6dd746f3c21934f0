import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import JSZip from 'jszip';
import { runCli } from '../../src/cli/program';
import type { Recalculate } from '../../src/cli/recalcFile';
import { emptySheet } from '../../src/engine/output/sheet';
import type { Summary } from '../../src/engine/output/summary';
import { declareSize } from '../adapter/package/zipEdit';
import { capture, tempFolder, tinyWorkbook } from './cliHarness';

const neverCalled: Recalculate = () => {
  throw new Error('recalculate must not run on unusable input');
};

const folder = tempFolder();
afterAll(() => folder.cleanup());

const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
/** An OLE compound file as Excel 97–2003 writes it (a `Workbook` stream), and as Excel encrypts an .xlsx (`EncryptedPackage`). */
const OLD_XLS = Buffer.concat([Buffer.from(OLE_MAGIC), Buffer.alloc(504), Buffer.from('Workbook', 'utf16le'), Buffer.alloc(64)]);
const ENCRYPTED = Buffer.concat([Buffer.from(OLE_MAGIC), Buffer.alloc(504), Buffer.from('EncryptionInfo', 'utf16le'), Buffer.alloc(64), Buffer.from('EncryptedPackage', 'utf16le')]);

/** Runs `opora …args` and checks the contract for unusable input: exit 2, one Russian line, no stack. */
async function refuses(args: string[], recalculate: Recalculate = neverCalled): Promise<string> {
  const io = capture();
  const code = await runCli(args, io, recalculate);
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
    writeFileSync(folder.path('с паролем.xlsx'), ENCRYPTED);
    const line = await refuses(['recalc', folder.path('с паролем.xlsx'), '-o', folder.path('out.xlsx')]);
    expect(line).toMatch(/защищён паролем/);
    expect(line).toMatch(/снимите пароль в Excel/);
  });

  it('an old .xls workbook, under its own name or renamed to .xlsx', async () => {
    writeFileSync(folder.path('старый.xls'), OLD_XLS);
    expect(await refuses(['recalc', folder.path('старый.xls'), '-o', folder.path('out.xlsx')])).toMatch(/Excel 97–2003.*сохраните как/);
    writeFileSync(folder.path('переименован.xlsx'), OLD_XLS);
    expect(await refuses(['recalc', folder.path('переименован.xlsx'), '-o', folder.path('out.xlsx')])).toMatch(/Excel 97–2003.*сохраните как «Книга Excel \(\*\.xlsx\)»/);
  });

  it('a zip with no workbook in it', async () => {
    const zip = new JSZip();
    zip.file('readme.txt', 'не книга');
    writeFileSync(folder.path('архив.xlsx'), await zip.generateAsync({ type: 'uint8array' }));
    expect(await refuses(['recalc', folder.path('архив.xlsx'), '-o', folder.path('out.xlsx')])).toMatch(/книги Excel в нём нет.*сохраните/);
  });

  it('a zip bomb: a part declaring 2 GiB, and one inflating to more than it declares, each refused at once', async () => {
    const bytes = Buffer.from(await tinyWorkbook());
    writeFileSync(folder.path('бомба.xlsx'), declareSize(bytes, 'xl/worksheets/sheet1.xml', 2 ** 31));
    const started = Date.now();
    expect(await refuses(['recalc', folder.path('бомба.xlsx'), '-o', folder.path('out.xlsx')])).toMatch(/слишком велик \(часть «xl\/worksheets\/sheet1\.xml»\)/);
    writeFileSync(folder.path('ложь.xlsx'), declareSize(bytes, 'xl/worksheets/sheet1.xml', 10));
    expect(await refuses(['recalc', folder.path('ложь.xlsx'), '-o', folder.path('out.xlsx')])).toMatch(/слишком велик/);
    expect(Date.now() - started).toBeLessThan(2000);
    expect(existsSync(folder.path('out.xlsx'))).toBe(false);
  });

  it('-o pointing at a folder', async () => {
    writeFileSync(folder.path('район.xlsx'), await tinyWorkbook());
    mkdirSync(folder.path('итоги'));
    expect(await refuses(['recalc', folder.path('район.xlsx'), '-o', folder.path('итоги')])).toMatch(/это папка; укажите в -o имя файла/);
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

  it('an output of another type than the input: .xlsx into .xlsm, or .xlsm into .xlsx', async () => {
    writeFileSync(folder.path('итоги.xlsx'), await tinyWorkbook());
    expect(await refuses(['recalc', folder.path('итоги.xlsx'), '-o', folder.path('итоги.xlsm')])).toMatch(/того же типа.*\.xlsx/);
    writeFileSync(folder.path('макросы.xlsm'), await tinyWorkbook());
    expect(await refuses(['recalc', folder.path('макросы.xlsm'), '-o', folder.path('макросы.xlsx')])).toMatch(/того же типа.*\.xlsm/);
  });

  it('a JSON summary that cannot be written: neither it nor the workbook is left behind', async () => {
    writeFileSync(folder.path('район.xlsx'), await tinyWorkbook());
    mkdirSync(folder.path('сводки'));
    // The summary's temporary file cannot be created (a folder is in the way) after the workbook's was.
    mkdirSync(folder.path('сводки/итог.json.opora-tmp'));
    const before = readdirSync(folder.dir).sort();
    const stub: Recalculate = () => ({
      output: { sheets: [emptySheet('summary', 'Опора · Сводка')], removeSheets: [] },
      summary: { schools: [], verdicts: [], flags: [], diagnostics: [] } as unknown as Summary,
      diagnostics: [],
    });
    const line = await refuses(['recalc', folder.path('район.xlsx'), '-o', folder.path('итог.xlsx'), '--json', folder.path('сводки/итог.json')], stub);
    expect(line).toMatch(/Не удалось записать «.*итог\.json»/);
    expect(readdirSync(folder.dir).sort()).toEqual(before);
    expect(readdirSync(folder.path('сводки'))).toEqual(['итог.json.opora-tmp']);
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
    expect(await refuses(['batch', folder.path('пусто'), '-o', folder.path('итог')])).toMatch(/нет книг \.xlsx или \.xlsm/);
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
