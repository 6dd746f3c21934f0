/**
 * Writes one OutputSheet into a fresh worksheet: number formats then values as whole 2-D row blocks
 * under the request budget (text-like strings get `@` first so Excel keeps them as text), then styles,
 * merges, column widths, row heights, freeze panes, auto filter, conditional formats, page layout, charts, tab colour
 * and visibility. Newer APIs only where the host supports them.
 */
import { a1Range, type CellStyle, type CellValue, type ChartSpec, columnLetter, type ConditionalRule, type OutputSheet, type PrintSetup } from '../../engine';
import { parseRect } from './a1';
import { API, supports, type IsSetSupported } from './apiSets';
import { needsTextFormat } from './cells';
import { commandBytes, OPERATION_BYTES, REQUEST_BUDGET, utf8Length, type RequestBudget } from './payload';

const GENERAL = 'General';
const TEXT = '@';
/** A block of rows stays under this many bytes, so one block always fits an empty request. */
const BLOCK_BYTES = Math.floor(REQUEST_BUDGET * 0.9);

/** Excel's default font (Calibri 11) is ~7 px per character plus 5 px padding; 0.75 pt per px. */
export function charsToPoints(chars: number): number {
  return Math.round((chars * 7 + 5) * 0.75 * 100) / 100;
}

const CF_OPERATOR: Record<ConditionalRule['operator'], Excel.ConditionalCellValueOperator | 'EqualTo' | 'GreaterThan' | 'GreaterThanOrEqual' | 'LessThan' | 'LessThanOrEqual'> = {
  greaterThanOrEqual: 'GreaterThanOrEqual',
  greaterThan: 'GreaterThan',
  lessThan: 'LessThan',
  lessThanOrEqual: 'LessThanOrEqual',
  equal: 'EqualTo',
};

const CHART_TYPE: Record<ChartSpec['type'], 'BarClustered' | 'ColumnClustered'> = { bar: 'BarClustered', column: 'ColumnClustered' };
const HORIZONTAL = { left: 'Left', center: 'Center', right: 'Right' } as const;
const VERTICAL = { top: 'Top', middle: 'Center', bottom: 'Bottom' } as const;
const BORDER_EDGES = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight', 'InsideVertical', 'InsideHorizontal'] as const;

/** The rectangle values and number formats cover, from A1. */
function extent(spec: OutputSheet): { height: number; width: number } {
  let height = spec.values.length;
  let width = spec.values.reduce((w, row) => Math.max(w, row.length), 0);
  for (const f of spec.numberFormats) {
    const r = parseRect(f.range);
    height = Math.max(height, r.bottom + 1);
    width = Math.max(width, r.right + 1);
  }
  return { height, width };
}

/** Number formats cell by cell: the sheet's ranges, then `@` over every string Excel would not keep as text. */
function formatGrid(spec: OutputSheet, height: number, width: number): string[][] {
  const grid = Array.from({ length: height }, () => new Array<string>(width).fill(GENERAL));
  for (const f of spec.numberFormats) {
    const r = parseRect(f.range);
    for (let row = r.top; row <= r.bottom; row++) for (let col = r.left; col <= r.right; col++) grid[row][col] = f.format;
  }
  spec.values.forEach((line, row) => line.forEach((v, col) => needsTextFormat(v) && (grid[row][col] = TEXT)));
  return grid;
}

/** Values and formats in row blocks under the budget; formats only for blocks that have any. */
async function writeCells(budget: RequestBudget, sheet: Excel.Worksheet, spec: OutputSheet): Promise<void> {
  const { height, width } = extent(spec);
  if (height === 0 || width === 0) return;
  const formats = formatGrid(spec, height, width);
  const valueRow = (r: number): (CellValue | string)[] => {
    const line = spec.values[r] ?? [];
    // '' clears a cell on a fresh sheet and costs fewer bytes than null.
    return Array.from({ length: width }, (_, c) => line[c] ?? '');
  };
  let top = 0;
  while (top < height) {
    const values: (CellValue | string)[][] = [];
    const blockFormats: string[][] = [];
    let bytes = 0;
    let formatted = false;
    for (let r = top; r < height; r++) {
      const v = valueRow(r);
      const rowBytes = utf8Length(JSON.stringify(v)) + utf8Length(JSON.stringify(formats[r])) + 2;
      if (values.length > 0 && bytes + rowBytes > BLOCK_BYTES) break;
      values.push(v);
      blockFormats.push(formats[r]);
      formatted ||= formats[r].some((f) => f !== GENERAL);
      bytes += rowBytes;
    }
    const at = top;
    await budget.add(bytes + 2 * OPERATION_BYTES, () => {
      const range = sheet.getRangeByIndexes(at, 0, values.length, width);
      if (formatted) range.numberFormat = blockFormats;
      range.values = values as unknown[][];
    });
    top += values.length;
  }
}

async function applyStyle(budget: RequestBudget, sheet: Excel.Worksheet, address: string, style: CellStyle): Promise<void> {
  // One operation per property set, one for the range and its format, one per border edge.
  const operations = 1 + Object.keys(style).length + (style.border ? BORDER_EDGES.length : 0);
  await budget.add(commandBytes({ address, style }, operations), () => {
    const format = sheet.getRange(address).format;
    if (style.bold !== undefined) format.font.bold = style.bold;
    if (style.italic !== undefined) format.font.italic = style.italic;
    if (style.fontSize !== undefined) format.font.size = style.fontSize;
    if (style.fontColor) format.font.color = `#${style.fontColor}`;
    if (style.fill) format.fill.color = `#${style.fill}`;
    if (style.wrap !== undefined) format.wrapText = style.wrap;
    if (style.horizontal) format.horizontalAlignment = HORIZONTAL[style.horizontal];
    if (style.vertical) format.verticalAlignment = VERTICAL[style.vertical];
    if (style.border) for (const edge of BORDER_EDGES) format.borders.getItem(edge).style = 'Continuous';
  });
}

