/**
 * One long results sheet: the ВПР sheet of a region twice the largest size alone in its workbook (a row
 * per school × year × subject and grade: ~48,000 rows from 4,000 schools, the size of the regional file
 * issue #11 was measured on), as regions send ФИС ОКО results. The CLI against ExcelJS's read and write of
 * the same file in processes of their own, as in `cliOverExcelJs`.
 */
'use strict';

const path = require('path');
const { buildSyntheticDistrict, writeWorkbook } = require('../lib');
const { layoutWorkbook } = require('../lib/layout');
const { inSeparateProcesses } = require('./separateProcesses');

const SHEET = 'ВПР';

module.exports = {
  name: 'longSheet',
  async run(ctx) {
    const n = 2 * Math.max(...ctx.sizes);
    const wb = layoutWorkbook(buildSyntheticDistrict(n, 1));
    for (const ws of [...wb.worksheets]) if (ws.name !== SHEET) wb.removeWorksheet(ws.id);
    const rows = wb.getWorksheet(SHEET).rowCount;
    const input = path.join(ctx.tmp, `long-${n}.xlsx`);
    await writeWorkbook(wb, input);
    const separate = inSeparateProcesses(ctx, input, path.join(ctx.tmp, `long-cli-${n}.xlsx`), path.join(ctx.tmp, `long-plain-${n}.xlsx`));
    return { [`один лист «${SHEET}», ${n} ОО`]: { rows, ...separate } };
  },
};
