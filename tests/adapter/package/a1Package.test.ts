/**
 * The package's A1 readers take a fast path for plain references (`D12`, `$B$3:K9`); whatever the path,
 * each must answer exactly as the engine's parser does, since cell positions and merges come from them.
 */
import { parseRect } from '../../../src/engine/a1';
import { parseCell, parseRange, rectOf } from '../../../src/workbook/package/a1';

/** The engine's answer, or undefined where it throws. */
function engine(ref: string) {
  try {
    return parseRect(ref);
  } catch {
    return undefined;
  }
}

const REFERENCES = [
  'A1', 'D12', 'd12', '$D$12', 'D$12', '$D12', 'XFD1048576', 'AA10', 'ZZZ9', 'B3:K9', '$B$3:$K$9', 'K9:B3', 'B9:K3',
  'A0', 'A00012', 'A1:B2:C3', 'AAAA1', 'A', '1', 'A1:', ':A1', 'A1:B', '$', '$$A1', 'A$$1', 'A-1', 'A1.5', 'A 1',
  'Лист1!A1', "'Лист 1'!$B$3:K9", '1:3', '$3:$5', 'B:D', '$C:$AA', 'A1234567890', 'A123456789', '', 'Итого', 'A1!',
];

describe('package A1 references', () => {
  it.each(REFERENCES)('rectOf(%p) answers as parseRect', (ref) => {
    const expected = engine(ref);
    if (expected) expect(rectOf(ref)).toEqual(expected);
    else expect(() => rectOf(ref)).toThrow();
  });

  it.each(REFERENCES)('parseRange(%p) answers as parseRect on the trimmed text', (ref) => {
    expect(parseRange(ref)).toEqual(engine(ref.trim()));
    expect(parseRange(` ${ref} `)).toEqual(engine(ref.trim()));
  });

  it.each(REFERENCES)('parseCell(%p) gives the top-left of parseRect', (ref) => {
    const expected = engine(ref.trim());
    expect(parseCell(ref)).toEqual(expected && { row: expected.top, col: expected.left });
  });

  it('reads plain cells and ranges by hand', () => {
    expect(parseCell('C5')).toEqual({ row: 4, col: 2 });
    expect(parseCell('ab10')).toEqual({ row: 9, col: 27 });
    expect(rectOf('K9:$B$3')).toEqual({ top: 2, left: 1, bottom: 8, right: 10 });
    expect(parseRange('garbage')).toBeUndefined();
  });
});
