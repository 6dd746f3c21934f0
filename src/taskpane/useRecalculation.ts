/**
 * The one hook that drives a recalculation from the pane: shows the result the workbook already holds
 * (recorded by the last run), starts a run through the host, follows its stages, cancels it with an
 * AbortSignal, and keeps the last result on screen while a new run goes.
 */
import { useCallback, useEffect, useReducer, useRef, useState } from 'react';
import { type LastResult, lastResultOf } from '../engine';
import type { PaneHost } from './host';
import { recalcReducer, runReported, type RecalcState } from './recalcState';

export interface Recalculation {
  state: RecalcState;
  result: LastResult | null;
  /** True while `result` is the one read from the workbook on opening, not from a run in this pane. */
  fromWorkbook: boolean;
  /** Completed successful runs; the pane re-reads what a run may have written when it changes. */
  runs: number;
  start(): Promise<void>;
  cancel(): void;
}

export function useRecalculation(host: PaneHost): Recalculation {
  const [state, dispatch] = useReducer(recalcReducer, { status: 'idle' });
  const [result, setResult] = useState<LastResult | null>(null);
  const [fromWorkbook, setFromWorkbook] = useState(false);
  const [runs, setRuns] = useState(0);
  const controller = useRef<AbortController | null>(null);
  const started = useRef(false);

  useEffect(() => {
    let live = true;
    host.lastResult().then(
      (last) => {
        // A run started meanwhile wins over what the workbook held.
        if (!live || !last || started.current) return;
        setResult(last);
        setFromWorkbook(true);
      },
      (error: unknown) => console.error(error),
    );
    return () => {
      live = false;
    };
  }, [host]);

  const start = useCallback(async () => {
    if (controller.current) return;
    const ac = new AbortController();
    controller.current = ac;
    started.current = true;
    try {
      const summary = await runReported(host, ac.signal, dispatch);
      if (summary) {
        setResult(lastResultOf(summary));
        setFromWorkbook(false);
        setRuns((n) => n + 1);
      }
    } finally {
      controller.current = null;
    }
  }, [host]);

  const cancel = useCallback(() => controller.current?.abort(), []);

  return { state, result, fromWorkbook, runs, start, cancel };
}
