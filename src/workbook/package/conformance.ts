/**
 * The two conformance classes of an .xlsx (ISO/IEC 29500): Transitional, which nearly every workbook is,
 * and Strict («Strict Open XML» in Excel's Save As), which names the same elements in purl.oclc.org
 * namespaces and relationship types. Reading ignores the difference (elements are matched by local name,
 * relationships by the last segment of their type); Opora's own parts are written in the class of the
 * workbook they join, so a Strict package stays Strict.
 */
export interface Namespaces {
  strict: boolean;
  /** SpreadsheetML main. */
  main: string;
  /** Relationship ids in markup (`r:id`). */
  relationships: string;
  /** Base of relationship types (`…/worksheet`, `…/drawing`). */
  relationshipTypes: string;
  drawing: string;
  chart: string;
  spreadsheetDrawing: string;
}

const TRANSITIONAL_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const STRICT_REL = 'http://purl.oclc.org/ooxml/officeDocument/relationships';
const STRICT_MAIN = 'http://purl.oclc.org/ooxml/spreadsheetml/main';

export const TRANSITIONAL: Namespaces = {
  strict: false,
  main: 'http://schemas.openxmlformats.org/spreadsheetml/2006/main',
  relationships: TRANSITIONAL_REL,
  relationshipTypes: TRANSITIONAL_REL,
  drawing: 'http://schemas.openxmlformats.org/drawingml/2006/main',
  chart: 'http://schemas.openxmlformats.org/drawingml/2006/chart',
  spreadsheetDrawing: 'http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing',
};

export const STRICT: Namespaces = {
  strict: true,
  main: STRICT_MAIN,
  relationships: STRICT_REL,
  relationshipTypes: STRICT_REL,
  drawing: 'http://purl.oclc.org/ooxml/drawingml/main',
  chart: 'http://purl.oclc.org/ooxml/drawingml/chart',
  spreadsheetDrawing: 'http://purl.oclc.org/ooxml/drawingml/spreadsheetDrawing',
};

/** Strict when the workbook part's root element is in the Strict SpreadsheetML namespace. */
export function namespacesOf(workbookXml: string): Namespaces {
  const root = /<(?![?!])(?:([\w.-]+):)?workbook[\s>]([^>]*)/.exec(workbookXml);
  if (!root) return TRANSITIONAL;
  const declaration = root[1] ? `xmlns:${root[1]}` : 'xmlns';
  const ns = new RegExp(`\\s${declaration}\\s*=\\s*["']([^"']*)["']`).exec(` ${root[2]}`)?.[1];
  return ns === STRICT_MAIN ? STRICT : TRANSITIONAL;
}
