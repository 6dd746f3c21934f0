/**
 * The pane's host on a live workbook: recalculation, the last result recorded in `_opora`, going to a
 * sheet and cell, and the quick settings on `Опора · Настройки`, all through the Office.js adapter (the
 * only code that calls `Excel.run`).
 * Parameterised by `Excel.run`, so the browser preview runs the same code against the Excel simulator.
 */
import { readLastResult } from '../engine';
import { OfficeJsWorkbook, toRussianMessage, type ExcelRun, type IsSetSupported } from '../workbook/officejs';
import { runRecalculation } from '../workbook/runRecalculation';
import type { PaneHost, Theme } from './host';
import { readMetaGrid } from './ownedSheets';
import { readQuickSettings, writeQuickSettings } from './settingsAccess';

export interface ExcelHostOptions {
  run: ExcelRun;
  isSetSupported: IsSetSupported;
  /** `Office.context.platform`: Excel on the web reads in requests under its 5 MB limit. */
  platform?: string;
  theme: () => Theme;
}

export function createExcelHost(options: ExcelHostOptions): PaneHost {
  const workbook = new OfficeJsWorkbook(options.run, options.isSetSupported, options.platform);
  return {
    recalculate: ({ onStage, signal }) => runRecalculation(workbook, { onStage, signal, describeError: toRussianMessage }),
    lastResult: async () => readLastResult(await readMetaGrid(workbook)),
    select: (sheet, cell) => workbook.select(sheet, cell),
    readSettings: () => readQuickSettings(workbook),
    writeSettings: (settings) => writeQuickSettings(workbook, settings),
    theme: options.theme,
  };
}
