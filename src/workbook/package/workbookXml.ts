/**
 * `xl/workbook.xml`, edited as text: Opora's `<sheet>` entries added, renamed in place or removed, and the
 * defined names of Opora's own sheets (print titles, filter range) written. The user's sheets, their
 * order and their names stay as written; when an Opora sheet in the middle is removed, the sheet index of
 * later sheet-scoped names and of the active tab moves down by one so each still means the same sheet.
 */
import type { Namespaces } from './conformance';
import type { SheetEntry, SheetState } from './layout';
import { attribute, elements, escapeXml, innerRange, rootPrefix, splice, withAttribute } from './xmlText';

/** Built-in names Opora writes for its sheets (and drops with them). */
const OWNED_NAMES = new Set(['_xlnm.print_titles', '_xlnm._filterdatabase', '_xlnm.print_area']);

export interface KeptSheet {
  entry: SheetEntry;
  name: string;
  state: SheetState;
}

export interface NewSheet {
  name: string;
  sheetId: number;
  rId: string;
  state: SheetState;
}

/** Names of one Opora sheet, by its final position in the tab order. */
export interface OwnedNames {
  index: number;
  sheetName: string;
  printTitles?: string;
  filterRange?: string;
}

export interface WorkbookEdit {
  removed: SheetEntry[];
  replaced: KeptSheet[];
  added: NewSheet[];
  names: OwnedNames[];
  /** Final tab index of the sheet the workbook opens on, when Opora may set it (see activeSheet.ts). */
  activeTab?: number;
}

function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

function stateAttr(state: SheetState): string {
  return state === 'visible' ? '' : ` state="${state}"`;
}

