/**
 * What the task pane needs from its host, as one object passed to <App>. The Office implementation
 * (`excelHost.ts`) and the browser preview (`preview/`) both provide it, so components never touch Office
 * and render in tests and in a plain browser (the `yo office` pattern).
 */
import type { FixedSheetKey } from '../engine/owned';
import type { QuickSettings } from '../engine/settings/quickSettings';
import type { RecalcOutcome, Stage } from '../workbook/runRecalculation';

export type { QuickSettings, RecalcOutcome };
export type RecalcStage = Stage;

export const RECALC_STAGES: readonly RecalcStage[] = ['read', 'recognize', 'calculate', 'write'];

export type Theme = 'light' | 'dark';

export interface PaneHost {
  recalculate(opts: { onStage: (stage: RecalcStage) => void; signal: AbortSignal }): Promise<RecalcOutcome>;
  /** Activates the sheet and selects the cell or range; false when the sheet is not in the workbook. */
  select(sheet: string, cell?: string): Promise<boolean>;
  /** Activates Opora's own sheet, found by key in the `_opora` registry; false before Opora wrote it. */
  selectOwned(key: FixedSheetKey): Promise<boolean>;
  /** null while the workbook has no settings sheet (the first recalculation creates it). */
  readSettings(): Promise<QuickSettings | null>;
  /** false when the settings sheet is gone. */
  writeSettings(settings: QuickSettings): Promise<boolean>;
  /** The host's theme now (Office theme, or the browser's colour scheme in the preview). */
  theme(): Theme;
}
