/**
 * The CLI's whole run (read the package, recalculate, write the .xlsx) divided by what ExcelJS alone needs
 * to read and write the same file — the overhead Opora adds to the unavoidable file I/O. Median of the runs
 * (3 by default) of each, measured in the same process; then one CLI run in a process of its own for its
 * peak memory (max RSS).
 */
'use strict';

const { execFileSync } = require('child_process');
const path = require('path');
const ExcelJS = require('exceljs');
const { medianMs } = require('./timing');

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
      const exceljsMs = await medianMs(async () => {
        const wb = new ExcelJS.Workbook();
        await wb.xlsx.readFile(input);
        await wb.xlsx.writeFile(plainOut);
      }, ctx.runs);
      const cliMs = await medianMs(() => recalcFile({ input, output: cliOut }, recalculate), ctx.runs);
      const child = JSON.parse(
        execFileSync(process.execPath, [path.join(__dirname, 'cliChild.js'), ctx.dist, 'recalc', input, '-o', cliOut], { encoding: 'utf8' }),
      );
      out[`${n} ОО`] = { cliMs, exceljsMs, ratio: Math.round((cliMs / exceljsMs) * 100) / 100, cliPeakRssMb: child.maxRssMb };
    }
    return out;
  },
};