/** The element with `state` set (or dropped for visible) and `name` set. */
function renamed(tag: string, name: string, state: SheetState): string {
  let out = withAttribute(tag, 'name', name);
  out = out.replace(/\sstate\s*=\s*("[^"]*"|'[^']*')/, '');
  return state === 'visible' ? out : withAttribute(out, 'state', state);
}

export function editWorkbookXml(xml: string, sheets: SheetEntry[], edit: WorkbookEdit, ns: Namespaces): string {
  const prefix = rootPrefix(xml);
  const indexOf = new Map(sheets.map((s, i) => [s, i]));
  const removed = new Set(edit.removed.map((s) => indexOf.get(s) as number));
  const replaced = new Set(edit.replaced.map((s) => indexOf.get(s.entry) as number));
  const shift = (i: number) => i - [...removed].filter((r) => r < i).length;
  const relPrefix = new RegExp(`xmlns:([\\w.-]+)="${ns.relationships}"`).exec(xml)?.[1];

  let out = editDefinedNames(xml, prefix, removed, replaced, shift, edit.names);

  const sheetsEl = elements(out, 'sheets')[0];
  if (!sheetsEl) throw new Error('workbook.xml has no <sheets>');
  const pieces: [number, number, string][] = [];
  for (const s of edit.removed) pieces.push([s.element.start, s.element.end, '']);
  for (const k of edit.replaced) pieces.push([k.entry.element.start, k.entry.element.end, renamed(k.entry.element.text, k.name, k.state)]);
  // Sheet elements sit before definedNames, so their offsets in `out` are still those of `xml`.
  pieces.sort((a, b) => b[0] - a[0]);
  for (const [from, to, text] of pieces) out = splice(out, from, to, text);
  const rid = relPrefix ? `${relPrefix}:id` : 'r:id';
  const nsDecl = relPrefix ? '' : ` xmlns:r="${ns.relationships}"`;
  const added = edit.added
    .map((s) => `<${prefix}sheet name="${escapeXml(s.name)}" sheetId="${s.sheetId}"${stateAttr(s.state)} ${rid}="${s.rId}"${nsDecl}/>`)
    .join('');
  const sheetsNow = elements(out, 'sheets')[0];
  const close = innerRange(sheetsNow).to;
  out = splice(out, close, close, added);

  if (removed.size > 0) out = shiftBookViews(out, shift);
  if (edit.activeTab !== undefined) out = setActiveTab(out, prefix, edit.activeTab);
  return out;
}

/**
 * The first workbook view opens on tab `index` (its first visible tab moved back if it was beyond); a
 * workbook without views gets one, before `<sheets>` where the schema puts it.
 */
function setActiveTab(xml: string, prefix: string, index: number): string {
  const view = elements(xml, 'workbookView')[0];
  if (!view) {
    const sheets = elements(xml, 'sheets')[0];
    return splice(xml, sheets.start, sheets.start, `<${prefix}bookViews><${prefix}workbookView activeTab="${index}"/></${prefix}bookViews>`);
  }
  let tag = withAttribute(view.tag, 'activeTab', String(index));
  if (Number(attribute(tag, 'firstSheet') ?? 0) > index) tag = withAttribute(tag, 'firstSheet', String(index));
  return splice(xml, view.start, view.start + view.tag.length, tag);
}

function editDefinedNames(
  xml: string,
  prefix: string,
  removed: Set<number>,
  replaced: Set<number>,
  shift: (i: number) => number,
  names: OwnedNames[],
): string {
  let out = xml;
  const block = elements(xml, 'definedNames')[0];
  const fresh = names
    .flatMap((n) => [
      ...(n.filterRange
        ? [`<${prefix}definedName name="_xlnm._FilterDatabase" localSheetId="${n.index}" hidden="1">${escapeXml(`${quoteSheet(n.sheetName)}!${n.filterRange}`)}</${prefix}definedName>`]
        : []),
      ...(n.printTitles
        ? [`<${prefix}definedName name="_xlnm.Print_Titles" localSheetId="${n.index}">${escapeXml(`${quoteSheet(n.sheetName)}!${n.printTitles}`)}</${prefix}definedName>`]
        : []),
    ])
    .join('');
  if (!block) {
    if (!fresh) return out;
    const anchor = ['externalReferences', 'functionGroups', 'sheets'].map((n) => elements(xml, n)[0]).find(Boolean);
    if (!anchor) return out;
    return splice(out, anchor.end, anchor.end, `<${prefix}definedNames>${fresh}</${prefix}definedNames>`);
  }
  const { from, to } = innerRange(block);
  const kept = elements(xml, 'definedName', from, to).map((found) => {
    const local = attribute(found.tag, 'localSheetId');
    if (local === undefined) return found.text;
    const index = Number(local);
    const name = (attribute(found.tag, 'name') ?? '').toLowerCase();
    if (removed.has(index) || (replaced.has(index) && OWNED_NAMES.has(name))) return '';
    const moved = shift(index);
    return moved === index ? found.text : withAttribute(found.tag, 'localSheetId', String(moved)) + found.text.slice(found.tag.length);
  });
  // Keep whatever sits between the names (whitespace) as it was, only the names themselves change.
  let inner = '';
  let cursor = from;
  elements(xml, 'definedName', from, to).forEach((found, i) => {
    inner += xml.slice(cursor, found.start) + kept[i];
    cursor = found.end;
  });
  inner += xml.slice(cursor, to) + fresh;
  const hasAny = inner.trim().length > 0;
  const openTag = block.tag.replace(/\s*\/>$/, '>');
  out = splice(out, block.start, block.end, hasAny ? `${openTag}${inner}</${prefix}definedNames>` : '');
  return out;
}

/** The active tab and first visible tab of each workbook view, moved down past removed sheets. */
function shiftBookViews(xml: string, shift: (i: number) => number): string {
  let out = xml;
  for (const view of elements(xml, 'workbookView').reverse()) {
    let tag = view.tag;
    for (const attr of ['activeTab', 'firstSheet']) {
      const value = attribute(tag, attr);
      if (value !== undefined) tag = withAttribute(tag, attr, String(Math.max(0, shift(Number(value)))));
    }
    if (tag !== view.tag) out = splice(out, view.start, view.start + view.tag.length, tag);
  }
  return out;
}
