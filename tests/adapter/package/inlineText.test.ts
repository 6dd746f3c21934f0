/**
 * Opora's texts are written inline; `xml:space="preserve"` goes only on a text that starts or ends with
 * white space (Excel trims such a text without it, and writes the attribute only then itself), so every
 * text reads back exactly as it was built while the attribute no longer takes a tenth of the sheet XML.
 */
import { SaxesParser } from 'saxes';
import { emptySheet } from '../../../src/engine/output/sheet';
import { TRANSITIONAL } from '../../../src/workbook/package/conformance';
import { sheetXml } from '../../../src/workbook/package/sheetXml';
import { StyleBook } from '../../../src/workbook/package/styleBook';

const TEXTS = ['МБОУ СОШ № 3', ' отступ', 'хвост ', 'две\nстроки', '\tтаб', 'строка\n', 'a  b', 'x'];

/** Each `<t>` of the sheet: its text as an XML parser gives it, and whether it asks to keep its spaces. */
function texts(xml: string): { text: string; preserve: boolean }[] {
  const out: { text: string; preserve: boolean }[] = [];
  const parser = new SaxesParser();
  let open: { text: string; preserve: boolean } | undefined;
  parser.on('opentag', (node) => {
    if (node.name === 't') open = { text: '', preserve: node.attributes['xml:space'] === 'preserve' };
  });
  parser.on('text', (t) => {
    if (open) open.text += t;
  });
  parser.on('closetag', (node) => {
    if (node.name === 't' && open) out.push(open);
    if (node.name === 't') open = undefined;
  });
  parser.write(xml).close();
  return out;
}

describe('inline texts', () => {
  const sheet = emptySheet('summary', 'Опора · Сводка');
  sheet.values = TEXTS.map((t) => [t]);
  const written = texts([...sheetXml(sheet, new StyleBook(undefined), TRANSITIONAL).pieces].join(''));

  it('every text reads back exactly as it was built', () => {
    expect(written.map((w) => w.text)).toEqual(TEXTS);
  });

  it('only a text that starts or ends with white space carries xml:space="preserve"', () => {
    // By hand: « отступ», «хвост », «\tтаб» and «строка\n» start or end with white space; the other four do not.
    expect(written.filter((w) => w.preserve).map((w) => w.text)).toEqual([' отступ', 'хвост ', '\tтаб', 'строка\n']);
  });
});
