/**
 * One of Opora's OutputSheets → the XML of its worksheet part, written directly: values (strings
 * inline, so the user's shared strings stay as they are), layered styles through the append-only
 * StyleBook, merges, column widths, row heights, frozen panes, autofilter, conditional formats, print
 * setup with row breaks, tab colour and the drawing that holds its chart. The defined names the sheet
 * needs (print titles, filter range) are returned for workbook.xml.
 */
import { absoluteRange, type CellValue, columnLetter, type OutputSheet } from '../../engine';
import { rectOf } from './a1';
import type { Namespaces } from './conformance';
import type { LayeredStyle, StyleBook } from './styleBook';
import { escapeXml } from './xmlText';

const A4 = 9;

export interface SheetXml {
  /**
   * The part's XML in pieces, built as they are taken (rows in pieces of about PIECE_CHARS), so a
   * compressor can take each piece while the next is built and no sheet is ever one string. Take them
   * all, in order, before the StyleBook is written: building them adds the sheet's styles to it.
   */
  pieces: Iterable<string>;
  /** `$1:$3` for `_xlnm.Print_Titles`, if the sheet repeats rows. */
  printTitles?: string;
  /** `$A$3:$K$20` for `_xlnm._FilterDatabase`, if the sheet has a filter. */
  filterRange?: string;
}

/**
 * Layered style per cell, as an index into `styles` (0: no style), in one flat typed array of `rows` ×
 * `width` cells (row-major) — off the garbage-collected heap, so a region-scale sheet's layers are never
 * copied by the young-generation collector while its XML is built. Each layer keeps what a base style
 * becomes under it, so a cell costs one lookup however many cells share the layer.
 */
interface StyleLayers {
  at: Int32Array;
  /** Rows with a styled cell: 0…rows − 1. */
  rows: number;
  width: number;
  styles: LayeredStyle[];
}

function layerStyles(sheet: OutputSheet): StyleLayers {
  const ranges = [
    ...sheet.numberFormats.map(({ range, format }) => ({ rect: rectOf(range), key: `#${format}`, add: { numFmt: format } as LayeredStyle })),
    ...sheet.styles.map(({ range, style }) => ({ rect: rectOf(range), key: JSON.stringify(style), add: style as LayeredStyle })),
  ];
  let rows = 0;
  let width = 0;
  for (const { rect } of ranges) {
    rows = Math.max(rows, rect.bottom + 1);
    width = Math.max(width, rect.right + 1);
  }
  const at = new Int32Array(rows * width);
  const styles: LayeredStyle[] = [{}];
  /** Per layer: base style index → the index it becomes under the layer. */
  const layered = new Map<string, number[]>();
  for (const { rect, key, add } of ranges) {
    let over = layered.get(key);
    if (!over) layered.set(key, (over = []));
    for (let r = rect.top; r <= rect.bottom; r++) {
      for (let c = rect.left, i = r * width + rect.left; c <= rect.right; c++, i++) {
        const base = at[i];
        let next = over[base];
        if (next === undefined) {
          next = styles.push({ ...styles[base], ...add }) - 1;
          over[base] = next;
        }
        at[i] = next;
      }
    }
  }
  return { at, rows, width, styles };
}

/** A cell's XML at column `letters` of row `row` (`B`, `12`); `style` is its ` s="…"` attribute, or '' for none. */
function cellXml(letters: string, row: string, value: CellValue, style: string): string {
  if (value === null || value === '' || (typeof value === 'number' && !Number.isFinite(value))) return `<c r="${letters}${row}"${style}/>`;
  if (typeof value === 'number') return `<c r="${letters}${row}"${style}><v>${value}</v></c>`;
  if (typeof value === 'boolean') return `<c r="${letters}${row}"${style} t="b"><v>${value ? 1 : 0}</v></c>`;
  return `<c r="${letters}${row}"${style} t="inlineStr"><is><t${keepsSpaces(value) ? ' xml:space="preserve"' : ''}>${escapeXml(value)}</t></is></c>`;
}

/**
 * A text that starts or ends with white space (a space, tab or line break) needs `xml:space="preserve"`,
 * or Excel trims it; Excel itself writes the attribute only then. On every string it was 11 % of Opora's
 * sheet XML at 2,000 schools.
 */
