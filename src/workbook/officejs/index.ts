/**
 * The Office.js adapter (the add-in's side of `WorkbookPort`): reads every sheet in three
 * `context.sync()` calls (on the web, more as the bytes grow past its 5 MB responses), writes an OutputDocument in blocks under Excel's request limit, and turns
 * Excel errors into Russian messages. Imports only `src/engine` and the Office.js typings; never React.
 */
export { OfficeJsWorkbook } from './workbook';
export { toRussianMessage, excelErrorCode } from './errors';
export type { IsSetSupported } from './apiSets';
export { WEB_PLATFORM, type ExcelRun } from './readGrids';
