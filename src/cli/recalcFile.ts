/**
 * One workbook end to end: check the paths → read → recalculate → apply → write. The result is written
 * to a temporary file beside the target and renamed over it, so a failed run never leaves half a file.
 * Content the ExcelJS round-trip would drop (charts, pivot tables…) is looked for first: it refuses
 * `--in-place` for such a workbook and warns when writing a separate file.
 */
import { copyFile, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { extname, resolve } from 'node:path';
import type { SheetGrid } from '../engine/model';
import type { RecalcResult } from '../engine/recalculate';
import { ExcelJsWorkbook, findLossyContent } from '../workbook/exceljs';
import { checkOutputFolder, checkWorkbookFile } from './inputCheck';
import { lossyList } from '../workbook/exceljs/lossyNames';
import { ERR, WARN } from './messages';
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
  /** Prints a warning line (content the output will lack). */
  warn?: (line: string) => void;
}

const WRITE_REFUSED = new Set(['EBUSY', 'EPERM', 'EACCES', 'EROFS']);

async function load(path: string, bytes: Uint8Array): Promise<ExcelJsWorkbook> {
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
  const { input, output, json, backup, warn } = options;
  await checkWorkbookFile(input);
  await checkOutputFolder(output);
  if (json) await checkOutputFolder(json);
  if (resolve(input) === resolve(output) && !backup) throw new UnusableInput(ERR.sameAsInput(input));
  // ExcelJS always writes a macro-free workbook; Excel refuses to open one named .xlsm.
  if (extname(output).toLowerCase() !== '.xlsx') throw new UnusableInput(ERR.outputNotXlsx(output));
  const original = await readFile(input);
  const lossy = await findLossyContent(original);
  if (lossy.length > 0) {
    if (backup) throw new UnusableInput(ERR.inPlaceLossy(input, lossyList(lossy)));
    warn?.(WARN.lossy(input, output, lossyList(lossy)));
  }
  const book = await load(input, original);
  const result = recalculate(await book.readGrids());
  await book.apply(result.output);
  const bytes = await book.toBuffer();
  if (backup) await copyFile(input, backup);
  await writeAtomically(output, bytes);
  if (json) await writeAtomically(json, `${JSON.stringify(result.summary, null, 2)}\n`);
  return result;
}
