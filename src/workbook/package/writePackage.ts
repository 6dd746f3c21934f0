/**
 * Writes an OutputDocument into the package: Opora's sheets from an earlier run are replaced in their
 * tab position (their old drawings and charts deleted with them), `removeSheets` go with every part only
 * they used, new sheets are appended after the user's, and `createOnce` sheets that exist are left alone.
 * Only workbook.xml, its relationships, the content types, styles.xml (append-only), calcChain.xml, the
 * sheet titles of docProps/app.xml and Opora's own parts change; every other entry of the zip is left
 * exactly as loaded.
 */
import type JSZip from 'jszip';
import type { OutputDocument, OutputSheet } from '../../engine';
import { userSelectedTab } from './activeSheet';
import { editAppTitles, type TitlesEdit } from './appXml';
import { dropCalcChainSheets } from './calcChain';
import { namespacesOf, type Namespaces } from './conformance';
import { chartXml, drawingXml } from './chartXml';
import { CONTENT_TYPE, CONTENT_TYPES_PART, editContentTypes } from './contentTypes';
import { readLayout, type PackageLayout, type SheetEntry, type SheetState } from './layout';
import { OporaParts } from './oporaParts';
import { codecOf, findEntry, partText } from './packageZip';
import { PartGraph } from './partGraph';
import { nextRelId, PartNames } from './partNames';
import { parseRelationships, relativeTarget, relsPathOf } from './relationships';
import { sheetXml } from './sheetXml';
import { StyleBook } from './styleBook';
import { editWorkbookXml, type KeptSheet, type NewSheet, type OwnedNames } from './workbookXml';
import { attributeLocal, elements, escapeXml, rootPrefix } from './xmlText';

const RELS_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';

interface Planned {
  sheet: OutputSheet;
  existing?: SheetEntry;
  part: string;
  state: SheetState;
}

function relsXml(rels: { id: string; type: string; target: string }[], ns: Namespaces): string {
  const items = rels.map((r) => `<Relationship Id="${r.id}" Type="${ns.relationshipTypes}/${r.type}" Target="${escapeXml(r.target)}"/>`);
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${RELS_NS}">${items.join('')}</Relationships>`;
}

/** The workbook's relationships without `removeIds`, with `add` appended (in the part's own prefix). */
function editRels(xml: string, removeIds: Set<string>, add: { id: string; type: string; target: string }[], ns: Namespaces): string {
  let out = xml || relsXml([], ns);
  for (const found of elements(out, 'Relationship').reverse()) {
    if (removeIds.has(attributeLocal(found.tag, 'Id') ?? '')) out = out.slice(0, found.start) + out.slice(found.end);
  }
  const prefix = rootPrefix(out);
  const items = add.map((r) => `<${prefix}Relationship Id="${r.id}" Type="${ns.relationshipTypes}/${r.type}" Target="${escapeXml(r.target)}"/>`);
  const close = out.lastIndexOf('</');
  return out.slice(0, close) + items.join('') + out.slice(close);
}

const sameName = (a: string, b: string) => a.toLocaleLowerCase('ru') === b.toLocaleLowerCase('ru');

function findSheet(layout: PackageLayout, name: string): SheetEntry | undefined {
  return layout.sheets.find((s) => sameName(s.name, name));
}

