/**
 * The one hook that drives a recalculation from the pane: starts it through the host, follows its
 * stages, cancels it with an AbortSignal, and keeps the last summary on screen while a new run goes.
 */
import { useCallback, useReducer, useRef, useState } from 'react';
import type { Summary } from '../engine/output/summary';
import type { PaneHost } from './host';
import { recalcReducer, runReported, type RecalcState } from './recalcState';

export interface Recalculation {
  state: RecalcState;
  summary: Summary | null;
  /** Completed successful runs; the pane re-reads what a run may have written when it changes. */
  runs: number;
  start(): Promise<void>;
  cancel(): void;
}

export function useRecalculation(host: PaneHost): Recalculation {
  const [state, dispatch] = useReducer(recalcReducer, { status: 'idle' });
  const [summary, setSummary] = useState<Summary | null>(null);
  const [runs, setRuns] = useState(0);
  const controller = useRef<AbortController | null>(null);

  const start = useCallback(async () => {
    if (controller.current) return;
    const ac = new AbortController();
    controller.current = ac;
    try {
      const result = await runReported(host, ac.signal, dispatch);
      if (result) {
        setSummary(result);
        setRuns((n) => n + 1);
      }
    } finally {
      controller.current = null;
    }
  }, [host]);

  const cancel = useCallback(() => controller.current?.abort(), []);

  return { state, summary, runs, start, cancel };
}
