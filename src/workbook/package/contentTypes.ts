/**
 * `[Content_Types].xml`, edited as text: an `<Override>` added for each part Opora writes and removed for
 * each part it deletes; every other entry stays as the user's file has it.
 */
import { attributeLocal, elements, escapeXml, rootPrefix } from './xmlText';

export const CONTENT_TYPES_PART = '[Content_Types].xml';

export const CONTENT_TYPE = {
  worksheet: 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml',
  drawing: 'application/vnd.openxmlformats-officedocument.drawing+xml',
  chart: 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml',
  styles: 'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml',
} as const;

const samePart = (a: string, b: string) => a.replace(/^\//, '').toLowerCase() === b.replace(/^\//, '').toLowerCase();

/** The content types with overrides for `removed` parts dropped and for `added` parts (part → type) appended. */
export function editContentTypes(xml: string, removed: string[], added: [string, string][]): string {
  let out = xml;
  const gone = [...removed, ...added.map(([part]) => part)];
  for (const found of elements(xml, 'Override').reverse()) {
    const name = attributeLocal(found.tag, 'PartName') ?? '';
    if (gone.some((part) => samePart(part, name))) out = out.slice(0, found.start) + out.slice(found.end);
  }
  const prefix = rootPrefix(xml);
  const overrides = added.map(([part, type]) => `<${prefix}Override PartName="/${escapeXml(part)}" ContentType="${type}"/>`).join('');
  const close = out.lastIndexOf('</');
  return out.slice(0, close) + overrides + out.slice(close);
}
