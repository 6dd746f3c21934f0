/**
 * Settings of the methodology with their documented defaults (METHODOLOGY §3). Every rule is a row of the
 * `Опора · Настройки` sheet; these are the values used when the sheet is absent or a cell is invalid.
 */

export interface Settings {
  /** Shown in titles («План мероприятий … Энского района»). */
  districtName: string;
  /** The current year Y; undefined = the latest year in the data. */
  currentYear?: number;
  /** First calendar year of the plan's academic year (2026 → «2026/2027»); undefined = Y. */
  planYear?: number;
  /** A procedure-year with fewer participants is never used on its own. */
  minN: number;
  r1: { enabled: boolean; failShare: number; minProcedures: number; combine: Conjunction };
  r2: { enabled: boolean };
  r3: {
    enabled: boolean;
    gap: number;
    minYears: number;
    window: number;
    comparator: ComparatorScope;
  };
  objectivity: { enabled: boolean; higherMax: number; lowerMax: number; minPupils: number; minAny: number };
  shnsu: { enabled: boolean; minIndicators: number; minAvailable: number };
  partner: { maxMentees: number };
  /** Rules whose firing makes a school ШНОР. */
  lowResultsRules: ('R1' | 'R3')[];
  /** One roadmap sheet per school instead of blocks on one sheet. */
  roadmapPerSchool: boolean;
  /**
   * District targets typed by the user (fractions), winning over the default «close half the gap to the
   * better quartile» (METHODOLOGY §4). Absent = use the default.
   */
  targets?: Partial<Record<TargetId, number>>;
}

/** How R1 joins its two conditions (Y's procedures, the repeat in Y−1): both, or either. */
export type Conjunction = 'and' | 'or';

/** What R3 measures a school of a regional file against: its municipality or the whole region. */
export type ComparatorScope = 'municipality' | 'region';

/** Indicators a user may set a district target for. */
export type TargetId = 'fail' | 'success' | 'quality';

export const DEFAULT_SETTINGS: Settings = {
  districtName: '',
  minN: 5,
  r1: { enabled: true, failShare: 0.3, minProcedures: 2, combine: 'and' },
  r2: { enabled: true },
  r3: { enabled: true, gap: 0.15, minYears: 2, window: 3, comparator: 'municipality' },
  objectivity: { enabled: true, higherMax: 0.15, lowerMax: 0.5, minPupils: 20, minAny: 10 },
  shnsu: { enabled: true, minIndicators: 3, minAvailable: 4 },
  partner: { maxMentees: 2 },
  lowResultsRules: ['R1', 'R3'],
  roadmapPerSchool: false,
};
