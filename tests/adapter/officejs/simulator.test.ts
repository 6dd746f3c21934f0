/** The simulator is only useful if it is as strict as Excel: these are the rules the adapter tests rely on. */
import { loadGridsIntoSimulator, PAYLOAD_LIMIT } from '../../support/excel-simulator';

const workbook = () => loadGridsIntoSimulator([{ name: 'Лист1', values: [[1, 2]], visibility: 'visible' }]);

describe('strict Excel simulator', () => {
  it('refuses to show a property that was loaded but not yet synced', async () => {
    const sim = workbook();
    await sim.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Лист1').getRange('A1:B1');
      // Reading too early is the point of this test.
      // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/load-object-before-read
      expect(() => range.values).toThrow(/not available/);
      range.load('values');
      // eslint-disable-next-line office-addins/call-sync-after-load, office-addins/call-sync-before-read
      expect(() => range.values).toThrow(/not available/);
      await context.sync();
      expect(range.values).toEqual([[1, 2]]);
    });
  });

  it('applies a write only when the batch is synced, in queue order', async () => {
    const sim = workbook();
    await sim.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Лист1').getRange('A1');
      range.values = [[10]];
      expect(sim.sheet('Лист1').rows[0][0]?.value).toBe(1);
      range.load('values');
      await context.sync();
      expect(range.values).toEqual([[10]]);
    });
    expect(sim.syncs).toHaveLength(1);
  });

  it('fails a request over 5 MB the way Excel on the web does', async () => {
    const sim = workbook();
    const big = Array.from({ length: 80_000 }, () => ['Опора · строка данных на сорок символов']);
    await expect(
      sim.run(async (context) => {
        context.workbook.worksheets.getItem('Лист1').getRange('A1:A80000').values = big;
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'RequestPayloadSizeLimitExceeded' });
    expect(sim.syncs[0].requestBytes).toBeGreaterThan(PAYLOAD_LIMIT);
  });

  it('lets the same request and its response through as a desktop Excel, which documents no payload limit', async () => {
    const sim = loadGridsIntoSimulator([{ name: 'Лист1', values: [[1]], visibility: 'visible' }], { platform: 'desktop' });
    const big = Array.from({ length: 80_000 }, () => ['Опора · строка данных на сорок символов']);
    const read = await sim.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Лист1').getRange('A1:A80000');
      range.values = big;
      range.load('values');
      await context.sync();
      return range.values;
    });
    expect(read).toEqual(big);
    expect(sim.platform).toBe('PC');
    expect(Math.min(sim.syncs[0].requestBytes, sim.syncs[0].responseBytes)).toBeGreaterThan(PAYLOAD_LIMIT);
  });

  it('rejects a value array that does not match the range, and a duplicate sheet name', async () => {
    const sim = workbook();
    await expect(
      sim.run(async (context) => {
        context.workbook.worksheets.getItem('Лист1').getRange('A1:B1').values = [[1]];
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'InvalidArgument' });
    await expect(
      sim.run(async (context) => {
        context.workbook.worksheets.add('лист1');
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'ItemAlreadyExists' });
  });

  it('offers only the APIs of the ExcelApi version it pretends to be', async () => {
    const sim = loadGridsIntoSimulator([{ name: 'Лист1', values: [[1]], visibility: 'visible' }], { apiMinor: 7 });
    expect(sim.isSetSupported('ExcelApi', '1.7')).toBe(true);
    expect(sim.isSetSupported('ExcelApi', '1.13')).toBe(false);
    await expect(
      sim.run(async (context) => {
        context.workbook.application.suspendScreenUpdatingUntilNextSync();
      }),
    ).rejects.toMatchObject({ code: 'ApiNotFound' });
  });
});

describe('what the simulator refuses because Excel does', () => {
  it('refuses a row taller than 409 pt', async () => {
    const sim = workbook();
    await sim.run(async (context) => {
      context.workbook.worksheets.getItem('Лист1').getRange('1:1').format.rowHeight = 409;
    });
    await expect(
      sim.run(async (context) => {
        context.workbook.worksheets.getItem('Лист1').getRange('2:2').format.rowHeight = 410;
      }),
    ).rejects.toMatchObject({ code: 'InvalidArgument' });
  });

  it('refuses more than 512 merged areas in one call', async () => {
    const sim = workbook();
    sim.sheet('Лист1').merges = Array.from({ length: 513 }, (_, i) => ({ top: i, left: 0, bottom: i, right: 1 }));
    await expect(
      sim.run(async (context) => {
        context.workbook.worksheets.getItem('Лист1').getRange().getMergedAreasOrNullObject().load('address');
      }),
    ).rejects.toMatchObject({ code: 'GeneralException' });
  });

  it('refuses a sheet name used twice in one batch, and deleting a very hidden sheet', async () => {
    const sim = workbook();
    await expect(
      sim.run(async (context) => {
        context.workbook.worksheets.add('Опора · Сводка');
        context.workbook.worksheets.add('опора · сводка');
      }),
    ).rejects.toMatchObject({ code: 'ItemAlreadyExists' });
    sim.sheet('Лист1').visibility = 'Visible';
    sim.model.sheets.push({ ...sim.sheet('Лист1'), id: 'x', name: 'Скрытый', visibility: 'VeryHidden' });
    await expect(
      sim.run(async (context) => {
        context.workbook.worksheets.getItem('Скрытый').delete();
      }),
    ).rejects.toMatchObject({ code: 'InvalidOperation' });
  });

  it('refuses deleting the active sheet (undocumented in Excel, so never relied on) and the last visible sheet', async () => {
    const sim = loadGridsIntoSimulator([
      { name: 'Лист1', values: [[1]], visibility: 'visible' },
      { name: 'Лист2', values: [[2]], visibility: 'visible' },
    ]);
    const remove = (name: string) => sim.run(async (context) => context.workbook.worksheets.getItem(name).delete());
    // A workbook just opened shows its first visible sheet.
    await expect(remove('Лист1')).rejects.toMatchObject({ code: 'InvalidOperation', message: expect.stringContaining('active') });
    await sim.run(async (context) => {
      context.workbook.worksheets.getItem('Лист2').activate();
      context.workbook.worksheets.getItem('Лист1').delete();
    });
    expect(sim.model.sheets.map((s) => s.name)).toEqual(['Лист2']);
    sim.model.sheets.push({ ...sim.sheet('Лист2'), id: 'h', name: 'Скрытый', visibility: 'Hidden' });
    sim.model.activeSheet = 'Скрытый';
    await expect(remove('Лист2')).rejects.toMatchObject({ code: 'InvalidOperation', message: expect.stringContaining('last visible') });
  });
});
