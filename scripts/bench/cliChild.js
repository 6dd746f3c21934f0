/**
 * Runs `opora recalc` from the compiled CLI in a process of its own, as `bin/opora.js` does (`run`: the
 * process set up as the command sets it, then the command), and prints one JSON line: exit code, wall time
 * (module loading excluded), peak resident memory (max RSS) and the first line it printed on stderr. Used
 * by the bench to measure memory per run. Usage: node cliChild.js <dist> <args…>
 */
'use strict';

const path = require('path');

async function main() {
  const [dist, ...args] = process.argv.slice(2);
  const { run: cli } = require(path.join(dist, 'cli', 'main.js'));
  const err = [];
  const start = process.hrtime.bigint();
  const code = await cli(args, { out: () => undefined, err: (line) => err.push(line) });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  const maxRssMb = Math.round(process.resourceUsage().maxRSS / 1024);
  process.stdout.write(`${JSON.stringify({ code, ms: Math.round(ms), maxRssMb, stderr: err[0] ?? '' })}\n`);
}

main().catch((error) => {
  process.stderr.write(`${error.stack ?? error}\n`);
  process.exitCode = 1;
});
