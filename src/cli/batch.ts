/**
 * `opora batch`: every .xlsx/.xlsm workbook of a folder (not its subfolders, not Excel's `~$` lock files nor
 * `.bak.xlsx` copies) recalculated into an output folder under the same name. A file that cannot be used
 * is reported on its own line (every message names its file) and the batch goes on.
 */
import { readdir } from 'node:fs/promises';
import { basename, extname, join, resolve } from 'node:path';
import { checkFolder } from './inputCheck';
import type { CliIo } from './io';
import { ERR, REPORT } from './messages';
import { recalcFile, type Recalculate } from './recalcFile';
import { hasErrors, renderReport, STRICT_EXIT } from './report';
import { UnusableInput } from './unusableInput';

export interface BatchOptions {
  folder: string;
  outFolder: string;
  jsonDir?: string;
  /** Exit 3 when some workbook's summary has an error (a conclusion resting on missing or refused data). */
  strict?: boolean;
}

function isWorkbook(name: string): boolean {
  const lower = name.toLowerCase();
  return /\.xls[xm]$/.test(lower) && !lower.startsWith('~$') && !/\.bak\.xls[xm]$/.test(lower);
}

/**
 * Exit code: 0 when every workbook was recalculated, 2 when some could not be used, 1 on a bug; with
 * `strict`, 3 when every workbook was usable but some summary has an error.
 */
export async function runBatch(options: BatchOptions, recalculate: Recalculate, io: CliIo): Promise<number> {
  const { folder, outFolder, jsonDir } = options;
  await checkFolder(folder);
  await checkFolder(outFolder);
  if (jsonDir) await checkFolder(jsonDir);
  if (resolve(folder) === resolve(outFolder)) throw new UnusableInput(ERR.sameFolder(folder));
  const names = (await readdir(folder, { withFileTypes: true }))
    .filter((e) => e.isFile() && isWorkbook(e.name))
    .map((e) => e.name)
    .sort((a, b) => a.localeCompare(b, 'ru'));
  if (names.length === 0) throw new UnusableInput(ERR.noWorkbooks(folder));

  let ok = 0;
  let unusable = false;
  let bug = false;
  let errors = false;
  for (const name of names) {
    const paths = {
      input: join(folder, name),
      output: join(outFolder, name),
      json: jsonDir ? join(jsonDir, `${basename(name, extname(name))}.json`) : undefined,
    };
    try {
      const result = await recalcFile(paths, recalculate);
      renderReport(result.summary, paths).forEach((line) => io.out(line));
      errors ||= hasErrors(result.summary);
      ok += 1;
    } catch (error) {
      if (error instanceof UnusableInput) {
        io.err(error.text);
        unusable = true;
      } else {
        io.err(ERR.unexpected(paths.input));
        io.debug?.(error);
        bug = true;
      }
    }
  }
  io.out(REPORT.batchTotal(ok, names.length));
  return bug ? 1 : unusable ? 2 : options.strict && errors ? STRICT_EXIT : 0;
}
