/** Russian messages for conclusions that would rest on missing data: always severity 'error'. */
import type { MissingDataFields } from '../diagnostics';
import type { MessageCatalogue } from './types';

/** The role of a sheet that only says something about schools read elsewhere, as the message names it. */
const ATTACHED_ROLE: Record<MissingDataFields['missing-attached-unmatched']['role'], string> = {
  markers: 'маркеров необъективности',
  confirmation: 'подтверждения отметок ВПР',
};

export const MISSING_DATA_MESSAGES: MessageCatalogue<keyof MissingDataFields> = {
  'missing-no-schools': {
    text: () =>
      'Опора не прочитала ни одной школы: ни один лист не дал строк с ОО, поэтому ШНОР, ШНСУ и риск необъективности не определены.',
    advice:
      'Проверьте, что на листах есть строка заголовков со столбцом «ОО» (или «Код ОО», «Логин»), и укажите роли листов на листе «Опора · Сопоставление».',
  },
  'missing-no-participants': {
    text: (d) => `Лист «${d.sheet}» распознан как результаты, но не дал ни одного участника: выводы ШНОР по нему не сделаны.`,
    advice:
      'Проверьте столбцы «Участники» и «2»–«5» и год, процедуру и предмет листа; исправьте смысл столбцов на листе «Опора · Сопоставление».',
  },
  'missing-attached-unmatched': {
    text: (d) =>
      `Лист ${ATTACHED_ROLE[d.role]} «${d.sheet}» (${d.rows} строк) не сопоставлен ни с одной школой других листов: вывод о риске необъективности по нему не сделан.`,
    advice:
      'Проверьте названия и коды (логины) ОО на этом листе и укажите школы в разделе «Названия школ» листа «Опора · Сопоставление».',
  },
  'missing-rows-unmatched': {
    text: (d) =>
      `На листе «${d.sheet}» ${d.lost} из ${d.rows} строк школ (${d.share}) не найдены ни на одном другом листе (ячейки ${d.cells}): выводы по этим школам опираются только на этот лист.`,
    advice: 'Проверьте названия и коды ОО в этих строках и укажите школы в разделе «Названия школ» листа «Опора · Сопоставление».',
  },
  'missing-passport-year': {
    text: (d) => `Социальный паспорт (${d.sheets}) не дал ни одного значения за расчётный ${d.year} г.: ШНСУ всех школ — «нет данных».`,
    advice: (d) =>
      `Добавьте данные социального паспорта за ${d.year} г. (столбец «Год» или год в названии листа) или выберите расчётный год на листе «Опора · Настройки».`,
  },
};
