/**
 * The engine's public API: everything the adapters (`src/workbook`) and the front ends (`src/taskpane`,
 * `src/commands`, `src/standalone`, `src/cli`) may use. They import from here only (enforced by
 * `eslint.config.js`), so the engine's inside can be rearranged without touching them.
 */

// The pipeline (docs/ARCHITECTURE.md «The pipeline»).
export { calculate, planOutputs, recalculate, recognize, type Calculated, type RecalcResult, type Recognized } from './recalculate';

// What adapters read and write.
export type {
  CellRect,
  CellStyle,
  CellValue,
  ChartSpec,
  ConditionalRule,
  Diagnostic,
  DiagnosticCode,
  GridTable,
  OutputDocument,
  OutputSheet,
  PrintSetup,
  SheetGrid,
} from './model';
export { a1Range, absoluteRange, columnLetter, localPart, parseRect, SHEET_COLUMNS, SHEET_ROWS } from './a1';

// The result as front ends show it.
export type { SchoolPlaces, Summary, SummaryDiagnostic, SummaryFlag } from './output/summary';
export type { FlagKindLabel } from './messages/vocabulary';
export { FLAG_KINDS, headline, schoolsWith, summaryHeadline } from './output/headline';
export { lastResultOf, readLastResult, type LastResult } from './output/lastResult';
export { splitCellRefs } from './flags/format';
export { ROLE_LABELS } from './recognize/mappingFormat';

// Owned sheets and the settings the pane edits in place.
export { findMetaGrid, isMetaName, META_SHEET, ownedSheetName, type OwnedSheetKey, skippedOutputSheets } from './owned';
export { quickSettingWrites, readQuickSettings, type QuickSettings } from './settings/quickSettings';
