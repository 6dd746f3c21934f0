/**
 * Indicators of one results row (a school's or a reference «Итого» row): participants, fail, success,
 * quality and mean, each with its numerator, denominator and the cells it came from (METHODOLOGY §2).
 * Each indicator goes straight to an `IndicatorSink` — no intermediate objects per indicator: a region
 * calculates ~270k of them. Source lists are joined with `concat`, not spread: a spread array keeps room
 * for ~17 items, and a region holds ~270k of these lists for as long as its analysis lives.
 */
import type { CellRef, IndicatorId, ResultValues, Sourced } from '../model';

/** Receives a record's indicators one by one, in order: absent data sends none, never a zero. */
export type IndicatorSink = (id: IndicatorId, value: number, numerator: number | undefined, denominator: number | undefined, sources: CellRef[]) => void;

type ResultLike = Pick<ResultValues, 'counts' | 'shares' | 'mean'>;

/** Participants: the column where given, otherwise «2»+«3»+«4»+«5» when all four are present. */
function participants(record: ResultLike): { value: number; sources: CellRef[] } | undefined {
  const { n, m2, m3, m4, m5 } = record.counts;
  if (n) return { value: n.value, sources: [n.source] };
  if (m2 && m3 && m4 && m5) return { value: 0 + m2.value + m3.value + m4.value + m5.value, sources: [m2.source, m3.source, m4.source, m5.source] };
  return undefined;
}

/**
 * A count-based share (`num` of `n` participants), else the share the sheet gave (its numerator then
 * recovered from n when known).
 */
function share(
  emit: IndicatorSink,
  id: IndicatorId,
  num: { value: number; sources: CellRef[] } | undefined,
  n: { value: number; sources: CellRef[] } | undefined,
  given: Sourced | undefined,
): void {
  if (num && n && n.value > 0) emit(id, num.value / n.value, num.value, n.value, num.sources.concat(n.sources));
  else if (given && n && n.value > 0) emit(id, given.value, given.value * n.value, n.value, [given.source].concat(n.sources));
  else if (given) emit(id, given.value, undefined, undefined, [given.source]);
}

/** All result indicators a row supports, sent to `emit`: n, fail, success, quality, mean. */
export function resultIndicators(record: ResultLike, emit: IndicatorSink): void {
  const { m2, m3, m4, m5 } = record.counts;
  const n = participants(record);
  if (n) emit('n', n.value, n.value, undefined, n.sources);
  share(emit, 'fail', m2 && { value: m2.value, sources: [m2.source] }, n, record.shares.fail);
  // Success is («3»+«4»+«5») ÷ n; a sheet that only counts those below the threshold (ЕГЭ) gives n − «2».
  const passed =
    m3 && m4 && m5
      ? { value: 0 + m3.value + m4.value + m5.value, sources: [m3.source, m4.source, m5.source] }
      : m2 && n && record.counts.n
        ? { value: n.value - m2.value, sources: n.sources.concat([m2.source]) }
        : undefined;
  share(emit, 'success', passed, n, record.shares.success);
  share(emit, 'quality', m4 && m5 ? { value: 0 + m4.value + m5.value, sources: [m4.source, m5.source] } : undefined, n, record.shares.quality);
  const mean = record.mean;
  if (mean && n && n.value > 0) emit('mean', mean.value, mean.value * n.value, n.value, [mean.source]);
  else if (mean) emit('mean', mean.value, undefined, undefined, [mean.source]);
}
