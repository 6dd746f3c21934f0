/**
 * The procedures the generated workbooks carry and the ranges ordinary numbers are drawn from
 * (ordinary schools stay at 0–20 % fail in every procedure, METHODOLOGY §3 needs ≥ 30 % to fire).
 */
'use strict';

/** Years of results of every generated workbook, oldest first; the latest is the calculation year Y. */
const YEARS = [2024, 2025, 2026];

/**
 * The sample's added first year, so its dynamics span four years (synthetic regions keep three). It draws
 * from rng streams of its own and its rows go below the others on the stacked sheets, so adding it left
 * every number and cell address of 2024–2026 as it was.
 */
const SAMPLE_ADDED_YEARS = [2023];

/** ОГЭ (grade 9) subjects with the ordinary fail-share range. */
const OGE = [
  { subject: 'Русский язык', fail: [0, 0.12] },
  { subject: 'Математика', fail: [0, 0.15] },
];

/** ЕГЭ (grade 11) subjects: share of the cohort that sits the exam and the ordinary fail-share range. */
const EGE = [
  { subject: 'Русский язык', cohort: 1, fail: [0, 0.05], mean: [60, 76] },
  { subject: 'Математика профильная', cohort: 0.45, fail: [0, 0.17], mean: [44, 66] },
  { subject: 'Математика базовая', cohort: 0.55, fail: [0, 0.08], mean: [3.6, 4.6] },
];

/** ВПР procedures (grade × subject) with the ordinary fail-share range. */
const VPR = [
  { grade: 5, subject: 'Русский язык', fail: [0, 0.17] },
  { grade: 5, subject: 'Математика', fail: [0, 0.17] },
  { grade: 7, subject: 'Русский язык', fail: [0, 0.17] },
  { grade: 7, subject: 'Математика', fail: [0, 0.17] },
];

/** How ВПР academic years are written on the sheet (2023/2024 means 2024). */
const VPR_YEAR_LABELS = { 2023: '2022-23', 2024: '2023/2024', 2025: '2024-2025', 2026: '2025/2026' };

/** Social passport columns in sheet order, with the typical share (ordinary schools draw 0.3–0.9 of it). */
const SOCIAL = [
  { key: 'incomplete_family', header: 'в неполных семьях', typical: 0.2 },
  { key: 'registered', header: 'на учёте (ПДН, КДН, ВШУ)', typical: 0.03 },
  { key: 'unemployed_parents', header: 'оба родителя безработные', typical: 0.04 },
  { key: 'guardianship', header: 'опекаемые', typical: 0.025 },
  { key: 'non_native', header: 'инофоны', typical: 0.03 },
  { key: 'disability', header: 'с ОВЗ', typical: 0.06 },
  { key: 'low_income', header: 'малообеспеченные', typical: 0.15 },
  { key: 'large_family', header: 'многодетные', typical: 0.12 },
];

/** Staffing columns in sheet order with the ordinary share range of «Всего педагогов». */
const STAFF = [
  { key: 'pension_age', header: 'пенсионного возраста', share: [0.1, 0.35] },
  { key: 'top_category', header: 'высшая категория', share: [0.1, 0.4] },
  { key: 'first_category', header: 'первая категория', share: [0.2, 0.45] },
  { key: 'vacancies', header: 'вакансии', share: [0, 0.08] },
  { key: 'no_ped_edu', header: 'без педагогического образования', share: [0, 0.1] },
  { key: 'pk_3y', header: 'прошли ПК за 3 года', share: [0.6, 1] },
];

module.exports = { YEARS, SAMPLE_ADDED_YEARS, OGE, EGE, VPR, VPR_YEAR_LABELS, SOCIAL, STAFF };
