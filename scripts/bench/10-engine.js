/**
 * Engine time per district size on grids already read: recognize, calculate and plan outputs, each timed
 * inside the same full runs (median of the runs), and the median total, in milliseconds.
 */
'use strict';

const { median, timeIt } = require('./timing');

const round = (ms) => Math.round(ms * 10) / 10;

module.exports = {
  name: 'engine',
  async run(ctx) {
    const { ExcelJsWorkbook } = ctx.require('workbook/exceljs/index.js');
    const { recognize, calculate, planOutputs } = ctx.require('engine/recalculate.js');
    const out = {};
    for (const n of ctx.sizes) {
      const grids = await (await ExcelJsWorkbook.fromFile(ctx.files[n])).readGrids();
      const runs = [];
      for (let i = 0; i < ctx.runs; i++) {
        const r = await timeIt(() => recognize(grids));
        const c = await timeIt(() => calculate(r.value));
        const p = await timeIt(() => planOutputs(c.value));
        runs.push({ recognizeMs: r.ms, calculateMs: c.ms, planMs: p.ms, totalMs: r.ms + c.ms + p.ms, schools: r.value.dataset.schools.length });
      }
      const stat = (key) => round(median(runs.map((run) => run[key])));
      out[`${n} ОО`] = {
        recognizeMs: stat('recognizeMs'),
        calculateMs: stat('calculateMs'),
        planMs: stat('planMs'),
        totalMs: stat('totalMs'),
        schoolsRecognized: runs[0].schools,
      };
    }
    return out;
  },
};
