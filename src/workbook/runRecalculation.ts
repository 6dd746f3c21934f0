/**
 * Runs a recalculation against any workbook port: read → recognize → calculate → write, reporting each
 * stage, honouring cancellation between stages, and turning every failure into a Russian message.
 * Shared by the task pane, the ribbon command and the standalone page.
 */
import { calculate, type Diagnostic, planOutputs, recognize, type Summary } from '../engine';
import type { WorkbookPort } from './port';

export type Stage = 'read' | 'recognize' | 'calculate' | 'write';

export type RecalcOutcome =
  | { ok: true; summary: Summary; diagnostics: Diagnostic[] }
  | { ok: false; cancelled: boolean; message: string; error?: unknown };

export interface RunOptions {
  onStage?: (stage: Stage) => void;
  signal?: AbortSignal;
  /** Turns a host error into a Russian sentence (the Office.js adapter supplies its own). */
  describeError?: (error: unknown) => string;
}

const CANCELLED = 'Пересчёт отменён. Книга не изменена.';
const FAILED_BEFORE_WRITE = 'Не удалось пересчитать книгу; она не изменена. Сохраните её копию и сообщите разработчикам Опоры.';
const FAILED_WHILE_WRITING =
  'Не удалось записать листы Опоры; ваши листы не затронуты. Закройте режим правки ячейки и повторите; если не поможет, сообщите разработчикам Опоры.';

/** Lets the UI paint the new stage before the next synchronous step. */
const nextTick = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export async function runRecalculation(port: WorkbookPort, options: RunOptions = {}): Promise<RecalcOutcome> {
  const { onStage, signal, describeError } = options;
  const step = async (stage: Stage) => {
    if (signal?.aborted) throw new CancelledError();
    onStage?.(stage);
    await nextTick();
  };
  let writing = false;
  try {
    await step('read');
    const grids = await port.readGrids();
    await step('recognize');
    const recognized = recognize(grids);
    await step('calculate');
    const result = planOutputs(calculate(recognized));
    await step('write');
    writing = true;
    await port.apply(result.output);
    return { ok: true, summary: result.summary, diagnostics: result.diagnostics };
  } catch (error) {
    if (error instanceof CancelledError) return { ok: false, cancelled: true, message: CANCELLED };
    const message = describeError?.(error) ?? (writing ? FAILED_WHILE_WRITING : FAILED_BEFORE_WRITE);
    return { ok: false, cancelled: false, message, error };
  }
}

class CancelledError extends Error {}
