/**
 * Entry point of the `opora` command (`bin/opora.js` requires the compiled file): wires the engine's
 * pipeline (with a garbage collection before the plan, `pipeline.ts`) and the process's streams into the
 * command line and sets the exit code.
 */
import { favourMainThread } from './favourMainThread';
import { processIo, type CliIo } from './io';
import { recalculateCollecting } from './pipeline';
import { runCli } from './program';

/** Runs `opora` with the user's arguments; resolves to the exit code. */
export function main(argv: string[], io: CliIo = processIo()): Promise<number> {
  return runCli(argv, io, recalculateCollecting);
}

/**
 * `opora` as its own process runs it: the process's helper threads set to give way to the main thread
 * (`favourMainThread.ts`, a setting of the whole process, so not in `main`, which tests call in theirs), then
 * `main`. What `bin/opora.js` calls, and the bench's child process.
 */
export function run(argv: string[], io?: CliIo): Promise<number> {
  favourMainThread();
  return main(argv, io);
}

if (require.main === module) {
  void run(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
