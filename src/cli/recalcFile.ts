/**
 * One workbook end to end: check the paths → read → recalculate → apply → write. The result is written
 * to a temporary file beside the target and renamed over it, so a failed run never leaves half a file.
 */
import { copyFile, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { SheetGrid } from '../engine/model';
import type { RecalcResult } from '../engine/recalculate';
import { ExcelJsWorkbook } from '../workbook/exceljs';
import { checkOutputFolder, checkWorkbookFile } from './inputCheck';
import { ERR } from './messages';
import { UnusableInput } from './unusableInput';

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

const WRITE_REFUSED = new Set(['EBUSY', 'EPERM', 'EACCES', 'EROFS']);

async function load(path: string): Promise<ExcelJsWorkbook> {
  const bytes = await readFile(path);
  try {
    return await ExcelJsWorkbook.fromBuffer(bytes);
  } catch {
    // The bytes passed the zip check, so a failure to parse them is a broken file, not a bug of ours.
    throw new UnusableInput(ERR.corrupt(path));
  }
}

/** Writes bytes to `path` via a temporary sibling; a locked or read-only target is the user's to fix. */
async function writeAtomically(path: string, bytes: Uint8Array | string): Promise<void> {
  const temp = `${path}.opora-tmp`;
  try {
    await writeFile(temp, bytes);
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    if (WRITE_REFUSED.has((error as NodeJS.ErrnoException).code ?? '')) throw new UnusableInput(ERR.cannotWrite(path));
    throw error;
  }
}

export async function recalcFile(options: RecalcFileOptions, recalculate: Recalculate): Promise<ReturnType<Recalculate>> {
  const { input, output, json, backup } = options;
  await checkWorkbookFile(input);
  await checkOutputFolder(output);
  if (json) await checkOutputFolder(json);
  if (resolve(input) === resolve(output) && !backup) throw new UnusableInput(ERR.sameAsInput(input));
  const book = await load(input);
  const result = recalculate(await book.readGrids());
  await book.apply(result.output);
  const bytes = await book.toBuffer();
  if (backup) await copyFile(input, backup);
  await writeAtomically(output, bytes);
  if (json) await writeAtomically(json, `${JSON.stringify(result.summary, null, 2)}\n`);
  return result;
}
