/**
 * The one place where diagnostic codes become Russian text and advice. Each area keeps its catalogue in
 * its own file (recognition, value checks, methodology, missing data, plans, general); this module merges them and renders.
 */
import type { Diagnostic } from '../model';
import { GENERAL_MESSAGES } from './general';
import { METHODOLOGY_MESSAGES } from './methodology';
import { MISSING_DATA_MESSAGES } from './missingData';
import { PLANS_MESSAGES } from './plans';
import { RECOGNITION_MESSAGES } from './recognition';
import { VALUE_CHECK_MESSAGES } from './valueChecks';
import type { MessageCatalogue } from './types';

const CATALOGUE: MessageCatalogue = {
  ...GENERAL_MESSAGES,
  ...METHODOLOGY_MESSAGES,
  ...MISSING_DATA_MESSAGES,
  ...PLANS_MESSAGES,
  ...RECOGNITION_MESSAGES,
  ...VALUE_CHECK_MESSAGES,
};

/** Replaces `{name}` placeholders with params. */
function fill(template: string, params: Diagnostic['params']): string {
  return template.replace(/\{(\w+)\}/g, (_m, k: string) => (k in params ? String(params[k]) : `{${k}}`));
}

/** «Что не так» and «Что сделать» for a diagnostic. Unknown codes still produce readable text. */
export function renderDiagnostic(d: Diagnostic): { text: string; advice: string } {
  const entry = CATALOGUE[d.code];
  if (!entry) return { text: `${d.code}: ${JSON.stringify(d.params)}`, advice: '' };
  return { text: fill(entry.text, d.params), advice: fill(entry.advice, d.params) };
}

/** Russian name of a severity, as shown in `Опора · Диагностика`. */
export const SEVERITY_RU: Record<Diagnostic['severity'], string> = {
  error: 'Ошибка',
  warning: 'Предупреждение',
  info: 'Сведения',
};
