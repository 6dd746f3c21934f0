/**
 * The state of one recalculation as the pane shows it: idle → running (stage by stage) → done, failed
 * or cancelled. A pure reducer and a runner that feeds it, so progress and «Отмена» are testable without
 * React or Office.
 */
import type { Summary } from '../engine';
import { RECALC_STAGES, type PaneHost, type RecalcOutcome, type RecalcStage } from './host';
import { S } from './strings';

export type RecalcState =
  | { status: 'idle' }
  | { status: 'running'; stage: RecalcStage | null }
  | { status: 'done'; summary: Summary }
  | { status: 'failed'; message: string }
  | { status: 'cancelled' };

export type RecalcAction =
  | { type: 'start' }
  | { type: 'stage'; stage: RecalcStage }
  | { type: 'finish'; outcome: RecalcOutcome; aborted: boolean }
  | { type: 'crash'; message: string; aborted: boolean };

export function recalcReducer(state: RecalcState, action: RecalcAction): RecalcState {
  switch (action.type) {
    case 'start':
      return { status: 'running', stage: null };
    case 'stage':
      // A late stage callback after the run ended must not resurrect the progress bar.
      return state.status === 'running' ? { status: 'running', stage: action.stage } : state;
    case 'finish':
      // A run that finished writing is done even if «Отмена» came too late: the workbook has changed.
      if (action.outcome.ok) return { status: 'done', summary: action.outcome.summary };
      return action.aborted || action.outcome.cancelled
        ? { status: 'cancelled' }
        : { status: 'failed', message: action.outcome.message };
    case 'crash':
      return action.aborted ? { status: 'cancelled' } : { status: 'failed', message: action.message };
  }
}

/**
 * Progress 0…1 for the bar: a stage counts as half done while it runs, so the bar moves at once and
 * reaches 1 only when the run is over.
 */
export function stageProgress(stage: RecalcStage | null): number {
  if (stage === null) return 0;
  return (RECALC_STAGES.indexOf(stage) + 0.5) / RECALC_STAGES.length;
}


/**
 * Runs one recalculation through the host and reports every step as an action; the summary on success.
 * «Отмена» is `signal`: the host stops at the next stage boundary.
 */
export async function runReported(
  host: PaneHost,
  signal: AbortSignal,
  dispatch: (action: RecalcAction) => void,
): Promise<Summary | null> {
  dispatch({ type: 'start' });
  try {
    const outcome = await host.recalculate({ onStage: (stage) => dispatch({ type: 'stage', stage }), signal });
    dispatch({ type: 'finish', outcome, aborted: signal.aborted });
    return outcome.ok ? outcome.summary : null;
  } catch (error) {
    // runRecalculation reports workbook problems as outcomes; anything thrown is a bug, shown as such.
    console.error(error);
    dispatch({ type: 'crash', message: S.errors.unexpected, aborted: signal.aborted });
    return null;
  }
}
