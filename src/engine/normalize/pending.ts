/**
 * A record read from a row before its school is known: the school as the row names it (`occ`), the
 * 0-based row, and the record without its school id, which `settle` adds once the matcher has paired
 * every spelling with a school.
 */
import type { Occurrence } from './schoolIdentity';

export interface Pending<T extends { schoolId: string }> {
  occ: Occurrence;
  row: number;
  record: Omit<T, 'schoolId'>;
}

/** The record with the school id the matcher gave its occurrence (the record itself, completed: no copy). */
export function settle<T extends { schoolId: string }>(pending: Pending<T>): T {
  const record = pending.record as Omit<T, 'schoolId'> & { schoolId?: string };
  record.schoolId = pending.occ.school!.id;
  return record as T;
}
