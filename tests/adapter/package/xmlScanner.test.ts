/**
 * The sheet reader's XmlScanner replaced saxes for speed; it must give the same events saxes gives —
 * names with their prefixes, attribute values, texts with entities, CDATA and line ends resolved — however
 * the part is cut into chunks, and refuse every document saxes refuses for the faults it checks.
 */
import { SaxesParser } from 'saxes';
import { XmlScanner } from '../../../src/workbook/package/xmlScanner';

/** Attributes the readers ask for, recorded on every start tag. */
const ASKED = ['r', 't', 's', 'ref', 'r:id', 'x:r', 'id', 'weird', 'xml:space'];

/** Events as one list of strings; adjacent texts merged (saxes splits text from CDATA). */
function record(): { events: string[]; open: (name: string, value: (a: string) => string | undefined, id?: string) => void; text: (t: string) => void; close: (n: string) => void } {
  const events: string[] = [];
  return {
    events,
    open: (name, value, id) => events.push(`<${name} ${ASKED.map((a) => `${a}=${value(a) ?? '∅'}`).join(' ')} local-id=${id ?? '∅'}`),
    text: (t) => {
      if (events.length && events[events.length - 1].startsWith('#')) events[events.length - 1] += t;
      else events.push(`#${t}`);
    },
    close: (n) => events.push(`</${n}`),
  };
}

function bySaxes(xml: string): string[] {
  const r = record();
  const parser = new SaxesParser<{ xmlns: false; position: false }>({ xmlns: false, position: false });
  parser.on('opentag', (tag) => {
    const attrs = tag.attributes as Record<string, string>;
    const id = Object.entries(attrs).find(([name]) => name.replace(/^.*:/, '') === 'id')?.[1];
    r.open(tag.name, (a) => attrs[a], id);
  });
  parser.on('text', r.text);
  parser.on('cdata', r.text);
  parser.on('closetag', (tag) => r.close(tag.name));
  parser.write(xml).close();
  return r.events.filter((e) => !/^#\s*$/.test(e) || r.events.length === 0);
}

function byScanner(chunks: string[]): string[] {
  const r = record();
  const scanner: XmlScanner = new XmlScanner({
    open: (name) => r.open(name, (a) => scanner.attribute(a), scanner.attributeLocal('id')),
    text: r.text,
    close: r.close,
  });
  for (const chunk of chunks) scanner.write(chunk);
  scanner.close();
  return r.events.filter((e) => !/^#\s*$/.test(e));
}

/** `xml` cut at `cuts` (positions). */
const cut = (xml: string, cuts: number[]) => [0, ...cuts, xml.length].slice(1).map((end, i, ends) => xml.slice(i === 0 ? 0 : ends[i - 1], end));

const SHEET =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n' +
  '<!-- a comment with <c> inside -->' +
  '<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
  '<x:sheetData><x:row r="1" spans="1:3">' +
  '<x:c r="A1" t="s"><x:v>0</x:v></x:c>' +
  '<x:c r = \'B1\'  s="3" ><x:v>12.5</x:v></x:c>' +
  '<x:c r="C1" t="inlineStr"><x:is><x:r><x:t xml:space="preserve">Школа </x:t></x:r><x:r><x:rPr><x:b/></x:rPr><x:t>№ 5 &amp; &lt;лицей&gt; &#1055;&#x41F; &quot;q&quot; &apos;a&apos;</x:t></x:r>' +
  '<x:rPh sb="0" eb="1"><x:t>フリガナ</x:t></x:rPh></x:is></x:c></x:row>' +
  '<x:row r="2"><x:c r="A2" t="str"><x:f>A1&amp;"x"</x:f><x:v><![CDATA[<b> & ]] ]]]></x:v></x:c>' +
  '<x:c t="inlineStr"><x:is><x:t>line\r\nbreak\rand\nmore 😀 emoji</x:t></x:is></x:c><x:c r="C2" />' +
  '<x:c r="D2" t="e" weird="a>b\ttab\r\nline &amp; &#10;kept"><x:v>#N/A</x:v></x:c></x:row></x:sheetData>' +
  '<x:mergeCells count="1"><x:mergeCell ref="A1:B1"/></x:mergeCells>' +
  '<x:tableParts count="1"><x:tablePart r:id="rId3"/></x:tableParts>' +
  '<?custom processing instruction?></x:worksheet>\n<!-- after -->\n';

const PLAIN =
  '<!DOCTYPE worksheet [ <!ELEMENT worksheet ANY> ]><worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>a</t></is></c>' +
  '<c r="B1"><v>1</v></c></row></sheetData><tablePart id="rId1"/></worksheet>';

describe('XmlScanner', () => {
  it.each([
    ['a sheet with prefixes, entities, CDATA, rich text, phonetic runs and odd spacing', SHEET],
    ['a plain sheet with a DOCTYPE', PLAIN],
  ])('gives the events saxes gives for %s, cut anywhere', (_, xml) => {
    const expected = bySaxes(xml);
    expect(byScanner([xml])).toEqual(expected);
    for (let at = 1; at < xml.length; at++) expect(byScanner(cut(xml, [at]))).toEqual(expected);
    for (let at = 1; at + 7 < xml.length; at += 3) expect(byScanner(cut(xml, [at, at + 1, at + 7]))).toEqual(expected);
  });

  it('skips a byte-order mark', () => {
    expect(byScanner(['\uFEFF<a x="1">t</a>'])).toEqual(bySaxes('<a x="1">t</a>'));
  });

  it('reads what the sheet reader asks of the attributes', () => {
    const events = byScanner(cut(SHEET, [300, 301]));
    expect(events).toContain('<x:c r=B1 t=∅ s=3 ref=∅ r:id=∅ x:r=∅ id=∅ weird=∅ xml:space=∅ local-id=∅');
    expect(events).toContain('<x:tablePart r=∅ t=∅ s=∅ ref=∅ r:id=rId3 x:r=∅ id=∅ weird=∅ xml:space=∅ local-id=rId3');
    expect(events).toContain('#line\nbreak\nand\nmore 😀 emoji');
  });

  it.each([
    ['a mismatched end tag', '<a><b></a></b>'],
    ['an element left open', '<a><b></b>'],
    ['an end tag that closes nothing', '<a></a></b>'],
    ['an undefined entity', '<a>&nbsp;</a>'],
    ['a bare ampersand', '<a>fish & chips</a>'],
    ['a character reference to NUL', '<a>&#0;</a>'],
    ['text before the root', 'text<a/>'],
    ['text after the root', '<a/>text'],
    ['a second root', '<a/><b/>'],
    ['no root at all', '<!-- nothing -->'],
    ['an unquoted attribute', '<a x=1/>'],
    ['an attribute without a value', '<a x/>'],
    ['attributes without a space between', '<a x="1"y="2"/>'],
    ['"<" in an attribute value', '<a x="<"/>'],
    ['"<" in the value of a later attribute', '<a y="1" x="a<b"/>'],
    ['"<" in an attribute name', '<a x<y="1"/>'],
    ['a control character', '<a>\u0001</a>'],
    ['a lone surrogate', '<a>\uD800</a>'],
    ['"]]>" in text', '<a>]]></a>'],
    ['unfinished markup', '<a></a'],
    ['markup that is not XML', '<a><!WHAT></a>'],
  ])('refuses %s, as saxes does', (_, xml) => {
    expect(() => bySaxes(xml)).toThrow();
    expect(() => byScanner([xml])).toThrow();
    if (xml.length > 2) expect(() => byScanner(cut(xml, [2]))).toThrow();
  });
});
