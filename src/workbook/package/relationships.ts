/**
 * Package relationships: where a part's `.rels` lives, and its relationships with targets resolved to
 * zip entry names — relative (`worksheets/sheet1.xml`, `../drawings/d1.xml`) or absolute
 * (`/xl/worksheets/sheet1.xml`, as openpyxl and the .NET Open XML SDK write them).
 */
import { attributeLocal, elements } from './xmlText';

export interface Relationship {
  id: string;
  /** The type URI's last segment: `worksheet`, `sharedStrings`, `drawing`, `officeDocument`… */
  kind: string;
  /** The zip entry name the target resolves to (no leading slash); the raw target for external ones. */
  part: string;
  external: boolean;
}

/** `xl/workbook.xml` → `xl/_rels/workbook.xml.rels`; `` (the package) → `_rels/.rels`. */
export function relsPathOf(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** Resolves `target` against the folder of `source`, as OPC does; absolute targets start at the root. */
export function resolveTarget(source: string, target: string): string {
  const base = target.startsWith('/') ? [] : source.split('/').slice(0, -1);
  for (const piece of target.split('/')) {
    if (piece === '' || piece === '.') continue;
    if (piece === '..') base.pop();
    else base.push(piece);
  }
  return decodeURIComponentSafe(base.join('/'));
}

function decodeURIComponentSafe(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

/** The relationships of `source` from the text of its `.rels` part. */
export function parseRelationships(source: string, relsXml: string | undefined): Relationship[] {
  if (!relsXml) return [];
  return elements(relsXml, 'Relationship').flatMap(({ tag }) => {
    const id = attributeLocal(tag, 'Id');
    const target = attributeLocal(tag, 'Target');
    const type = attributeLocal(tag, 'Type') ?? '';
    if (!id || target === undefined) return [];
    const external = attributeLocal(tag, 'TargetMode') === 'External';
    const kind = type.slice(type.lastIndexOf('/') + 1);
    return [{ id, kind, part: external ? target : resolveTarget(source, target), external }];
  });
}

/** The target of `from` (a zip entry name) written relative to the folder of `source`. */
export function relativeTarget(source: string, to: string): string {
  const from = source.split('/').slice(0, -1);
  const parts = to.split('/');
  let common = 0;
  while (common < from.length && common < parts.length - 1 && from[common] === parts[common]) common++;
  return [...from.slice(common).map(() => '..'), ...parts.slice(common)].join('/');
}
