/**
 * The read path against Microsoft's `office-addin-mock`: an independent check that every property the
 * adapter reads was loaded and synced first (the mock hands back an error string otherwise). The mock
 * has no collections or `*OrNullObject`, so the test wires those few members by hand.
 */
import { OfficeMockObject } from 'office-addin-mock';

// office-addin-mock needs only the OfficeApp enum from office-addin-manifest, whose full import fails in this
// install (ajv-draft-04 wants ajv 8, ajv 6 is hoisted); load the enum's own module instead.
jest.mock('office-addin-manifest', () => jest.requireActual('office-addin-manifest/lib/officeApp'));
import { OfficeJsWorkbook } from '../../../src/workbook/officejs';

type Cells = (string | number)[][];

/** Everything the test created, so `context.sync()` can sync each mock as Excel syncs every proxy. */
const mocks: OfficeMockObject[] = [];

function track(mock: OfficeMockObject): OfficeMockObject {
  mocks.push(mock);
  return mock;
}

/** A range mock; `isNullObject` is plain data because the mock does not model null objects. */
function rangeMock(data: Record<string, unknown>, isNull = false): OfficeMockObject {
  const mock = track(new OfficeMockObject(data as never));
  mock.isNullObject = isNull;
  return mock;
}

function sheetMock(name: string, visibility: string, values: Cells, formats: string[][], used: { row: number; col: number }, merged?: string) {
  const usedRange = rangeMock(
    { rowIndex: used.row, columnIndex: used.col, rowCount: values.length, columnCount: values[0]?.length ?? 0, values, numberFormat: formats },
    values.length === 0,
  );
  const mergedAreas = rangeMock({ address: merged ?? '' }, merged === undefined);
  return track(
    new OfficeMockObject({
      name,
      visibility,
      tables: {
        items: [],
        load(this: OfficeMockObject) {
          return OfficeMockObject.prototype.load.call(this, 'items');
        },
      },
      getUsedRangeOrNullObject: () => usedRange,
      getRangeByIndexes: (row: number, _col: number, rowCount: number) =>
        rangeMock({
          values: values.slice(row - used.row, row - used.row + rowCount),
          numberFormat: formats.slice(row - used.row, row - used.row + rowCount),
          // The merged areas are asked of whole-row blocks.
          getMergedAreasOrNullObject: () => mergedAreas,
        }),
    } as never),
  );
}

function contextMock(sheets: OfficeMockObject[]) {
  const worksheets = track(
    new OfficeMockObject({
      items: sheets,
      load(this: OfficeMockObject, props: string) {
        const own = props.split(',').map((p) => p.trim().replace(/^items\//, ''));
        sheets.forEach((s) => s.load(own));
        return OfficeMockObject.prototype.load.call(this, 'items');
      },
    } as never),
  );
  return {
    workbook: { worksheets },
    sync: async () => {
      for (const m of [...mocks]) await m.sync();
    },
  };
}

describe('read path on office-addin-mock', () => {
  beforeEach(() => {
    mocks.length = 0;
  });

  it('loads every property it reads before reading it', async () => {
    const results = sheetMock(
      'ОГЭ 2024',
      'Visible',
      [['Результаты ОГЭ', '', ''], ['ОО', 'Участников', 'Доля «2»'], ['СОШ № 1', 25, 0.12]],
      [['General', 'General', 'General'], ['General', 'General', 'General'], ['General', '0', '0.0%']],
      { row: 0, col: 0 },
      "'ОГЭ 2024'!A1:C1",
    );
    const meta = sheetMock('_opora', 'VeryHidden', [['version', 1]], [['General', 'General']], { row: 1, col: 1 });
    const context = contextMock([results, meta]);
    const run = <T>(batch: (c: Excel.RequestContext) => Promise<T>) => batch(context as unknown as Excel.RequestContext);
    const grids = await new OfficeJsWorkbook(run, () => true).readGrids();
    expect(grids).toEqual([
      {
        name: 'ОГЭ 2024',
        values: [['Результаты ОГЭ', null, null], ['ОО', 'Участников', 'Доля «2»'], ['СОШ № 1', 25, 0.12]],
        numberFormats: [['General', 'General', 'General'], ['General', 'General', 'General'], ['General', '0', '0.0%']],
        merges: [{ top: 0, left: 0, bottom: 0, right: 2 }],
        tables: [],
        visibility: 'visible',
      },
      {
        name: '_opora',
        values: [[null, null, null], [null, 'version', 1]],
        numberFormats: [['General', 'General', 'General'], ['General', 'General', 'General']],
        merges: [],
        tables: [],
        visibility: 'veryHidden',
      },
    ]);
  });

  it('the mock answers with an error string for a property read before sync (so the test above can fail)', () => {
    const range = rangeMock({ values: [[1]] });
    range.load('values');
    expect(range.values).toBe('Error, context.sync() was not called');
  });
});
