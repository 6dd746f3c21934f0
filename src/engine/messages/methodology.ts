/** Russian messages for the methodology: the settings sheet's validation and the analysis of a dataset. */
import type { MessageCatalogue } from './types';

const FALLBACK = 'Опора использует значение по умолчанию: {default}.';

export const METHODOLOGY_MESSAGES: MessageCatalogue = {
  'settings-invalid-percent': {
    text: 'Настройки!{cell}: «{name}» — порог должен быть числом от 0 до 100 % (введено «{value}»).',
    advice: `Введите, например, «30 %», 30 или 0,3. ${FALLBACK}`,
  },
  'settings-invalid-integer': {
    text: 'Настройки!{cell}: «{name}» — нужно целое число от {min} до {max} (введено «{value}»).',
    advice: FALLBACK,
  },
  'settings-invalid-year': {
    text: 'Настройки!{cell}: «{name}» — нужен год, например 2026 или «2025/2026» (введено «{value}»).',
    advice: `Оставьте ячейку пустой, чтобы взять последний год в данных. ${FALLBACK}`,
  },
  'settings-invalid-boolean': {
    text: 'Настройки!{cell}: «{name}» — нужно «да» или «нет» (введено «{value}»).',
    advice: FALLBACK,
  },
  'settings-invalid-choice': {
    text: 'Настройки!{cell}: «{name}» — допустимые значения: {choices} (введено «{value}»).',
    advice: FALLBACK,
  },
  'settings-invalid-rules': {
    text: 'Настройки!{cell}: «{name}» — перечислите правила через запятую из: {choices} (введено «{value}»).',
    advice: FALLBACK,
  },
  'methodology-year-without-results': {
    text: 'В настройках указан текущий год {year}, но результатов за {year} г. в книге нет.',
    advice: 'Проверьте год на листе «Опора · Настройки» или оставьте ячейку пустой, чтобы взять последний год в данных.',
  },
  'methodology-no-previous-year': {
    text: 'Нет результатов за {previous} г.: правило R1 в режиме «и» не может сработать, R3 смотрит только на имеющиеся годы.',
    advice: 'Добавьте в книгу листы с результатами за {previous} г., чтобы проверить повтор массовой неуспешности.',
  },
  'methodology-no-contingent': {
    text: 'Нет листа социального паспорта (контингента): признак ШНСУ и социальный индекс не определяются.',
    advice: 'Добавьте лист с числом обучающихся и долями (неполные семьи, на учёте, ОВЗ, инофоны …).',
  },
};
