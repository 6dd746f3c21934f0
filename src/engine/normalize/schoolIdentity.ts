/**
 * School identity across sheets (METHODOLOGY §1). A spelling is paired with a school by code (Код ОО,
 * Логин, ОГРН — same kind on both sides; a ФИС ОКО login «sch052010» whose digits equal a school's Код ОО
 * «052010» is that school), else by normalised name, else by a fuzzy rule inside a bucket
 * (same school number and type, or same first word), so nothing is compared with everything. The
 * municipality is part of identity when both sides have one. Two schools are never merged silently:
 * every non-exact pairing is a `NameMatch` for review, ambiguous and unmatched names are diagnostics,
 * and the user's choice from `Опора · Сопоставление` wins.
 */
import type { CellRef, Diagnostic, NameMatch, School, SchoolLevel } from '../model';
import { SEPARATE_SCHOOL } from '../recognize/mappingFormat';
import { textKey } from '../recognize/text';
import { normaliseSchoolName, type NormalisedName } from './schoolName';

export type CodeKind = 'code' | 'login' | 'ogrn';
export const CODE_KINDS: readonly CodeKind[] = ['code', 'login', 'ogrn'];
/** A ФИС ОКО login: letters, then the digits of the school's code («sch052010», «edu053001», «ksh220001»). */
const LOGIN = /^[a-z]+(\d+)$/i;
const DIGITS = /^\d+$/;

/** The digits a login and a code share, leading zeros dropped (a code cell typed as a number loses them). */
function sharedDigits(kind: CodeKind, value: string): string | undefined {
  const t = value.trim();
  const digits = kind === 'login' ? LOGIN.exec(t)?.[1] : kind === 'code' && DIGITS.test(t) ? t : undefined;
  return digits === undefined ? undefined : digits.replace(/^0+(?=\d)/, '');
}

/** One place a school is named: a row of some sheet. */
export interface Occurrence {
  spelling: string;
  codes: Partial<Record<CodeKind, string>>;
  municipality?: string;
  source: CellRef;
  /** Filled by the matcher. */
  school?: SchoolEntity;
}

export interface SchoolEntity {
  codes: Partial<Record<CodeKind, string>>;
  spellings: { name: string; source: CellRef }[];
  names: NormalisedName[];
  municipality?: string;
  /** `textKey` of the municipality and of each code, computed once for comparisons. */
  municipalityKey?: string;
  codeKeys: Partial<Record<CodeKind, string>>;
  registerShort?: string;
  level?: SchoolLevel;
  /** Created for «отдельная школа» or an ambiguous name: never found by name. */
  unindexed: boolean;
  id: string;
}

interface PendingMatch {
  match: Omit<NameMatch, 'schoolId' | 'candidates'>;
  entity: SchoolEntity;
  candidates: SchoolEntity[];
}

/** Adds `value` to the set under `key` (insertion order kept: candidates are listed in the order schools appeared). */
function add<K, V>(map: Map<K, Set<V>>, key: K, value: V): void {
  const set = map.get(key);
  if (set) set.add(value);
  else map.set(key, new Set([value]));
}

function isSubset(a: string[], b: string[]): boolean {
  return a.every((t) => b.includes(t));
}

function nonTypeTokens(n: NormalisedName): string[] {
  return n.tokens.filter((t) => t !== n.number && t !== n.type);
}

/** Two names of one school by the fuzzy rule: same number, compatible type, one's other words within the other's. */
function fuzzyPair(a: NormalisedName, b: NormalisedName): boolean {
  if (a.number !== b.number) return false;
  if (a.type && b.type && a.type !== b.type) return false;
  const ra = nonTypeTokens(a);
  const rb = nonTypeTokens(b);
  if (a.number === undefined && (ra.length === 0 || rb.length === 0)) return false;
  return isSubset(ra, rb) || isSubset(rb, ra);
}

/** The `textKey` of each code. */
function codeKeys(codes: Occurrence['codes']): Partial<Record<CodeKind, string>> {
  const keys: Partial<Record<CodeKind, string>> = {};
  for (const kind of CODE_KINDS) if (codes[kind]) keys[kind] = textKey(codes[kind]);
  return keys;
}

