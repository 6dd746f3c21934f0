/** Russian messages for diagnostics that belong to no single stage (workbook-level problems). */
import type { MessageCatalogue } from './types';

export const GENERAL_MESSAGES: MessageCatalogue = {
  'owned-name-taken': {
    text: 'Лист «{name}» создан не Опорой, поэтому Опора его не трогает и пишет результаты на лист «{used}».',
    advice: 'Если лист «{name}» не нужен, переименуйте или удалите его, и Опора вернётся к обычному имени.',
  },
  'no-results': {
    text: 'В книге не найдено ни одного листа с результатами оценочных процедур (ОГЭ, ЕГЭ, ВПР, ККР).',
    advice: 'Проверьте, что на листе есть строка заголовков с названием ОО и числом участников или отметками «2»–«5».',
  },
};
