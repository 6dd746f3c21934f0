/**
 * Rule records: what one rule of METHODOLOGY §3 looked at and decided for one school. One interface per
 * rule, told apart by `ruleId`, with the rule's parameters typed as they were applied; the values it
 * looked at are evidence told apart by `kind` (an indicator value, a count of «2», a marker row, another
 * rule's verdict). Explanations, sheets and the summary are rendered from these records; no text is
 * assembled beside the computation.
 */
import type { CellRef, IndicatorId, SocialKey } from './model';
import type { ProcedureKey } from './procedures';
import type { Settings } from './settings/defaults';

/** Why a value was left out: fewer participants than `min_n`, too few pupils with both marks, nothing to compare with. */
export type Exclusion = 'few_participants' | 'few_pupils' | 'no_data';

/** What every piece of evidence has: its year, whether it met the rule's condition, its cells. */
interface EvidenceBase {
  year: number;
  /** Whether this value met the rule's condition. */
  met: boolean;
  /** Cells the value came from (none for another rule's verdict). */
  sources: CellRef[];
  /** Why the value was not used; absent when it was. */
  excluded?: Exclusion;
}

/** An indicator value of one procedure-year (`SCHOOL_LEVEL` for the school-level social shares). */
export interface IndicatorEvidence<I extends IndicatorId = IndicatorId> extends EvidenceBase {
  kind: 'indicator';
  procedureKey: ProcedureKey;
  indicator: I;
  value: number;
  /** What it was compared with (threshold, district value, quartile), if anything. */
  comparator?: number;
  /** Participants (or pupils with both marks) behind the value, where known. */
  participants?: number;
}

/** Pupils who got «2» in one procedure-year, as the results sheet counts them. */
export interface FailCountEvidence extends EvidenceBase {
  kind: 'failCount';
  procedureKey: ProcedureKey;
  count: number;
  participants?: number;
}

/** Graduates who did not receive the certificate («не получили аттестат» of the programme sheet). */
export interface NoCertificateEvidence extends EvidenceBase {
  kind: 'noCertificate';
  count: number;
}

/** One Рособрнадзор marker row: how many markers, on procedures named by the table's own labels («4 РУ»). */
export interface MarkersEvidence extends EvidenceBase {
  kind: 'markers';
  procedures: string[];
  count: number;
}

/** The ШНОР verdict of one year (for the exit criteria); `excluded: 'no_data'` when no ШНОР rule could be evaluated. */
export interface LowResultsYearEvidence extends EvidenceBase {
  kind: 'lowResultsYear';
  flagged: boolean;
}

/** The objectivity verdict of year Y (for the exit criteria). */
export interface ObjectivityVerdictEvidence extends EvidenceBase {
  kind: 'objectivity';
  risk: boolean;
}

export type RuleEvidence =
  | IndicatorEvidence
  | FailCountEvidence
  | NoCertificateEvidence
  | MarkersEvidence
  | LowResultsYearEvidence
  | ObjectivityVerdictEvidence;

/** `no_data` when the rule could not be evaluated (too few participants, no data). */
export type RuleOutcome = 'fired' | 'not_fired' | 'no_data';

/** What every rule record has. */
interface RecordBase {
  schoolId: string;
  fired: boolean;
  outcome: RuleOutcome;
  year: number;
  years: number[];
}

/** A ШНОР rule's record: with an objectivity risk, its ВПР values may be biased and the explanation says so. */
interface LowResultsRecordBase extends RecordBase {
  evidence: IndicatorEvidence<'fail'>[];
  /** The school has an objectivity risk in year Y (set by the analysis after the objectivity rule). */
  objectivityRisk?: boolean;
}

/** R1 «Массовая неуспешность». */
export interface R1Record extends LowResultsRecordBase {
  ruleId: 'R1';
  params: Omit<Settings['r1'], 'enabled'> & { minN: number };
}

/** R2 «Выпускники без аттестата / ниже минимума на обязательном ГИА» (a warning). */
export interface R2Record extends RecordBase {
  ruleId: 'R2';
  /** One pupil is enough. */
  params: { minPupils: number };
  evidence: (IndicatorEvidence<'fail'> | FailCountEvidence | NoCertificateEvidence)[];
}

/** R3 «Стабильно низкие результаты». */
export interface R3Record extends LowResultsRecordBase {
  ruleId: 'R3';
  params: Omit<Settings['r3'], 'enabled'> & { minN: number };
}

/** «Риск необъективности» of ВПР: mark confirmation shares and Рособрнадзор markers. */
export interface ObjectivityRecord extends RecordBase {
  ruleId: 'OBJ';
  params: Omit<Settings['objectivity'], 'enabled'>;
  evidence: (IndicatorEvidence<'higher' | 'lower'> | MarkersEvidence)[];
}

/** ШНСУ: the social passport's shares against the district quartiles. */
export interface SocialRecord extends RecordBase {
  ruleId: 'SOC';
  params: Omit<Settings['shnsu'], 'enabled'>;
  evidence: IndicatorEvidence<`social.${SocialKey}`>[];
}

/** «Резильентная школа», with the verdicts it rests on. */
export interface ResilientRecord extends RecordBase {
  ruleId: 'RES';
  socialRisk: boolean;
  lowResults: boolean;
  evidence: IndicatorEvidence<'success'>[];
}

/** The criteria of leaving the approved ШНОР list («перешла в эффективный режим»). */
export interface ExitRecord extends RecordBase {
  ruleId: 'EXIT';
  params: { consecutiveYears: number };
  evidence: (LowResultsYearEvidence | FailCountEvidence | ObjectivityVerdictEvidence)[];
}

export type RuleRecord = R1Record | R2Record | R3Record | ObjectivityRecord | SocialRecord | ResilientRecord | ExitRecord;

export type RuleId = RuleRecord['ruleId'];

/** The rules whose firing can make a school ШНОР. */
export type LowResultsRecord = R1Record | R3Record;

/** The record of one rule among a school's records, typed by its id. */
export function ruleRecord<Id extends RuleId>(rules: readonly RuleRecord[], id: Id): Extract<RuleRecord, { ruleId: Id }> | undefined {
  return rules.find((r): r is Extract<RuleRecord, { ruleId: Id }> => r.ruleId === id);
}

export function isLowResultsRecord(r: RuleRecord): r is LowResultsRecord {
  return r.ruleId === 'R1' || r.ruleId === 'R3';
}
