/**
 * The district model behind a generated workbook: schools, and per year their ОГЭ, ЕГЭ, ВПР results,
 * ВПР mark confirmation, social passport and staffing as plain counts. Ordinary numbers are drawn from a
 * seeded rng (one stream per section, so a planted override never shifts other draws); the sample
 * district then applies the planted cases of `planted.js`. `layout.js` turns a model into sheets.
 */
'use strict';

const { createRng } = require('./prng');
const { SAMPLE_DISTRICT, SAMPLE_SCHOOLS, syntheticRoster } = require('./roster');
const { YEARS, SAMPLE_ADDED_YEARS, OGE, EGE, VPR, SOCIAL, STAFF } = require('./procedures');
const planted = require('./planted');

const SAMPLE_SEED = 20260701;

/** Participants range of one grade by kind of school and settlement. */
function cohortRange(s) {
  // Only sample schools (`planted`) take planted cohorts: synthetic regions reuse the same codes.
  if (s.planted && planted.PLANTED_COHORTS[s.code]) return planted.PLANTED_COHORTS[s.code];
  if (s.kind === 'ООШ') return [5, 12];
  if (s.kind === 'гимназия' || s.kind === 'лицей') return [40, 60];
  return s.number !== undefined ? [25, 60] : [15, 24];
}

function egeCohortRange(s) {
  if (s.kind === 'гимназия' || s.kind === 'лицей') return [25, 45];
  return s.number !== undefined ? [15, 40] : [6, 12];
}

/** Participants in one year: the school's base cohort ± 15 %, kept inside the kind's range. */
function drawN(rng, base, [lo, hi]) {
  return Math.min(hi, Math.max(lo, Math.round(base * rng.uniform(0.85, 1.15))));
}

/** «2» for an ordinary school: a share from `range`, never above 20 %. */
function drawFail(rng, n, [lo, hi]) {
  return Math.min(Math.floor(n * rng.uniform(lo, hi)), Math.floor(n * 0.2));
}

/** Splits the pupils who passed into «3», «4», «5». */
function splitMarks(rng, passed) {
  const m3 = Math.round(passed * rng.uniform(0.3, 0.5));
  const m4 = Math.min(passed - m3, Math.round(passed * rng.uniform(0.3, 0.45)));
  return { m3, m4, m5: passed - m3 - m4 };
}

function markRecord(rng, n, m2) {
  const marks = splitMarks(rng, n - m2);
  const mean = (2 * m2 + 3 * marks.m3 + 4 * marks.m4 + 5 * marks.m5) / n;
  return { n, m2, ...marks, mean: Math.round(mean * 10) / 10 };
}

/** The planted override for a result, if any. */
function overrideFor(overrides, code, assessment, subject, grade, year) {
  return overrides.find(
    (o) => o.code === code && o.assessment === assessment && o.subject === subject && (o.grade ?? null) === (grade ?? null) && o.year === year,
  );
}

function hasEge(s) {
  return s.kind !== 'ООШ';
}

/** A school's base cohorts (ОГЭ/ВПР grade and ЕГЭ), drawn once and kept for every year. */
function drawCohorts(rng, s) {
  const range = cohortRange(s);
  const base = rng.int(range[0], range[1]);
  const egeRange = egeCohortRange(s);
  return { range, base, egeRange, egeBase: rng.int(egeRange[0], egeRange[1]) };
}

