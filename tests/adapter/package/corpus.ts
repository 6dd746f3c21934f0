/**
 * The corpus of issue 11: one user workbook per feature a methodologist's file may carry, each built in
 * code — with ExcelJS where it writes the feature faithfully, otherwise by adding the parts to the zip the
 * way Excel, openpyxl, LibreOffice or the .NET Open XML SDK lay them out. Every workbook also holds a
 * small ОГЭ results sheet, so Opora has something to calculate.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { chartXml, drawingXml } from '../../../src/workbook/package/chartXml';
import { emptySheet } from '../../../src/engine/output/sheet';
import { addOverride, addRel, editText, editZip, insertBefore } from './zipEdit';

export interface CorpusCase {
  name: string;
  build: () => Promise<Uint8Array>;
  /** File extension the case is saved with. */
  extension?: '.xlsx' | '.xlsm';
  /** Why the case cannot be built here (then it is skipped with this message). */
  unavailable?: string;
}

const RESULTS = 'ОГЭ математика';
const PNG = readFileSync(join(__dirname, '../../../assets/icon-16.png'));
const MS_REL = 'http://schemas.microsoft.com/office/2007/relationships';

/** A workbook with the results sheet, then whatever `extra` adds. */
async function excelJs(extra: (wb: ExcelJS.Workbook, results: ExcelJS.Worksheet) => void | Promise<void> = () => undefined): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(RESULTS);
  ws.addRow(['Год', 'Процедура', 'Предмет', 'ОО', 'Участников', '«2»', '«3»', '«4»', '«5»']);
  ws.addRow([2024, 'ОГЭ', 'Математика', 'МБОУ СОШ № 1', 40, 14, 16, 8, 2]);
  ws.addRow([2024, 'ОГЭ', 'Математика', 'МБОУ СОШ № 2', 52, 3, 20, 20, 9]);
  ws.addRow([2024, 'ОГЭ', 'Математика', 'МБОУ ООШ с. Луговое', 12, 1, 6, 4, 1]);
  ws.getColumn(4).width = 28;
  await extra(wb, ws);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** Inserts `text` into workbook.xml before the first of `before` present. */
function intoWorkbook(text: string, before: string[]) {
  return (zip: JSZip) => editText(zip, 'xl/workbook.xml', (xml) => insertBefore(xml, text, before));
}

const AFTER_SHEETS = ['calcPr', 'oleSize', 'customWorkbookViews', 'pivotCaches', 'extLst', '/workbook'];

/** Defined names as Excel writes them: sheet-scoped, workbook-wide, a constant and a formula. */
async function definedNames(): Promise<Uint8Array> {
  const bytes = await excelJs((wb) => {
    wb.addWorksheet('2024').getCell('B2').value = 5;
  });
  const names =
    '<definedNames>' +
    `<definedName name="Порог" localSheetId="0">'${RESULTS}'!$F$2</definedName>` +
    "<definedName name=\"Школы\">'ОГЭ математика'!$D$2:$D$4</definedName>" +
    '<definedName name="Ставка">0.3</definedName>' +
    "<definedName name=\"Итого\">SUM('ОГЭ математика'!$E$2:$E$4)</definedName>" +
    '</definedNames>';
  return editZip(bytes, intoWorkbook(names, AFTER_SHEETS));
}

/** Whole-column and multi-area print areas on a sheet named «2024», and an autofilter with criteria. */
async function printAreas(): Promise<Uint8Array> {
  const bytes = await excelJs((wb) => {
    const y = wb.addWorksheet('2024');
    y.addRow(['ОО', 'Балл']);
    y.addRow(['СОШ № 1', 3]);
    wb.addWorksheet('2022').getCell('A9').value = 'шапка';
  });
  const names =
    '<definedNames>' +
    "<definedName name=\"_xlnm.Print_Area\" localSheetId=\"1\">'2024'!$B:$P</definedName>" +
    "<definedName name=\"_xlnm.Print_Area\" localSheetId=\"2\">'2022'!$A$1:$C$5,'2022'!$E$1:$F$5</definedName>" +
    "<definedName name=\"_xlnm._FilterDatabase\" localSheetId=\"1\" hidden=\"1\">'2024'!$A$1:$B$2</definedName>" +
    '</definedNames>';
  return editZip(bytes, async (zip) => {
    await intoWorkbook(names, AFTER_SHEETS)(zip);
    await editText(zip, 'xl/worksheets/sheet2.xml', (xml) =>
      insertBefore(xml, '<autoFilter ref="A1:B2"><filterColumn colId="1"><filters><filter val="3"/></filters></filterColumn></autoFilter>', ['mergeCells', 'conditionalFormatting', 'dataValidations', 'hyperlinks', 'printOptions', 'pageMargins']),
    );
  });
}

