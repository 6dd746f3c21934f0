/** Russian messages for the methodology: the settings sheet's validation and the analysis of a dataset. */
import type { MethodologyFields, SettingCell } from '../diagnostics';
import type { MessageCatalogue } from './types';

const fallback = (d: SettingCell): string => `Опора использует значение по умолчанию: ${d.default}.`;

export const METHODOLOGY_MESSAGES: MessageCatalogue<keyof MethodologyFields> = {
  'settings-invalid-percent': {
    text: (d) => `Лист «${d.sheet}», ячейка ${d.cell}: «${d.name}» — порог должен быть числом от 0 до 100 % (введено «${d.value}»).`,
    advice: (d) => `Введите, например, «30 %», 30 или 0,3. ${fallback(d)}`,
  },
  'settings-invalid-integer': {
    text: (d) => `Лист «${d.sheet}», ячейка ${d.cell}: «${d.name}» — нужно целое число от ${d.min} до ${d.max} (введено «${d.value}»).`,
    advice: fallback,
  },
  'settings-invalid-year': {
    text: (d) => `Лист «${d.sheet}», ячейка ${d.cell}: «${d.name}» — нужен год, например 2026 или «2025/2026» (введено «${d.value}»).`,
    advice: (d) => `Оставьте ячейку пустой, чтобы взять последний год в данных. ${fallback(d)}`,
  },
  'settings-invalid-boolean': {
    text: (d) => `Лист «${d.sheet}», ячейка ${d.cell}: «${d.name}» — нужно «да» или «нет» (введено «${d.value}»).`,
    advice: fallback,
  },
  'settings-invalid-choice': {
    text: (d) => `Лист «${d.sheet}», ячейка ${d.cell}: «${d.name}» — допустимые значения: ${d.choices} (введено «${d.value}»).`,
    advice: fallback,
  },
  'settings-invalid-rules': {
    text: (d) => `Лист «${d.sheet}», ячейка ${d.cell}: «${d.name}» — перечислите правила через запятую из: ${d.choices} (введено «${d.value}»).`,
    advice: fallback,
  },
  'methodology-shnsu-off': {
    text: (d) => `Лист «${d.sheet}», ячейка ${d.cell}: ШНСУ выключен («ШНСУ: включено» — «нет»), поэтому признак ШНСУ не определяется ни для одной школы.`,
    advice: 'Введите «да», если ШНСУ выключили случайно, и пересчитайте.',
  },
  'methodology-shnor-off': {
    text: (d) =>
      `Лист «${d.sheet}», ${d.cells.includes(',') ? 'ячейки' : 'ячейка'} ${d.cells}: выключены все правила, дающие признак ШНОР, или ни одно из них не указано в строке «Правила, дающие признак ШНОР», поэтому признак ШНОР не ставится ни одной школе.`,
    advice: 'Включите R1 или R3 («да») и укажите его в строке «Правила, дающие признак ШНОР» (по умолчанию «R1, R3»), затем пересчитайте.',
  },
  'methodology-year-without-results': {
    text: (d) => `В настройках указан текущий год ${d.year}, но результатов за ${d.year} г. в книге нет.`,
    advice: 'Проверьте год на листе «Опора · Настройки» или оставьте ячейку пустой, чтобы взять последний год в данных.',
  },
  'methodology-no-previous-year': {
    text: (d) => `Нет результатов за ${d.year - 1} г.: правило R1 в режиме «и» не может сработать, R3 смотрит только на имеющиеся годы.`,
    advice: (d) => `Добавьте в книгу листы с результатами за ${d.year - 1} г., чтобы проверить повтор массовой неуспешности.`,
  },
  'methodology-no-contingent': {
    text: () => 'Нет листа социального паспорта (контингента): признак ШНСУ и социальный индекс не определяются.',
    advice: 'Добавьте лист с числом обучающихся и долями (неполные семьи, на учёте, ОВЗ, инофоны …).',
  },
};
