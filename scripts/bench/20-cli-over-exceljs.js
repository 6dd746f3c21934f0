/**
 * The CLI's whole run (read the package, recalculate, write the .xlsx) divided by what ExcelJS alone needs
 * to read and write the same file — the overhead Opora adds to the unavoidable file I/O.
 *
 * Measured as a user meets it: each run is a process of its own (`opora recalc` is one process per file),
 * ExcelJS and the CLI alternating at least PAIRS times (`runs` if more); the medians of the wall time inside
 * the process (module loading excluded) give `ratio`, and the CLI's peak memory (max RSS) is given as the
 * median and the highest of its runs. `warm` is the same ratio with both run `runs` times in the bench's own process
 * (JIT warm, heap shared with what ran before), the figure this section gave until 2026-12-01.
 * `secondRun` is the usual recalculation after the first (the ribbon's button, `--in-place`): the CLI on
 * its own output, which holds Opora's sheets of the first run, against ExcelJS's read and write of that
 * same, bigger file, measured the same way. `withJsonPeakRssMb`: the CLI's peak memory when it also writes
 * the JSON summary (`--json`), one run in a process of its own.
 */
'use strict';

const path = require('path');
const ExcelJS = require('exceljs');
const { child, inSeparateProcesses } = require('./separateProcesses');
const { medianMs } = require('./timing');

/**
 * Alternating pairs of the first run, the figure, whatever `runs` says. On this shared machine single
 * runs of one file spread widely (the CLI 4.0–6.5 s on 01.12.2026), and three runs of one build of 5 pairs
 * each gave the ratio as 0.78, 0.80 and 0.82: a median of 3 pairs is not steady enough to read.
 */
const PAIRS = 7;

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
      const separate = inSeparateProcesses(ctx, input, cliOut, plainOut, Math.max(ctx.runs, PAIRS));
      const secondRun = inSeparateProcesses(ctx, cliOut, path.join(ctx.tmp, `cli-${n}-again.xlsx`), path.join(ctx.tmp, `plain-${n}-again.xlsx`));
      const withJson = child('cliChild.js', [ctx.dist, 'recalc', input, '-o', cliOut, '--json', path.join(ctx.tmp, `cli-${n}.json`)]);
      if (withJson.code !== 0) throw new Error(`opora recalc --json: код ${withJson.code}: ${withJson.stderr}`);
      const warmExceljsMs = await medianMs(async () => {
        const wb = new ExcelJS.Workbook();
        await wb.xlsx.readFile(input);
        await wb.xlsx.writeFile(plainOut);
      }, ctx.runs);
      const warmCliMs = await medianMs(() => recalcFile({ input, output: cliOut }, recalculate), ctx.runs);
      out[`${n} ОО`] = {
        ...separate,
        withJsonPeakRssMb: withJson.maxRssMb,
        warm: { cliMs: warmCliMs, exceljsMs: warmExceljsMs, ratio: Math.round((warmCliMs / warmExceljsMs) * 100) / 100 },
        secondRun,
      };
    }
    return out;
  },
};