/** One school's ОГЭ, ЕГЭ and ВПР rows of one year, appended to `out`. */
function drawYear(rng, s, cohorts, year, overrides, weak, out) {
  const { range, base, egeRange, egeBase } = cohorts;
  for (const p of OGE) {
    const o = overrideFor(overrides, s.code, 'ОГЭ', p.subject, undefined, year);
    let n = drawN(rng, base, range);
    let m2 = weak.has(s.code) ? Math.round(n * rng.uniform(0.3, 0.45)) : drawFail(rng, n, p.fail);
    if (o) {
      n = o.n ?? n;
      m2 = o.m2;
    }
    out.oge.push({ year, code: s.code, subject: p.subject, ...markRecord(rng, n, m2) });
  }
  if (hasEge(s)) {
    const cohort = drawN(rng, egeBase, egeRange);
    const prof = Math.max(2, Math.round(cohort * EGE[1].cohort * rng.uniform(0.8, 1.2)));
    const sizes = { 'Русский язык': cohort, 'Математика профильная': prof, 'Математика базовая': Math.max(2, cohort - prof) };
    for (const p of EGE) {
      const o = overrideFor(overrides, s.code, 'ЕГЭ', p.subject, undefined, year);
      let n = sizes[p.subject];
      let fail = drawFail(rng, n, p.fail);
      if (o) {
        n = o.n ?? n;
        fail = o.m2;
      }
      const rawMean = rng.uniform(p.mean[0], p.mean[1]);
      const missing = rng.next() < 0.04;
      const mean = missing ? null : p.mean[1] > 10 ? Math.round(rawMean) : Math.round(rawMean * 10) / 10;
      out.ege.push({ year, code: s.code, subject: p.subject, n, fail, mean });
    }
  }
  for (const p of VPR) {
    const o = overrideFor(overrides, s.code, 'ВПР', p.subject, p.grade, year);
    let n = drawN(rng, base * 1.1, [range[0], Math.round(range[1] * 1.2)]);
    let m2 = drawFail(rng, n, p.fail);
    if (o) {
      n = o.n ?? n;
      m2 = o.m2;
    }
    out.vpr.push({ year, code: s.code, grade: p.grade, subject: p.subject, ...markRecord(rng, n, m2) });
  }
}

/**
 * Results of every school and year: `YEARS` share one stream, school by school; `addedYears` draw from a
 * stream of their own after them, reusing each school's cohorts, so they never shift the other draws.
 */
function drawResults(schools, seed, addedYears, overrides, weak) {
  const rng = createRng(seed + 1);
  const out = { oge: [], ege: [], vpr: [] };
  const cohorts = schools.map((s) => {
    const c = drawCohorts(rng, s);
    for (const year of YEARS) drawYear(rng, s, c, year, overrides, weak, out);
    return c;
  });
  const added = createRng(seed + 6);
  for (const year of addedYears) schools.forEach((s, i) => drawYear(added, s, cohorts[i], year, overrides, weak, out));
  return out;
}

/** ВПР 2026 mark confirmation: ordinary schools lower ≤ 30 %, higher ≤ 8 % of the pupils with both marks. */
function drawConfirmation(vpr, seed, overrides) {
  const rng = createRng(seed + 2);
  const year = YEARS[YEARS.length - 1];
  return vpr
    .filter((r) => r.year === year)
    .map((r) => {
      const total = Math.max(0, r.n - rng.int(0, 2));
      let higher = Math.floor(total * rng.uniform(0, 0.08));
      let lower = Math.floor(total * rng.uniform(0.05, 0.3));
      const o = overrides.find((c) => c.code === r.code && c.subject === r.subject && c.grade === r.grade && c.year === year);
      if (o) {
        lower = o.lower;
        higher = o.higher;
      }
      const confirm = o ? o.confirm : total - higher - lower;
      return { year, code: r.code, grade: r.grade, subject: r.subject, lower, confirm, higher, total: lower + confirm + higher };
    });
}

function pupilsRange(s) {
  if (s.kind === 'ООШ') return [40, 110];
  if (s.kind === 'гимназия' || s.kind === 'лицей') return [700, 1100];
  return s.number !== undefined ? [450, 1000] : [150, 350];
}

/**
 * Social passport. Controlled mode (the sample): in every share exactly 6 of 22 schools sit at or above
 * the district's upper quartile — the planted ШНСУ schools where listed, the rest filled in turn by
 * ordinary schools so that none of those is high in more than 2 shares. Counts are floored/ceiled so the
 * groups never overlap after rounding: ordinary ≤ 0,9 × typical < 1,3 × typical ≤ elevated < 2 × typical ≤ ШНСУ.
 */
