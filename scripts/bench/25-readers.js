/**
 * Reading a workbook into grids: the package adapter (streaming the sheet parts through its own XML
 * scanner, src/workbook/package/xmlScanner.ts) against ExcelJS's full load, median of the runs at each
 * size. The CLI uses the package reader with Node's zlib (its codec); this keeps the measurement that
 * chose it.
 */
'use strict';

const fs = require('fs');
const { medianMs } = require('./timing');

module.exports = {
  name: 'readers',
  async run(ctx) {
    const { ExcelJsWorkbook } = ctx.require('workbook/exceljs/index.js');
    const { PackageWorkbook } = ctx.require('workbook/package/index.js');
    const { zlibCodec } = ctx.require('cli/zlibCodec.js');
    const out = {};
    for (const n of ctx.sizes) {
      const bytes = fs.readFileSync(ctx.files[n]);
      const packageMs = await medianMs(async () => (await PackageWorkbook.fromBytes(bytes, zlibCodec)).readGrids(), ctx.runs);
      const exceljsMs = await medianMs(async () => (await ExcelJsWorkbook.fromBuffer(bytes)).readGrids(), ctx.runs);
      out[`${n} ОО`] = { packageMs, exceljsMs, ratio: Math.round((packageMs / exceljsMs) * 100) / 100 };
    }
    return out;
  },
};
