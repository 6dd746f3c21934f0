/**
 * The planted cases of the sample district (Y = 2026), designed by hand against METHODOLOGY §3 with the
 * default settings (min_n 5, R1: fail ≥ 30 % in ≥ 2 procedures in Y and one of them also in Y−1).
 * Every other number of the sample is ordinary (fail 0–20 %). `assets/README.md` explains each case.
 */
'use strict';

/**
 * Results that override the ordinary draw. `m2` is «2» (ОГЭ, ВПР) or «Не преодолели минимальный порог»
 * (ЕГЭ); `n` is participants («Выполняли работу» for ВПР); without `n` the drawn count stays.
 */
const PLANTED_RESULTS = [
  // R1: СОШ № 3 — ОГЭ мат 40 % and ОГЭ рус 33,3 % in 2026; ОГЭ мат 34,4 % in 2025.
  { code: 'ОО003', assessment: 'ОГЭ', subject: 'Математика', year: 2026, n: 30, m2: 12 },
  { code: 'ОО003', assessment: 'ОГЭ', subject: 'Русский язык', year: 2026, n: 30, m2: 10 },
  { code: 'ОО003', assessment: 'ОГЭ', subject: 'Математика', year: 2025, n: 32, m2: 11 },
  // R1 at exactly 30,0 %: СОШ № 9 — ЕГЭ мат проф 3 of 10 and ОГЭ мат 36 % in 2026; ОГЭ мат 33,3 % in 2025.
  { code: 'ОО009', assessment: 'ЕГЭ', subject: 'Математика профильная', year: 2026, n: 10, m2: 3 },
  { code: 'ОО009', assessment: 'ОГЭ', subject: 'Математика', year: 2026, n: 25, m2: 9 },
  { code: 'ОО009', assessment: 'ОГЭ', subject: 'Математика', year: 2025, n: 24, m2: 8 },
  // R1 in an ООШ: Сосновская ООШ — ОГЭ мат 4 of 8 and ВПР мат 5 3 of 9 in 2026; ОГЭ мат 3 of 7 in 2025.
  { code: 'ОО018', assessment: 'ОГЭ', subject: 'Математика', year: 2026, n: 8, m2: 4 },
  { code: 'ОО018', assessment: 'ВПР', subject: 'Математика', grade: 5, year: 2026, n: 9, m2: 3 },
  { code: 'ОО018', assessment: 'ОГЭ', subject: 'Математика', year: 2025, n: 7, m2: 3 },
  // Decoy A: СОШ № 5 — two procedures ≥ 30 % in 2026, the same two ordinary in 2025.
  { code: 'ОО005', assessment: 'ОГЭ', subject: 'Русский язык', year: 2026, n: 32, m2: 10 },
  { code: 'ОО005', assessment: 'ВПР', subject: 'Математика', grade: 7, year: 2026, n: 28, m2: 9 },
  { code: 'ОО005', assessment: 'ОГЭ', subject: 'Русский язык', year: 2025, n: 30, m2: 5 },
  { code: 'ОО005', assessment: 'ВПР', subject: 'Математика', grade: 7, year: 2025, n: 27, m2: 4 },
  // Decoy B: Берёзовская СОШ — only ВПР рус 5 is ≥ 30 %, in 2025 and 2026.
  { code: 'ОО014', assessment: 'ВПР', subject: 'Русский язык', grade: 5, year: 2025, n: 25, m2: 8 },
  { code: 'ОО014', assessment: 'ВПР', subject: 'Русский язык', grade: 5, year: 2026, n: 26, m2: 9 },
  // Small ООШ: Ключевская ООШ — 3–4 pupils, ≥ 50 % «2» in both ОГЭ in 2025 and 2026.
  { code: 'ОО021', assessment: 'ОГЭ', subject: 'Русский язык', year: 2025, n: 4, m2: 2 },
  { code: 'ОО021', assessment: 'ОГЭ', subject: 'Математика', year: 2025, n: 4, m2: 3 },
  { code: 'ОО021', assessment: 'ОГЭ', subject: 'Русский язык', year: 2026, n: 4, m2: 2 },
  { code: 'ОО021', assessment: 'ОГЭ', subject: 'Математика', year: 2026, n: 3, m2: 2 },
  // R3 only: СОШ № 10 — ОГЭ мат 27,6 % in 2024 and 29,0 % in 2026, never ≥ 30 %.
  { code: 'ОО010', assessment: 'ОГЭ', subject: 'Математика', year: 2024, n: 29, m2: 8 },
  { code: 'ОО010', assessment: 'ОГЭ', subject: 'Математика', year: 2026, n: 31, m2: 9 },
  // Резильентная ШНСУ: Никольская СОШ — no «2» on compulsory ОГЭ/ЕГЭ in 2026.
  { code: 'ОО016', assessment: 'ОГЭ', subject: 'Русский язык', year: 2026, m2: 0 },
  { code: 'ОО016', assessment: 'ОГЭ', subject: 'Математика', year: 2026, m2: 0 },
  { code: 'ОО016', assessment: 'ЕГЭ', subject: 'Русский язык', year: 2026, m2: 0 },
  { code: 'ОО016', assessment: 'ЕГЭ', subject: 'Математика профильная', year: 2026, m2: 0 },
  { code: 'ОО016', assessment: 'ЕГЭ', subject: 'Математика базовая', year: 2026, m2: 0 },
  // ШНСУ, not резильентная: Каменская СОШ — ОГЭ below the district but never ≥ 30 %.
  { code: 'ОО020', assessment: 'ОГЭ', subject: 'Математика', year: 2026, n: 20, m2: 4 },
  { code: 'ОО020', assessment: 'ОГЭ', subject: 'Русский язык', year: 2026, n: 20, m2: 3 },
  // Objectivity risk: Лицей № 7 — 52 pupils wrote ВПР мат 5 in 2026 (see confirmation below).
  { code: 'ОО007', assessment: 'ВПР', subject: 'Математика', grade: 5, year: 2026, n: 52, m2: 2 },
  // On the approved list, no longer flagged: Заречная СОШ — weak in 2024 only, no «2» on ОГЭ in 2026.
  { code: 'ОО012', assessment: 'ОГЭ', subject: 'Математика', year: 2024, n: 28, m2: 10 },
  { code: 'ОО012', assessment: 'ОГЭ', subject: 'Русский язык', year: 2024, n: 28, m2: 9 },
  { code: 'ОО012', assessment: 'ОГЭ', subject: 'Математика', year: 2026, m2: 0 },
  { code: 'ОО012', assessment: 'ОГЭ', subject: 'Русский язык', year: 2026, m2: 0 },
];