function drawSocial(schools, seed, profiles) {
  const rng = createRng(seed + 3);
  const totals = schools.map((s) => rng.int(...pupilsRange(s)));
  const controlled = Object.keys(profiles).length > 0;
  const ordinary = schools.map((s, i) => i).filter((i) => !profiles[schools[i].code]);
  // QUARTILE.INC interpolates at (n − 1) × 0,75, so exactly the values above that position reach Q3.
  const top = schools.length - 1 - Math.floor((schools.length - 1) * 0.75);
  let turn = 0;
  const counts = schools.map(() => []);
  SOCIAL.forEach((share, k) => {
    const high = new Set(schools.map((s, i) => i).filter((i) => (profiles[schools[i].code] ?? []).includes(k)));
    const elevated = new Set();
    while (controlled && high.size + elevated.size < top) elevated.add(ordinary[turn++ % ordinary.length]);
    schools.forEach((s, i) => {
      const t = totals[i];
      const typical = share.typical;
      let c;
      if (high.has(i)) c = Math.ceil(t * typical * rng.uniform(2.2, 3));
      else if (elevated.has(i)) c = Math.ceil(t * typical * rng.uniform(1.3, 1.6));
      else if (controlled) c = Math.floor(t * typical * rng.uniform(0.3, 0.9));
      else c = Math.floor(t * typical * rng.uniform(0.3, 2.5));
      counts[i].push(c);
    });
  });
  return schools.map((s, i) => ({ code: s.code, total: totals[i], counts: counts[i] }));
}

function drawStaff(schools, seed) {
  const rng = createRng(seed + 4);
  return schools.map((s) => {
    const total = s.kind === 'ООШ' ? rng.int(8, 15) : s.number !== undefined ? rng.int(40, 80) : rng.int(15, 30);
    return { code: s.code, total, counts: STAFF.map((f) => Math.floor(total * rng.uniform(f.share[0], f.share[1]))) };
  });
}

/** The 22-school sample «Энский муниципальный район» (2023–2026) with the planted cases. */
function buildSampleDistrict() {
  const schools = SAMPLE_SCHOOLS.map((s) => ({ ...s, planted: true, partner: planted.PLANTED_PARTNERS[s.code] }));
  const { oge, ege, vpr } = drawResults(schools, SAMPLE_SEED, SAMPLE_ADDED_YEARS, planted.PLANTED_RESULTS, new Set());
  return {
    district: { ...SAMPLE_DISTRICT, regional: false },
    years: [...SAMPLE_ADDED_YEARS, ...YEARS].sort((a, b) => a - b),
    addedYears: SAMPLE_ADDED_YEARS,
    seed: SAMPLE_SEED,
    schools,
    oge,
    ege,
    vpr,
    confirmation: drawConfirmation(vpr, SAMPLE_SEED, planted.PLANTED_CONFIRMATION),
    social: drawSocial(schools, SAMPLE_SEED, planted.PLANTED_SOCIAL),
    staff: drawStaff(schools, SAMPLE_SEED),
    approved: planted.PLANTED_APPROVED,
  };
}

/** A synthetic region of `count` schools in municipalities of 25; about 4 % of schools are weak on ОГЭ. */
function buildSyntheticDistrict(count, seed = 1) {
  const rng = createRng(seed);
  const schools = syntheticRoster(count, rng);
  const weak = new Set(schools.filter(() => rng.next() < 0.04).map((s) => s.code));
  const { oge, ege, vpr } = drawResults(schools, seed, [], [], weak);
  const approved = [...weak].slice(0, Math.ceil(weak.size / 2)).map((code) => ({ code, year: 2025, basis: 'Приказ министерства образования' }));
  return {
    district: { name: `Синтетический регион (${count} ОО)`, genitive: 'региона', regional: true },
    years: YEARS,
    addedYears: [],
    seed,
    schools,
    oge,
    ege,
    vpr,
    confirmation: drawConfirmation(vpr, seed, []),
    social: drawSocial(schools, seed, {}),
    staff: drawStaff(schools, seed),
    approved,
  };
}

module.exports = { buildSampleDistrict, buildSyntheticDistrict, SAMPLE_SEED };
