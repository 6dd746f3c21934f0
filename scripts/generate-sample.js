#!/usr/bin/env node
/**
 * Writes the sample district workbook `assets/sample-district.xlsx`, or a synthetic region:
 *   node scripts/generate-sample.js                                  → assets/sample-district.xlsx
 *   node scripts/generate-sample.js --schools 2000 --out /tmp/x.xlsx [--seed 7]
 * Seeded and dated, so the same arguments always give the same cell values.
 */
'use strict';

const path = require('path');
const { sampleWorkbook, syntheticWorkbook, writeWorkbook } = require('./lib');

const SAMPLE_PATH = path.join(__dirname, '..', 'assets', 'sample-district.xlsx');

function parseArgs(argv) {
  const args = {};
  for (let i = 0; i < argv.length; i += 2) {
    const key = argv[i].replace(/^--/, '');
    if (!['schools', 'out', 'seed'].includes(key) || argv[i + 1] === undefined) {
      throw new Error(`Использование: generate-sample.js [--schools N --out файл.xlsx [--seed S]] (не понят аргумент «${argv[i]}»)`);
    }
    args[key] = argv[i + 1];
  }
  return args;
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const synthetic = args.schools !== undefined;
  const out = args.out ? path.resolve(args.out) : SAMPLE_PATH;
  const wb = synthetic ? syntheticWorkbook(Number(args.schools), Number(args.seed ?? 1)) : sampleWorkbook();
  await writeWorkbook(wb, out);
  process.stdout.write(`${out}\n`);
}

main().catch((err) => {
  process.stderr.write(`${err.message}\n`);
  process.exit(1);
});