/** No kind of code has two different values on the two sides (a missing code agrees with any). */
function codesAgree(a: Partial<Record<CodeKind, string>>, b: Partial<Record<CodeKind, string>>): boolean {
  return (!a.code || !b.code || a.code === b.code) && (!a.login || !b.login || a.login === b.login) && (!a.ogrn || !b.ogrn || a.ogrn === b.ogrn);
}

/** Two occurrences with the same codes of every kind. */
function sameCodes(a: Occurrence, b: Occurrence): boolean {
  return a.codes.code === b.codes.code && a.codes.login === b.codes.login && a.codes.ogrn === b.codes.ogrn;
}

export class SchoolMatcher {
  private readonly entities: SchoolEntity[] = [];
  private readonly byCode = new Map<string, SchoolEntity>();
  /** `code:<digits>` and `login:<digits>`: a login finds the school of its code, and a code the school of its login. */
  private readonly byDigits = new Map<string, SchoolEntity>();
  private readonly byKey = new Map<string, Set<SchoolEntity>>();
  private readonly byBucket = new Map<string, Set<SchoolEntity>>();
  /** Occurrences already paired, by spelling and municipality: a school named the same way on many rows is matched once. */
  private readonly paired = new Map<string, Map<string | undefined, Occurrence[]>>();
  /** Each spelling normalised once: the same name comes back on every sheet and every row of a long table. */
  private readonly normalised = new Map<string, NormalisedName>();
  private readonly pending: PendingMatch[] = [];
  private readonly diagnostics: Diagnostic[] = [];
  private hasRegister = false;

  constructor(private readonly userNames: Record<string, string>) {}

  /** A register row: always its own school. */
  addRegistered(occ: Occurrence, extra: { fullName?: string; level?: SchoolLevel; fullSource?: CellRef }): SchoolEntity {
    this.hasRegister = true;
    const known = this.byCodes(occ.codes);
    const entity = known ?? this.create(occ, false);
    if (known) this.addSpelling(entity, occ.spelling, occ.source);
    entity.registerShort = occ.spelling;
    if (extra.level) entity.level = extra.level;
    if (extra.fullName) this.addSpelling(entity, extra.fullName, extra.fullSource ?? occ.source);
    occ.school = entity;
    this.record(occ, entity, 'exact', 1, []);
    return entity;
  }

  /** Pairs an occurrence with a school, creating one when nothing fits; one shared by several records is paired once. */
  resolve(occ: Occurrence): void {
    if (occ.school) return;
    const earlier = this.pairedAlike(occ);
    const same = earlier.find((e) => sameCodes(e, occ));
    if (same) {
      occ.school = same.school;
      return;
    }
    occ.school = this.match(occ);
    earlier.push(occ);
  }

  /** The occurrences paired so far with the same spelling and municipality. */
  private pairedAlike(occ: Occurrence): Occurrence[] {
    let byMunicipality = this.paired.get(occ.spelling);
    if (!byMunicipality) this.paired.set(occ.spelling, (byMunicipality = new Map()));
    let list = byMunicipality.get(occ.municipality);
    if (!list) byMunicipality.set(occ.municipality, (list = []));
    return list;
  }

