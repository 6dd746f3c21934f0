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

export async function recalcFile(options: RecalcFileOptions, recalculate: Recalculate): Promise<ReturnType<Recalculate>> {
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
  // Only the output and the report are kept: the grids, dataset and analysis (about 180 MB live at 2,000
  // schools) are collected before the package is written.
  const { output: doc, summary, diagnostics } = recalculate(await reading(input, () => book.readGrids()));
  collectGarbage();
  await book.apply(doc);
  const bytes = await book.toBytes();
  if (backup) await copyFile(input, backup);
  await writeTogether([
    { path: output, data: bytes },
    ...(json ? [{ path: json, data: `${JSON.stringify(summary, null, 2)}\n` }] : []),
  ]);
  return { output: doc, summary, diagnostics };
}
