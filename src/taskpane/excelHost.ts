/**
 * The pane's host on a live workbook: recalculation through the Office.js port, selection of a sheet and
 * cell, and the quick settings on `Опора · Настройки`. Parameterised by `Excel.run`, so the browser
 * preview runs the same code against the Excel simulator.
 */
import { OfficeJsWorkbook, toRussianMessage, type ExcelRun, type IsSetSupported } from '../workbook/officejs';
import { runRecalculation } from '../workbook/runRecalculation';
import type { PaneHost, QuickSettings, Theme } from './host';
import { readQuickSettings, writeQuickSettings } from './settingsAccess';

export interface ExcelHostOptions {
  run: ExcelRun;
  isSetSupported: IsSetSupported;
  theme: () => Theme;
}

export function createExcelHost(options: ExcelHostOptions): PaneHost {
  const { run, isSetSupported } = options;
  return {
    recalculate: ({ onStage, signal }) =>
      runRecalculation(new OfficeJsWorkbook(run, isSetSupported), { onStage, signal, describeError: toRussianMessage }),
    select: (sheet, cell) =>
      run(async (context) => {
        const ws = context.workbook.worksheets.getItemOrNullObject(sheet);
        ws.load('name');
        await context.sync();
        if (ws.isNullObject) return false;
        ws.activate();
        if (cell) ws.getRange(cell).select();
        await context.sync();
        return true;
      }),
    readSettings: () => readQuickSettings(run),
    writeSettings: (settings: QuickSettings) => writeQuickSettings(run, settings),
    theme: options.theme,
  };
}
