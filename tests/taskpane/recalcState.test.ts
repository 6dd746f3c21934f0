import type { PaneHost } from '../../src/taskpane/host';
import { recalcReducer, runReported, stageProgress, type RecalcAction, type RecalcState } from '../../src/taskpane/recalcState';
import type { WorkbookPort } from '../../src/workbook/port';
import { runRecalculation } from '../../src/workbook/runRecalculation';
import { summaryOfTwoSchools } from './summaryFixture';

const run = (actions: Parameters<typeof recalcReducer>[1][]): RecalcState =>
  actions.reduce(recalcReducer, { status: 'idle' } as RecalcState);

describe('the recalculation progress', () => {
  it('walks чтение → распознавание → расчёт → запись with a bar that only moves forward', () => {
    const stages = ['read', 'recognize', 'calculate', 'write'] as const;
    const progress = stages.map((stage) => {
      const state = run([{ type: 'start' }, { type: 'stage', stage }]);
      expect(state).toEqual({ status: 'running', stage });
      return stageProgress(stage);
    });
    expect(stageProgress(null)).toBe(0);
    expect(progress).toEqual([0.125, 0.375, 0.625, 0.875]);
  });

  it('shows the summary when the run succeeds', () => {
    const summary = summaryOfTwoSchools();
    const state = run([{ type: 'start' }, { type: 'stage', stage: 'write' }, { type: 'finish', outcome: { ok: true, summary, diagnostics: [] }, aborted: false }]);
    expect(state).toEqual({ status: 'done', summary });
  });

  it('reports «отменён» for a run stopped by «Отмена», and the Russian message for a failed one', () => {
    const stopped = { ok: false as const, cancelled: true, message: 'Пересчёт отменён. Книга не изменена.' };
    expect(run([{ type: 'start' }, { type: 'finish', outcome: stopped, aborted: true }])).toEqual({ status: 'cancelled' });
    const failed = { ok: false as const, cancelled: false, message: 'Не удалось записать листы Опоры' };
    expect(run([{ type: 'start' }, { type: 'finish', outcome: failed, aborted: false }])).toEqual({
      status: 'failed',
      message: 'Не удалось записать листы Опоры',
    });
  });

  it('stays done when «Отмена» came after the workbook was already written', () => {
    const summary = summaryOfTwoSchools();
    const state = run([{ type: 'start' }, { type: 'finish', outcome: { ok: true, summary, diagnostics: [] }, aborted: true }]);
    expect(state.status).toBe('done');
  });

  it('ignores a stage reported after the run ended', () => {
    const state = run([{ type: 'start' }, { type: 'crash', message: 'сбой', aborted: false }, { type: 'stage', stage: 'write' }]);
    expect(state).toEqual({ status: 'failed', message: 'сбой' });
  });
});

describe('«Отмена» during a recalculation', () => {
  it('stops at the next stage, never writes, and shows «отменён»', async () => {
    const controller = new AbortController();
    const apply = jest.fn();
    const port: WorkbookPort = {
      // The user presses «Отмена» while the sheets are being read.
      readGrids: async () => {
        controller.abort();
        return [];
      },
      apply,
    };
    const host: PaneHost = {
      recalculate: (opts) => runRecalculation(port, opts),
      lastResult: async () => null,
      select: async () => true,
      readSettings: async () => null,
      writeSettings: async () => false,
      theme: () => 'light',
    };
    const actions: RecalcAction[] = [];
    await expect(runReported(host, controller.signal, (a) => actions.push(a))).resolves.toBeNull();
    expect(actions.map((a) => (a.type === 'stage' ? a.stage : a.type))).toEqual(['start', 'read', 'finish']);
    expect(actions.reduce(recalcReducer, { status: 'idle' } as RecalcState)).toEqual({ status: 'cancelled' });
    expect(apply).not.toHaveBeenCalled();
  });

  it('shows a bug as the Russian «непредвиденная ошибка», not a blank pane', async () => {
    const host: PaneHost = {
      recalculate: () => Promise.reject(new TypeError('x is undefined')),
      lastResult: async () => null,
      select: async () => true,
      readSettings: async () => null,
      writeSettings: async () => false,
      theme: () => 'light',
    };
    const actions: RecalcAction[] = [];
    const error = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    await runReported(host, new AbortController().signal, (a) => actions.push(a));
    expect(error).toHaveBeenCalled();
    error.mockRestore();
    const state = actions.reduce(recalcReducer, { status: 'idle' } as RecalcState);
    expect(state.status === 'failed' && state.message).toMatch(/^Непредвиденная ошибка/);
  });
});
