/**
 * The one place where diagnostic codes become Russian text and advice. Each area keeps its typed catalogue
 * in its own file (recognition, value checks, methodology, missing data, plans, general); merged here into
 * one record the compiler requires to hold every `DiagnosticCode`.
 */
import type { Diagnostic, DiagnosticCode, DiagnosticOf, Severity } from '../diagnostics';
import { GENERAL_MESSAGES } from './general';
import { METHODOLOGY_MESSAGES } from './methodology';
import { MISSING_DATA_MESSAGES } from './missingData';
import { PLANS_MESSAGES } from './plans';
import { RECOGNITION_MESSAGES } from './recognition';
import type { Message, MessageCatalogue } from './types';
import { VALUE_CHECK_MESSAGES } from './valueChecks';

export { renderReason } from './recognition';

const MESSAGES: MessageCatalogue<DiagnosticCode> = {
  ...GENERAL_MESSAGES,
  ...METHODOLOGY_MESSAGES,
  ...MISSING_DATA_MESSAGES,
  ...PLANS_MESSAGES,
  ...RECOGNITION_MESSAGES,
  ...VALUE_CHECK_MESSAGES,
};

/** Every diagnostic code, in catalogue order. */
export const DIAGNOSTIC_CODES = Object.keys(MESSAGES) as DiagnosticCode[];

function render<C extends DiagnosticCode>(d: DiagnosticOf<C>): { text: string; advice: string } {
  const message: Message<C> = MESSAGES[d.code];
  return { text: message.text(d), advice: typeof message.advice === 'string' ? message.advice : message.advice(d) };
}

/** «Что не так» and «Что сделать» for a diagnostic. */
export function renderDiagnostic(d: Diagnostic): { text: string; advice: string } {
  return render(d);
}

/** Russian name of a severity, as shown in `Опора · Диагностика`. */
export const SEVERITY_RU: Record<Severity, string> = {
  error: 'Ошибка',
  warning: 'Предупреждение',
  info: 'Сведения',
};
