/**
 * The browser preview (`npm run preview`): the real pane and the real Office.js adapter, run against
 * the Excel simulator loaded with the sample district's sheets instead of a live Excel. The simulator
 * is exposed on `window.__oporaSimulator` for the e2e test. `?theme=dark` forces the dark theme;
 * `?recalculated` recalculates the workbook before the pane opens, as a workbook saved after a run.
 */
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import type { SheetGrid } from '../../engine';
import { loadGridsIntoSimulator, type ExcelSimulator } from '../../../tests/support/excel-simulator';
import { App } from '../App';
import { createExcelHost } from '../excelHost';
import type { Theme } from '../host';

declare global {
  interface Window {
    __oporaSimulator?: ExcelSimulator;
  }
}

const GRIDS_URL = 'preview-data/sample-grids.json';

function previewTheme(): Theme {
  const forced = new URLSearchParams(window.location.search).get('theme');
  if (forced === 'dark' || forced === 'light') return forced;
  return window.matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

async function start(root: HTMLElement): Promise<void> {
  const response = await fetch(GRIDS_URL);
  if (!response.ok) throw new Error(`${GRIDS_URL}: ${response.status}; run «npm run preview»`);
  const simulator = loadGridsIntoSimulator((await response.json()) as SheetGrid[]);
  window.__oporaSimulator = simulator;
  const host = createExcelHost({ run: simulator.run, isSetSupported: simulator.isSetSupported, platform: simulator.platform, theme: previewTheme });
  if (new URLSearchParams(window.location.search).has('recalculated')) {
    await host.recalculate({ onStage: () => undefined, signal: new AbortController().signal });
  }
  createRoot(root).render(createElement(App, { host }));
}

void start(document.getElementById('root') as HTMLElement);