async function addConditionalFormat(budget: RequestBudget, sheet: Excel.Worksheet, rule: ConditionalRule): Promise<void> {
  const formula1 = typeof rule.value === 'number' ? String(rule.value) : `="${rule.value.replace(/"/g, '""')}"`;
  await budget.add(commandBytes(rule, 5), () => {
    const cf = sheet.getRange(rule.range).conditionalFormats.add('CellValue');
    cf.cellValue.format.fill.color = `#${rule.fill}`;
    if (rule.fontColor) cf.cellValue.format.font.color = `#${rule.fontColor}`;
    cf.cellValue.rule = { formula1, operator: CF_OPERATOR[rule.operator] };
  });
}

async function setupPrint(budget: RequestBudget, sheet: Excel.Worksheet, print: PrintSetup): Promise<void> {
  await budget.add(commandBytes(print, 4), () => {
    const layout = sheet.pageLayout;
    layout.orientation = print.orientation === 'landscape' ? 'Landscape' : 'Portrait';
    layout.paperSize = 'A4';
    if (print.fitToWidth) layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
    if (print.repeatRows) layout.setPrintTitleRows(`$${print.repeatRows.replace(':', ':$')}`);
  });
  // A break goes before the range given, so «after row r» (1-based) is a break at row r + 1.
  for (const row of print.rowBreaks ?? []) await budget.add(commandBytes(row, 2), () => sheet.horizontalPageBreaks.add(`A${row + 1}`));
}

async function addChart(budget: RequestBudget, sheet: Excel.Worksheet, spec: ChartSpec): Promise<void> {
  if (spec.series.length === 0) return;
  await budget.add(commandBytes(spec, 8 + 3 * spec.series.length), () => queueChart(sheet, spec));
}

function queueChart(sheet: Excel.Worksheet, spec: ChartSpec): void {
  const [first, ...rest] = spec.series;
  const chart = sheet.charts.add(CHART_TYPE[spec.type], sheet.getRange(first.values), 'Columns');
  chart.title.text = spec.title;
  chart.setPosition(spec.anchor);
  chart.width = spec.widthPx * 0.75;
  chart.height = spec.heightPx * 0.75;
  const categories = sheet.getRange(spec.categories);
  const head = chart.series.getItemAt(0);
  head.name = first.name;
  head.setXAxisValues(categories);
  for (const s of rest) {
    const series = chart.series.add(s.name);
    series.setValues(sheet.getRange(s.values));
    series.setXAxisValues(categories);
  }
}

/**
 * Row heights as runs of consecutive rows with one height (`5:9` → 30 pt), so a long plan costs a few
 * commands. Excel does not fit heights to wrapped text on open, so the engine gives them.
 */
export function rowHeightRuns(heights: OutputSheet['rowHeights']): [string, number][] {
  const rows = Object.keys(heights ?? {})
    .map(Number)
    .sort((a, b) => a - b);
  const runs: [string, number][] = [];
  let start = -1;
  rows.forEach((row, i) => {
    if (start < 0) start = row;
    const next = rows[i + 1];
    if (next !== row + 1 || heights![next] !== heights![row]) {
      runs.push([`${start + 1}:${row + 1}`, heights![row]]);
      start = -1;
    }
  });
  return runs;
}

export async function writeSheet(budget: RequestBudget, sheet: Excel.Worksheet, spec: OutputSheet, isSetSupported: IsSetSupported): Promise<void> {
  await writeCells(budget, sheet, spec);
  for (const s of spec.styles) await applyStyle(budget, sheet, s.range, s.style);
  // Merged title rows sit above tables (a table cannot overlap merged cells); the engine lays them out so.
  for (const m of spec.merges) await budget.add(commandBytes(m, 2), () => sheet.getRange(m).merge(false));
  for (const [col, chars] of spec.columnWidths.entries()) {
    if (!chars) continue;
    const letter = columnLetter(col);
    await budget.add(commandBytes([col, chars], 3), () => (sheet.getRange(`${letter}:${letter}`).format.columnWidth = charsToPoints(chars)));
  }
  for (const [address, points] of rowHeightRuns(spec.rowHeights)) {
    await budget.add(commandBytes([address, points], 3), () => (sheet.getRange(address).format.rowHeight = points));
  }
  const freeze = spec.freeze;
  if (freeze && freeze.rows + freeze.cols > 0) {
    const { rows, cols } = freeze;
    await budget.add(commandBytes(freeze, 2), () => {
      if (cols === 0) sheet.freezePanes.freezeRows(rows);
      else if (rows === 0) sheet.freezePanes.freezeColumns(cols);
      else sheet.freezePanes.freezeAt(a1Range(0, 0, rows - 1, cols - 1));
    });
  }
  const autoFilter = spec.autoFilter;
  if (autoFilter && supports(isSetSupported, API.autoFilter)) {
    await budget.add(commandBytes(autoFilter, 2), () => sheet.autoFilter.apply(autoFilter));
  }
  for (const rule of spec.conditionalFormats) await addConditionalFormat(budget, sheet, rule);
  if (spec.print && supports(isSetSupported, API.pageLayout)) await setupPrint(budget, sheet, spec.print);
  for (const chart of spec.charts) await addChart(budget, sheet, chart);
  const tabColor = spec.tabColor;
  if (tabColor) await budget.add(commandBytes(tabColor), () => (sheet.tabColor = `#${tabColor}`));
  if (spec.visibility === 'veryHidden') await budget.add(commandBytes('VeryHidden'), () => (sheet.visibility = 'VeryHidden'));
}
