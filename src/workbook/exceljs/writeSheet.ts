/**
 * Serialises one OutputSheet into an empty ExcelJS worksheet: values (strings always as text), merges,
 * number formats, styles, column widths, row heights, freeze panes, autofilter, conditional formats,
 * print setup (with row page breaks), tab colour and visibility. Charts are not written: ExcelJS cannot
 * write charts.
 */
import type { CellValue as ExcelValue, Style, Worksheet } from 'exceljs';
import type { CellValue, ConditionalRule, OutputSheet, PrintSetup } from '../../engine';
import { eachCellOf } from './ranges';
import { argb, layerStyle, NO_STYLE, SharedStyles } from './styles';

const A4 = 9;

/**
 * A string cell stays a string in ExcelJS: only `{ formula }` objects become formulas, so `=SUM(A1)`,
 * `+7 999`, `-5 шт` and `@home` are stored as shared-string text. Non-finite numbers have no cell form.
 */
function toExcelValue(value: CellValue): ExcelValue | undefined {
  if (value === null) return undefined;
  if (typeof value === 'number' && !Number.isFinite(value)) return undefined;
  return value;
}

function writeValues(ws: Worksheet, values: CellValue[][]): void {
  values.forEach((line, r) => {
    line.forEach((value, c) => {
      const v = toExcelValue(value);
      if (v === undefined) return;
      const cell = ws.getCell(r + 1, c + 1);
      cell.value = v;
      cell.style = NO_STYLE;
    });
  });
}

/** Cells per row in the key of a cell (Excel's column limit). */
const ROW_KEY = 16384;

/**
 * Number formats, then styles, layered onto the cells of their ranges. Each cell gets a style object
 * shared with every cell that has the same layers, never one it shares with a merged master by accident.
 */
function writeStyles(ws: Worksheet, sheet: OutputSheet): void {
  const shared = new SharedStyles();
  const styleAt = new Map<number, Partial<Style>>();
  const layer = (range: string, key: string, make: (base: Partial<Style>) => Partial<Style>): void => {
    eachCellOf(range, (r, c) => {
      const at = r * ROW_KEY + c;
      const next = shared.layer(styleAt.get(at) ?? NO_STYLE, key, make);
      styleAt.set(at, next);
      ws.getCell(r, c).style = next;
    });
  };
  for (const { range, format } of sheet.numberFormats) layer(range, `#${format}`, (base) => ({ ...base, numFmt: format }));
  for (const { range, style } of sheet.styles) layer(range, JSON.stringify(style), (base) => layerStyle(base, style));
}

/** A cellIs formula operand: numbers as they are, text quoted the Excel way. */
function operand(value: ConditionalRule['value']): string {
  return typeof value === 'number' ? String(value) : `"${value.replace(/"/g, '""')}"`;
}

function writeConditionalFormats(ws: Worksheet, rules: ConditionalRule[]): void {
  rules.forEach((rule, i) => {
    ws.addConditionalFormatting({
      ref: rule.range,
      rules: [
        {
          type: 'cellIs',
          priority: i + 1,
          // ExcelJS types list fewer operators than the file format has; it writes any of them as given.
          operator: rule.operator as 'equal',
          formulae: [operand(rule.value)],
          style: {
            // A conditional fill is a differential format: its solid colour is the background colour.
            fill: { type: 'pattern', pattern: 'solid', bgColor: argb(rule.fill) },
            ...(rule.fontColor ? { font: { color: argb(rule.fontColor) } } : {}),
          },
        },
      ],
    });
  });
}

function writePrint(ws: Worksheet, print: PrintSetup): void {
  ws.pageSetup = {
    ...ws.pageSetup,
    orientation: print.orientation,
    paperSize: A4,
    fitToPage: print.fitToWidth,
    ...(print.fitToWidth ? { fitToWidth: 1, fitToHeight: 0 } : {}),
    ...(print.repeatRows ? { printTitlesRow: print.repeatRows } : {}),
  };
  // ExcelJS's break id is the 1-based row the break follows, as the model counts it.
  for (const row of print.rowBreaks ?? []) ws.getRow(row).addPageBreak();
}

export function writeSheet(ws: Worksheet, sheet: OutputSheet): void {
  writeValues(ws, sheet.values);
  for (const range of sheet.merges) ws.mergeCells(range);
  writeStyles(ws, sheet);
  sheet.columnWidths.forEach((width, i) => {
    if (width) ws.getColumn(i + 1).width = width;
  });
  for (const [row, height] of Object.entries(sheet.rowHeights ?? {})) ws.getRow(Number(row) + 1).height = height;
  if (sheet.freeze && (sheet.freeze.rows > 0 || sheet.freeze.cols > 0)) {
    ws.views = [{ state: 'frozen', xSplit: sheet.freeze.cols, ySplit: sheet.freeze.rows }];
  }
  if (sheet.autoFilter) ws.autoFilter = sheet.autoFilter;
  writeConditionalFormats(ws, sheet.conditionalFormats);
  if (sheet.print) writePrint(ws, sheet.print);
  if (sheet.tabColor) ws.properties.tabColor = argb(sheet.tabColor);
  ws.state = sheet.visibility ?? 'visible';
}
