/**
 * What a workbook holds that ExcelJS drops when it loads and saves the file, found by looking into the
 * .xlsx zip before recalculating, so the CLI and the standalone page can warn the user (and the CLI can
 * refuse to overwrite the original). Checked against ExcelJS 4.4 by loading and re-saving crafted files:
 * it keeps cells, styles, notes, pictures, tables, data validations, conditional formats, header/footer
 * and protection, and drops every part listed here. Works in the browser too (jszip, no Node modules).
 */
import JSZip from 'jszip';
import { looksOwned } from '../../engine/owned';

/** Kinds of content an ExcelJS round-trip loses, in the order they are reported. */
export const LOSSY_KINDS = [
  'charts',
  'pivotTables',
  'slicers',
  'shapes',
  'threadedComments',
  'macros',
  'formControls',
  'embeddedObjects',
  'cellImages',
  'externalLinks',
  'dataConnections',
  'sparklines',
  'crossSheetLists',
  'pageBreaks',
] as const;

export type LossyKind = (typeof LOSSY_KINDS)[number];

/** Zip entry prefixes whose presence alone means content that will be lost. */
const PART_PREFIXES: [string, LossyKind][] = [
  ['xl/charts/', 'charts'],
  ['xl/chartsheets/', 'charts'],
  ['xl/pivotTables/', 'pivotTables'],
  ['xl/pivotCache/', 'pivotTables'],
  ['xl/slicers/', 'slicers'],
  ['xl/slicerCaches/', 'slicers'],
  ['xl/timelines/', 'slicers'],
  ['xl/timelineCaches/', 'slicers'],
  ['xl/diagrams/', 'shapes'],
  ['xl/threadedComments/', 'threadedComments'],
  ['xl/vbaProject.bin', 'macros'],
  ['xl/ctrlProps/', 'formControls'],
  ['xl/activeX/', 'formControls'],
  ['xl/embeddings/', 'embeddedObjects'],
  ['xl/richData/', 'cellImages'],
  ['xl/externalLinks/', 'externalLinks'],
  ['xl/connections.xml', 'dataConnections'],
  ['xl/queryTables/', 'dataConnections'],
  ['xl/model/', 'dataConnections'],
];

/** Shapes, text boxes, connectors and groups in a drawing part (pictures and charts are other elements). */
const DRAWING_SHAPE = /<(?:\w+:)?(?:sp|grpSp|cxnSp)[\s>/]/;
const PAGE_BREAKS = /<(?:\w+:)?(?:rowBreaks|colBreaks)[\s>]/;
/** Worksheet extensions, by their fixed uri: sparklines, and data validations whose list is on another sheet. */
const SPARKLINES_EXT = /uri="\{05C60535-1F16-4fd2-B633-F4F36F0B64E0\}"/i;
const VALIDATIONS_EXT = /uri="\{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF\}"/i;

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function unescapeXml(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|apos);/g, (_, name: string) => ENTITIES[name]);
}

function attribute(tag: string, name: string): string | undefined {
  const match = new RegExp(`\\s${name}="([^"]*)"`).exec(tag);
  return match ? unescapeXml(match[1]) : undefined;
}

async function text(zip: JSZip, path: string): Promise<string> {
  return (await zip.file(path)?.async('string')) ?? '';
}

/**
 * Worksheet part paths (`xl/worksheets/sheet1.xml`) of the sheets that are not Opora's own: Opora rewrites
 * its sheets with their page breaks, so only the user's sheets can lose anything there.
 */
async function userSheetParts(zip: JSZip): Promise<string[]> {
  const rels = new Map<string, string>();
  for (const [tag] of (await text(zip, 'xl/_rels/workbook.xml.rels')).matchAll(/<Relationship\s[^>]*>/g)) {
    const id = attribute(tag, 'Id');
    const target = attribute(tag, 'Target');
    if (id && target) rels.set(id, target.startsWith('/') ? target.slice(1) : `xl/${target}`);
  }
  const parts: string[] = [];
  for (const [tag] of (await text(zip, 'xl/workbook.xml')).matchAll(/<(?:\w+:)?sheet\s[^>]*>/g)) {
    const name = attribute(tag, 'name');
    const part = rels.get(attribute(tag, 'r:id') ?? '');
    if (name !== undefined && part?.startsWith('xl/worksheets/') && !looksOwned(name)) parts.push(part);
  }
  return parts;
}

/**
 * The kinds of content in the .xlsx `bytes` that a recalculated file written through ExcelJS would lack,
 * in LOSSY_KINDS order; empty for a plain workbook. Bytes that are not a zip give an empty list (the
 * caller's own checks report an unreadable file).
 */
export async function findLossyContent(bytes: Uint8Array): Promise<LossyKind[]> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    return [];
  }
  const entries = Object.keys(zip.files).filter((name) => !zip.files[name].dir);
  const found = new Set<LossyKind>();
  for (const [prefix, kind] of PART_PREFIXES) if (entries.some((e) => e.startsWith(prefix))) found.add(kind);
  for (const drawing of entries.filter((e) => /^xl\/drawings\/[^/]+\.xml$/.test(e))) {
    if (DRAWING_SHAPE.test(await text(zip, drawing))) found.add('shapes');
  }
  const userSheets = new Set(await userSheetParts(zip));
  for (const sheet of entries.filter((e) => /^xl\/worksheets\/[^/]+\.xml$/.test(e))) {
    const xml = await text(zip, sheet);
    if (SPARKLINES_EXT.test(xml)) found.add('sparklines');
    if (VALIDATIONS_EXT.test(xml)) found.add('crossSheetLists');
    if (userSheets.has(sheet) && PAGE_BREAKS.test(xml)) found.add('pageBreaks');
  }
  return LOSSY_KINDS.filter((kind) => found.has(kind));
}
