/** The recogniser's time divided by ExcelJS's time to read the same file, on the largest district. */
'use strict';

const ExcelJS = require('exceljs');
const { medianMs } = require('./timing');

module.exports = {
  name: 'recogniserOverExcelJsRead',
  async run(ctx) {
    const { ExcelJsWorkbook } = ctx.require('workbook/exceljs/index.js');
    const { recognise } = ctx.require('engine/recalculate.js');
    const n = Math.max(...ctx.sizes);
    const file = ctx.files[n];
    const readMs = await medianMs(async () => {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(file);
    }, ctx.runs);
    const grids = await (await ExcelJsWorkbook.fromFile(file)).readGrids();
    const recogniseMs = await medianMs(() => recognise(grids), ctx.runs);
    return { schools: n, recogniseMs, exceljsReadMs: readMs, ratio: Math.round((recogniseMs / readMs) * 100) / 100 };
  },
};