function keepsSpaces(text: string): boolean {
  return text.charCodeAt(0) <= 32 || text.charCodeAt(text.length - 1) <= 32;
}

/** The last row that has values, styles or a height (0-based), -1 for none. */
function lastRowOf(sheet: OutputSheet, layers: StyleLayers): number {
  let last = Math.max(sheet.values.length, layers.rows) - 1;
  for (const r of Object.keys(sheet.rowHeights ?? {})) last = Math.max(last, Number(r));
  return last;
}

/** The cells of row `r` that hold a value or a style, left to right, as XML. */
function rowCells(values: CellValue[], layers: StyleLayers, r: number, styleAttrs: string[], rowNumber: string, letter: (c: number) => string): string {
  // Joined once per row: measured faster than adding to one string, and than one array for the whole sheet.
  const cells: string[] = [];
  const styled = r < layers.rows ? layers.width : 0;
  const width = Math.max(values.length, styled);
  const rowStart = r * layers.width;
  for (let c = 0; c < width; c++) {
    const value = values[c];
    const style = c < styled ? styleAttrs[layers.at[rowStart + c]] : '';
    if (value === null || value === undefined || value === '') {
      if (style) cells.push(cellXml(letter(c), rowNumber, null, style));
    } else cells.push(cellXml(letter(c), rowNumber, value, style));
  }
  return cells.join('');
}

/**
 * Rows are handed on in pieces of about this many characters. A piece of Cyrillic text is a two-byte
 * string; above V8's largest regular object (128 KB) it goes to the large-object space, which only a
 * major collection frees, and its UTF-8 copy above glibc's mmap threshold to pages of its own. With pieces
 * of 256 K characters (512 KB), the write at 2,000 schools faulted in 48,000 fresh pages and the CLI peaked
 * at 423 MB; with 32 K, 16,500 pages and 380 MB (medians of six alternating runs: system time 0.55 → 0.45 s,
 * wall time the same).
 */
const PIECE_CHARS = 32 * 1024;

function* sheetData(sheet: OutputSheet, book: StyleBook): Generator<string> {
  const layers = layerStyles(sheet);
  // The ` s="…"` attribute of each layered style, written once instead of once per cell.
  const styleAttrs = layers.styles.map((style) => {
    const xf = book.xf(style);
    return xf ? ` s="${xf}"` : '';
  });
  const heights = sheet.rowHeights ?? {};
  const lastRow = lastRowOf(sheet, layers);
  const letters: string[] = [];
  const letter = (c: number) => (letters[c] ??= columnLetter(c));
  let rows: string[] = [];
  let size = 0;
  let opened = false;
  for (let r = 0; r <= lastRow; r++) {
    const rowNumber = String(r + 1);
    const cells = rowCells(sheet.values[r] ?? [], layers, r, styleAttrs, rowNumber, letter);
    const height = heights[r];
    if (cells === '' && height === undefined) continue;
    const ht = height !== undefined ? ` ht="${height}" customHeight="1"` : '';
    const row = `<row r="${rowNumber}"${ht}>${cells}</row>`;
    rows.push(row);
    size += row.length;
    if (size >= PIECE_CHARS) {
      yield (opened ? '' : '<sheetData>') + rows.join('');
      opened = true;
      rows = [];
      size = 0;
    }
  }
  if (!opened && rows.length === 0) yield '<sheetData/>';
  else yield (opened ? '' : '<sheetData>') + rows.join('') + '</sheetData>';
}

function sheetPr(sheet: OutputSheet): string {
  const tab = sheet.tabColor ? `<tabColor rgb="FF${sheet.tabColor.replace(/^#/, '').toUpperCase()}"/>` : '';
  const fit = sheet.print?.fitToWidth ? '<pageSetUpPr fitToPage="1"/>' : '';
  return tab || fit ? `<sheetPr>${tab}${fit}</sheetPr>` : '';
}

