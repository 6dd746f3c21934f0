/**
 * The `opora` command line: `recalc` for one workbook and `batch` for a folder, with Russian help and
 * one-line Russian errors. Exit codes: 0 done, 2 unusable input (the message says what to do), 1 a bug,
 * 3 with `--strict` when a conclusion rests on missing or refused data (the summary has an error).
 * The recalculation is passed in, so the command can be exercised without the engine.
 */
import { Command, CommanderError } from 'commander';
import { runBatch } from './batch';
import { backupPath } from './inputCheck';
import type { CliIo } from './io';
import { ERR, HELP, HELP_TITLES, USAGE_DETAIL } from './messages';
import { recalcFile, type Recalculate } from './recalcFile';
import { hasErrors, renderReport, STRICT_EXIT } from './report';
import { UnusableInput } from './unusableInput';

interface RecalcFlags {
  output?: string;
  json?: string;
  inPlace?: boolean;
  strict?: boolean;
}

async function recalcCommand(input: string, flags: RecalcFlags, recalculate: Recalculate, io: CliIo): Promise<number> {
  if (flags.inPlace && flags.output) throw new UnusableInput(ERR.outputAndInPlace());
  if (!flags.inPlace && !flags.output) throw new UnusableInput(ERR.outputRequired());
  const output = flags.output ?? input;
  const backup = flags.inPlace ? backupPath(input) : undefined;
  const paths = { input, output, json: flags.json, backup };
  const result = await recalcFile(paths, recalculate);
  renderReport(result.summary, paths).forEach((line) => io.out(line));
  return flags.strict && hasErrors(result.summary) ? STRICT_EXIT : 0;
}

function buildProgram(io: CliIo, recalculate: Recalculate, setCode: (code: number) => void): Command {
  const program = new Command('opora')
    .description(HELP.program)
    .usage(HELP.usageProgram)
    .helpOption('-h, --help', HELP.help)
    .helpCommand('help [команда]', HELP.helpCommand)
    .exitOverride()
    .configureHelp({ styleTitle: (title) => HELP_TITLES[title] ?? title })
    .configureOutput({
      writeOut: (text) => io.out(text.trimEnd()),
      writeErr: (text) => io.err(text.trimEnd()),
      // Commander's own (English) error lines are replaced by ours in `main`.
      outputError: () => undefined,
    });
  program
    .command('recalc')
    .description(HELP.recalc)
    .usage(HELP.usageRecalc)
    .argument('<in.xlsx>', HELP.input)
    .option('-o, --output <out.xlsx>', HELP.outputFile)
    .option('--json <summary.json>', HELP.json)
    .option('--in-place', HELP.inPlace)
    .option('--strict', HELP.strict)
    .action(async (input: string, flags: RecalcFlags) => setCode(await recalcCommand(input, flags, recalculate, io)));
  program
    .command('batch')
    .description(HELP.batch)
    .usage(HELP.usageBatch)
    .argument('<folder>', HELP.folder)
    .requiredOption('-o, --output <outFolder>', HELP.outputFolder)
    .option('--json-dir <dir>', HELP.jsonDir)
    .option('--strict', HELP.strict)
    .action(async (folder: string, flags: { output: string; jsonDir?: string; strict?: boolean }) =>
      setCode(await runBatch({ folder, outFolder: flags.output, jsonDir: flags.jsonDir, strict: flags.strict }, recalculate, io)),
    );
  return program;
}

/** The path an error is about, for the "send us the file" line: the first argument after the command. */
function subject(argv: string[]): string {
  return argv.slice(1).find((a) => !a.startsWith('-')) ?? '';
}

/**
 * Runs the command for `argv` (the user's arguments, without `node` and the script); never throws.
 * Without arguments it prints the help and exits 2, as a call that did nothing.
 */
export async function runCli(argv: string[], io: CliIo, recalculate: Recalculate): Promise<number> {
  let code = 0;
  const program = buildProgram(io, recalculate, (c) => (code = c));
  if (argv.length === 0) {
    io.out(program.helpInformation().trimEnd());
    return 2;
  }
  try {
    await program.parseAsync(argv, { from: 'user' });
    return code;
  } catch (error) {
    if (error instanceof UnusableInput) {
      io.err(error.text);
      return 2;
    }
    if (error instanceof CommanderError) {
      if (error.code === 'commander.helpDisplayed') return 0;
      io.err(ERR.usage(USAGE_DETAIL[error.code] ?? error.code));
      return 2;
    }
    io.err(ERR.unexpected(subject(argv)));
    io.debug?.(error);
    return 1;
  }
}
