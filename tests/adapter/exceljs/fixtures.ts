/**
 * Workbooks the adapter tests start from, built in code (no binary fixtures): a district workbook
 * of the kind a methodologist keeps, and a minimal .xlsx written the way LibreOffice / Р7-Офис write
 * theirs (inline strings, their own number-format ids, merges), which ExcelJS never produces itself.
 */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';

/** Two user sheets with formulas, number formats, merges, widths and dates, plus a hidden one. */
export function districtWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const oge = wb.addWorksheet('ОГЭ 2024');
  oge.mergeCells('A1:E1');
  oge.getCell('A1').value = 'Результаты ОГЭ по математике, 2024';
  oge.addRow(['ОО', 'Участников', '«2»', 'Доля «2»', 'Дата']);
  oge.addRow(['МБОУ СОШ № 1', 40, 12, { formula: 'C3/B3', result: 0.3 }, new Date(Date.UTC(2024, 4, 31))]);
  oge.addRow(['МБОУ ООШ с. Луговое', 9, 1, { formula: 'C4/B4', result: 1 / 9 }, new Date(Date.UTC(2024, 5, 3))]);
  oge.getColumn(1).width = 32;
  oge.getColumn(4).numFmt = '0.0%';
  oge.getColumn(5).numFmt = 'dd.mm.yyyy';
  oge.getCell('B6').value = { formula: 'SUM(B3:B4)', result: 49 };
  const notes = wb.addWorksheet('Заметки');
  notes.getCell('B2').value = '=это текст, а не формула';
  notes.getCell('B3').value = { richText: [{ text: 'важно: ' }, { font: { bold: true }, text: 'сдать до 1 июня' }] };
  notes.getCell('B4').value = { text: 'сайт ФИПИ', hyperlink: 'https://fipi.ru' };
  const hidden = wb.addWorksheet('Справочник');
  hidden.state = 'hidden';
  hidden.getCell('A1').value = 'код';
  return wb;
}

export async function toBytes(wb: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>
<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>
<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>
</Types>`;

const ROOT_RELS = `<?xml version="1.0" encoding="UTF-8"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>
</Relationships>`;

const WORKBOOK = `<?xml version="1.0" encoding="UTF-8"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
<sheets><sheet name="ВПР 5 класс" sheetId="1" state="visible" r:id="rId2"/></sheets>
</workbook>`;

const WORKBOOK_RELS = `<?xml version="1.0" encoding="UTF-8"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>
</Relationships>`;

/** LibreOffice numbers its own formats from 164 and writes percent as `0.0%` under such an id. */
const STYLES = `<?xml version="1.0" encoding="UTF-8"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
<numFmts count="1"><numFmt numFmtId="164" formatCode="0.0%"/></numFmts>
<fonts count="1"><font><sz val="10"/><name val="Arial"/></font></fonts>
<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>
<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>
<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>
<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="true"/></cellXfs>
</styleSheet>`;

const SHEET = `<?xml version="1.0" encoding="UTF-8"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
<sheetData>
<row r="2"><c r="B2" t="inlineStr"><is><t>Результаты ВПР</t></is></c></row>
<row r="3"><c r="B3" t="inlineStr"><is><t>ОО</t></is></c><c r="C3" t="inlineStr"><is><t>Доля «2»</t></is></c></row>
<row r="4"><c r="B4" t="inlineStr"><is><t>МКОУ СОШ № 2</t></is></c><c r="C4" s="1"><v>0.125</v></c></row>
</sheetData>
<mergeCells count="1"><mergeCell ref="B2:C2"/></mergeCells>
</worksheet>`;

/** A one-sheet .xlsx shaped like LibreOffice's output: inline strings, format id 164, a merged title. */
export async function libreOfficeLikeXlsx(): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file('[Content_Types].xml', CONTENT_TYPES);
  zip.file('_rels/.rels', ROOT_RELS);
  zip.file('xl/workbook.xml', WORKBOOK);
  zip.file('xl/_rels/workbook.xml.rels', WORKBOOK_RELS);
  zip.file('xl/styles.xml', STYLES);
  zip.file('xl/worksheets/sheet1.xml', SHEET);
  return zip.generateAsync({ type: 'uint8array' });
}
