#!/usr/bin/env node
/**
 * Draws the pictures of README «Какие таблицы Опора читает»: each layout's fixture (tests/fixtures/forms,
 * tests/fixtures/layouts, one zoo district for the tidy table) written to .xlsx with ExcelJS, converted by
 * LibreOffice to PDF and its first page to PNG at 60 dpi, cropped to the table, into docs/layouts/<name>.png.
 *
 *   node docs/layouts/render.js     (needs soffice and pdftoppm on PATH)
 */
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const { execFileSync } = require('child_process');
const ExcelJS = require('exceljs');
const ROOT = path.resolve(__dirname, '..', '..');
require(path.join(ROOT, 'scripts', 'lib', 'registerTypeScript')).registerTypeScript();

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

function columnLetter(c) {
  let s = '';
  for (let n = c + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** One SheetGrid as an ExcelJS worksheet: values, merges, number formats, readable widths, A4 landscape. */
function addSheet(workbook, grid) {
  const ws = workbook.addWorksheet(grid.name, {
    pageSetup: { orientation: 'landscape', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  grid.values.forEach((row, r) => {
    // a title or note: one cell whose text runs on over the empty cells to its right, as in Excel
    const single = row.filter((v) => v !== null).length === 1;
    row.forEach((v, c) => {
      if (v === null) return;
      const cell = ws.getCell(r + 1, c + 1);
      cell.value = v;
      const format = grid.numberFormats && grid.numberFormats[r][c];
      if (format && format !== 'General') cell.numFmt = format;
      cell.border = { top: { style: 'thin' }, left: { style: 'thin' }, bottom: { style: 'thin' }, right: { style: 'thin' } };
      cell.alignment = { wrapText: !single, vertical: 'top' };
      if (single) cell.border = {};
    });
  });
  for (const m of grid.merges || []) ws.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
  // numbers get narrow columns, names wide ones; long header texts wrap and their rows grow to fit
  const width = Math.max(...grid.values.map((r) => r.length));
  const widths = [];
  for (let c = 0; c < width; c++) {
    const cells = grid.values.map((r) => r[c]).filter((v) => v !== null && v !== undefined);
    const numeric = cells.filter((v) => typeof v === 'number').length >= cells.length / 2;
    const longest = Math.max(3, ...cells.map((v) => String(v).length));
    widths.push(Math.min(numeric ? 9 : 26, longest + 1));
    ws.getColumn(columnLetter(c)).width = widths[c];
  }
  const merged = new Set((grid.merges || []).flatMap((m) => (m.right > m.left ? [`${m.top}:${m.left}`] : [])));
  grid.values.forEach((row, r) => {
    if (row.filter((v) => v !== null).length === 1) return;
    const lines = Math.max(1, ...row.map((v, c) => (v === null || merged.has(`${r}:${c}`) ? 1 : Math.ceil(String(v).length / widths[c]))));
    ws.getRow(r + 1).height = 13 * Math.min(lines, 6);
  });
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
    const workbook = new ExcelJS.Workbook();
    grids.forEach((g) => addSheet(workbook, g));
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
