/**
 * Descriptive statistics with Excel's semantics, so a methodologist who recomputes a quartile or a
 * percentile rank in Excel gets the same number: QUARTILE.INC / MEDIAN (linear interpolation over
 * (n − 1)) and PERCENTRANK.INC (rank ÷ (n − 1), interpolated between neighbours, truncated to 3 digits).
 */

/**
 * Values ascending, as a typed array: it sorts natively, without a comparator call per comparison (a region
 * sorts ~500k values for its quartiles). A list with NaN keeps the comparator's order, which differs.
 */
function sorted(values: readonly number[]): ArrayLike<number> {
  if (values.some(Number.isNaN)) return [...values].sort((a, b) => a - b);
  return Float64Array.from(values).sort();
}

/** PERCENTILE.INC over values already sorted ascending. */
function percentileOfSorted(xs: ArrayLike<number>, k: number): number {
  if (xs.length === 0) return NaN;
  const pos = (xs.length - 1) * k;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return xs[lo] + (xs[hi] - xs[lo]) * (pos - lo);
}

/** Excel PERCENTILE.INC: the k-th percentile (0…1) by linear interpolation over positions 0…n−1. */
export function percentileInc(values: number[], k: number): number {
  return percentileOfSorted(sorted(values), k);
}

/** Median, Q1 and Q3 (QUARTILE.INC) with one sort. */
export function quartiles(values: number[]): { median: number; q1: number; q3: number } {
  const xs = sorted(values);
  return { median: percentileOfSorted(xs, 0.5), q1: percentileOfSorted(xs, 0.25), q3: percentileOfSorted(xs, 0.75) };
}

/** Excel QUARTILE.INC: quart 0…4 (1 = Q1, 2 = median, 3 = Q3). */
export function quartileInc(values: number[], quart: 0 | 1 | 2 | 3 | 4): number {
  return percentileInc(values, quart / 4);
}

/** Excel MEDIAN. */
export function median(values: number[]): number {
  return percentileInc(values, 0.5);
}

/**
 * Excel PERCENTRANK.INC(array, x, significance = 3): for x in the array, (count of values < x) ÷ (n − 1);
 * between two values, linear interpolation of their ranks; outside the range NaN (Excel's #N/A). The
 * result is truncated, not rounded, to `significance` digits (Excel's own example: 5 ÷ 9 → 0,555).
 */
export function percentRankInc(values: number[], x: number, significance = 3): number {
  return percentRankOfSorted(sorted(values), x, significance);
}

/** Number of values below `x` in an ascending array (binary search). */
function countBelow(xs: ArrayLike<number>, x: number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (xs[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** PERCENTRANK.INC over values already sorted ascending: O(log n), for ranking every school of a region. */
export function percentRankOfSorted(xs: ArrayLike<number>, x: number, significance = 3): number {
  const n = xs.length;
  if (n === 0 || x < xs[0] || x > xs[n - 1]) return NaN;
  if (n === 1) return 1;
  const rankOf = (v: number): number => countBelow(xs, v) / (n - 1);
  const at = countBelow(xs, x);
  let rank: number;
  if (xs[at] === x) {
    rank = at / (n - 1);
  } else {
    const lower = xs[at - 1];
    const upper = xs[at];
    const lowerRank = rankOf(lower);
    rank = lowerRank + ((rankOf(upper) - lowerRank) * (x - lower)) / (upper - lower);
  }
  const scale = 10 ** significance;
  // The small epsilon keeps 0.3 × 1000 = 299.99999999999994 from truncating to 0.299.
  return Math.floor(rank * scale + 1e-9) / scale;
}

/** Tolerance for threshold comparisons: «≥ 30 %» is met by 0.30 even after floating subtraction. */
export const EPSILON = 1e-9;

/** a ≥ b on unrounded values, immune to floating noise such as 0.35 − 0.2 = 0.1499999…. */
export function atLeast(a: number, b: number): boolean {
  return a >= b - EPSILON;
}

/** a > b strictly, with the same tolerance (an exact tie is not «more than»). */
export function moreThan(a: number, b: number): boolean {
  return a > b + EPSILON;
}
