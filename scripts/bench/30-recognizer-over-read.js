/** The recognizer's time divided by ExcelJS's time to read the same file, on the largest district. */
'use strict';

const ExcelJS = require('exceljs');
const { medianMs } = require('./timing');

module.exports = {
  name: 'recognizerOverExcelJsRead',
  async run(ctx) {
    const { ExcelJsWorkbook } = ctx.require('workbook/exceljs/index.js');
    const { recognize } = ctx.require('engine/recalculate.js');
    const n = Math.max(...ctx.sizes);
    const file = ctx.files[n];
    const readMs = await medianMs(async () => {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(file);
    }, ctx.runs);
    const grids = await (await ExcelJsWorkbook.fromFile(file)).readGrids();
    const recognizeMs = await medianMs(() => recognize(grids), ctx.runs);
    return { schools: n, recognizeMs, exceljsReadMs: readMs, ratio: Math.round((recognizeMs / readMs) * 100) / 100 };
  },
};
