/**
 * `--strict`: a recalculation whose summary has an error (a conclusion resting on missing or refused data)
 * prints the error as a line and exits 3; without `--strict` it still prints the line and exits 0.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import type { OutputDocument } from '../../src/engine/model';
import type { Summary, SummaryDiagnostic } from '../../src/engine/output/summary';
import { emptySheet } from '../../src/engine/output/sheet';
import { runCli } from '../../src/cli/program';
import type { Recalculate } from '../../src/cli/recalcFile';
import { capture, tempFolder, tinyWorkbook } from './cliHarness';

const NO_SCHOOLS: SummaryDiagnostic = { severity: 'error', code: 'missing-no-schools', text: 'Опора не прочитала ни одной школы.', advice: '' };
const PARTICIPANTS: SummaryDiagnostic = { severity: 'error', code: 'missing-no-participants', sheet: 'ЕГЭ', cell: 'A1:K9', text: 'Нет участников.', advice: '' };
const WARNING: SummaryDiagnostic = { severity: 'warning', code: 'header-ambiguous', text: 'предупреждение', advice: '' };

function engineWith(diagnostics: SummaryDiagnostic[]): Recalculate {
  return () => {
    const output: OutputDocument = { sheets: [emptySheet('summary', 'Опора · Сводка')], removeSheets: [] };
    const summary = { schools: [], verdicts: [], flags: [], diagnostics } as unknown as Summary;
    return { output, summary, diagnostics: [] };
  };
}

const folder = tempFolder();
afterAll(() => folder.cleanup());

beforeAll(async () => {
  writeFileSync(folder.path('район.xlsx'), await tinyWorkbook());
  mkdirSync(folder.path('входящие'));
  mkdirSync(folder.path('готово'));
  writeFileSync(folder.path('входящие/район.xlsx'), await tinyWorkbook());
});

async function recalc(args: string[], diagnostics: SummaryDiagnostic[]): Promise<{ code: number; stdout: string[] }> {
  const io = capture();
  const code = await runCli(['recalc', folder.path('район.xlsx'), '-o', folder.path('выход.xlsx'), ...args], io, engineWith(diagnostics));
  return { code, stdout: io.stdout };
}

describe('opora recalc --strict', () => {
  it('exits 3 when the summary has an error, and prints each error as a line naming the sheet and cell', async () => {
    const { code, stdout } = await recalc(['--strict'], [WARNING, NO_SCHOOLS, PARTICIPANTS]);
    expect(code).toBe(3);
    expect(stdout).toContain('Ошибка: Опора не прочитала ни одной школы.');
    expect(stdout).toContain('Ошибка: ЕГЭ!A1:K9: Нет участников.');
    expect(stdout.some((l) => l.includes('предупреждение'))).toBe(false);
  });

  it('exits 0 with the same errors when --strict is not given (the line is still printed)', async () => {
    const { code, stdout } = await recalc([], [NO_SCHOOLS]);
    expect(code).toBe(0);
    expect(stdout).toContain('Ошибка: Опора не прочитала ни одной школы.');
  });

  it('exits 0 with --strict when there are only warnings', async () => {
    expect((await recalc(['--strict'], [WARNING])).code).toBe(0);
  });

  it('prints at most ten error lines and counts the rest', async () => {
    const many = Array.from({ length: 13 }, (_, i) => ({ ...NO_SCHOOLS, text: `ошибка ${i}` }));
    const { stdout } = await recalc([], many);
    expect(stdout.filter((l) => l.startsWith('Ошибка: '))).toHaveLength(10);
    expect(stdout).toContain('…и ещё ошибок: 3 — см. лист «Опора · Диагностика».');
  });
});

describe('opora batch --strict', () => {
  it('exits 3 when a workbook has an error, 0 without --strict', async () => {
    const args = ['batch', folder.path('входящие'), '-o', folder.path('готово')];
    expect(await runCli([...args, '--strict'], capture(), engineWith([NO_SCHOOLS]))).toBe(3);
    expect(await runCli(args, capture(), engineWith([NO_SCHOOLS]))).toBe(0);
    expect(await runCli([...args, '--strict'], capture(), engineWith([WARNING]))).toBe(0);
  });
});