/** A chart of the user's own on the results sheet (a drawing with a bar chart). */
async function userChart(): Promise<Uint8Array> {
  const bytes = await excelJs();
  // Only the values feed chartXml; the key is any OutputSheet key.
  const sheet = { ...emptySheet('summary', RESULTS), values: [[], ['', '', '', 'a', 40], ['', '', '', 'b', 52]] };
  const spec = { title: 'Участники', type: 'column' as const, categories: 'D2:D3', series: [{ name: 'Участников', values: 'E2:E3' }], anchor: 'K2', widthPx: 400, heightPx: 300 };
  return editZip(bytes, async (zip) => {
    zip.file('xl/charts/chart1.xml', chartXml(sheet, spec));
    zip.file('xl/drawings/drawing1.xml', drawingXml([spec], ['rId1']));
    await addRel(zip, 'xl/drawings/_rels/drawing1.xml.rels', 'rId1', 'chart', '../charts/chart1.xml');
    await addRel(zip, 'xl/worksheets/_rels/sheet1.xml.rels', 'rId9', 'drawing', '../drawings/drawing1.xml');
    await editText(zip, 'xl/worksheets/sheet1.xml', (xml) => insertBefore(xml, '<drawing r:id="rId9"/>', ['legacyDrawing', 'tableParts', 'extLst', '/worksheet']));
    await addOverride(zip, 'xl/charts/chart1.xml', 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml');
    await addOverride(zip, 'xl/drawings/drawing1.xml', 'application/vnd.openxmlformats-officedocument.drawing+xml');
  });
}

/** A pivot table with its cache, as Excel links them (workbook → cache, sheet → table → cache). */
async function pivotTable(): Promise<Uint8Array> {
  const bytes = await excelJs((wb) => {
    wb.addWorksheet('Сводная');
  });
  const cache =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<pivotCacheDefinition xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="rId1" refreshOnLoad="1" recordCount="0">' +
    `<cacheSource type="worksheet"><worksheetSource ref="D1:E4" sheet="${RESULTS}"/></cacheSource><cacheFields count="2"><cacheField name="ОО" numFmtId="0"><sharedItems/></cacheField><cacheField name="Участников" numFmtId="0"><sharedItems containsSemiMixedTypes="0" containsString="0" containsNumber="1" containsInteger="1" minValue="12" maxValue="52"/></cacheField></cacheFields></pivotCacheDefinition>`;
  const records = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<pivotCacheRecords xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="0"/>';
  const table =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<pivotTableDefinition xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" name="Сводная1" cacheId="5" dataCaption="Значения" updatedVersion="6" createdVersion="6">' +
    '<location ref="A3:B4" firstHeaderRow="1" firstDataRow="1" firstDataCol="1"/><pivotFields count="2"><pivotField axis="axisRow" showAll="0"><items count="1"><item t="default"/></items></pivotField><pivotField dataField="1" showAll="0"/></pivotFields>' +
    '<rowFields count="1"><field x="0"/></rowFields><dataFields count="1"><dataField name="Сумма" fld="1" baseField="0" baseItem="0"/></dataFields></pivotTableDefinition>';
  return editZip(bytes, async (zip) => {
    zip.file('xl/pivotCache/pivotCacheDefinition1.xml', cache);
    zip.file('xl/pivotCache/pivotCacheRecords1.xml', records);
    zip.file('xl/pivotTables/pivotTable1.xml', table);
    await addRel(zip, 'xl/pivotCache/_rels/pivotCacheDefinition1.xml.rels', 'rId1', 'pivotCacheRecords', 'pivotCacheRecords1.xml');
    await addRel(zip, 'xl/pivotTables/_rels/pivotTable1.xml.rels', 'rId1', 'pivotCacheDefinition', '../pivotCache/pivotCacheDefinition1.xml');
    await addRel(zip, 'xl/worksheets/_rels/sheet2.xml.rels', 'rId1', 'pivotTable', '../pivotTables/pivotTable1.xml');
    await addRel(zip, 'xl/_rels/workbook.xml.rels', 'rId90', 'pivotCacheDefinition', 'pivotCache/pivotCacheDefinition1.xml');
    await intoWorkbook('<pivotCaches><pivotCache cacheId="5" r:id="rId90"/></pivotCaches>', ['extLst', '/workbook'])(zip);
    const main = 'application/vnd.openxmlformats-officedocument.spreadsheetml.';
    await addOverride(zip, 'xl/pivotCache/pivotCacheDefinition1.xml', `${main}pivotCacheDefinition+xml`);
    await addOverride(zip, 'xl/pivotCache/pivotCacheRecords1.xml', `${main}pivotCacheRecords+xml`);
    await addOverride(zip, 'xl/pivotTables/pivotTable1.xml', `${main}pivotTable+xml`);
  });
}

/** A slicer and its cache (Excel 2010 parts), linked from the sheet and the workbook. */
async function slicer(): Promise<Uint8Array> {
  const bytes = await excelJs();
  const x14 = 'http://schemas.microsoft.com/office/spreadsheetml/2009/9/main';
  return editZip(bytes, async (zip) => {
    zip.file('xl/slicers/slicer1.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<slicers xmlns="${x14}"><slicer name="ОО" cache="Срез_ОО" caption="ОО" rowHeight="241300"/></slicers>`);
    zip.file('xl/slicerCaches/slicerCache1.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<slicerCacheDefinition xmlns="${x14}" name="Срез_ОО" sourceName="ОО"/>`);
    await addRel(zip, 'xl/worksheets/_rels/sheet1.xml.rels', 'rId8', `${MS_REL}/slicer`, '../slicers/slicer1.xml');
    await addRel(zip, 'xl/_rels/workbook.xml.rels', 'rId91', `${MS_REL}/slicerCache`, 'slicerCaches/slicerCache1.xml');
    await addOverride(zip, 'xl/slicers/slicer1.xml', 'application/vnd.ms-excel.slicer+xml');
    await addOverride(zip, 'xl/slicerCaches/slicerCache1.xml', 'application/vnd.ms-excel.slicerCache+xml');
  });
}

/** Threaded comments (Excel 365) with their persons part, beside a note. */
async function threadedComments(): Promise<Uint8Array> {
  const bytes = await excelJs((_, ws) => {
    ws.getCell('F2').note = 'Проверить';
  });
  const ns = 'http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments';
  return editZip(bytes, async (zip) => {
    zip.file('xl/threadedComments/threadedComment1.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<ThreadedComments xmlns="${ns}"><threadedComment ref="F2" dT="2024-06-01T10:00:00.00" personId="{00000000-0000-0000-0000-000000000001}" id="{00000000-0000-0000-0000-000000000002}"><text>Проверить</text></threadedComment></ThreadedComments>`);
    zip.file('xl/persons/person.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<personList xmlns="${ns}"><person displayName="Методист" id="{00000000-0000-0000-0000-000000000001}" userId="metodist" providerId="None"/></personList>`);
    await addRel(zip, 'xl/worksheets/_rels/sheet1.xml.rels', 'rId7', `http://schemas.microsoft.com/office/2017/10/relationships/threadedComment`, '../threadedComments/threadedComment1.xml');
    await addRel(zip, 'xl/_rels/workbook.xml.rels', 'rId92', `http://schemas.microsoft.com/office/2017/10/relationships/person`, 'persons/person.xml');
    await addOverride(zip, 'xl/threadedComments/threadedComment1.xml', 'application/vnd.ms-excel.threadedcomments+xml');
    await addOverride(zip, 'xl/persons/person.xml', 'application/vnd.ms-excel.person+xml');
  });
}

/** Workbook structure protection and a legacy sheet password. */
async function workbookProtection(): Promise<Uint8Array> {
  const bytes = await excelJs(async (_, ws) => {
    await ws.protect('секрет', { selectLockedCells: true });
  });
  return editZip(bytes, intoWorkbook('<workbookProtection workbookPassword="CC3D" lockStructure="1"/>', ['bookViews', 'sheets']));
}

/** A macro-enabled workbook: vbaProject.bin and the macro-enabled main content type. */
async function macroEnabled(): Promise<Uint8Array> {
  const bytes = await excelJs();
  return editZip(bytes, async (zip) => {
    zip.file('xl/vbaProject.bin', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 1, 2, 3, 4, 5, 6, 7, 8]));
    await addRel(zip, 'xl/_rels/workbook.xml.rels', 'rId93', `http://schemas.microsoft.com/office/2006/relationships/vbaProject`, 'vbaProject.bin');
    await editText(zip, '[Content_Types].xml', (xml) =>
      xml
        .replace('spreadsheetml.sheet.main+xml', 'ms-excel.sheet.macroEnabled.main+xml')
        .replace('</Types>', '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/></Types>'),
    );
  });
}

/** An external link to another workbook, and manual page breaks on the user's sheet. */
async function externalLinkAndBreaks(): Promise<Uint8Array> {
  const bytes = await excelJs();
  return editZip(bytes, async (zip) => {
    zip.file('xl/externalLinks/externalLink1.xml', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<externalLink xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><externalBook r:id="rId1"><sheetNames><sheetName val="Лист1"/></sheetNames></externalBook></externalLink>');
    await addRel(zip, 'xl/externalLinks/_rels/externalLink1.xml.rels', 'rId1', 'externalLinkPath', 'file:///C:/район/2023.xlsx" TargetMode="External');
    await addRel(zip, 'xl/_rels/workbook.xml.rels', 'rId94', 'externalLink', 'externalLinks/externalLink1.xml');
    await intoWorkbook('<externalReferences><externalReference r:id="rId94"/></externalReferences>', ['definedNames', 'calcPr', '/workbook'])(zip);
    await addOverride(zip, 'xl/externalLinks/externalLink1.xml', 'application/vnd.openxmlformats-officedocument.spreadsheetml.externalLink+xml');
    await editText(zip, 'xl/worksheets/sheet1.xml', (xml) =>
      insertBefore(xml, '<rowBreaks count="1" manualBreakCount="1"><brk id="3" max="16383" man="1"/></rowBreaks>', ['colBreaks', 'customProperties', 'drawing', 'legacyDrawing', 'tableParts', 'extLst', '/worksheet']),
    );
  });
}

/** Every relative target made absolute (`/xl/…`), as openpyxl writes them, in a package with an image, a table and a note. */
async function openpyxlStyle(): Promise<Uint8Array> {
  const bytes = await excelJs((wb, ws) => {
    const image = wb.addImage({ buffer: PNG as unknown as ExcelJS.Buffer, extension: 'png' });
    ws.addImage(image, 'K2:L4');
    ws.getCell('F3').note = 'Данные уточнить';
    const t = wb.addWorksheet('Таблица');
    t.addTable({ name: 'Школы', ref: 'A1', headerRow: true, columns: [{ name: 'ОО' }, { name: 'Участников' }], rows: [['СОШ № 1', 40], ['СОШ № 2', 52]] });
  });
  return editZip(bytes, async (zip) => {
    for (const name of Object.keys(zip.files).filter((n) => n.endsWith('.rels'))) {
      const folder = name.replace(/_rels\/[^/]*$/, '');
      await editText(zip, name, (xml) =>
        xml.replace(/Target="([^"]+)"(?! TargetMode="External")/g, (all, target: string) => {
          if (target.startsWith('/') || /^[a-z]+:/i.test(target)) return all;
          const parts = `${folder}${target}`.split('/');
          const out: string[] = [];
          for (const p of parts) {
            if (p === '..') out.pop();
            else if (p && p !== '.') out.push(p);
          }
          return `Target="/${out.join('/')}"`;
        }),
      );
    }
  });
}

/** docProps/app.xml as a Russian Excel writes it (CRLF after the declaration): the «Листы» group, then «Именованные диапазоны». */
async function russianExcelTitles(): Promise<Uint8Array> {
  const bytes = await excelJs((wb) => {
    wb.addWorksheet('2024').getCell('A1').value = 'заметки';
  });
  const vt = (kind: string, value: string | number) => `<vt:variant><vt:${kind}>${value}</vt:${kind}></vt:variant>`;
  const app =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">' +
    '<Application>Microsoft Excel</Application><DocSecurity>0</DocSecurity><ScaleCrop>false</ScaleCrop>' +
    `<HeadingPairs><vt:vector size="4" baseType="variant">${vt('lpstr', 'Листы')}${vt('i4', 2)}${vt('lpstr', 'Именованные диапазоны')}${vt('i4', 2)}</vt:vector></HeadingPairs>` +
    `<TitlesOfParts><vt:vector size="4" baseType="lpstr"><vt:lpstr>${RESULTS}</vt:lpstr><vt:lpstr>2024</vt:lpstr><vt:lpstr>'${RESULTS}'!Область_печати</vt:lpstr><vt:lpstr>Школы</vt:lpstr></vt:vector></TitlesOfParts>` +
    '<Company>Управление образования</Company><LinksUpToDate>false</LinksUpToDate><SharedDoc>false</SharedDoc><HyperlinksChanged>false</HyperlinksChanged><AppVersion>16.0300</AppVersion></Properties>';
  const names =
    '<definedNames>' +
    `<definedName name="_xlnm.Print_Area" localSheetId="0">'${RESULTS}'!$A$1:$I$4</definedName>` +
    `<definedName name="Школы">'${RESULTS}'!$D$2:$D$4</definedName>` +
    '</definedNames>';
  return editZip(bytes, async (zip) => {
    zip.file('docProps/app.xml', app);
    await intoWorkbook(names, AFTER_SHEETS)(zip);
  });
}

const X = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const BOM = '\uFEFF';

/** A package as the .NET Open XML SDK writes portal exports: `x:` prefixes, a BOM, absolute targets, inline strings, no shared strings, no styles. */
async function openXmlSdk(): Promise<Uint8Array> {
  const zip = new JSZip();
  const row = (r: number, cells: (string | number)[]) =>
    `<x:row r="${r}">${cells
      .map((v) => (typeof v === 'number' ? `<x:c><x:v>${v}</x:v></x:c>` : `<x:c t="inlineStr"><x:is><x:t>${v}</x:t></x:is></x:c>`))
      .join('')}</x:row>`;
  zip.file(
    '[Content_Types].xml',
    `${BOM}<?xml version="1.0" encoding="utf-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`,
  );
  zip.file('_rels/.rels', `${BOM}<?xml version="1.0" encoding="utf-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="/xl/workbook.xml" Id="R1"/></Relationships>`);
  zip.file(
    'xl/workbook.xml',
    `${BOM}<?xml version="1.0" encoding="utf-8"?><x:workbook xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:x="${X}"><x:sheets><x:sheet name="${RESULTS}" sheetId="1" r:id="R2"/></x:sheets></x:workbook>`,
  );
  zip.file('xl/_rels/workbook.xml.rels', `${BOM}<?xml version="1.0" encoding="utf-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="/xl/worksheets/sheet1.xml" Id="R2"/></Relationships>`);
  zip.file(
    'xl/worksheets/sheet1.xml',
    `${BOM}<?xml version="1.0" encoding="utf-8"?><x:worksheet xmlns:x="${X}"><x:sheetData>` +
      row(1, ['Год', 'Процедура', 'Предмет', 'ОО', 'Участников', '«2»', '«3»', '«4»', '«5»']) +
      row(2, [2024, 'ОГЭ', 'Математика', 'МБОУ СОШ № 1', 40, 14, 16, 8, 2]) +
      row(3, [2024, 'ОГЭ', 'Математика', 'МБОУ СОШ № 2', 52, 3, 20, 20, 9]) +
      '</x:sheetData></x:worksheet>',
  );
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

const STRICT_MAIN = 'http://purl.oclc.org/ooxml/spreadsheetml/main';
const STRICT_REL = 'http://purl.oclc.org/ooxml/officeDocument/relationships';
const HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n';

/**
 * A workbook in ISO/IEC 29500 Strict, as Excel's «Strict Open XML» saves it, built part by part from the
 * spec (no tool at hand writes Strict): purl.oclc.org namespaces and relationship types, `conformance`,
 * shared strings, a merged title row, an ISO date cell, a number format, docProps/app.xml with titles.
 */
async function strictOoxml(): Promise<Uint8Array> {
  const zip = new JSZip();
  const strings = ['Результаты ОГЭ, 2024', 'Год', 'Процедура', 'Предмет', 'ОО', 'Участников', '«2»', '«3»', '«4»', '«5»', 'ОГЭ', 'Математика', 'МБОУ СОШ № 1', 'МБОУ СОШ № 2', 'МБОУ ООШ с. Луговое', 'Дата выгрузки'];
  const s = (text: string) => `<c t="s"><v>${strings.indexOf(text)}</v></c>`;
  const n = (value: number) => `<c><v>${value}</v></c>`;
  const school = (r: number, name: string, counts: number[]) =>
    `<row r="${r}"><c r="A${r}"><v>2024</v></c>${[s('ОГЭ'), s('Математика'), s(name), ...counts.map(n)].join('')}</row>`;
  const rel = (id: string, type: string, target: string) => `<Relationship Id="${id}" Type="${STRICT_REL}/${type}" Target="${target}"/>`;
  const rels = (items: string) => `${HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${items}</Relationships>`;
  const ct = 'application/vnd.openxmlformats-officedocument.';
  zip.file(
    '[Content_Types].xml',
    `${HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>` +
      `<Override PartName="/xl/workbook.xml" ContentType="${ct}spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="${ct}spreadsheetml.worksheet+xml"/>` +
      `<Override PartName="/xl/worksheets/sheet2.xml" ContentType="${ct}spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="${ct}spreadsheetml.styles+xml"/>` +
      `<Override PartName="/xl/sharedStrings.xml" ContentType="${ct}spreadsheetml.sharedStrings+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>` +
      `<Override PartName="/docProps/app.xml" ContentType="${ct}extended-properties+xml"/></Types>`,
  );
  zip.file(
    '_rels/.rels',
    rels(
      `<Relationship Id="rId3" Type="${STRICT_REL}/extendedProperties" Target="docProps/app.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>` +
        rel('rId1', 'officeDocument', 'xl/workbook.xml'),
    ),
  );
  zip.file(
    'docProps/app.xml',
    `${HEAD}<Properties xmlns="http://purl.oclc.org/ooxml/officeDocument/extendedProperties" xmlns:vt="http://purl.oclc.org/ooxml/officeDocument/docPropsVTypes"><Application>Microsoft Excel</Application>` +
      '<HeadingPairs><vt:vector size="2" baseType="variant"><vt:variant><vt:lpstr>Листы</vt:lpstr></vt:variant><vt:variant><vt:i4>2</vt:i4></vt:variant></vt:vector></HeadingPairs>' +
      `<TitlesOfParts><vt:vector size="2" baseType="lpstr"><vt:lpstr>${RESULTS}</vt:lpstr><vt:lpstr>Заметки</vt:lpstr></vt:vector></TitlesOfParts><AppVersion>16.0300</AppVersion></Properties>`,
  );
  zip.file(
    'docProps/core.xml',
    `${HEAD}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:creator>Методист</dc:creator><dcterms:created xsi:type="dcterms:W3CDTF">2024-06-20T08:00:00Z</dcterms:created></cp:coreProperties>`,
  );
  zip.file(
    'xl/workbook.xml',
    `${HEAD}<workbook xmlns="${STRICT_MAIN}" xmlns:r="${STRICT_REL}" conformance="strict"><fileVersion appName="xl" lastEdited="7" lowestEdited="7" rupBuild="27328"/><workbookPr dateCompatibility="0" defaultThemeVersion="166925"/>` +
      `<bookViews><workbookView xWindow="-120" yWindow="-120" windowWidth="29040" windowHeight="15720"/></bookViews>` +
      `<sheets><sheet name="${RESULTS}" sheetId="1" r:id="rId1"/><sheet name="Заметки" sheetId="2" r:id="rId2"/></sheets><calcPr calcId="191029"/></workbook>`,
  );
  zip.file('xl/_rels/workbook.xml.rels', rels(rel('rId1', 'worksheet', 'worksheets/sheet1.xml') + rel('rId2', 'worksheet', 'worksheets/sheet2.xml') + rel('rId3', 'styles', 'styles.xml') + rel('rId4', 'sharedStrings', 'sharedStrings.xml')));
  zip.file(
    'xl/styles.xml',
    `${HEAD}<styleSheet xmlns="${STRICT_MAIN}"><numFmts count="1"><numFmt numFmtId="164" formatCode="dd.mm.yyyy"/></numFmts><fonts count="2"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font><font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>` +
      '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
      '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
      '<cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>' +
      '<cellStyles count="1"><cellStyle name="Обычный" xfId="0" builtinId="0"/></cellStyles><dxfs count="0"/><tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/></styleSheet>',
  );
  zip.file(
    'xl/sharedStrings.xml',
    `${HEAD}<sst xmlns="${STRICT_MAIN}" count="${strings.length}" uniqueCount="${strings.length}">${strings.map((t) => `<si><t>${t}</t></si>`).join('')}</sst>`,
  );
  zip.file(
    'xl/worksheets/sheet1.xml',
    `${HEAD}<worksheet xmlns="${STRICT_MAIN}" xmlns:r="${STRICT_REL}"><dimension ref="A1:I5"/><sheetViews><sheetView tabSelected="1" workbookViewId="0"/></sheetViews><sheetFormatPr defaultRowHeight="15"/><sheetData>` +
      `<row r="1"><c r="A1" s="1" t="s"><v>0</v></c></row>` +
      `<row r="2">${['Год', 'Процедура', 'Предмет', 'ОО', 'Участников', '«2»', '«3»', '«4»', '«5»'].map(s).join('')}</row>` +
      school(3, 'МБОУ СОШ № 1', [40, 14, 16, 8, 2]) +
      school(4, 'МБОУ СОШ № 2', [52, 3, 20, 20, 9]) +
      school(5, 'МБОУ ООШ с. Луговое', [12, 1, 6, 4, 1]) +
      `</sheetData><mergeCells count="1"><mergeCell ref="A1:I1"/></mergeCells><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>`,
  );
  zip.file(
    'xl/worksheets/sheet2.xml',
    `${HEAD}<worksheet xmlns="${STRICT_MAIN}" xmlns:r="${STRICT_REL}"><sheetData><row r="1"><c r="A1" t="s"><v>15</v></c><c r="B1" s="2"><v>45463</v></c><c r="C1" t="d"><v>2024-06-20T00:00:00</v></c></row></sheetData></worksheet>`,
  );
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

/** The ExcelJS workbook converted by LibreOffice (`soffice --headless --convert-to xlsx`). */
async function libreOffice(): Promise<Uint8Array> {
  const dir = mkdtempSync(join(tmpdir(), 'opora-lo-'));
  const input = join(dir, 'in.xlsx');
  writeFileSync(input, await excelJs((wb) => {
    const t = wb.addWorksheet('Таблица');
    t.addTable({ name: 'Школы', ref: 'A1', headerRow: true, columns: [{ name: 'ОО' }, { name: 'Балл' }], rows: [['СОШ № 1', 4], ['СОШ № 2', 3]] });
  }));
  const out = join(dir, 'out');
  execFileSync('soffice', ['--headless', `-env:UserInstallation=file://${dir}/profile`, '--convert-to', 'xlsx', '--outdir', out, input], { stdio: 'ignore', timeout: 180_000 });
  return new Uint8Array(readFileSync(join(out, readdirSync(out)[0])));
}

const HAS_SOFFICE = existsSync('/usr/bin/soffice');

export const CORPUS: CorpusCase[] = [
  { name: 'defined names: sheet-scoped, workbook-wide, constant, formula', build: definedNames },
  { name: 'whole-column and multi-area print areas, autofilter criteria, sheets «2024» and «2022»', build: printAreas },
  { name: 'print titles', build: () => excelJs((_, ws) => void (ws.pageSetup.printTitlesRow = '1:1')) },
  { name: 'autofilter', build: () => excelJs((_, ws) => void (ws.autoFilter = 'A1:I4')) },
  {
    name: 'data validation',
    build: () => excelJs((_, ws) => void (ws.getCell('B2').dataValidation = { type: 'list', allowBlank: true, formulae: ['"ОГЭ,ЕГЭ,ВПР"'] })),
  },
  { name: 'notes', build: () => excelJs((_, ws) => void (ws.getCell('F2').note = 'Проверить у школы')) },
  { name: 'threaded comments', build: threadedComments },
  {
    name: 'conditional formatting',
    build: () =>
      excelJs((_, ws) =>
        ws.addConditionalFormatting({ ref: 'F2:F4', rules: [{ type: 'cellIs', operator: 'greaterThan', priority: 1, formulae: ['5'], style: { fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: 'FFFFC7CE' } } } }] }),
      ),
  },
  { name: 'hyperlinks', build: () => excelJs((_, ws) => void (ws.getCell('K1').value = { text: 'ФИПИ', hyperlink: 'https://fipi.ru' })) },
  { name: 'internal hyperlinks', build: () => excelJs((_, ws) => void (ws.getCell('K1').value = { text: 'к началу', hyperlink: `#'${RESULTS}'!A1` })) },
  {
    name: 'an image',
    build: () =>
      excelJs((wb, ws) => {
        ws.addImage(wb.addImage({ buffer: PNG as unknown as ExcelJS.Buffer, extension: 'png' }), 'K2:L4');
      }),
  },
  { name: 'a chart', build: userChart },
  { name: 'a pivot table', build: pivotTable },
  { name: 'a slicer', build: slicer },
  { name: 'frozen panes', build: () => excelJs((_, ws) => void (ws.views = [{ state: 'frozen', xSplit: 0, ySplit: 1 }])) },
  {
    name: 'hidden and very hidden sheets',
    build: () =>
      excelJs((wb) => {
        wb.addWorksheet('Скрытый').state = 'hidden';
        wb.addWorksheet('Очень скрытый').state = 'veryHidden';
      }),
  },
  { name: 'a protected sheet', build: () => excelJs((_, ws) => ws.protect('пароль', { selectLockedCells: true })) },
  {
    name: 'an Excel table',
    build: () =>
      excelJs((wb) => {
        wb.addWorksheet('Таблица').addTable({ name: 'Школы', ref: 'A1', headerRow: true, columns: [{ name: 'ОО' }, { name: 'Балл' }], rows: [['СОШ № 1', 4]] });
      }),
  },
  {
    name: 'outline grouping',
    build: () =>
      excelJs((_, ws) => {
        ws.getRow(3).outlineLevel = 1;
        ws.getRow(4).outlineLevel = 1;
      }),
  },
  { name: 'rich text', build: () => excelJs((_, ws) => void (ws.getCell('K1').value = { richText: [{ text: 'важно: ' }, { font: { bold: true }, text: 'сдать' }] })) },
  { name: 'shared formulas', build: () => excelJs((_, ws) => ws.fillFormula('J2:J4', 'E2*2', [80, 104, 24])) },
  { name: 'workbook protection and a sheet password', build: workbookProtection },
  { name: 'a macro-enabled .xlsm', build: macroEnabled, extension: '.xlsm' },
  {
    name: "a user's own sheet named «_opora»",
    build: () =>
      excelJs((wb) => {
        wb.addWorksheet('_opora').getCell('A1').value = 'мои заметки';
      }),
  },
  { name: 'an external link and manual page breaks', build: externalLinkAndBreaks },
  { name: 'absolute part paths (openpyxl)', build: openpyxlStyle },
  { name: 'the .NET Open XML SDK layout (no docProps/app.xml)', build: openXmlSdk },
  { name: 'sheet titles and named ranges in docProps/app.xml (Russian Excel)', build: russianExcelTitles },
  { name: 'Strict Open XML (ISO/IEC 29500 Strict)', build: strictOoxml },
  { name: 'saved by LibreOffice', build: libreOffice, ...(HAS_SOFFICE ? {} : { unavailable: 'LibreOffice (/usr/bin/soffice) is not installed' }) },
];
