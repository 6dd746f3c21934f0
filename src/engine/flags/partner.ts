/**
 * Partner school (школа-наставник, seed 003; METHODOLOGY §3): for each ШНОР, the non-ШНОР school with the
 * best mean success in the procedures where the ШНОР is weak, the same level first, резильентные first,
 * at most `maxMentees` mentees per partner. A partner named in the register wins over any proposal.
 */
import type { SchoolLevel, SchoolVerdict } from '../model';
import type { RuleContext } from './context';

/** Procedures where the school is weak: those that met R1 or R3 in Y, else all its procedures of Y. */
function weakProcedures(ctx: RuleContext, v: SchoolVerdict, year: number): string[] {
  const met = v.rules.filter((r) => r.ruleId === 'R1' || r.ruleId === 'R3').flatMap((r) => r.evidence.filter((e) => e.met && e.year === year));
  const keys = [...new Set(met.map((e) => e.procedureKey))];
  return keys.length > 0 ? keys : ctx.procedures(v.schoolId, year);
}

interface Candidate {
  id: string;
  name: string;
  level?: SchoolLevel;
  resilient: boolean;
  /** Success per procedure of Y with at least `min_n` participants. */
  success: Map<string, number>;
}

/** Same level first, резильентные first, then the best score, then the name: a lexicographic key. */
interface Ranked {
  c: Candidate;
  key: [number, number, number];
}

/** Positive when `a` is the better partner. */
function better(a: Ranked, b: Ranked): number {
  return a.key[0] - b.key[0] || a.key[1] - b.key[1] || a.key[2] - b.key[2] || b.c.name.localeCompare(a.c.name, 'ru');
}

/** Mean success of a candidate over the procedures, or undefined without data. */
function score(c: Candidate, procs: string[]): number | undefined {
  const xs = procs.map((p) => c.success.get(p)).filter((x): x is number => x !== undefined);
  return xs.length > 0 ? xs.reduce((a, b) => a + b, 0) / xs.length : undefined;
}

/** Partner id per ШНОР school id; a ШНОР without any candidate gets none. */
export function assignPartners(ctx: RuleContext, verdicts: SchoolVerdict[], year: number): Map<string, string> {
  const out = new Map<string, string>();
  const load = new Map<string, number>();
  const register = new Map(ctx.dataset.register.map((r) => [r.schoolId, r]));
  const levelOf = (id: string): SchoolLevel | undefined => ctx.school(id)?.level ?? register.get(id)?.level;
  const nameOf = (id: string): string => ctx.school(id)?.name ?? id;
  const shnor = verdicts.filter((v) => v.lowResults === true).sort((a, b) => nameOf(a.schoolId).localeCompare(nameOf(b.schoolId), 'ru'));
  for (const v of shnor) {
    const given = register.get(v.schoolId)?.partnerId;
    if (given) {
      out.set(v.schoolId, given);
      load.set(given, (load.get(given) ?? 0) + 1);
    }
  }
  const candidates: Candidate[] = verdicts
    .filter((c) => c.lowResults === false)
    .map((c) => {
      const success = new Map<string, number>();
      for (const p of ctx.procedures(c.schoolId, year)) {
        const s = ctx.value(c.schoolId, year, p, 'success');
        if (s && (ctx.value(c.schoolId, year, p, 'n')?.value ?? Infinity) >= ctx.settings.minN) success.set(p, s.value);
      }
      return { id: c.schoolId, name: nameOf(c.schoolId), level: levelOf(c.schoolId), resilient: c.resilient, success };
    });
  for (const v of shnor) {
    if (out.has(v.schoolId)) continue;
    const procs = weakProcedures(ctx, v, year);
    const level = levelOf(v.schoolId);
    let best: Ranked | undefined;
    for (const c of candidates) {
      if ((load.get(c.id) ?? 0) >= ctx.settings.partner.maxMentees) continue;
      const s = score(c, procs);
      if (s === undefined) continue;
      const ranked: Ranked = { c, key: [Number(c.level === level), Number(c.resilient), s] };
      if (!best || better(ranked, best) > 0) best = ranked;
    }
    if (best) {
      out.set(v.schoolId, best.c.id);
      load.set(best.c.id, (load.get(best.c.id) ?? 0) + 1);
    }
  }
  return out;
}
