/**
 * Every worksheet of the package → SheetGrid, in tab order: shared strings and cell formats read once,
 * each sheet part streamed, its Excel tables read from the table parts its relationships name. Chart
 * sheets and dialog sheets hold no cells and give no grid. Nothing else is opened, so images, comments
 * or drawings Opora cannot parse never stop a workbook from being read.
 */
import type JSZip from 'jszip';
import type { GridTable, SheetGrid } from '../../engine';
import { parseRange } from './a1';
import { cellFormatCodes } from './cellFormats';
import type { PackageLayout } from './layout';
import { partText } from './packageZip';
import { parseRelationships, relsPathOf } from './relationships';
import { readSheet, type SheetContext } from './readSheet';
import { readSharedStrings } from './sharedStrings';
import { attribute, element } from './xmlText';

async function readTables(zip: JSZip, sheetPart: string, ids: string[]): Promise<GridTable[]> {
  if (ids.length === 0) return [];
  const rels = parseRelationships(sheetPart, await partText(zip, relsPathOf(sheetPart)));
  const tables: GridTable[] = [];
  for (const id of ids) {
    const rel = rels.find((r) => r.id === id && !r.external);
    const xml = rel ? await partText(zip, rel.part) : undefined;
    const table = xml ? element(xml, 'table') : undefined;
    if (!table) continue;
    const ref = attribute(table.tag, 'ref');
    const rect = ref ? parseRange(ref) : undefined;
    const name = attribute(table.tag, 'displayName') ?? attribute(table.tag, 'name');
    if (rect && name) tables.push({ name, rect });
  }
  return tables;
}

export async function readGrids(zip: JSZip, layout: PackageLayout): Promise<SheetGrid[]> {
  const relOf = (kind: string) => layout.rels.find((r) => r.kind === kind && !r.external)?.part;
  const stylesPart = relOf('styles');
  const context: SheetContext = {
    sharedStrings: await readSharedStrings(zip, relOf('sharedStrings')),
    formats: cellFormatCodes(stylesPart ? await partText(zip, stylesPart) : undefined),
    date1904: layout.date1904,
  };
  const grids: SheetGrid[] = [];
  for (const entry of layout.sheets) {
    if (entry.kind !== 'worksheet') continue;
    const base = { name: entry.name, visibility: entry.state };
    if (!entry.part) {
      grids.push({ ...base, values: [], numberFormats: [], merges: [], tables: [] });
      continue;
    }
    const sheet = await readSheet(zip, entry.part, context);
    grids.push({
      ...base,
      values: sheet.values,
      numberFormats: sheet.numberFormats,
      merges: sheet.merges,
      tables: await readTables(zip, entry.part, sheet.tableRels),
    });
  }
  return grids;
}
