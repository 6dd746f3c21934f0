/**
 * The Office.js adapter (the add-in's side of `WorkbookPort`): reads every sheet with a constant number
 * of `context.sync()` calls, writes an OutputDocument in blocks under Excel's request limit, and turns
 * Excel errors into Russian messages. Imports only `src/engine` and the Office.js typings; never React.
 */
export { OfficeJsWorkbook } from './workbook';
export { toRussianMessage, excelErrorCode } from './errors';
export type { IsSetSupported } from './apiSets';
export type { ExcelRun } from './readGrids';
