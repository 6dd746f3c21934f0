import { atLeast, median, percentRankInc, quartileInc } from '../../../src/engine/indicators/statistics';

describe('statistics with Excel semantics', () => {
  it('QUARTILE.INC interpolates like Excel (Excel help example: Q1 of 1,2,4,7,8,9,10,12 is 3,5)', () => {
    const xs = [1, 2, 4, 7, 8, 9, 10, 12];
    expect(quartileInc(xs, 1)).toBeCloseTo(3.5, 12);
    expect(quartileInc(xs, 3)).toBeCloseTo(9.25, 12); // position 5.25: 9 + 0.25 × (10 − 9)
    expect(median(xs)).toBeCloseTo(7.5, 12);
    expect(quartileInc([0.1, 0.1, 0.2, 0.3, 0.4], 3)).toBeCloseTo(0.3, 12);
  });

  it('PERCENTRANK.INC matches the Excel help example, truncating to 3 digits', () => {
    const xs = [13, 12, 11, 8, 4, 3, 2, 1, 1, 1];
    expect(percentRankInc(xs, 2)).toBe(0.333); // 3 values below ÷ 9
    expect(percentRankInc(xs, 4)).toBe(0.555); // 5 ÷ 9 = 0,5556 truncated, not rounded
    expect(percentRankInc(xs, 8)).toBe(0.666);
    expect(percentRankInc(xs, 5)).toBe(0.583); // between 4 and 8: 0,5556 + ¼ × 0,1111
    expect(percentRankInc(xs, 1)).toBe(0);
    expect(percentRankInc(xs, 13)).toBe(1);
    expect(percentRankInc(xs, 0.5)).toBeNaN(); // Excel: #N/A outside the range
  });

  it('treats 0,30 as meeting «≥ 30 %» even after floating subtraction', () => {
    expect(0.35 - 0.2 >= 0.15).toBe(false); // the floating trap this guards against
    expect(atLeast(0.35 - 0.2, 0.15)).toBe(true);
    expect(atLeast(0.2999, 0.3)).toBe(false);
  });
});