  private match(occ: Occurrence): SchoolEntity {
    const user = this.userNames[occ.spelling];
    if (user !== undefined) {
      if (textKey(user) === textKey(SEPARATE_SCHOOL)) {
        const own = this.create(occ, true);
        this.record(occ, own, 'user', 1, []);
        return own;
      }
      const target = this.find(user);
      if (target) {
        this.attach(target, occ);
        this.record(occ, target, 'user', 1, []);
        return target;
      }
      this.diagnostics.push({
        severity: 'warning',
        code: 'correction-unknown-school',
        sheet: occ.source.sheet,
        cell: occ.source.cell,
        name: occ.spelling,
        value: user,
      });
    }
    const byCode = this.byCodes(occ.codes);
    if (byCode) {
      this.attach(byCode, occ);
      this.record(occ, byCode, 'code', 1, []);
      return byCode;
    }
    const name = this.nameOf(occ.spelling);
    const sameKey = this.compatible(this.byKey.get(name.key), occ);
    const exact = this.pick(sameKey, name);
    if (exact) {
      const method = exact.spellings.some((s) => s.name === occ.spelling) ? 'exact' : 'normalised';
      this.attach(exact, occ);
      this.record(occ, exact, method, method === 'exact' ? 1 : 0.95, []);
      return exact;
    }
    const fuzzy = sameKey.length > 1 ? sameKey : this.fuzzyCandidates(name, occ);
    const chosen = sameKey.length > 1 ? undefined : this.pick(fuzzy, name);
    if (chosen) {
      this.attach(chosen, occ);
      this.record(occ, chosen, 'fuzzy', name.number ? 0.8 : 0.7, []);
      this.diagnostics.push({
        severity: 'info',
        code: 'school-fuzzy',
        sheet: occ.source.sheet,
        cell: occ.source.cell,
        name: occ.spelling,
        school: this.label(chosen),
      });
      return chosen;
    }
    if (fuzzy.length > 1) {
      const own = this.create(occ, true);
      this.record(occ, own, 'none', 0, fuzzy);
      this.diagnostics.push({
        severity: 'warning',
        code: 'school-ambiguous',
        sheet: occ.source.sheet,
        cell: occ.source.cell,
        name: occ.spelling,
        candidates: fuzzy.map((e) => this.label(e)).join('; '),
      });
      return own;
    }
    const created = this.create(occ, false);
    if (this.hasRegister) {
      const near = this.compatible(this.byBucket.get(this.bucketOf(name)), occ).filter((e) => e !== created);
      this.record(occ, created, 'none', 0, near);
      this.diagnostics.push({
        severity: 'warning',
        code: 'school-not-in-register',
        sheet: occ.source.sheet,
        cell: occ.source.cell,
        name: occ.spelling,
        similar: near.map((e) => this.label(e)).join('; '),
      });
    } else {
      this.record(occ, created, 'exact', 1, []);
    }
    return created;
  }

  /** The school a typed text names (a code, a spelling seen, or a name with a unique normalised key). */
  find(text: string): SchoolEntity | undefined {
    const t = text.trim();
    for (const kind of CODE_KINDS) {
      const e = this.byCode.get(`${kind}:${textKey(t)}`);
      if (e) return e;
    }
    const name = this.nameOf(t);
    const keyed = [...(this.byKey.get(name.key) ?? [])].filter((e) => !e.unindexed);
    if (keyed.length === 1) return keyed[0];
    const spelled = this.entities.filter((e) => e.spellings.some((s) => s.name === t));
    if (spelled.length === 1) return spelled[0];
    const fuzzy = this.fuzzyCandidates(name, { spelling: t, codes: {}, source: { sheet: '', cell: '' } });
    return fuzzy.length === 1 ? fuzzy[0] : undefined;
  }

  /** Schools with stable ids, the pairings for review and the diagnostics. */
  finish(): { schools: School[]; matches: NameMatch[]; diagnostics: Diagnostic[] } {
    const taken = new Set<string>();
    for (const e of this.entities) {
      const code = e.codes.code ?? e.codes.login ?? e.codes.ogrn;
      const key = this.nameOf(e.registerShort ?? e.spellings[0].name).key;
      const base = code ? `code:${code}` : `name:${e.municipality ? `${textKey(e.municipality)} ` : ''}${key}`;
      let id = base;
      for (let n = 2; taken.has(id); n++) id = `${base}#${n}`;
      taken.add(id);
      e.id = id;
    }
    const schools = this.entities.map((e): School => {
      const level = e.level ?? e.names.find((n) => n.level)?.level;
      const name = e.registerShort ?? this.shortestSpelling(e);
      const code = e.codes.code ?? e.codes.login ?? e.codes.ogrn;
      return {
        id: e.id,
        name,
        ...(code ? { code } : {}),
        ...(e.municipality ? { municipality: e.municipality } : {}),
        ...(level ? { level } : {}),
        aliases: e.spellings.map((s) => ({ name: s.name, source: s.source })),
      };
    });
    const matches = this.pending.map(({ match, entity, candidates }): NameMatch => ({
      ...match,
      schoolId: entity.id,
      ...(candidates.length > 0 ? { candidates: candidates.map((c) => c.id) } : {}),
    }));
    return { schools, matches, diagnostics: this.diagnostics };
  }

  private nameOf(spelling: string): NormalisedName {
    let name = this.normalised.get(spelling);
    if (!name) {
      name = normaliseSchoolName(spelling);
      this.normalised.set(spelling, name);
    }
    return name;
  }

  private shortestSpelling(e: SchoolEntity): string {
    return e.spellings.map((s) => s.name).reduce((a, b) => (b.length < a.length ? b : a));
  }

  private label(e: SchoolEntity): string {
    return e.registerShort ?? this.shortestSpelling(e);
  }

