/** The one A1 parser reads what Excel returns, including whole rows and whole columns of merged areas. */
import { parseRect, SHEET_COLUMNS, SHEET_ROWS } from '../../../src/engine/a1';

describe('parseRect', () => {
  it('reads cells and ranges, with $ and a sheet prefix', () => {
    expect(parseRect("'Лист 1'!$B$3:K9")).toEqual({ top: 2, left: 1, bottom: 8, right: 10 });
    expect(parseRect('D12')).toEqual({ top: 11, left: 3, bottom: 11, right: 3 });
  });

  it('reads whole rows and whole columns as Excel writes them for merged areas', () => {
    expect(parseRect('1:1')).toEqual({ top: 0, left: 0, bottom: 0, right: SHEET_COLUMNS - 1 });
    expect(parseRect("'ОГЭ 2024'!$3:$5")).toEqual({ top: 2, left: 0, bottom: 4, right: SHEET_COLUMNS - 1 });
    expect(parseRect('B:B')).toEqual({ top: 0, left: 1, bottom: SHEET_ROWS - 1, right: 1 });
    expect(parseRect('Лист1!$C:$AA')).toEqual({ top: 0, left: 2, bottom: SHEET_ROWS - 1, right: 26 });
  });

  it('orders the corners, reads lower case and three-letter columns', () => {
    expect(parseRect('K9:B3')).toEqual({ top: 2, left: 1, bottom: 8, right: 10 });
    expect(parseRect('aa10:$c$2')).toEqual({ top: 1, left: 2, bottom: 9, right: 26 });
    expect(parseRect('XFD1048576')).toEqual({ top: SHEET_ROWS - 1, left: SHEET_COLUMNS - 1, bottom: SHEET_ROWS - 1, right: SHEET_COLUMNS - 1 });
  });

  it('throws on what is not an address', () => {
    for (const bad of ['', 'B', '12', 'B3:', ':B3', 'B3:K', 'ABCD1', 'B$$3', 'B3 ', 'B-3', 'Б3']) expect(() => parseRect(bad)).toThrow(bad);

    expect(() => parseRect('A:1')).toThrow();
    expect(() => parseRect('Итого')).toThrow();
  });
});
