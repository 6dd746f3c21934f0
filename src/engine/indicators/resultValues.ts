/**
 * Indicators of one results row (a school's or a reference «Итого» row): participants, fail, success,
 * quality and mean, each with its numerator, denominator and the cells it came from (METHODOLOGY §2).
 * Source lists are joined with `concat`, not spread: a spread array keeps room for ~17 items, and a region
 * holds ~270k of these lists for as long as its analysis lives.
 */
import type { CellRef, CountField, IndicatorId, ResultValues, Sourced } from '../model';

/** An indicator computed from one record, before it is tied to a school, year and procedure. */
export interface RawIndicator {
  id: IndicatorId;
  value: number;
  numerator?: number;
  denominator?: number;
  sources: CellRef[];
}

/** One constructor, so every indicator has the same fields in the same order (absent ones undefined). */
export function raw(id: IndicatorId, value: number, numerator: number | undefined, denominator: number | undefined, sources: CellRef[]): RawIndicator {
  return { id, value, numerator, denominator, sources };
}

type ResultLike = Pick<ResultValues, 'counts' | 'shares' | 'mean'>;

function sum(items: (Sourced | undefined)[]): { value: number; sources: CellRef[] } | undefined {
  if (items.some((s) => s === undefined)) return undefined;
  const present = items as Sourced[];
  return { value: present.reduce((a, s) => a + s.value, 0), sources: present.map((s) => s.source) };
}

/** Participants: the column where given, otherwise «2»+«3»+«4»+«5» when all four are present. */
export function participants(record: ResultLike): { value: number; sources: CellRef[] } | undefined {
  const n = record.counts.n;
  if (n) return { value: n.value, sources: [n.source] };
  return sum((['m2', 'm3', 'm4', 'm5'] as CountField[]).map((f) => record.counts[f]));
}

/** A count-based share, else the share the sheet gave (numerator then recovered from n when known). */
function share(
  id: IndicatorId,
  num: { value: number; sources: CellRef[] } | undefined,
  n: { value: number; sources: CellRef[] } | undefined,
  given: Sourced | undefined,
): RawIndicator | undefined {
  if (num && n && n.value > 0) {
    return raw(id, num.value / n.value, num.value, n.value, num.sources.concat(n.sources));
  }
  if (given) {
    return n && n.value > 0
      ? raw(id, given.value, given.value * n.value, n.value, [given.source].concat(n.sources))
      : raw(id, given.value, undefined, undefined, [given.source]);
  }
  return undefined;
}

/** All result indicators a row supports; absent data gives no indicator, never a zero. */
export function resultIndicators(record: ResultLike): RawIndicator[] {
  const c = record.counts;
  const n = participants(record);
  const out: (RawIndicator | undefined)[] = [];
  if (n) out.push(raw('n', n.value, n.value, undefined, n.sources));
  const m2 = c.m2 ? { value: c.m2.value, sources: [c.m2.source] } : undefined;
  out.push(share('fail', m2, n, record.shares.fail));
  // Success is («3»+«4»+«5») ÷ n; a sheet that only counts those below the threshold (ЕГЭ) gives n − «2».
  const passed = sum([c.m3, c.m4, c.m5]) ?? (m2 && n && c.n ? { value: n.value - m2.value, sources: n.sources.concat(m2.sources) } : undefined);
  out.push(share('success', passed, n, record.shares.success));
  out.push(share('quality', sum([c.m4, c.m5]), n, record.shares.quality));
  if (record.mean) {
    const m = record.mean;
    out.push(
      n && n.value > 0
        ? raw('mean', m.value, m.value * n.value, n.value, [m.source])
        : raw('mean', m.value, undefined, undefined, [m.source]),
    );
  }
  return out.filter((x): x is RawIndicator => x !== undefined);
}
