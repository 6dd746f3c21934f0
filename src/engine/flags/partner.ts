/**
 * Partner school (школа-партнёр, seed 003, seed 004 «со школами с высокими результатами обучения»; METHODOLOGY
 * §3). For each ШНОР, a school that:
 *   - is not flagged (neither ШНОР, ШНСУ nor at risk of non-objective ВПР), is not on the approved list and
 *     did not just leave it, and is not in the attention zone (no procedure of Y at or near the R1 threshold,
 *     fewer than `HIGH_FACTORS` risk factors «высокий»);
 *   - did better than the district on the procedures where the ШНОР is weak (share of «2» not above the
 *     district's pooled share), each with at least `PARTNER_MIN_PUPILS` participants, so its results mean
 *     something;
 *   - teaches at least the same levels (a СОШ for a СОШ; a СОШ or an ООШ for an ООШ);
 *   - is not «высокий» on any risk factor that is «высокий» for the ШНОР;
 *   - has fewer than `maxMentees` mentees.
 * Among these the same settlement comes first, then the lowest share of «2» on the weak procedures, then the
 * most pupils. A partner named in the register («Школа-наставник») wins. The basis of each choice is kept in
 * the verdict so the documents can say why.
 */
import type { PartnerBasis, SchoolLevel, SchoolVerdict } from '../model';
import type { ProcedureKey } from '../procedures';
import { isLowResultsRecord } from '../ruleRecords';
import type { RuleContext } from './context';

/** Participants a partner needs in each compared procedure (a handful of pupils proves nothing). */
export const PARTNER_MIN_PUPILS = 10;
/** A procedure within this many percentage points below the R1 threshold is «near» it (attention zone). */
export const NEAR_THRESHOLD = 0.05;
/** This many risk factors «высокий» put an unflagged school in the attention zone. */
export const HIGH_FACTORS = 3;

const LEVEL_RANK: Record<SchoolLevel, number> = { НОШ: 0, ООШ: 1, СОШ: 2 };

/** Procedures where the school is weak: those that met R1 or R3 in Y, else all its procedures of Y. */
function weakProcedures(ctx: RuleContext, v: SchoolVerdict, year: number): readonly ProcedureKey[] {
  const met = v.rules.filter(isLowResultsRecord).flatMap((r) => r.evidence.filter((e) => e.met && e.year === year));
  const keys = [...new Set(met.map((e) => e.procedureKey))];
  return keys.length > 0 ? keys : ctx.procedures(v.schoolId, year);
}

function highFactors(v: SchoolVerdict): Set<number> {
  return new Set(v.riskFactors.filter((f) => f.level === 'high').map((f) => f.no));
}

interface Candidate {
  v: SchoolVerdict;
  name: string;
  level?: SchoolLevel;
  settlement?: string;
  high: Set<number>;
  /** Its record per procedure, looked up once whatever the number of ШНОР it is compared for. */
  rows: Map<ProcedureKey, BasisRow | null | undefined>;
}

/** A school that may partner anyone at all: unflagged, off the list, not near the threshold. */
function eligible(ctx: RuleContext, v: SchoolVerdict, year: number, approved: Set<string>): boolean {
  if (v.lowResults !== false || v.socialRisk === true || v.objectivityRisk || approved.has(v.schoolId) || v.status) return false;
  if (highFactors(v).size >= HIGH_FACTORS) return false;
  const limit = ctx.settings.r1.failShare - NEAR_THRESHOLD - 1e-9;
  return !ctx.procedures(v.schoolId, year).some((p) => {
    const n = ctx.value(v.schoolId, year, p, 'n')?.value ?? 0;
    return n >= ctx.settings.minN && (ctx.value(v.schoolId, year, p, 'fail')?.value ?? 0) >= limit;
  });
}

type BasisRow = PartnerBasis['procedures'][number];

/**
 * The candidate's record on one procedure: its row, `null` when it does better than the district there too
 * few pupils or worse (it cannot partner on it), undefined when there is nothing to compare.
 */
function procedureRow(ctx: RuleContext, schoolId: string, p: ProcedureKey, year: number): BasisRow | null | undefined {
  const fail = ctx.value(schoolId, year, p, 'fail');
  const n = ctx.value(schoolId, year, p, 'n')?.value ?? fail?.denominator;
  const district = ctx.district(year, p, 'fail');
  if (!fail || n === undefined || !district) return undefined;
  if (n < PARTNER_MIN_PUPILS || fail.value > district.pooled + 1e-9) return null;
  return { procedureKey: p, fail: fail.value, participants: n, district: district.pooled, sources: fail.sources };
}

