/**
 * Comparing packages entry by entry: each entry's CRC-32, sizes and inflated bytes, and the user's part
 * of workbook.xml and styles.xml element by element.
 */
import JSZip from 'jszip';
import { elements, innerRange } from '../../../src/workbook/package/xmlText';

export interface ZipEntry {
  crc32: number;
  compressedSize: number;
  bytes: Uint8Array;
}

interface Loaded {
  _data: { crc32: number; compressedSize: number };
}

export async function zipEntries(bytes: Uint8Array): Promise<Map<string, ZipEntry>> {
  const zip = await JSZip.loadAsync(bytes);
  const out = new Map<string, ZipEntry>();
  for (const file of Object.values(zip.files)) {
    if (file.dir) continue;
    const data = (file as unknown as Loaded)._data;
    out.set(file.name, { crc32: data.crc32, compressedSize: data.compressedSize, bytes: await file.async('uint8array') });
  }
  return out;
}

export async function partXml(bytes: Uint8Array, part: string): Promise<string> {
  return (await (await JSZip.loadAsync(bytes)).file(part)?.async('string')) ?? '';
}

/** Entries Opora may change in the user's package (everything else it must copy). */
export const EDITABLE = new Set(['[Content_Types].xml', 'xl/workbook.xml', 'xl/_rels/workbook.xml.rels', 'docProps/app.xml', 'xl/styles.xml', 'xl/calcChain.xml']);

/** Names of the elements of a section, as a list of their texts. */
function children(xml: string, section: string, child: string): string[] {
  const found = elements(xml, section).find((e) => new RegExp(`^<(\\w+:)?${section}[\\s/>]`).test(e.tag));
  if (!found) return [];
  const { from, to } = innerRange(found);
  return elements(xml, child, from, to).map((e) => e.text);
}

/** The XML with the given sections cut out (to compare what is around them; a section may be added where the user had none). */
function without(xml: string, sections: string[]): string {
  let out = xml;
  for (const section of sections) {
    const found = elements(out, section).find((e) => new RegExp(`^<(\\w+:)?${section}[\\s/>]`).test(e.tag));
    if (found) out = out.slice(0, found.start) + out.slice(found.end);
  }
  return out;
}

const sheetName = (element: string) => /name="([^"]*)"/.exec(element)?.[1] ?? '';

/** Names of the sheets of workbook.xml, in tab order. */
export function sheetNames(xml: string): string[] {
  return children(xml, 'sheets', 'sheet').map(sheetName);
}

/**
 * The user's part of workbook.xml: the `user` sheets' elements, all names, and everything else — with the
 * first workbook view's `activeTab` left out, the one workbook-level attribute Opora may set (to open on
 * its summary when no user sheet is selected, see src/workbook/package/activeSheet.ts), and — given the
 * `original` workbook.xml that had none — the bare `<bookViews>` Opora adds to carry it.
 */
export function userWorkbookPart(xml: string, user: Set<string>, original?: string) {
  const view = elements(xml, 'workbookView')[0];
  const viewed = view ? xml.slice(0, view.start) + view.tag.replace(/\sactiveTab="\d+"/, '') + xml.slice(view.start + view.tag.length) : xml;
  const rest = without(viewed, ['sheets', 'definedNames']);
  const hadViews = original === undefined || elements(original, 'bookViews').length > 0;
  return {
    sheets: children(xml, 'sheets', 'sheet').filter((s) => user.has(sheetName(s))),
    names: children(xml, 'definedNames', 'definedName'),
    rest: hadViews ? rest : rest.replace(/<(\w+:)?bookViews><(\w+:)?workbookView\/><\/(\w+:)?bookViews>/, ''),
  };
}

export const STYLE_SECTIONS: [string, string][] = [
  ['numFmts', 'numFmt'],
  ['fonts', 'font'],
  ['fills', 'fill'],
  ['borders', 'border'],
  ['cellStyleXfs', 'xf'],
  ['cellXfs', 'xf'],
  ['cellStyles', 'cellStyle'],
  ['dxfs', 'dxf'],
];

export function styleSections(xml: string): Record<string, string[]> {
  return Object.fromEntries(STYLE_SECTIONS.map(([section, child]) => [section, children(xml, section, child)]));
}

export function stylesOutside(xml: string): string {
  return without(xml, STYLE_SECTIONS.map(([s]) => s));
}

const text = (xml: string, found: { start: number; end: number }, local: string) =>
  elements(xml, local, found.start, found.end).map((e) => e.text.replace(/^<[^>]*>|<\/[^>]*>$/g, ''));

/** The heading pairs of docProps/app.xml with their titles: `[['Листы', ['ОГЭ', …]], ['Именованные диапазоны', […]]]`. */
export function appTitleGroups(xml: string): [string, string[]][] {
  const pairs = elements(xml, 'HeadingPairs')[0];
  const titles = elements(xml, 'TitlesOfParts')[0];
  if (!pairs || !titles) return [];
  const names = text(xml, pairs, 'lpstr');
  const counts = text(xml, pairs, 'i4').map(Number);
  const all = text(xml, titles, 'lpstr');
  const size = Number(/size="(\d+)"/.exec(elements(xml, 'vector', titles.start, titles.end)[0].tag)?.[1]);
  if (size !== all.length) throw new Error(`TitlesOfParts says size="${size}" but holds ${all.length} titles`);
  let first = 0;
  return names.map((name, i) => {
    const group: [string, string[]] = [name, all.slice(first, first + counts[i])];
    first += counts[i];
    return group;
  });
}