/** Schools whose cohorts are tiny in every procedure (participants drawn from this range). */
const PLANTED_COHORTS = { ОО021: [3, 4] };

/** ВПР mark confirmation overrides: Повысили 10 of 52 = 19,2 % > 15 %. */
const PLANTED_CONFIRMATION = [
  { code: 'ОО007', subject: 'Математика', grade: 5, year: 2026, lower: 4, confirm: 38, higher: 10 },
];

/** ШНСУ candidates: indexes (into procedures.SOCIAL) of the shares where the school is far above the rest. */
const PLANTED_SOCIAL = {
  ОО018: [0, 1, 2, 3, 6],
  ОО020: [0, 2, 4, 6, 7],
  ОО016: [1, 4, 5, 6, 7],
};

/** The approved ШНОР list as the department keeps it. */
const PLANTED_APPROVED = [
  { code: 'ОО003', year: 2025, basis: 'Приказ УО от 14.03.2025 № 52 (результаты ОГЭ 2024)' },
  { code: 'ОО012', year: 2025, basis: 'Приказ УО от 14.03.2025 № 52 (результаты ОГЭ 2024)' },
];

/** Partners named in the register («Школа-наставник»). */
const PLANTED_PARTNERS = { ОО003: 'ОО006' };

module.exports = {
  PLANTED_RESULTS,
  PLANTED_COHORTS,
  PLANTED_CONFIRMATION,
  PLANTED_SOCIAL,
  PLANTED_APPROVED,
  PLANTED_PARTNERS,
};
