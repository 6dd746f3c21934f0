/**
 * The result on the standalone page: the CLI's headline, a red banner with every error, one row per
 * flagged school with its badges that opens to the explanations, R2 warnings behind a toggle, and the
 * remarks on the data. A run that read no school says so loudly instead of «none flagged».
 */
import { type FlagKindLabel, schoolsWith, type Summary, type SummaryFlag, summaryHeadline } from '../engine';
import { element, errorLine } from './dom';
import { STRINGS } from './strings';

const REAL_KINDS: FlagKindLabel[] = ['ШНОР', 'ШНСУ', 'Риск необъективности'];
const BADGE_CLASS: Record<FlagKindLabel, string> = {
  ШНОР: 'badge shnor',
  ШНСУ: 'badge shnsu',
  'Риск необъективности': 'badge objectivity',
  Предупреждение: 'badge warning',
};

/** One school as a native disclosure: name and badges, then each flag's rule and explanation. */
function schoolRow(name: string, flags: SummaryFlag[]): HTMLLIElement {
  const item = element('li');
  item.dataset.schoolId = flags[0].schoolId;
  const details = element('details');
  const summary = element('summary');
  summary.append(element('span', name, 'school'));
  for (const kind of [...new Set(flags.map((f) => f.kind))]) summary.append(' ', element('span', kind, BADGE_CLASS[kind]));
  details.append(summary);
  for (const f of flags) {
    const block = element('div', undefined, 'flag');
    block.append(element('span', f.kind, BADGE_CLASS[f.kind]), ' ', element('span', STRINGS.rule(f.ruleId), 'rule'), element('p', f.explanation));
    details.append(block);
  }
  item.append(details);
  return item;
}

/** Rows of the schools with a flag of `kinds`, only those flags shown, real reasons first. */
function schoolList(flags: SummaryFlag[], kinds: FlagKindLabel[], label: string): HTMLUListElement {
  const list = element('ul', undefined, 'schools');
  list.setAttribute('aria-label', label);
  const order = (f: SummaryFlag) => kinds.indexOf(f.kind);
  for (const school of schoolsWith(flags, kinds)) {
    const own = flags.filter((f) => f.schoolId === school.schoolId && kinds.includes(f.kind)).sort((a, b) => order(a) - order(b));
    list.append(schoolRow(school.name, own));
  }
  return list;
}

function errorBanner(summary: Summary): HTMLElement | null {
  const errors = summary.diagnostics.filter((d) => d.severity === 'error');
  if (errors.length === 0) return null;
  const banner = element('div', undefined, 'banner');
  banner.setAttribute('role', 'alert');
  banner.dataset.testid = 'error-banner';
  const title = errorLine(STRINGS.errorsTitle(errors.length), STRINGS.errorIcon);
  title.removeAttribute('role');
  const list = element('ul');
  for (const d of errors) {
    const where = STRINGS.where(d.sheet, d.cell);
    list.append(element('li', `${where ? where + ': ' : ''}${d.text} ${d.advice}`.trim()));
  }
  banner.append(title, list);
  return banner;
}

function warningsToggle(flags: SummaryFlag[]): HTMLElement[] {
  const count = schoolsWith(flags, ['Предупреждение']).length;
  if (count === 0) return [];
  const list = schoolList(flags, ['Предупреждение'], STRINGS.warningsTitle);
  list.id = 'opora-warnings';
  list.hidden = true;
  const button = element('button', STRINGS.showWarnings(count), 'toggle');
  button.type = 'button';
  button.setAttribute('aria-expanded', 'false');
  button.setAttribute('aria-controls', list.id);
  button.addEventListener('click', () => {
    list.hidden = !list.hidden;
    button.setAttribute('aria-expanded', String(!list.hidden));
    button.textContent = list.hidden ? STRINGS.showWarnings(count) : STRINGS.hideWarnings;
  });
  return [button, list];
}

function remarks(summary: Summary): HTMLElement[] {
  const title = element('h2', STRINGS.diagnosticsTitle);
  if (summary.diagnostics.length === 0) return [title, element('p', STRINGS.noDiagnostics)];
  const list = element('ul', undefined, 'remarks');
  for (const d of summary.diagnostics) {
    const where = STRINGS.where(d.sheet, d.cell);
    list.append(element('li', `${where ? where + ': ' : ''}${d.text} ${d.advice}`.trim(), d.severity));
  }
  return [title, list];
}

export function renderResult(target: HTMLElement, summary: Summary): void {
  const banner = errorBanner(summary);
  if (banner) target.append(banner);
  target.append(element('p', summaryHeadline(summary), 'headline'));
  target.append(element('h2', STRINGS.flaggedTitle));
  const flagged = schoolsWith(summary.flags, REAL_KINDS);
  if (summary.schools.length === 0) target.append(errorLine(STRINGS.noSchools, STRINGS.errorIcon));
  else if (flagged.length === 0) target.append(element('p', STRINGS.noneFlagged));
  else target.append(schoolList(summary.flags, REAL_KINDS, STRINGS.flaggedTitle));
  target.append(...warningsToggle(summary.flags), ...remarks(summary));
}
