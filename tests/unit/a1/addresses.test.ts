/** A1 helpers beside the parser: fixed ranges for print titles and filters, column letters, addresses inside a text. */
import { A1_RANGE_SOURCE, absoluteRange, isColumnLetters } from '../../../src/engine/a1';

describe('A1 helpers beside the parser', () => {
  it('fixes both parts of a cell or a range, as print titles and filters are stored', () => {
    expect(absoluteRange('A3:K20')).toBe('$A$3:$K$20');
    expect(absoluteRange('B7')).toBe('$B$7');
    expect(absoluteRange("'Лист 1'!$C$2:AA9")).toBe('$C$2:$AA$9');
  });

  it('tells column letters from anything else', () => {
    expect(['A', 'Z', 'AA', 'XFD'].every(isColumnLetters)).toBe(true);
    expect(['', 'a', 'A1', 'ABCD', 'Б'].some(isColumnLetters)).toBe(false);
  });

  it('finds addresses inside a text with the same grammar as the parser', () => {
    const found = [...'см. E2, $K$4:K9 и Z'.matchAll(new RegExp(A1_RANGE_SOURCE, 'g'))].map((m) => m[0]);
    expect(found).toEqual(['E2', '$K$4:K9']);
  });
});
