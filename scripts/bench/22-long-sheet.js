/**
 * One long results sheet: the ВПР sheet of a region twice the largest size alone in its workbook (a row
 * per school × year × subject and grade: ~48,000 rows from 4,000 schools, the size of the regional file
 * issue #11 was measured on), as regions send ФИС ОКО results. The CLI
 * against ExcelJS's read and write of the same file, each run a process of its own, alternating, as in
 * `cliOverExcelJs`; with the CLI's peak memory (median and highest of its runs).
 */
'use strict';

const { execFileSync } = require('child_process');
const path = require('path');
const { buildSyntheticDistrict, writeWorkbook } = require('../lib');
const { layoutWorkbook } = require('../lib/layout');
const { median } = require('./timing');

const SHEET = 'ВПР';

function child(script, args) {
  return JSON.parse(execFileSync(process.execPath, [path.join(__dirname, script), ...args], { encoding: 'utf8' }));
}

module.exports = {
  name: 'longSheet',
  async run(ctx) {
    const n = 2 * Math.max(...ctx.sizes);
    const wb = layoutWorkbook(buildSyntheticDistrict(n, 1));
    for (const ws of [...wb.worksheets]) if (ws.name !== SHEET) wb.removeWorksheet(ws.id);
    const rows = wb.getWorksheet(SHEET).rowCount;
    const input = path.join(ctx.tmp, `long-${n}.xlsx`);
    await writeWorkbook(wb, input);
    const cli = [];
    const exceljs = [];
    for (let i = 0; i < ctx.runs; i++) {
      exceljs.push(child('exceljsChild.js', [input, path.join(ctx.tmp, `long-plain-${n}.xlsx`)]));
      const run = child('cliChild.js', [ctx.dist, 'recalc', input, '-o', path.join(ctx.tmp, `long-cli-${n}.xlsx`)]);
      if (run.code !== 0) throw new Error(`opora recalc: код ${run.code}: ${run.stderr}`);
      cli.push(run);
    }
    const cliMs = median(cli.map((r) => r.ms));
    const exceljsMs = median(exceljs.map((r) => r.ms));
    return {
      [`один лист «${SHEET}», ${n} ОО`]: {
        rows,
        cliMs,
        exceljsMs,
        ratio: Math.round((cliMs / exceljsMs) * 100) / 100,
        cliPeakRssMb: median(cli.map((r) => r.maxRssMb)),
        cliPeakRssMaxMb: Math.max(...cli.map((r) => r.maxRssMb)),
        exceljsPeakRssMb: median(exceljs.map((r) => r.maxRssMb)),
      },
    };
  },
};
