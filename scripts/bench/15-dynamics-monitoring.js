/**
 * Planning «Опора · Динамика» and «Опора · Мониторинг 1.2» per district size, on a calculated analysis:
 * each sheet built as `planOutputs` builds it (rows, sheet, fitted row heights), median of the runs, in
 * milliseconds, beside the whole plan stage and the sheets' sizes. Writing them is timed with the whole
 * recalculation (`cli`, `officeJsSimulator`); that both adapters write them is tested in
 * tests/integration/regionDynamicsMonitoring.test.ts. Run alone with `npm run bench -- --only dynamicsMonitoring`.
 */
'use strict';

const { median, timeIt } = require('./timing');

const round = (ms) => Math.round(ms * 10) / 10;

module.exports = {
  name: 'dynamicsMonitoring',
  async run(ctx) {
    const { ExcelJsWorkbook } = ctx.require('workbook/exceljs/index.js');
    const { recognize, calculate, planOutputs } = ctx.require('engine/recalculate.js');
    const { sheetInput } = ctx.require('engine/plans/sheetInput.js');
    const { dynamicsRows } = ctx.require('engine/plans/dynamics.js');
    const { buildDynamicsSheet } = ctx.require('engine/output/dynamicsSheet.js');
    const { buildMonitoringSheet } = ctx.require('engine/output/monitoringSheet.js');
    const { fitRowHeights } = ctx.require('engine/output/rowHeights.js');
    const out = {};
    for (const n of ctx.sizes) {
      const grids = await (await ExcelJsWorkbook.fromFile(ctx.files[n])).readGrids();
      const calculated = calculate(recognize(grids));
      const { analysis, dataset, settings, measures, district } = calculated;
      const input = sheetInput({ analysis, dataset, settings, measures, district });
      const runs = [];
      let sizes;
      for (let i = 0; i < ctx.runs; i++) {
        const dynamics = await timeIt(() => {
          const sheet = buildDynamicsSheet(input, dynamicsRows(input));
          fitRowHeights(sheet);
          return sheet;
        });
        const monitoring = await timeIt(() => {
          const sheet = buildMonitoringSheet(input);
          fitRowHeights(sheet);
          return sheet;
        });
        const plan = await timeIt(() => planOutputs(calculated));
        runs.push({ dynamicsMs: dynamics.ms, monitoringMs: monitoring.ms, planMs: plan.ms });
        sizes = {
          dynamicsRows: dynamics.value.values.length,
          dynamicsConditionalFormats: dynamics.value.conditionalFormats.length,
          monitoringRows: monitoring.value.values.length,
        };
      }
      const stat = (key) => round(median(runs.map((run) => run[key])));
      out[`${n} ОО`] = {
        years: analysis.years.length,
        dynamicsMs: stat('dynamicsMs'),
        monitoringMs: stat('monitoringMs'),
        wholePlanMs: stat('planMs'),
        ...sizes,
      };
    }
    return out;
  },
};
