/**
 * Entry point of the `opora` command (`bin/opora.js` requires the compiled file): wires the engine's
 * `recalculate` and the process's streams into the command line and sets the exit code.
 */
import { recalculate } from '../engine';
import { processIo, type CliIo } from './io';
import { runCli } from './program';

/** Runs `opora` with the user's arguments; resolves to the exit code. */
export function main(argv: string[], io: CliIo = processIo()): Promise<number> {
  return runCli(argv, io, recalculate);
}

if (require.main === module) {
  void main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