/** The candidate's record on the weak procedures, or undefined when it does not qualify on them. */
function compare(c: Candidate, procs: readonly ProcedureKey[], rowOf: (c: Candidate, p: ProcedureKey) => BasisRow | null | undefined): PartnerBasis['procedures'] | undefined {
  const rows: PartnerBasis['procedures'] = [];
  for (const p of procs) {
    const row = rowOf(c, p);
    if (row === null) return undefined;
    if (row) rows.push(row);
  }
  return rows.length > 0 ? rows : undefined;
}

/** Negative when key `a` ranks before `b`. */
function compareKeys(a: number[], b: number[]): number {
  const i = a.findIndex((x, j) => x !== b[j]);
  return i < 0 ? 0 : a[i] - b[i];
}

const mean = (xs: number[]): number => xs.reduce((a, b) => a + b, 0) / xs.length;

/** Partner and its basis per ШНОР school id; a ШНОР without any qualifying school gets none. */
export function assignPartners(ctx: RuleContext, verdicts: SchoolVerdict[], year: number): Map<string, { id: string; basis: PartnerBasis }> {
  const out = new Map<string, { id: string; basis: PartnerBasis }>();
  const load = new Map<string, number>();
  const register = new Map(ctx.dataset.register.map((r) => [r.schoolId, r]));
  const approved = new Set(ctx.dataset.approved.map((a) => a.schoolId));
  const levelOf = (id: string): SchoolLevel | undefined => ctx.school(id)?.level ?? register.get(id)?.level;
  const nameOf = (id: string): string => ctx.school(id)?.name ?? id;
  const lowResultSchools = verdicts.filter((v) => v.lowResults === true).sort((a, b) => nameOf(a.schoolId).localeCompare(nameOf(b.schoolId), 'ru'));
  for (const v of lowResultSchools) {
    const given = register.get(v.schoolId)?.partnerId;
    if (given) {
      out.set(v.schoolId, { id: given, basis: { source: 'register', sameSettlement: false, procedures: [] } });
      load.set(given, (load.get(given) ?? 0) + 1);
    }
  }
  const candidates: Candidate[] = verdicts
    .filter((c) => eligible(ctx, c, year, approved))
    .map((c) => ({ v: c, name: nameOf(c.schoolId), level: levelOf(c.schoolId), settlement: register.get(c.schoolId)?.settlement, high: highFactors(c), rows: new Map() }));
  const rowOf = (c: Candidate, p: ProcedureKey): BasisRow | null | undefined => {
    if (!c.rows.has(p)) c.rows.set(p, procedureRow(ctx, c.v.schoolId, p, year));
    return c.rows.get(p);
  };
  for (const v of lowResultSchools) {
    if (out.has(v.schoolId)) continue;
    const procs = weakProcedures(ctx, v, year);
    const level = levelOf(v.schoolId);
    const settlement = register.get(v.schoolId)?.settlement;
    const high = highFactors(v);
    let best: { c: Candidate; basis: PartnerBasis; key: number[] } | undefined;
    for (const c of candidates) {
      if ((load.get(c.v.schoolId) ?? 0) >= ctx.settings.partner.maxMentees) continue;
      if (level && c.level && LEVEL_RANK[c.level] < LEVEL_RANK[level]) continue;
      if ([...c.high].some((no) => high.has(no))) continue;
      const rows = compare(c, procs, rowOf);
      if (!rows) continue;
      const sameSettlement = !!settlement && c.settlement === settlement;
      const key = [sameSettlement ? 0 : 1, mean(rows.map((r) => r.fail)), -rows.reduce((a, r) => a + r.participants, 0)];
      const order = best ? compareKeys(key, best.key) || c.name.localeCompare(best.c.name, 'ru') : -1;
      if (order < 0) best = { c, key, basis: { source: 'proposed', sameSettlement, procedures: rows } };
    }
    if (best) {
      out.set(v.schoolId, { id: best.c.v.schoolId, basis: best.basis });
      load.set(best.c.v.schoolId, (load.get(best.c.v.schoolId) ?? 0) + 1);
    }
  }
  return out;
}
