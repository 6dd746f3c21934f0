/**
 * The ribbon's «Пересчитать» without the pane: registered under the manifest's FunctionName, runs the
 * pipeline on the workbook (the Excel simulator standing in for Excel), always completes the ribbon
 * event, and shows a failure in a dialog that the command waits for.
 */
import type { SheetGrid } from '../../src/engine/model';
import { OWNED_SHEETS } from '../../src/engine/owned';
import { loadGridsIntoSimulator, SimRichApiError, type ExcelSimulator } from '../support/excel-simulator';

type Handler = () => void;

interface Harness {
  recalculate: (event: Office.AddinCommands.Event) => Promise<void>;
  dialogs: { url: string; close: Handler; closed: () => boolean }[];
}

const g = globalThis as Record<string, unknown>;

/** Loads commands.ts against stand-ins for Office.js and a simulated (or failing) `Excel.run`. */
function loadCommands(run: ExcelSimulator['run'], isSetSupported: ExcelSimulator['isSetSupported']): Harness {
  const associated = new Map<string, Harness['recalculate']>();
  const dialogs: Harness['dialogs'] = [];
  g.window = { location: { href: 'https://localhost:3000/commands.html' } };
  g.Excel = { run };
  g.Office = {
    onReady: (callback: () => void) => Promise.resolve(callback()),
    actions: { associate: (name: string, fn: Harness['recalculate']) => associated.set(name, fn) },
    AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
    EventType: { DialogMessageReceived: 'message', DialogEventReceived: 'event' },
    context: {
      requirements: { isSetSupported },
      ui: {
        displayDialogAsync: (url: string, _options: unknown, callback: (r: unknown) => void) => {
          const handlers = new Map<string, Handler>();
          let closed = false;
          dialogs.push({ url, close: () => handlers.get('event')?.(), closed: () => closed });
          const dialog = {
            addEventHandler: (type: string, h: Handler) => handlers.set(type, h),
            close: () => (closed = true),
          };
          callback({ status: 'succeeded', value: dialog });
        },
      },
    },
  };
  jest.isolateModules(() => require('../../src/commands/commands'));
  const recalculate = associated.get('recalculate');
  if (!recalculate) throw new Error('recalculate was not associated');
  return { recalculate, dialogs };
}

const district: SheetGrid[] = [
  {
    name: 'ОГЭ 2026',
    values: [
      ['Наименование ОО', 'Предмет', 'Участники', '«2»', '«3»', '«4»', '«5»'],
      ['МБОУ СОШ № 1', 'Математика', 30, 3, 12, 10, 5],
      ['МБОУ СОШ № 2', 'Математика', 25, 2, 10, 8, 5],
    ],
  },
];

afterEach(() => {
  delete g.Office;
  delete g.Excel;
  delete g.window;
});

describe('the ribbon button «Пересчитать»', () => {
  it('writes Opora’s sheets, leaves the user on «Опора · Сводка» and completes the event once', async () => {
    const simulator = loadGridsIntoSimulator(district);
    const { recalculate, dialogs } = loadCommands(simulator.run, simulator.isSetSupported);
    const completed = jest.fn();
    await recalculate({ completed } as unknown as Office.AddinCommands.Event);
    expect(completed).toHaveBeenCalledTimes(1);
    expect(dialogs).toEqual([]);
    expect(simulator.model.sheets.map((s) => s.name)).toEqual(expect.arrayContaining([OWNED_SHEETS.summary, OWNED_SHEETS.settings]));
    expect(simulator.model.activeSheet).toBe(OWNED_SHEETS.summary);
  });

  it('shows why it failed in a dialog and completes the event only when the dialog is closed', async () => {
    const failing = () => Promise.reject(new SimRichApiError('InvalidOperation', 'cell is being edited'));
    const { recalculate, dialogs } = loadCommands(failing as ExcelSimulator['run'], () => true);
    const completed = jest.fn();
    const running = recalculate({ completed } as unknown as Office.AddinCommands.Event);
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(dialogs).toHaveLength(1);
    const url = new URL(dialogs[0].url);
    expect(url.origin + url.pathname).toBe('https://localhost:3000/notice.html');
    expect(url.searchParams.get('text')).toMatch(/[а-яё]/i);
    expect(completed).not.toHaveBeenCalled();
    dialogs[0].close();
    await running;
    expect(completed).toHaveBeenCalledTimes(1);
  });
});