function sheetViews(sheet: OutputSheet, selected: boolean): string {
  const rows = sheet.freeze?.rows ?? 0;
  const cols = sheet.freeze?.cols ?? 0;
  const view = `<sheetView${selected ? ' tabSelected="1"' : ''} workbookViewId="0">`;
  if (rows <= 0 && cols <= 0) return `<sheetViews>${view.replace(/>$/, '/>')}</sheetViews>`;
  const pane = rows > 0 && cols > 0 ? 'bottomRight' : rows > 0 ? 'bottomLeft' : 'topRight';
  const split = (cols > 0 ? ` xSplit="${cols}"` : '') + (rows > 0 ? ` ySplit="${rows}"` : '');
  const topLeft = `${columnLetter(cols)}${rows + 1}`;
  return (
    `<sheetViews>${view}<pane${split} topLeftCell="${topLeft}" activePane="${pane}" state="frozen"/>` +
    `<selection pane="${pane}" activeCell="${topLeft}" sqref="${topLeft}"/></sheetView></sheetViews>`
  );
}

function cols(sheet: OutputSheet): string {
  const out: string[] = [];
  sheet.columnWidths.forEach((width, i) => {
    if (width) out.push(`<col min="${i + 1}" max="${i + 1}" width="${width}" customWidth="1"/>`);
  });
  return out.length ? `<cols>${out.join('')}</cols>` : '';
}

/** A cellIs formula operand: numbers as they are, text quoted the Excel way. */
function operand(value: number | string): string {
  return typeof value === 'number' ? String(value) : `"${value.replace(/"/g, '""')}"`;
}

function conditionalFormats(sheet: OutputSheet, book: StyleBook): string {
  return sheet.conditionalFormats
    .map((rule, i) => {
      const dxf = book.dxf(rule.fill, rule.fontColor);
      return (
        `<conditionalFormatting sqref="${escapeXml(rule.range)}"><cfRule type="cellIs" dxfId="${dxf}" priority="${i + 1}" operator="${rule.operator}">` +
        `<formula>${escapeXml(operand(rule.value))}</formula></cfRule></conditionalFormatting>`
      );
    })
    .join('');
}

function printParts(sheet: OutputSheet): string {
  const margins = '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>';
  const print = sheet.print;
  if (!print) return margins;
  const fit = print.fitToWidth ? ' fitToWidth="1" fitToHeight="0"' : '';
  const setup = `<pageSetup paperSize="${A4}" orientation="${print.orientation}"${fit}/>`;
  const breaks = print.rowBreaks ?? [];
  const rowBreaks = breaks.length
    ? `<rowBreaks count="${breaks.length}" manualBreakCount="${breaks.length}">${breaks.map((id) => `<brk id="${id}" max="16383" man="1"/>`).join('')}</rowBreaks>`
    : '';
  return margins + setup + rowBreaks;
}

/** `1:3` → `$1:$3`. */
function absoluteRows(rows: string): string {
  return rows.split(':').map((r) => `$${r.replace(/\$/g, '')}`).join(':');
}

export interface SheetOptions {
  /** Links the drawing part that holds the sheet's charts. */
  drawingRelId?: string;
  /** The sheet's tab is selected (it is the active sheet). */
  selected?: boolean;
}

/** The worksheet XML of `sheet` in the package's namespaces. */
export function sheetXml(sheet: OutputSheet, book: StyleBook, ns: Namespaces, options: SheetOptions = {}): SheetXml {
  return {
    pieces: worksheetPieces(sheet, book, ns, options),
    ...(sheet.print?.repeatRows ? { printTitles: absoluteRows(sheet.print.repeatRows) } : {}),
    ...(sheet.autoFilter ? { filterRange: absoluteRange(sheet.autoFilter) } : {}),
  };
}

/** The worksheet part, head to tail, in the order its styles reach the StyleBook. */
function* worksheetPieces(sheet: OutputSheet, book: StyleBook, ns: Namespaces, { drawingRelId, selected = false }: SheetOptions): Generator<string> {
  yield '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<worksheet xmlns="${ns.main}" xmlns:r="${ns.relationships}">` +
    sheetPr(sheet) +
    sheetViews(sheet, selected) +
    '<sheetFormatPr defaultRowHeight="15"/>' +
    cols(sheet);
  yield* sheetData(sheet, book);
  const merges = sheet.merges.length
    ? `<mergeCells count="${sheet.merges.length}">${sheet.merges.map((m) => `<mergeCell ref="${m}"/>`).join('')}</mergeCells>`
    : '';
  yield (sheet.autoFilter ? `<autoFilter ref="${sheet.autoFilter}"/>` : '') +
    merges +
    conditionalFormats(sheet, book) +
    printParts(sheet) +
    (drawingRelId ? `<drawing r:id="${drawingRelId}"/>` : '') +
    '</worksheet>';
}
