/** Russian messages of recognition and normalisation: sheet roles, values, rows, school names, corrections. */
import type { RecognitionFields, SheetReason, SheetReasonCode } from '../diagnostics';
import type { MessageCatalogue } from './types';

/** The reason of a sheet's role, by reason code: a missing reason does not compile. */
const SHEET_REASONS: { [R in SheetReasonCode]: (r: Extract<SheetReason, { reason: R }>) => string } = {
  opora: () => 'Лист Опоры, данные с него не читаются.',
  role: (r) => `Узнаны заголовки: ${r.headers}.`,
  'no-header': () => 'Не найдена строка заголовков с названием или кодом ОО.',
  'no-school-column': (r) => `Нет столбца с названием или кодом ОО (узнаны: ${r.headers}).`,
  registrations: (r) =>
    `Есть только число участников без отметок и баллов — похоже на список регистраций, а не результаты (узнаны: ${r.headers}).`,
  applications: (r) => `Это заявления на участие в экзаменах, а не результаты («${r.title}»); лист не читается.`,
  'no-role-columns': (r) => `Узнаны только общие столбцы (${r.headers}), по ним не понять, что это за лист.`,
  user: () => 'Роль задана пользователем на листе «Опора · Сопоставление».',
  'user-ignored': () => 'Пользователь указал не использовать этот лист.',
};

/** Why a sheet got its role, in Russian. */
export function renderReason<R extends SheetReasonCode>(r: Extract<SheetReason, { reason: R }>): string {
  const render: (r: Extract<SheetReason, { reason: R }>) => string = SHEET_REASONS[r.reason];
  return render(r);
}

/** What an unreadable correction should have been. */
const CORRECTION_KIND: Record<RecognitionFields['correction-unreadable']['kind'], string> = { role: 'роль листа', meaning: 'значение столбца' };

/** The context a results column lacks, as «не удалось понять …» names it. */
const CONTEXT: Record<RecognitionFields['context-missing']['what'], string> = { assessment: 'процедуру', subject: 'предмет', year: 'год' };

export const RECOGNITION_MESSAGES: MessageCatalogue<keyof RecognitionFields> = {
  'sheet-unknown': {
    text: (d) => `Лист «${d.sheet}» не распознан: ${renderReason(d.why)}`,
    advice: 'Если на листе есть нужные данные, укажите его роль на листе «Опора · Сопоставление» (раздел «1. Листы»).',
  },
  'correction-unreadable': {
    text: (d) => `Исправление «${d.value}» не понято (${CORRECTION_KIND[d.kind]}).`,
    advice: 'Впишите значение из подсказки над таблицей или очистите ячейку.',
  },
  'correction-unknown-school': {
    text: (d) => `Для написания «${d.name}» указана школа «${d.value}», но такой школы нет.`,
    advice: 'Впишите название или код школы так, как в столбце «Школа», либо «отдельная школа».',
  },
  'header-ambiguous': {
    text: (d) => `Заголовок «${d.column}» подходит и к «${d.chosen}», и к «${d.rivals}»; Опора взяла «${d.chosen}».`,
    advice: 'Проверьте столбец на листе «Опора · Сопоставление» и при необходимости впишите верное значение.',
  },
  'value-unreadable': {
    text: (d) => `Значение «${d.value}» в столбце «${d.column}» не число; ячейка пропущена (не считается нулём).`,
    advice: 'Исправьте значение или оставьте ячейку пустой, если данных нет.',
  },
  'value-out-of-range': {
    text: (d) => `Значение ${d.value} в столбце «${d.column}» вне допустимых пределов; ячейка пропущена.`,
    advice: 'Проверьте значение: доли от 0 до 100 %, количества не отрицательны.',
  },
  'context-missing': {
    text: (d) => `Для столбцов ${d.columns} не удалось понять ${CONTEXT[d.what]}; эти данные не прочитаны.`,
    advice: (d) => `Добавьте столбец «${CONTEXT[d.what]}», укажите его в заголовке или в названии листа (например, «ОГЭ рус 2024»).`,
  },
  'year-from-calculation': {
    text: (d) => `На листе «${d.sheet}» нет года; его данные отнесены к расчётному году ${d.year}.`,
    advice: 'Если данные относятся к другому году, добавьте столбец «Год» или укажите год в названии листа.',
  },
  'column-not-understood': {
    text: (d) => `В столбце ${d.column} («${d.header}») числа, но заголовок не понят; столбец не использован.`,
    advice: (d) =>
      `Если столбец нужен, впишите его значение (например, ${d.examples}) в раздел «2. Столбцы» листа «Опора · Сопоставление» и пересчитайте.`,
  },
  'no-participants': {
    text: (d) => `У ОО «${d.name}» в строке нет участников и результатов; строка не считается нулевыми результатами.`,
    advice: 'Если школа участвовала, заполните строку; если нет — так и должно быть.',
  },
  'total-mismatch': {
    text: (d) => `Итоговая строка (${d.label}) даёт ${d.total} в ячейке ${d.cell}, а сумма по школам (${d.range}) — ${d.sum}.`,
    advice: 'Проверьте, все ли школы есть в таблице и верна ли итоговая строка.',
  },
  'count-share-mismatch': {
    text: (d) =>
      `Доля в ячейке ${d.cell} (${d.share}) не совпадает с количеством ${d.countCell} ÷ участники ${d.nCell} (${d.computed}); использовано количество.`,
    advice: 'Проверьте одно из значений.',
  },
  'share-count-mismatch': {
    text: (d) =>
      `Доля в ячейке ${d.cell} (${d.share}) от общего числа ${d.totalCell} даёт ${d.computed} чел., а в ячейке ${d.countCell} указано ${d.count}; использовано количество.`,
    advice: 'Проверьте одно из значений.',
  },
  'share-without-total': {
    text: (d) =>
      `Доля в ячейке ${d.cell} (${d.share}, «${d.column}») не пересчитана в количество: в строке нет столбца или значения «${d.total}»; значение не учтено.`,
    advice: 'Заполните общее число в этой строке или впишите количество вместо доли.',
  },
  'duplicate-row': {
    text: (d) => `ОО «${d.name}» встречается на листе дважды для ${d.what} (строки ${d.first} и ${d.second}); использована первая строка.`,
    advice: 'Удалите лишнюю строку или исправьте сопоставление названия на листе «Опора · Сопоставление».',
  },
  'school-ambiguous': {
    text: (d) => `Название «${d.name}» подходит к нескольким школам: ${d.candidates}. Учтено как отдельная школа.`,
    advice: 'Укажите нужную школу в разделе «3. Названия школ» листа «Опора · Сопоставление».',
  },
  'school-fuzzy': {
    text: (d) => `Название «${d.name}» сопоставлено со школой «${d.school}» по похожему написанию.`,
    advice: 'Проверьте сопоставление на листе «Опора · Сопоставление»; если это другая школа, впишите «отдельная школа».',
  },
  'school-not-in-register': {
    text: (d) => `ОО «${d.name}» не найдена в реестре${d.similar ? ` (похожие: ${d.similar})` : ''}.`,
    advice: 'Укажите школу в разделе «3. Названия школ» листа «Опора · Сопоставление» или добавьте её в реестр.',
  },
  'partner-unmatched': {
    text: (d) => `Школа-наставник «${d.name}» не найдена среди школ.`,
    advice: 'Впишите наставника так, как школа названа в реестре.',
  },
};
