/**
 * The CLI against ExcelJS's read and write of the same file, as a user meets them: each run a process of
 * its own (`opora recalc` is one process per file), the two alternating `runs` times. Gives the medians of
 * the wall time inside the process (module loading excluded), their ratio, the fastest and slowest run of
 * each (how far identical runs spread on this machine), and the peak memory (max RSS): the CLI's median and
 * highest, ExcelJS's median. Shared by the `cliOverExcelJs` and `longSheet` sections.
 */
'use strict';

const { execFileSync } = require('child_process');
const path = require('path');
const { median } = require('./timing');

/** One child process's JSON line. */
function child(script, args) {
  return JSON.parse(execFileSync(process.execPath, [path.join(__dirname, script), ...args], { encoding: 'utf8' }));
}

/** `cliOut` and `plainOut`: where the CLI's and ExcelJS's outputs go; `runs` alternating pairs (`ctx.runs` unless given). */
function inSeparateProcesses(ctx, input, cliOut, plainOut, runs = ctx.runs) {
  const cli = [];
  const exceljs = [];
  for (let i = 0; i < runs; i++) {
    exceljs.push(child('exceljsChild.js', [input, plainOut]));
    const run = child('cliChild.js', [ctx.dist, 'recalc', input, '-o', cliOut]);
    if (run.code !== 0) throw new Error(`opora recalc: код ${run.code}: ${run.stderr}`);
    cli.push(run);
  }
  const cliMs = median(cli.map((r) => r.ms));
  const exceljsMs = median(exceljs.map((r) => r.ms));
  return {
    runs,
    cliMs,
    exceljsMs,
    ratio: Math.round((cliMs / exceljsMs) * 100) / 100,
    cliRangeMs: [Math.min(...cli.map((r) => r.ms)), Math.max(...cli.map((r) => r.ms))],
    exceljsRangeMs: [Math.min(...exceljs.map((r) => r.ms)), Math.max(...exceljs.map((r) => r.ms))],
    cliPeakRssMb: median(cli.map((r) => r.maxRssMb)),
    cliPeakRssMaxMb: Math.max(...cli.map((r) => r.maxRssMb)),
    exceljsPeakRssMb: median(exceljs.map((r) => r.maxRssMb)),
  };
}

module.exports = { child, inSeparateProcesses };
