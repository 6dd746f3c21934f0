/**
 * A sheet's role from the meanings its header covers: results need a school column and marks, a mean
 * or shares (a sheet with participants only is a list of exam registrations, not results); mark
 * confirmation needs «Понизили/Подтвердили/Повысили»; and so on. The confidence is the share of header
 * cells Opora understood, so a half-understood sheet says so.
 */
import type { SheetReason } from '../diagnostics';
import type { SheetRole } from '../model';
import { MEANING_BY_ID, type MeaningGroup } from './headerSynonyms';
import type { ColumnInfo } from './header';

export interface RoleDecision {
  role: SheetRole;
  confidence: number;
  /** Why, rendered by `messages/recognition.ts`. */
  why: SheetReason;
}

/** Candidate roles in order of precedence on ties, with the meaning groups that count for each. */
const ROLE_GROUPS: [SheetRole, MeaningGroup, number][] = [
  ['confirmation', 'confirmation', 2],
  ['markers', 'markers', 1],
  ['results', 'result', 1],
  ['contingent', 'contingent', 1],
  ['staffing', 'staffing', 1],
  ['programme', 'programme', 1],
  ['approved', 'approved', 1],
  ['register', 'register', 1],
];

/** Columns that name a school; a register may give only the full name. */
const IDENTITY = new Set(['name', 'code', 'login', 'ogrn', 'fullName']);

function groupOf(meaning: string): MeaningGroup | undefined {
  if (meaning === 'marker') return 'markers';
  return MEANING_BY_ID.get(meaning)?.group;
}

export function decideRole(columns: ColumnInfo[]): RoleDecision {
  const meanings = columns.map((c) => c.meaning).filter((m): m is string => m !== null);
  const headers = columns.filter((c) => c.meaning !== null).map((c) => c.header).join('; ');
  if (!meanings.some((m) => IDENTITY.has(m))) {
    return { role: 'unknown', confidence: 0, why: { reason: 'no-school-column', headers } };
  }
  const counts = new Map<MeaningGroup, number>();
  for (const m of meanings) {
    if (m === 'n') continue;
    const g = groupOf(m);
    if (g) counts.set(g, (counts.get(g) ?? 0) + 1);
  }
  let best: [SheetRole, number] | undefined;
  for (const [role, group, min] of ROLE_GROUPS) {
    const n = counts.get(group) ?? 0;
    if (n >= min && (!best || n > best[1])) best = [role, n];
  }
  if (!best) {
    const registrations = meanings.includes('n');
    return {
      role: 'unknown',
      confidence: 0,
      why: { reason: registrations ? 'registrations' : 'no-role-columns', headers },
    };
  }
  const understood = columns.filter((c) => c.meaning !== null).length;
  const confidence = Math.round((0.5 + (0.5 * understood) / Math.max(columns.length, 1)) * 100) / 100;
  return { role: best[0], confidence, why: { reason: 'role', headers } };
}
