/**
 * Deadline phrases of the catalogue («март – апрель», «в течение года», «ежеквартально») resolved to the
 * plan's academic year P/P+1: September–December fall in P, January–August in P+1, a range that runs
 * past December continues into the next calendar year. A phrase that already names a year is kept.
 */

/** Month stems in calendar order (январь = 0); they match every case form («до 1 сентября»). */
const MONTH_STEMS = ['январ', 'феврал', 'март', 'апрел', 'ма[йяю]', 'июн', 'июл', 'август', 'сентябр', 'октябр', 'ноябр', 'декабр'];
const MONTH = new RegExp(`(?<![а-яё])(${MONTH_STEMS.join('|')})[а-яё]*`, 'gi');
/** The academic year starts in September (month index 8). */
const ACADEMIC_START = 8;

const WHOLE_YEAR = /^(в )?течени[еи] (всего )?(учебного )?года$/i;

/** «2026/2027». */
export function academicYear(planYear: number): string {
  return `${planYear}/${planYear + 1}`;
}

function monthIndex(word: string): number {
  const lower = word.toLowerCase();
  return MONTH_STEMS.findIndex((stem) => new RegExp(`^${stem}`).test(lower));
}

/** Resolves a catalogue deadline phrase for the plan year P («сентябрь» → «сентябрь 2026»). */
export function resolveDeadline(phrase: string, planYear: number): string {
  const text = phrase.replace(/\s+/g, ' ').trim();
  const ay = academicYear(planYear);
  if (text === '' || WHOLE_YEAR.test(text)) return `в течение ${ay} учебного года`;
  if (/\b(19|20)\d\d\b/.test(text)) return text;
  const months = [...text.matchAll(MONTH)];
  if (months.length === 0) return `${text} (${ay} учебный год)`;

  const years: number[] = [];
  months.forEach((m, i) => {
    const idx = monthIndex(m[0]);
    if (i === 0) years.push(idx >= ACADEMIC_START ? planYear : planYear + 1);
    else years.push(idx >= monthIndex(months[i - 1][0]) ? years[i - 1] : years[i - 1] + 1);
  });
  const sameYear = years.every((y) => y === years[0]);
  // Insert years from the end so earlier match offsets stay valid; «до 20 мая» keeps the day before the month.
  let out = text;
  for (let i = months.length - 1; i >= 0; i--) {
    if (sameYear && i !== months.length - 1) continue;
    const end = (months[i].index ?? 0) + months[i][0].length;
    out = `${out.slice(0, end)} ${years[i]}${out.slice(end)}`;
  }
  return out;
}

/** The plan's first calendar year P: the setting, else the current year Y. */
export function planYearOf(settings: { planYear?: number }, currentYear: number): number {
  return settings.planYear ?? currentYear;
}

/**
 * When a deadline starts, as months since year 0 (September 2026 → 2026 × 12 + 8), for ordering a plan's
 * items by date: the first month named with the year that follows it; a phrase without a month (in the
 * course of the year, quarterly) starts with the academic year, after the items dated in its first month.
 */
export function deadlineStart(phrase: string, planYear: number): number {
  const resolved = resolveDeadline(phrase, planYear);
  const month = new RegExp(`(?<![а-яё])(${MONTH_STEMS.join('|')})`, 'i').exec(resolved);
  const year = month ? /\b((?:19|20)\d\d)\b/.exec(resolved.slice(month.index)) : null;
  if (!month || !year) return planYear * 12 + ACADEMIC_START + 0.5;
  return Number(year[1]) * 12 + monthIndex(month[1]);
}
