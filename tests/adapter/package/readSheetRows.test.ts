/**
 * Rows as the format allows them, not only as Excel writes them: cells without `r` after the previous
 * one, a `<row>` element given twice, a cell whose address names another row than its `<row>`, cells
 * out of order, gaps, rows shorter than the sheet and a merge beyond the values. The package reader
 * gathers a row's cells in a buffer reused from row to row; the grid must still be a rectangle of
 * exactly what each cell says, with nothing carried over from the row before.
 */
import JSZip from 'jszip';
import { PackageWorkbook } from '../../../src/workbook/package';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

async function oneSheet(sheetData: string, tail = ''): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file(
    '[Content_Types].xml',
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
      '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
  );
  zip.file('_rels/.rels', `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`);
  zip.file('xl/workbook.xml', `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets><sheet name="Лист1" sheetId="1" r:id="rId1"/></sheets></workbook>`);
  zip.file('xl/_rels/workbook.xml.rels', `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`);
  zip.file('xl/worksheets/sheet1.xml', `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${MAIN}"><sheetData>${sheetData}</sheetData>${tail}</worksheet>`);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

const inline = (ref: string, text: string) => `<c r="${ref}" t="inlineStr"><is><t>${text}</t></is></c>`;
const num = (ref: string, value: number) => `<c r="${ref}"><v>${value}</v></c>`;

async function grid(sheetData: string, tail = '') {
  const [sheet] = await (await PackageWorkbook.fromBytes(await oneSheet(sheetData, tail))).readGrids();
  return sheet;
}

describe('package reader: rows of every shape the format allows', () => {
  it('keeps each row to its own cells: a wide row, then a short one with a gap, then cells without r', async () => {
    const sheet = await grid(
      `<row r="1">${inline('A1', 'Год')}${inline('B1', 'ОО')}${inline('C1', 'Участников')}${inline('D1', '«2»')}</row>` +
        `<row r="2">${num('A2', 2024)}${num('D2', 3)}</row>` +
        `<row r="3"><c><v>1</v></c><c><v>2</v></c></row>`,
    );
    // 3 rows × 4 columns (D is the widest value); row 2 has a gap at B and C, row 3 two cells from A.
    expect(sheet.values).toEqual([
      ['Год', 'ОО', 'Участников', '«2»'],
      [2024, null, null, 3],
      [1, 2, null, null],
    ]);
    expect(sheet.numberFormats).toEqual([
      ['General', 'General', 'General', 'General'],
      ['General', 'General', 'General', 'General'],
      ['General', 'General', 'General', 'General'],
    ]);
  });

  it('joins a row given twice and a cell whose address names another row', async () => {
    const sheet = await grid(
      `<row r="1">${num('A1', 1)}${num('B1', 2)}${num('C1', 3)}</row>` +
        `<row r="2">${num('A2', 4)}${num('C3', 9)}</row>` +
        `<row r="3">${num('A3', 7)}</row>` +
        `<row r="2">${num('B2', 5)}</row>`,
    );
    // Row 2: A2 from its first element, B2 from the second; C3 came inside row 2's element but belongs to row 3.
    expect(sheet.values).toEqual([
      [1, 2, 3],
      [4, 5, null],
      [7, null, 9],
    ]);
  });

  it('takes the later of two cells with one address, and a cell given before its left neighbour', async () => {
    const sheet = await grid(`<row r="1">${num('C1', 3)}${num('A1', 1)}${num('A1', 10)}</row><row r="2">${num('B2', 5)}</row>`);
    expect(sheet.values).toEqual([
      [10, null, 3],
      [null, 5, null],
    ]);
  });

  it('pads empty rows and a merge beyond the values, and empties the merge’s other cells', async () => {
    const sheet = await grid(`<row r="1">${inline('A1', 'Итоги')}${num('B1', 5)}</row><row r="3">${num('A3', 8)}</row>`, '<mergeCells count="1"><mergeCell ref="A1:D1"/></mergeCells>');
    // 3 rows (row 2 empty) × 4 columns (the merge reaches D); B1 is inside the merge and reads empty.
    expect(sheet.values).toEqual([
      ['Итоги', null, null, null],
      [null, null, null, null],
      [8, null, null, null],
    ]);
  });
});
