/**
 * One workbook end to end: check the paths → read → recalculate → apply → write. The package adapter
 * adds Opora's sheets to the user's zip and copies every other part byte for byte, so nothing of the
 * user's is lost and `--in-place` is safe for any workbook (a backup is kept anyway). The workbook and
 * its JSON summary are written together or not at all.
 */
import { copyFile, readFile } from 'node:fs/promises';
import { extname, resolve } from 'node:path';
import type { RecalcResult, SheetGrid } from '../engine';
import { PackageError, PackageWorkbook } from '../workbook/package';
import { collectGarbage } from './collectGarbage';
import { checkOutputPath, checkWorkbookFile } from './inputCheck';
import { ERR } from './messages';
import { UnusableInput } from './unusableInput';
import { writeTogether } from './writeTogether';
import { zlibCodec } from './zlibCodec';

/** The engine's pipeline, injected so the CLI can be tested on bad files without it. */
export type Recalculate = (grids: SheetGrid[]) => Pick<RecalcResult, 'output' | 'summary' | 'diagnostics'>;

export interface RecalcFileOptions {
  input: string;
  output: string;
  /** Where to write the summary JSON, if anywhere. */
  json?: string;
  /** Copy the input here before writing (for `--in-place`). */
  backup?: string;
}

/** The Russian line for a package that cannot be used. */
function packageMessage(path: string, error: PackageError): string {
  if (error.problem === 'noWorkbook') return ERR.noWorkbookPart(path);
  if (error.problem === 'tooLarge') return ERR.tooLarge(path, error.part ?? '');
  return ERR.corrupt(path);
}

/** Runs one step of reading the user's bytes: whatever goes wrong there is a broken file, not a bug of ours. */
async function reading<T>(path: string, step: () => Promise<T>): Promise<T> {
  try {
    return await step();
  } catch (error) {
    throw new UnusableInput(error instanceof PackageError ? packageMessage(path, error) : ERR.corrupt(path));
  }
}

/** What a recalculation reports: the summary and the diagnostics (its sheets are in the written file). */
export type RecalcReport = Pick<RecalcResult, 'summary' | 'diagnostics'>;

/**
 * Recalculates the package's grids and adds Opora's sheets to the package. Only the report comes back: the
 * output sheets (~70 MB at 2,000 schools) are garbage once they are in the package, instead of being held
 * until the caller returns — through the JSON summary, which is as large again.
 */
async function recalculateInto(book: PackageWorkbook, input: string, recalculate: Recalculate): Promise<RecalcReport> {
  // Only the output and the report are kept: the grids, dataset and analysis (about 180 MB live at 2,000
  // schools) are collected before the package is written.
  const { output, summary, diagnostics } = recalculate(await reading(input, () => book.readGrids()));
  collectGarbage();
  await book.apply(output);
  return { summary, diagnostics };
}

export async function recalcFile(options: RecalcFileOptions, recalculate: Recalculate): Promise<RecalcReport> {
  const { input, output, json, backup } = options;
  await checkWorkbookFile(input);
  await checkOutputPath(output);
  if (json) await checkOutputPath(json);
  if (resolve(input) === resolve(output) && !backup) throw new UnusableInput(ERR.sameAsInput(input));
  // A macro-enabled package must stay .xlsm and a plain one .xlsx: Excel refuses a file whose name and content disagree.
  if (extname(output).toLowerCase() !== extname(input).toLowerCase()) {
    throw new UnusableInput(ERR.outputExtension(output, extname(input).toLowerCase()));
  }
  const original = await readFile(input);
  const book = await reading(input, () => PackageWorkbook.fromBytes(original, zlibCodec));
  const report = await recalculateInto(book, input, recalculate);
  const bytes = await book.toBytes();
  // Opora's sheets are garbage by now; with a summary to write, they are collected before its text (35 MB
  // of JSON at 2,000 schools, twice that as a string) is made. Peak memory at 2,000 schools with `--json`:
  // 471 MB before, 419–424 MB with this collection alone, 377 MB with the sheets let go as well — as
  // without `--json` (01.12.2026).
  if (json) collectGarbage();
  if (backup) await copyFile(input, backup);
  await writeTogether([
    { path: output, data: bytes },
    ...(json ? [{ path: json, data: `${JSON.stringify(report.summary, null, 2)}\n` }] : []),
  ]);
  return report;
}
