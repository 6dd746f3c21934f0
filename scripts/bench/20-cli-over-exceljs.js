/**
 * The CLI's whole run (read the package, recalculate, write the .xlsx) divided by what ExcelJS alone needs
 * to read and write the same file — the overhead Opora adds to the unavoidable file I/O.
 *
 * Measured as a user meets it: each run is a process of its own (`opora recalc` is one process per file),
 * ExcelJS and the CLI alternating `runs` times; the medians of the wall time inside the process (module
 * loading excluded) give `ratio`, and the CLI's peak memory (max RSS) is given as the median and the
 * highest of its runs. `warm` is the same ratio with both run `runs` times in the bench's own process
 * (JIT warm, heap shared with what ran before), the figure this section gave until 2026-12-01.
 */
'use strict';

const { execFileSync } = require('child_process');
const path = require('path');
const ExcelJS = require('exceljs');
const { median, medianMs } = require('./timing');

/** One child process's JSON line. */
function child(script, args) {
  return JSON.parse(execFileSync(process.execPath, [path.join(__dirname, script), ...args], { encoding: 'utf8' }));
}

module.exports = {
  name: 'cliOverExcelJs',
  async run(ctx) {
    const { recalcFile } = ctx.require('cli/recalcFile.js');
    const { recalculate } = ctx.require('engine/recalculate.js');
    const out = {};
    for (const n of ctx.sizes) {
      const input = ctx.files[n];
      const cliOut = path.join(ctx.tmp, `cli-${n}.xlsx`);
      const plainOut = path.join(ctx.tmp, `plain-${n}.xlsx`);
      const cli = [];
      const exceljs = [];
      for (let i = 0; i < ctx.runs; i++) {
        exceljs.push(child('exceljsChild.js', [input, plainOut]));
        const run = child('cliChild.js', [ctx.dist, 'recalc', input, '-o', cliOut]);
        if (run.code !== 0) throw new Error(`opora recalc: код ${run.code}: ${run.stderr}`);
        cli.push(run);
      }
      const cliMs = median(cli.map((r) => r.ms));
      const exceljsMs = median(exceljs.map((r) => r.ms));
      const warmExceljsMs = await medianMs(async () => {
        const wb = new ExcelJS.Workbook();
        await wb.xlsx.readFile(input);
        await wb.xlsx.writeFile(plainOut);
      }, ctx.runs);
      const warmCliMs = await medianMs(() => recalcFile({ input, output: cliOut }, recalculate), ctx.runs);
      out[`${n} ОО`] = {
        cliMs,
        exceljsMs,
        ratio: Math.round((cliMs / exceljsMs) * 100) / 100,
        cliPeakRssMb: median(cli.map((r) => r.maxRssMb)),
        cliPeakRssMaxMb: Math.max(...cli.map((r) => r.maxRssMb)),
        exceljsPeakRssMb: median(exceljs.map((r) => r.maxRssMb)),
        warm: { cliMs: warmCliMs, exceljsMs: warmExceljsMs, ratio: Math.round((warmCliMs / warmExceljsMs) * 100) / 100 },
      };
    }
    return out;
  },
};
