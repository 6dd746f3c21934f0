/**
 * Shared strings are the text of most user cells: each `<si>` must read as Excel shows it — rich-text runs
 * joined, phonetic hints left out, entities and CDATA resolved, prefixes allowed.
 */
import JSZip from 'jszip';
import { readSharedStrings } from '../../../src/workbook/package/sharedStrings';

async function read(xml: string): Promise<string[]> {
  const zip = new JSZip();
  zip.file('xl/sharedStrings.xml', xml);
  return readSharedStrings(await JSZip.loadAsync(await zip.generateAsync({ type: 'uint8array' })), 'xl/sharedStrings.xml');
}

describe('readSharedStrings', () => {
  it('reads plain, rich, phonetic, CDATA and prefixed items in order', async () => {
    const xml =
      '\uFEFF<?xml version="1.0" encoding="UTF-8"?>\r\n<x:sst xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="5">' +
      '<x:si><x:t>Школа № 5</x:t></x:si>' +
      '<x:si><x:r><x:t xml:space="preserve">ОГЭ </x:t></x:r><x:r><x:rPr><x:b/></x:rPr><x:t>2024 &amp; ЕГЭ</x:t></x:r></x:si>' +
      '<x:si><x:t>漢字</x:t><x:rPh sb="0" eb="2"><x:t>かんじ</x:t></x:rPh></x:si>' +
      '<x:si><x:t><![CDATA[<b>жирный</b>]]> текст</x:t></x:si>' +
      '<x:si><x:t/></x:si>' +
      '</x:sst>';
    expect(await read(xml)).toEqual(['Школа № 5', 'ОГЭ 2024 & ЕГЭ', '漢字', '<b>жирный</b> текст', '']);
  });

  it('refuses a table that is not well-formed XML', async () => {
    await expect(read('<sst><si><t>a</si></sst>')).rejects.toThrow();
  });
});