export async function writePackage(zip: JSZip, doc: OutputDocument): Promise<void> {
  const layout = await readLayout(zip);
  const ns = namespacesOf(layout.workbookXml);
  const graph = await PartGraph.load(zip);
  const parts = new OporaParts(zip, codecOf(zip));
  const folder = layout.workbookPart.slice(0, layout.workbookPart.lastIndexOf('/') + 1);
  const removed = doc.removeSheets.map((n) => findSheet(layout, n)).filter((s): s is SheetEntry => s !== undefined);
  const toWrite = doc.sheets.filter((s) => !(s.mode === 'createOnce' && findSheet(layout, s.name)));

  // Old parts go first, so the names given out below are the same on every run.
  const removedRelIds = new Set<string>();
  for (const s of removed) {
    removedRelIds.add(s.rId);
    if (s.part) {
      graph.unreference(s.part);
      graph.delete(s.part);
    }
  }
  const planned: Planned[] = toWrite.map((sheet) => {
    const existing = findSheet(layout, sheet.name);
    if (existing?.part) graph.deleteChildren(existing.part);
    return { sheet, existing, part: existing?.part ?? '', state: sheet.visibility ?? 'visible' };
  });
  const names = new PartNames(zip);
  for (const p of planned) if (!p.part) p.part = names.next(`${folder}worksheets/`, 'sheet');

  const usedIds = new Set(layout.rels.map((r) => r.id));
  const addedRels: { id: string; type: string; target: string }[] = [];
  const addedTypes: [string, string][] = [];
  let sheetId = Math.max(0, ...layout.sheets.map((s) => s.sheetId));
  const added: NewSheet[] = [];
  const replaced: KeptSheet[] = [];
  for (const p of planned) {
    if (p.existing?.part) {
      replaced.push({ entry: p.existing, name: p.sheet.name, state: p.state });
      continue;
    }
    if (p.existing) removedRelIds.add(p.existing.rId);
    const id = nextRelId(usedIds);
    addedRels.push({ id, type: 'worksheet', target: relativeTarget(layout.workbookPart, p.part) });
    addedTypes.push([p.part, CONTENT_TYPE.worksheet]);
    added.push({ name: p.sheet.name, sheetId: p.existing?.sheetId ?? ++sheetId, rId: id, state: p.state });
  }
  // A sheet whose part was missing is re-added at the end rather than left pointing at nothing.
  const brokenReplaced = planned.filter((p) => p.existing && !p.existing.part).map((p) => p.existing as SheetEntry);

  const stylesRel = layout.rels.find((r) => r.kind === 'styles' && !r.external);
  const book = new StyleBook(stylesRel ? await partText(zip, stylesRel.part) : undefined);

  const kept = layout.sheets.filter((s) => !removed.includes(s) && !brokenReplaced.includes(s));
  const rewritten = new Set([...removed, ...planned.map((p) => p.existing)]);
  const activate = planned.find((p) => doc.activate !== undefined && sameName(p.sheet.name, doc.activate) && p.state === 'visible');
  const selected = activate && !(await userSelectedTab(zip, layout.sheets.filter((s) => !rewritten.has(s)))) ? activate : undefined;
  let activeTab: number | undefined;
  const ownedNames: OwnedNames[] = [];
  for (const p of planned) {
    const drawingRelId = p.sheet.charts.length > 0 ? 'rId1' : undefined;
    const written = sheetXml(p.sheet, book, ns, { drawingRelId, selected: p === selected });
    await parts.add(p.part, written.pieces);
    if (drawingRelId) await writeCharts(parts, names, folder, p, addedTypes, ns);
    const index = p.existing?.part ? kept.indexOf(p.existing) : kept.length + added.findIndex((a) => a.name === p.sheet.name);
    if (p === selected) activeTab = index;
    if (written.printTitles || written.filterRange) {
      ownedNames.push({ index, sheetName: p.sheet.name, printTitles: written.printTitles, filterRange: written.filterRange });
    }
  }

  if (book.changed) {
    const part = stylesRel?.part ?? `${folder}styles.xml`;
    await parts.add(part, book.toXml());
    if (!stylesRel) {
      addedRels.push({ id: nextRelId(usedIds), type: 'styles', target: relativeTarget(layout.workbookPart, part) });
      addedTypes.push([part, CONTENT_TYPE.styles]);
    }
  }

  const calcRel = layout.rels.find((r) => r.kind === 'calcChain' && !r.external);
  const droppedIds = new Set([...removed, ...brokenReplaced].map((s) => s.sheetId));
  if (calcRel) {
    const chain = await partText(zip, calcRel.part);
    const next = chain === undefined ? undefined : dropCalcChainSheets(chain, droppedIds);
    if (next === undefined) {
      removedRelIds.add(calcRel.id);
      graph.delete(calcRel.part);
    } else if (next !== chain) await parts.add(calcRel.part, next);
  }

  const edited = editWorkbookXml(
    layout.workbookXml,
    layout.sheets,
    { removed: [...removed, ...brokenReplaced], replaced, added, names: ownedNames, activeTab },
    ns,
  );
  if (edited !== layout.workbookXml) await parts.add(layout.workbookPart, edited);
  await editTitles(zip, parts, {
    worksheets: layout.sheets.filter((s) => s.kind === 'worksheet').map((s) => s.name),
    removed: [...removed, ...brokenReplaced].map((s) => s.name),
    renamed: replaced.map((k): [string, string] => [k.entry.name, k.name]),
    added: added.map((a) => a.name),
  });
  if (removedRelIds.size > 0 || addedRels.length > 0) await parts.add(layout.relsPart, editRels(layout.relsXml, removedRelIds, addedRels, ns));
  const types = await partText(zip, CONTENT_TYPES_PART);
  if (types !== undefined) {
    const next = editContentTypes(types, graph.deleted, addedTypes);
    if (next !== types) await parts.add(CONTENT_TYPES_PART, next);
  }
  await parts.into();
}

/** The sheet titles of the extended properties (`docProps/app.xml`, found through the package's relationships). */
async function editTitles(zip: JSZip, parts: OporaParts, edit: TitlesEdit): Promise<void> {
  // `extended-properties` in Transitional, `extendedProperties` in Strict.
  const part = parseRelationships('', await partText(zip, '_rels/.rels')).find((r) => /^extended-?properties$/i.test(r.kind) && !r.external)?.part;
  const xml = part === undefined ? undefined : await partText(zip, part);
  if (part === undefined || xml === undefined) return;
  const next = editAppTitles(xml, edit);
  if (next !== xml) await parts.add(findEntry(zip, part)?.name ?? part, next);
}

/** The drawing of a sheet's charts, its relationships, and one chart part per spec. */
async function writeCharts(parts: OporaParts, names: PartNames, folder: string, p: Planned, addedTypes: [string, string][], ns: Namespaces): Promise<void> {
  const drawing = names.next(`${folder}drawings/`, 'drawing');
  const chartParts = p.sheet.charts.map(() => names.next(`${folder}charts/`, 'chart'));
  const chartIds = chartParts.map((_, i) => `rId${i + 1}`);
  await parts.add(relsPathOf(p.part), relsXml([{ id: 'rId1', type: 'drawing', target: relativeTarget(p.part, drawing) }], ns));
  await parts.add(drawing, drawingXml(p.sheet.charts, chartIds, ns));
  await parts.add(relsPathOf(drawing), relsXml(chartParts.map((part, i) => ({ id: chartIds[i], type: 'chart', target: relativeTarget(drawing, part) })), ns));
  for (const [i, spec] of p.sheet.charts.entries()) await parts.add(chartParts[i], chartXml(p.sheet, spec, ns));
  addedTypes.push([drawing, CONTENT_TYPE.drawing], ...chartParts.map((part): [string, string] => [part, CONTENT_TYPE.chart]));
}
