/**
 * Every workbook the package writer produces opens in LibreOffice: the recalculated sample district and
 * the recalculated corpus workbooks are converted to PDF in one headless run, and each gives a PDF with
 * pages. Needs LibreOffice and poppler-utils: run with `npm run test:print` (CI installs them).
 */
import { execFileSync } from 'child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { recalculate } from '../../src/engine/recalculate';
import { PackageWorkbook } from '../../src/workbook/package';
import { CORPUS } from '../adapter/package/corpus';

const SAMPLE = join(__dirname, '..', '..', 'assets', 'sample-district.xlsx');

async function recalc(bytes: Uint8Array): Promise<Uint8Array> {
  const book = await PackageWorkbook.fromBytes(bytes);
  await book.apply(recalculate(await book.readGrids()).output);
  return book.toBytes();
}

it('LibreOffice converts every recalculated workbook to PDF', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'opora-print-pkg-'));
  const inputs: { name: string; bytes: Uint8Array }[] = [{ name: 'sample', bytes: new Uint8Array(readFileSync(SAMPLE)) }];
  // The .xlsm case carries a stand-in vbaProject.bin that LibreOffice refuses to load even before Opora touches it.
  const printable = CORPUS.filter((c) => !c.unavailable && c.extension !== '.xlsm');
  for (const [i, c] of printable.entries()) inputs.push({ name: `case${i}${c.extension ?? '.xlsx'}`, bytes: await c.build() });
  const files = [];
  for (const { name, bytes } of inputs) {
    const file = join(dir, name.includes('.') ? name : `${name}.xlsx`);
    writeFileSync(file, await recalc(bytes));
    files.push(file);
  }
  execFileSync('soffice', ['--headless', `-env:UserInstallation=file://${dir}/profile`, '--convert-to', 'pdf', '--outdir', dir, ...files], {
    stdio: 'ignore',
    timeout: 1_500_000,
  });
  for (const file of files) {
    const pdf = file.replace(/\.xls[xm]$/, '.pdf');
    expect({ file, converted: existsSync(pdf) }).toEqual({ file, converted: true });
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))![1]);
    expect(pages).toBeGreaterThan(0);
  }
}, 1_800_000);
