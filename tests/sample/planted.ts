/**
 * The planted cases of `assets/sample-district.xlsx` (Y = 2026, default settings), written down by hand
 * from the plan in `assets/README.md`: the expectations the sample tests check the generator and the
 * engine against. Each planted count is `m2` of `n` in one procedure-year, the procedure `key` built as
 * engine/procedures.ts builds it; shares are «2» (or «не преодолели порог») ÷ participants.
 */

export const SAMPLE_YEAR = 2026;
export const SAMPLE_SCHOOL_COUNT = 22;

/** R1 «Массовая неуспешность» fires for exactly these schools. */
export const R1_FLAGGED = ['ОО003', 'ОО009', 'ОО018'] as const;

/** СОШ № 9 is flagged only because 3 of 10 = 30,0 % counts as «≥ 30 %». */
export const R1_EXACT_THIRTY = { code: 'ОО009', share: { key: 'ЕГЭ|Математика профильная|11', year: 2026, m2: 3, n: 10 } };

/** The R1-flagged ООШ (Сосновская ООШ, 8 and 9 participants). */
export const R1_OOSH = 'ОО018';

/** Decoy A (СОШ № 5): two procedures ≥ 30 % in 2026, both below 30 % in 2025 — not flagged under «и». */
export const DECOY_A = {
  code: 'ОО005',
  high2026: [
    { key: 'ОГЭ|Русский язык|9', year: 2026, m2: 10, n: 32 },
    { key: 'ВПР|Математика|7', year: 2026, m2: 9, n: 28 },
  ],
  same2025: [
    { key: 'ОГЭ|Русский язык|9', year: 2025, m2: 5, n: 30 },
    { key: 'ВПР|Математика|7', year: 2025, m2: 4, n: 27 },
  ],
};

/** Decoy B (Берёзовская СОШ): only ВПР рус 5 is ≥ 30 %, in 2025 and 2026 — one procedure is not enough. */
export const DECOY_B = {
  code: 'ОО014',
  high: [
    { key: 'ВПР|Русский язык|5', year: 2025, m2: 8, n: 25 },
    { key: 'ВПР|Русский язык|5', year: 2026, m2: 9, n: 26 },
  ],
};

/** Small ООШ (Ключевская ООШ): 3–4 participants, ≥ 50 % «2» in both ОГЭ both years — «мало участников». */
export const SMALL_OOSH = {
  code: 'ОО021',
  high: [
    { key: 'ОГЭ|Русский язык|9', year: 2025, m2: 2, n: 4 },
    { key: 'ОГЭ|Математика|9', year: 2025, m2: 3, n: 4 },
    { key: 'ОГЭ|Русский язык|9', year: 2026, m2: 2, n: 4 },
    { key: 'ОГЭ|Математика|9', year: 2026, m2: 2, n: 3 },
  ],
};

/** R3 only (СОШ № 10): ОГЭ мат 8/29 in 2024 and 9/31 in 2026, ≥ 15 p.p. above the district, never ≥ 30 %. */
export const R3_ONLY = {
  code: 'ОО010',
  high: [
    { key: 'ОГЭ|Математика|9', year: 2024, m2: 8, n: 29 },
    { key: 'ОГЭ|Математика|9', year: 2026, m2: 9, n: 31 },
  ],
};

/** ШНСУ candidates (≥ Q3 in 5 of 8 social shares); every other school is ≥ Q3 in at most 2. */
export const SHNSU = ['ОО016', 'ОО018', 'ОО020'] as const;
/** Никольская СОШ: ШНСУ with no «2» on compulsory ОГЭ/ЕГЭ in 2026 — резильентная. */
export const RESILIENT = 'ОО016';

/** Лицей № 7: ВПР мат 5 in 2026, Повысили 10 of 52 = 19,2 % > 15 %. */
export const OBJECTIVITY_RISK = { code: 'ОО007', key: 'ВПР|Математика|5', lower: 4, confirm: 38, higher: 10 };

/** The approved list: СОШ № 3 (flagged again → «подтверждено»), Заречная СОШ (weak in 2024 only). */
export const APPROVED_FLAGGED = 'ОО003';
export const APPROVED_NOT_FLAGGED = 'ОО012';

/** Two schools whose normalised names differ by one digit and must never be merged. */
export const NEVER_MERGE = ['ОО001', 'ОО011'] as const;

/** Ordinary schools stay within this fail share everywhere. */
export const ORDINARY_MAX_FAIL = 0.2;
