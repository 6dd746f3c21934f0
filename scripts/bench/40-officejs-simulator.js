/**
 * The add-in's path on the strict Excel simulator: a whole recalculation through the Office.js adapter
 * (read → recognise → calculate → write) for the smallest and the largest district, with the number of
 * `context.sync()` round trips, the largest request in bytes (Excel on the web refuses over 5 MB) and the
 * time. The sync count must not grow with the number of rows. Uses the TypeScript sources directly.
 */
'use strict';

const path = require('path');
const { registerTypeScript } = require('../lib/registerTypeScript');

const ROOT = path.join(__dirname, '..', '..');
const src = (p) => require(path.join(ROOT, p));

module.exports = {
  name: 'officeJsSimulator',
  async run(ctx) {
    registerTypeScript();
    const { ExcelJsWorkbook } = src('src/workbook/exceljs/index.ts');
    const { OfficeJsWorkbook } = src('src/workbook/officejs/index.ts');
    const { runRecalculation } = src('src/workbook/runRecalculation.ts');
    const { loadGridsIntoSimulator, PAYLOAD_LIMIT } = src('tests/support/excel-simulator/index.ts');
    const sizes = [Math.min(...ctx.sizes), Math.max(...ctx.sizes)].filter((n, i, all) => all.indexOf(n) === i);
    const out = { payloadLimitBytes: PAYLOAD_LIMIT };
    for (const n of sizes) {
      const grids = await (await ExcelJsWorkbook.fromFile(ctx.files[n])).readGrids();
      const sim = loadGridsIntoSimulator(grids);
      const start = process.hrtime.bigint();
      const outcome = await runRecalculation(new OfficeJsWorkbook(sim.run, sim.isSetSupported));
      const ms = Number(process.hrtime.bigint() - start) / 1e6;
      if (!outcome.ok) throw new Error(`recalculation failed on ${n} schools: ${outcome.message}`);
      out[`${n} ОО`] = {
        syncs: sim.syncs.length,
        largestRequestBytes: Math.max(...sim.syncs.map((s) => s.requestBytes)),
        recalculationMs: Math.round(ms),
      };
    }
    return out;
  },
};
