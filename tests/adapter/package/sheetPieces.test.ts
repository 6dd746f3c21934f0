/**
 * A sheet's XML comes in pieces (so it is compressed while it is built and is never one string): the
 * pieces joined are one well-formed worksheet with one sheetData holding every row in order, however
 * many pieces a large sheet takes; a sheet without rows has an empty sheetData.
 */
import { SaxesParser } from 'saxes';
import { emptySheet } from '../../../src/engine/output/sheet';
import { TRANSITIONAL } from '../../../src/workbook/package/conformance';
import { sheetXml } from '../../../src/workbook/package/sheetXml';
import { StyleBook } from '../../../src/workbook/package/styleBook';

function elementCounts(xml: string): Map<string, number> {
  const counts = new Map<string, number>();
  const parser = new SaxesParser();
  parser.on('opentag', (node) => counts.set(node.name, (counts.get(node.name) ?? 0) + 1));
  parser.write(xml).close();
  return counts;
}

describe('sheetXml pieces', () => {
  it('a sheet of 20,000 rows comes in several pieces that join into one worksheet with every row once, in order', () => {
    const sheet = emptySheet('summary', 'Опора · Сводка');
    sheet.values = Array.from({ length: 20_000 }, (_, r) => [`Школа № ${r + 1}`, r, r % 2 === 0]);
    const pieces = [...sheetXml(sheet, new StyleBook(undefined), TRANSITIONAL).pieces];
    expect(pieces.length).toBeGreaterThan(3);
    const xml = pieces.join('');
    const counts = elementCounts(xml);
    expect([counts.get('worksheet'), counts.get('sheetData'), counts.get('row'), counts.get('c')]).toEqual([1, 1, 20_000, 60_000]);
    const rowNumbers = [...xml.matchAll(/<row r="(\d+)"/g)].map((m) => Number(m[1]));
    expect(rowNumbers).toEqual(Array.from({ length: 20_000 }, (_, r) => r + 1));
  });

  it('a sheet without rows has an empty sheetData', () => {
    const xml = [...sheetXml(emptySheet('summary', 'Опора · Сводка'), new StyleBook(undefined), TRANSITIONAL).pieces].join('');
    expect(xml).toContain('<sheetData/>');
    expect(elementCounts(xml).get('sheetData')).toBe(1);
  });
});
