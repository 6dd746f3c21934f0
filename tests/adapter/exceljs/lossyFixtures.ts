/**
 * Workbooks with content ExcelJS does not model (a chart, a pivot table, a text box, sparklines…), made by
 * adding the parts Excel writes for them to a workbook ExcelJS built: ExcelJS itself cannot create them.
 * The parts are trimmed to what identifies them; the lossy-content check and ExcelJS look at no more.
 */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';

/** A 1×1 PNG. */
const PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';

/**
 * One results sheet with what ExcelJS does keep: a picture (so the sheet has a drawing part), a note, a
 * data validation and a conditional format.
 */
export async function keptContentWorkbook(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('ОГЭ математика');
  ws.addRow(['Год', 'Процедура', 'Предмет', 'ОО', 'Участников', '«2»', '«3»', '«4»', '«5»']);
  ws.addRow([2024, 'ОГЭ', 'Математика', 'МБОУ СОШ № 1', 40, 14, 16, 8, 2]);
  ws.addRow([2024, 'ОГЭ', 'Математика', 'МБОУ СОШ № 2', 52, 3, 20, 20, 9]);
  ws.addImage(wb.addImage({ base64: PNG, extension: 'png' }), 'K2:L4');
  ws.getCell('D2').note = 'уточнить у директора';
  ws.getCell('E2').dataValidation = { type: 'whole', operator: 'greaterThanOrEqual', formulae: [0], allowBlank: true };
  ws.addConditionalFormatting({
    ref: 'F2:F3',
    rules: [{ type: 'cellIs', operator: 'greaterThan', formulae: [10], priority: 1, style: { font: { bold: true } } }],
  });
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

type Edit = (zip: JSZip) => Promise<void>;

export async function edited(bytes: Uint8Array, ...edits: Edit[]): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  for (const edit of edits) await edit(zip);
  return zip.generateAsync({ type: 'uint8array' });
}

async function replaceIn(zip: JSZip, path: string, search: string, replacement: string): Promise<void> {
  const xml = await zip.file(path)!.async('string');
  if (!xml.includes(search)) throw new Error(`${path} has no ${search}`);
  zip.file(path, xml.replace(search, replacement));
}

const ANCHOR_FROM_TO =
  '<xdr:from><xdr:col>6</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>5</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from>' +
  '<xdr:to><xdr:col>12</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>20</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>';

/** A bar chart beside the picture of the first sheet's drawing (the workbook must have one). */
export const addChart: Edit = async (zip) => {
  const frame =
    `<xdr:twoCellAnchor>${ANCHOR_FROM_TO}<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="3" name="Диаграмма 1"/>` +
    '<xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic>' +
    '<a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" ' +
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="rIdChart1"/></a:graphicData></a:graphic>' +
    '</xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>';
  await replaceIn(zip, 'xl/drawings/drawing1.xml', '</xdr:wsDr>', `${frame}</xdr:wsDr>`);
  await replaceIn(
    zip,
    'xl/drawings/_rels/drawing1.xml.rels',
    '</Relationships>',
    '<Relationship Id="rIdChart1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart" Target="../charts/chart1.xml"/></Relationships>',
  );
  zip.file(
    'xl/charts/chart1.xml',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart">' +
      "<c:chart><c:plotArea><c:barChart><c:ser><c:val><c:numRef><c:f>'ОГЭ математика'!$F$2:$F$3</c:f></c:numRef></c:val></c:ser></c:barChart></c:plotArea></c:chart></c:chartSpace>",
  );
};

/** A text box in the first sheet's drawing. */
export const addTextBox: Edit = async (zip) => {
  const shape =
    `<xdr:twoCellAnchor>${ANCHOR_FROM_TO}<xdr:sp macro="" textlink=""><xdr:nvSpPr><xdr:cNvPr id="4" name="Надпись 1"/><xdr:cNvSpPr txBox="1"/></xdr:nvSpPr>` +
    '<xdr:spPr><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></xdr:spPr><xdr:txBody><a:bodyPr/><a:p><a:r><a:t>Данные на 1 июня</a:t></a:r></a:p></xdr:txBody>' +
    '</xdr:sp><xdr:clientData/></xdr:twoCellAnchor>';
  await replaceIn(zip, 'xl/drawings/drawing1.xml', '</xdr:wsDr>', `${shape}</xdr:wsDr>`);
};

/** A pivot table and its cache. */
export const addPivotTable: Edit = async (zip) => {
  const main = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
  zip.file('xl/pivotCache/pivotCacheDefinition1.xml', `<pivotCacheDefinition ${main} recordCount="2"/>`);
  zip.file('xl/pivotCache/pivotCacheRecords1.xml', `<pivotCacheRecords ${main} count="2"/>`);
  zip.file('xl/pivotTables/pivotTable1.xml', `<pivotTableDefinition ${main} name="Сводная таблица1" cacheId="1"/>`);
};

/** Sparklines on the first sheet, in the worksheet's extension list as Excel writes them. */
export const addSparklines: Edit = async (zip) => {
  const ext =
    '<extLst><ext uri="{05C60535-1F16-4fd2-B633-F4F36F0B64E0}" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main">' +
    '<x14:sparklineGroups xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main"><x14:sparklineGroup><x14:sparklines>' +
    "<x14:sparkline><xm:f>'ОГЭ математика'!F2:I2</xm:f><xm:sqref>J2</xm:sqref></x14:sparkline></x14:sparklines></x14:sparklineGroup>" +
    '</x14:sparklineGroups></ext></extLst>';
  await replaceIn(zip, 'xl/worksheets/sheet1.xml', '</worksheet>', `${ext}</worksheet>`);
};

/** Parts that need nothing but their presence: threaded comments, a VBA project. */
export const addThreadedComment: Edit = async (zip) => {
  zip.file('xl/threadedComments/threadedComment1.xml', '<ThreadedComments/>');
  zip.file('xl/persons/person.xml', '<personList/>');
};

export const addMacros: Edit = async (zip) => {
  zip.file('xl/vbaProject.bin', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0]));
};

/** The zip entries of a workbook, for checking what a round-trip kept. */
export async function entries(bytes: Uint8Array): Promise<string[]> {
  return Object.keys((await JSZip.loadAsync(bytes)).files);
}

export async function partText(bytes: Uint8Array, path: string): Promise<string> {
  return (await JSZip.loadAsync(bytes)).file(path)!.async('string');
}
