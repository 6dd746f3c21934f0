/**
 * Where things are in a package: the workbook part (found through `_rels/.rels`, so `xl/workbook.xml`
 * is not assumed), its relationships, and its sheets in tab order with their part, id and visibility.
 */
import type JSZip from 'jszip';
import { partText } from './packageZip';
import { PackageError } from './packageError';
import { parseRelationships, relsPathOf, type Relationship } from './relationships';
import { attribute, attributeLocal, elements, type Found } from './xmlText';

export type SheetState = 'visible' | 'hidden' | 'veryHidden';

export interface SheetEntry {
  name: string;
  sheetId: number;
  rId: string;
  state: SheetState;
  /** The zip entry of the sheet's part; undefined when its relationship is missing. */
  part?: string;
  /** `worksheet`, `chartsheet`, `dialogsheet`… (the relationship kind). */
  kind: string;
  /** The `<sheet>` element as it stands in workbook.xml. */
  element: Found;
}

export interface PackageLayout {
  workbookPart: string;
  workbookXml: string;
  relsPart: string;
  relsXml: string;
  rels: Relationship[];
  sheets: SheetEntry[];
  date1904: boolean;
}

const DEFAULT_WORKBOOK = 'xl/workbook.xml';

async function workbookPartOf(zip: JSZip): Promise<string> {
  const root = parseRelationships('', await partText(zip, '_rels/.rels'));
  return root.find((r) => r.kind === 'officeDocument' && !r.external)?.part ?? DEFAULT_WORKBOOK;
}

function stateOf(tag: string): SheetState {
  const state = attribute(tag, 'state');
  return state === 'hidden' || state === 'veryHidden' ? state : 'visible';
}

export async function readLayout(zip: JSZip): Promise<PackageLayout> {
  const workbookPart = await workbookPartOf(zip);
  const workbookXml = await partText(zip, workbookPart);
  if (workbookXml === undefined) throw new PackageError('noWorkbook', workbookPart);
  const relsPart = relsPathOf(workbookPart);
  const relsXml = (await partText(zip, relsPart)) ?? '';
  const rels = parseRelationships(workbookPart, relsXml);
  const byId = new Map(rels.map((r) => [r.id, r]));
  const sheets = elements(workbookXml, 'sheet').map((found): SheetEntry => {
    const rId = attributeLocal(found.tag, 'id') ?? '';
    const rel = byId.get(rId);
    return {
      name: attribute(found.tag, 'name') ?? '',
      sheetId: Number(attribute(found.tag, 'sheetId') ?? 0),
      rId,
      state: stateOf(found.tag),
      part: rel && !rel.external ? rel.part : undefined,
      kind: rel?.kind ?? 'worksheet',
      element: found,
    };
  });
  const workbookPr = elements(workbookXml, 'workbookPr')[0];
  const date1904 = workbookPr ? /^(1|true)$/.test(attribute(workbookPr.tag, 'date1904') ?? '') : false;
  return { workbookPart, workbookXml, relsPart, relsXml, rels, sheets, date1904 };
}
