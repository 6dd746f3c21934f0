/**
 * Gives every unstyled cell of a workbook one shared empty style object before ExcelJS saves it. ExcelJS
 * loads each unstyled cell with an empty style object of its own and, on saving, works out the style id
 * of every such object separately; a shared object is worked out once. The saved file is the same:
 * an empty style is style 0 for text, numbers and booleans alike. Date cells keep their own object, as
 * ExcelJS gives an unstyled date a date format.
 */
import { ValueType, type Cell, type Workbook } from 'exceljs';
import { NO_STYLE } from './styles';

/** A formula counts as the type of its cached result, as ExcelJS counts it when it picks a style id. */
function isDate(cell: Cell): boolean {
  if (cell.type === ValueType.Date) return true;
  return cell.type === ValueType.Formula && cell.result instanceof Date;
}

function isEmptyStyle(style: object | undefined): boolean {
  if (!style) return false;
  for (const key in style) if (Object.prototype.hasOwnProperty.call(style, key)) return false;
  return true;
}

/** Shares one empty style object among the unstyled non-empty cells of every sheet. */
export function shareEmptyStyles(wb: Workbook): void {
  for (const ws of wb.worksheets) {
    ws.eachRow({ includeEmpty: false }, (row) => {
      row.eachCell({ includeEmpty: false }, (cell) => {
        if (cell.style !== NO_STYLE && isEmptyStyle(cell.style) && !isDate(cell)) cell.style = NO_STYLE;
      });
    });
  }
}
