/**
 * The ExcelJS adapter: .xlsx files for the CLI, the standalone page and tests. It only serialises —
 * reads every sheet into a SheetGrid and writes an OutputDocument the engine built in full — and may
 * import the engine's types and ExcelJS, nothing from the UI or the CLI.
 */
export { ExcelJsWorkbook } from './workbook';