  private bucketOf(n: NormalisedName): string {
    return n.number !== undefined ? `#${n.number}` : (nonTypeTokens(n)[0] ?? n.tokens[0] ?? '');
  }

  private byCodes(codes: Occurrence['codes']): SchoolEntity | undefined {
    for (const kind of CODE_KINDS) {
      const v = codes[kind];
      const e = v ? this.byCode.get(`${kind}:${textKey(v)}`) : undefined;
      if (e) return e;
    }
    for (const [kind, other] of [['login', 'code'], ['code', 'login']] as const) {
      const digits = codes[kind] ? sharedDigits(kind, codes[kind]!) : undefined;
      const e = digits ? this.byDigits.get(`${other}:${digits}`) : undefined;
      // A school that already has a code of this kind keeps its own: only a code of the other kind is bridged.
      if (e && !e.codes[kind]) return e;
    }
    return undefined;
  }


  /** The schools of `entities` the occurrence may name: same municipality and no other code of a kind it has. */
  private compatible(entities: Iterable<SchoolEntity> | undefined, occ: Occurrence): SchoolEntity[] {
    const out: SchoolEntity[] = [];
    if (!entities) return out;
    const municipality = occ.municipality ? textKey(occ.municipality) : undefined;
    const codes = codeKeys(occ.codes);
    for (const e of entities) {
      if (e.unindexed) continue;
      if (e.municipalityKey && municipality && e.municipalityKey !== municipality) continue;
      // A school with another code of the same kind is another school.
      if (codesAgree(e.codeKeys, codes)) out.push(e);
    }
    return out;
  }

  /** One candidate, or the one whose «имени …» agrees; undefined when none or still ambiguous. */
  private pick(candidates: SchoolEntity[], name: NormalisedName): SchoolEntity | undefined {
    if (candidates.length === 1) return candidates[0];
    if (candidates.length === 0 || !name.honorific) return undefined;
    const named = candidates.filter((e) => e.names.some((n) => n.honorific === name.honorific));
    return named.length === 1 ? named[0] : undefined;
  }

  private fuzzyCandidates(name: NormalisedName, occ: Occurrence): SchoolEntity[] {
    const bucket = this.compatible(this.byBucket.get(this.bucketOf(name)), occ);
    return bucket.filter((e) => e.names.some((n) => fuzzyPair(n, name)));
  }

  private create(occ: Occurrence, unindexed: boolean): SchoolEntity {
    // Every field there from the start: all schools share one shape, and the matcher reads them in long buckets.
    const entity: SchoolEntity = {
      codes: {},
      codeKeys: {},
      spellings: [],
      names: [],
      municipality: undefined,
      municipalityKey: undefined,
      registerShort: undefined,
      level: undefined,
      unindexed,
      id: '',
    };
    this.entities.push(entity);
    this.attach(entity, occ);
    return entity;
  }

  private attach(entity: SchoolEntity, occ: Occurrence): void {
    for (const kind of CODE_KINDS) {
      const v = occ.codes[kind];
      if (!v || entity.codes[kind]) continue;
      entity.codes[kind] = v;
      entity.codeKeys[kind] = textKey(v);
      this.byCode.set(`${kind}:${entity.codeKeys[kind]}`, entity);
      const digits = sharedDigits(kind, v);
      if (digits) this.byDigits.set(`${kind}:${digits}`, entity);
    }
    if (!entity.municipality && occ.municipality) {
      entity.municipality = occ.municipality;
      entity.municipalityKey = textKey(occ.municipality);
    }
    if (!entity.spellings.some((s) => s.name === occ.spelling)) this.addSpelling(entity, occ.spelling, occ.source);
  }

  private addSpelling(entity: SchoolEntity, spelling: string, source: CellRef): void {
    entity.spellings.push({ name: spelling, source });
    const name = this.nameOf(spelling);
    entity.names.push(name);
    if (entity.unindexed) return;
    add(this.byKey, name.key, entity);
    add(this.byBucket, this.bucketOf(name), entity);
  }

  private record(occ: Occurrence, entity: SchoolEntity, method: NameMatch['method'], confidence: number, candidates: SchoolEntity[]): void {
    this.pending.push({
      match: { sheet: occ.source.sheet, cell: occ.source.cell, name: occ.spelling, confidence, method },
      entity,
      candidates,
    });
  }
}
