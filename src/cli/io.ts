/** Where the CLI writes: one line at a time to stdout and stderr, injectable for tests. */
export interface CliIo {
  out(line: string): void;
  err(line: string): void;
  /** Shows an unexpected error in full (only when OPORA_DEBUG is set). */
  debug?(error: unknown): void;
}

export function processIo(env: NodeJS.ProcessEnv = process.env): CliIo {
  // `opora … | head` closes stdout early; the report is then just cut short, not a crash.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
  });
  return {
    out: (line) => process.stdout.write(`${line}\n`),
    err: (line) => process.stderr.write(`${line}\n`),
    ...(env.OPORA_DEBUG ? { debug: (error: unknown) => console.error(error) } : {}),
  };
}
