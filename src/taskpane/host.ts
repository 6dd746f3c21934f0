/**
 * What the task pane needs from its host, as one object passed to <App>. The Office implementation
 * (`excelHost.ts`) and the browser preview (`preview/`) both provide it, so components never touch Office
 * and render in tests and in a plain browser (the `yo office` pattern).
 */
import type { LastResult, QuickSettings } from '../engine';
import type { RecalcOutcome, Stage } from '../workbook/runRecalculation';

export type { QuickSettings, RecalcOutcome };
export type RecalcStage = Stage;

export const RECALC_STAGES: readonly RecalcStage[] = ['read', 'recognize', 'calculate', 'write'];

export type Theme = 'light' | 'dark';

export interface PaneHost {
  recalculate(opts: { onStage: (stage: RecalcStage) => void; signal: AbortSignal }): Promise<RecalcOutcome>;
  /** The result the last run recorded in the workbook (`_opora`), so the pane opens on it; null if none. */
  lastResult(): Promise<LastResult | null>;
  /** Activates the sheet and selects the cell or range; false when the sheet is not in the workbook. */
  select(sheet: string, cell?: string): Promise<boolean>;
  /** null while the workbook has no settings sheet (the first recalculation creates it). */
  readSettings(): Promise<QuickSettings | null>;
  /** false when the settings sheet is gone. */
  writeSettings(settings: QuickSettings): Promise<boolean>;
  /** The host's theme now (Office theme, or the browser's colour scheme in the preview). */
  theme(): Theme;
}
