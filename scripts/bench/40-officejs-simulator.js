/**
 * The add-in's path: a whole recalculation through the Office.js adapter (read → recognize → calculate →
 * write) for the smallest and the largest district, run by the real Excel on the web runtime shipped in
 * `@microsoft/office-js` with the strict Excel simulator behind it (tests/support/office-runtime), once
 * as Excel on the web (5 MB per request and response) and once as a desktop Excel (no payload limit).
 * Prints per platform the number of `context.sync()` round trips (the read's apart: on the desktop they
 * must not grow with rows), the largest real request and response body in bytes and the time. Uses the
 * TypeScript sources directly.
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
    const { RuntimeOracle } = src('tests/support/office-runtime/index.ts');
    const sizes = [Math.min(...ctx.sizes), Math.max(...ctx.sizes)].filter((n, i, all) => all.indexOf(n) === i);
    const out = { payloadLimitBytes: PAYLOAD_LIMIT };
    for (const platform of ['web', 'desktop']) {
      for (const n of sizes) {
        const grids = await (await ExcelJsWorkbook.fromFile(ctx.files[n])).readGrids();
        const oracle = new RuntimeOracle(loadGridsIntoSimulator(grids, { platform }));
        const workbook = new OfficeJsWorkbook(oracle.run, oracle.isSetSupported, oracle.platform);
        // The read alone first (the district's own sheets), then a whole recalculation.
        await workbook.readGrids();
        const readSyncs = oracle.requests.length;
        oracle.requests.length = 0;
        const start = process.hrtime.bigint();
        const outcome = await runRecalculation(workbook);
        const ms = Number(process.hrtime.bigint() - start) / 1e6;
        if (!outcome.ok) throw new Error(`recalculation failed on ${n} schools (${platform}): ${outcome.message}`);
        out[`${platform}, ${n} ОО`] = {
          syncs: oracle.requests.length,
          readSyncs,
          largestRequestBytes: Math.max(...oracle.requests.map((r) => r.bytes)),
          largestResponseBytes: Math.max(...oracle.requests.map((r) => r.responseBytes)),
          recalculationMs: Math.round(ms),
        };
      }
    }
    return out;
  },
};
