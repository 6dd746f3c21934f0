/**
 * Generator core shared by `scripts/generate-sample.js`, `scripts/bench.js` and the tests: build a
 * district model (the planted sample or a synthetic region) and lay it out as an ExcelJS workbook.
 */
'use strict';

const { buildSampleDistrict, buildSyntheticDistrict, SAMPLE_SEED } = require('./district');
const fs = require('fs');
const { layoutWorkbook, FIXED_DATE } = require('./layout');
const { stabiliseZip } = require('./stableZip');

/** The sample «Энский муниципальный район» workbook (22 schools × 2023–2026). */
function sampleWorkbook() {
  return layoutWorkbook(buildSampleDistrict());
}

/** A synthetic region of `schools` schools × 2024–2026, same sheet layouts plus «Муниципалитет». */
function syntheticWorkbook(schools, seed = 1) {
  return layoutWorkbook(buildSyntheticDistrict(schools, seed));
}

/** Writes a workbook to `path`, byte for byte the same for the same workbook. */
async function writeWorkbook(wb, path) {
  const bytes = Buffer.from(await wb.xlsx.writeBuffer());
  fs.writeFileSync(path, stabiliseZip(bytes, FIXED_DATE));
}

module.exports = { sampleWorkbook, syntheticWorkbook, writeWorkbook, buildSampleDistrict, buildSyntheticDistrict, SAMPLE_SEED };
