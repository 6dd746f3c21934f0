/**
 * A strict Excel simulator for tests and the task-pane preview: the subset of the Excel JavaScript API
 * that the Office.js adapter uses, with real load/sync semantics, payload limits and Excel's rule that a
 * string starting with `=` becomes a formula unless the cell is formatted as text. Browser-safe.
 */
export { ExcelSimulator, type SimulatorOptions } from './simulator';
export { loadGridsIntoSimulator } from './fromGrids';
export { PAYLOAD_LIMIT, SimRichApiError, type SyncStat } from './request';
export { displayOf, snapshotModel, type SimSheet, type SimWorkbookModel } from './model';
export { parseLocal, type Rect } from './addresses';
