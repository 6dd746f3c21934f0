/**
 * `docProps/app.xml` (the extended properties), edited as text: Opora's sheet titles removed from, renamed
 * in or appended to the worksheet group of `TitlesOfParts`, with that group's count in `HeadingPairs`
 * («Листы», «Worksheets», whatever the language) and the size of the titles vector kept true. The user's
 * titles, the other groups (named ranges, chart sheets) and everything else stay as written. The worksheet
 * group is the one whose titles are all worksheet names of the workbook; a part without such a group
 * (LibreOffice writes no titles at all) is left as it is.
 */
import { elements, escapeXml, innerRange, splice, unescapeXml, withAttribute, type Found } from './xmlText';

export interface TitlesEdit {
  /** Worksheet names of the workbook before the edit (to recognize the worksheet group). */
  worksheets: string[];
  removed: string[];
  /** Old name → new name of sheets replaced in place. */
  renamed: [string, string][];
  /** Sheets appended after the user's, in tab order. */
  added: string[];
}

const same = (a: string, b: string) => a.toLocaleLowerCase('ru') === b.toLocaleLowerCase('ru');

/** Text content of a simple element (`<vt:lpstr>…</vt:lpstr>`). */
function textOf(found: Found): string {
  const { from, to } = innerRange(found);
  return unescapeXml(found.text.slice(from - found.start, to - found.start));
}

interface Group {
  name: string;
  /** The `<vt:i4>` (or other integer) element holding the count. */
  count: Found;
  first: number;
  size: number;
}

/** The heading pairs: name and count variants alternate. */
function groups(xml: string, vector: Found): Group[] {
  const { from, to } = innerRange(vector);
  const variants = elements(xml, 'variant', from, to);
  const out: Group[] = [];
  let first = 0;
  for (let i = 0; i + 1 < variants.length; i += 2) {
    const name = elements(xml, 'lpstr', variants[i].start, variants[i].end)[0];
    const count = elements(xml, 'i4', variants[i + 1].start, variants[i + 1].end)[0];
    if (!name || !count) return [];
    const size = Number(textOf(count));
    if (!Number.isInteger(size) || size < 0) return [];
    out.push({ name: textOf(name), count, first, size });
    first += size;
  }
  return out;
}

/** The part with the titles edited, or the same text when there is nothing to change or no worksheet group. */
export function editAppTitles(xml: string, edit: TitlesEdit): string {
  if (edit.removed.length + edit.renamed.length + edit.added.length === 0) return xml;
  const pairs = elements(xml, 'HeadingPairs')[0];
  const titles = elements(xml, 'TitlesOfParts')[0];
  const pairsVector = pairs && elements(xml, 'vector', pairs.start, pairs.end)[0];
  const titlesVector = titles && elements(xml, 'vector', titles.start, titles.end)[0];
  if (!pairsVector || !titlesVector) return xml;
  const range = innerRange(titlesVector);
  const items = elements(xml, 'lpstr', range.from, range.to);
  const all = groups(xml, pairsVector);
  if (all.length === 0 || all.reduce((n, g) => n + g.size, 0) !== items.length) return xml;
  const group = all.find(
    (g) => g.size > 0 && items.slice(g.first, g.first + g.size).every((item) => edit.worksheets.some((name) => same(name, textOf(item)))),
  );
  if (!group) return xml;

  const qualified = /^<([\w.:-]+)/.exec(items[group.first].tag)?.[1] ?? 'vt:lpstr';
  const title = (name: string) => `<${qualified}>${escapeXml(name)}</${qualified}>`;
  const pieces: [number, number, string][] = [];
  let size = group.size;
  const own = items.slice(group.first, group.first + group.size);
  const missing = [...edit.added];
  for (const [from, to] of edit.renamed) {
    const item = own.find((i) => same(textOf(i), from));
    if (!item) missing.push(to);
    else if (textOf(item) !== to) pieces.push([item.start, item.end, title(to)]);
  }
  for (const item of own) {
    if (edit.removed.some((name) => same(name, textOf(item)))) {
      pieces.push([item.start, item.end, '']);
      size -= 1;
    }
  }
  const end = own[own.length - 1].end;
  pieces.push([end, end, missing.map(title).join('')]);
  size += missing.length;

  // The count comes before the titles in the part, so edit from the end backwards.
  const total = items.length - group.size + size;
  const countRange = innerRange(group.count);
  pieces.push([countRange.from, countRange.to, String(size)]);
  pieces.push([titlesVector.start, titlesVector.start + titlesVector.tag.length, withAttribute(titlesVector.tag, 'size', String(total))]);
  pieces.sort((a, b) => b[0] - a[0] || b[1] - a[1]);
  let out = xml;
  for (const [from, to, text] of pieces) out = splice(out, from, to, text);
  return out;
}
