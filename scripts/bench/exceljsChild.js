/**
 * ExcelJS reading and writing one workbook in a process of its own, as the CLI runs in `cliChild.js`;
 * prints one JSON line: wall time of the read and write (module loading excluded) and peak resident
 * memory (max RSS). Usage: node exceljsChild.js <input.xlsx> <output.xlsx>
 */
'use strict';

const ExcelJS = require('exceljs');

async function main() {
  const [input, output] = process.argv.slice(2);
  const start = process.hrtime.bigint();
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(input);
  await wb.xlsx.writeFile(output);
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  const maxRssMb = Math.round(process.resourceUsage().maxRSS / 1024);
  process.stdout.write(`${JSON.stringify({ ms: Math.round(ms), maxRssMb })}\n`);
}

main().catch((error) => {
  process.stderr.write(`${error.stack ?? error}\n`);
  process.exitCode = 1;
});
