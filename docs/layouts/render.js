#!/usr/bin/env node
/**
 * Draws the pictures of README «Какие таблицы Опора читает»: each layout's fixture (tests/fixtures/forms,
 * tests/fixtures/layouts, one zoo district for the tidy table) written to .xlsx (tests/fixtures/forms/toWorkbook), converted by
 * LibreOffice to PDF and its first page to PNG at 60 dpi, cropped to the table, into docs/layouts/<name>.png.
 *
 *   node docs/layouts/render.js     (needs soffice and pdftoppm on PATH)
 */
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const { execFileSync } = require('child_process');
const ROOT = path.resolve(__dirname, '..', '..');
require(path.join(ROOT, 'scripts', 'lib', 'registerTypeScript')).registerTypeScript();

const { toWorkbook } = require(path.join(ROOT, 'tests', 'fixtures', 'forms', 'toWorkbook'));
const forms = (name) => require(path.join(ROOT, 'tests', 'fixtures', 'forms', name));
const layouts = (name) => require(path.join(ROOT, 'tests', 'fixtures', 'layouts', name));

/** picture name → [the sheets to draw] */
function pictures() {
  const fc = require('fast-check');
  const { districtArb } = require(path.join(ROOT, 'tests', 'zoo', 'district'));
  const { tidy } = require(path.join(ROOT, 'tests', 'zoo', 'layouts', 'supportedResults'));
  const [district] = fc.sample(districtArb(tidy.options), { seed: 10, numRuns: 1 });
  const pick = (grids, name) => grids.filter((g) => g.name === name);
  return {
    'tidy': tidy.render(district),
    'simple-long': pick(layouts('simpleLong').simpleLongLayout(), 'ОГЭ 2024'),
    'per-procedure': pick(layouts('perProcedureSheets').perProcedureLayout(), 'ОГЭ мат 2024'),
    'wide-years': layouts('wideYears').wideYearsLayout(),
    'wide-subjects': layouts('wideSubjects').wideSubjectsLayout(),
    'list-object': layouts('listObject').listObjectLayout(),
    'grouped-regional': layouts('groupedRegional').groupedRegionalLayout(),
    'fis-oko-long': layouts('fisOkoLong').fisOkoLayout(),
    'marker-table': layouts('markerTable').markerTableLayout(),
    'shares-full-names': [layouts('sharesAndFullNames').contingentInPercents()],
    'class1-ege-regional': pick(forms('egeRegionalReport').egeRegionalReport.build(), '2023'),
    'class1-applications': pick(forms('egeRegionalReport').egeRegionalReport.build(), '2024'),
    'class2-fis-oko-markers': forms('fisOkoMarkers').fisOkoMarkers.build(),
    'class3-passport-no-year': pick(forms('socialPassportNoYear').socialPassportNoYear.build(), 'Соцпаспорт'),
    'class4-long-headers': pick(forms('headersWithExtraWords').headersWithExtraWords.build(), 'Социальный паспорт'),
    'class5-confirmation-logins': pick(forms('vprConfirmationByLogin').vprConfirmationByLogin.build(), 'Подтверждение'),
    'class6-region-row': pick(forms('regionReferenceRow').regionReferenceRow.build(), 'ОГЭ 2024'),
    'class7-shares-only': pick(forms('sharesOnly').sharesOnly.build(), 'ОГЭ в долях'),
    'class8-procedure-column': forms('procedureColumnLong').procedureColumnLong.build(),
    'class9-impossible-values': pick(forms('impossibleValues').impossibleValues.build(), 'ОГЭ 2024'),
    'class10-context-data': pick(forms('contextData').contextData.build(), 'Контекстные данные'),
  };
}

/** The bounding box of non-white pixels of a binary PPM (P6), with a margin, in pixels. */
function contentBox(ppm) {
  const header = ppm.toString('latin1', 0, 40).match(/^P6\s+(\d+)\s+(\d+)\s+(\d+)\s/);
  const [w, h] = [Number(header[1]), Number(header[2])];
  const data = ppm.subarray(header[0].length);
  let [x0, y0, x1, y1] = [w, h, 0, 0];
  for (let y = 0; y < h; y++)
    for (let x = 0; x < w; x++) {
      const i = (y * w + x) * 3;
      if (data[i] < 200 || data[i + 1] < 200 || data[i + 2] < 200) [x0, y0, x1, y1] = [Math.min(x0, x), Math.min(y0, y), Math.max(x1, x), Math.max(y1, y)];
    }
  const m = 6;
  return { x: Math.max(0, x0 - m), y: Math.max(0, y0 - m), w: Math.min(w, x1 + m) - Math.max(0, x0 - m), h: Math.min(h, y1 + m) - Math.max(0, y0 - m) };
}

async function main() {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'opora-layouts-'));
  for (const [name, grids] of Object.entries(pictures())) {
    const workbook = toWorkbook(grids, { drawn: true });
    const xlsx = path.join(tmp, `${name}.xlsx`);
    await workbook.xlsx.writeFile(xlsx);
    execFileSync('soffice', ['--headless', '--convert-to', 'pdf', '--outdir', tmp, xlsx], { stdio: 'ignore' });
    const pdf = path.join(tmp, `${name}.pdf`);
    const box = contentBox(execFileSync('pdftoppm', ['-r', '60', '-f', '1', '-l', '1', '-singlefile', pdf]));
    const crop = ['-x', box.x, '-y', box.y, '-W', box.w, '-H', box.h].map(String);
    execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', '-singlefile', ...crop, pdf, path.join(__dirname, name)]);
    console.log(`docs/layouts/${name}.png`);
  }
  fs.rmSync(tmp, { recursive: true, force: true });
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
