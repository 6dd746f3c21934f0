/**
 * Entry point of the `opora` command (`bin/opora.js` requires the compiled file): wires the engine's
 * pipeline (with a garbage collection before the plan, `pipeline.ts`) and the process's streams into the
 * command line and sets the exit code.
 */
import { processIo, type CliIo } from './io';
import { recalculateCollecting } from './pipeline';
import { runCli } from './program';

/** Runs `opora` with the user's arguments; resolves to the exit code. */
export function main(argv: string[], io: CliIo = processIo()): Promise<number> {
  return runCli(argv, io, recalculateCollecting);
}

if (require.main === module) {
  void main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
