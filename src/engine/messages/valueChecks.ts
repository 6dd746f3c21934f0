/** Russian messages for values refused as impossible (errors) and «2» counts rebuilt from shares (info). */
import type { ValueCheckFields } from '../diagnostics';
import type { MessageCatalogue } from './types';

const MARK: Record<ValueCheckFields['value-count-above-participants']['mark'], string> = { m2: '«2»', m3: '«3»', m4: '«4»', m5: '«5»' };
const NOT_USED = 'значение отклонено и не используется ни в одном выводе';

export const VALUE_CHECK_MESSAGES: MessageCatalogue<keyof ValueCheckFields> = {
  'value-count-above-participants': {
    text: (d) => `В ячейке ${d.cell} ${MARK[d.mark]} — ${d.value}, а участников ${d.n} (ячейка ${d.nCell}): так быть не может, ${NOT_USED}.`,
    advice: (d) => `Исправьте число в ячейке ${d.cell} или число участников в ${d.nCell}.`,
  },
  'value-marks-above-participants': {
    text: (d) =>
      `Отметки в ячейках ${d.cell} в сумме дают ${d.sum}, а участников ${d.n} (ячейка ${d.nCell}): так быть не может, эти отметки отклонены и не используются ни в одном выводе.`,
    advice: 'Проверьте отметки «2»–«5» и число участников в этой строке.',
  },
  'value-share-above-100': {
    text: (d) => `В ячейке ${d.cell} доля «${d.value}» в столбце «${d.column}» больше 100 %: так быть не может, ${NOT_USED}.`,
    advice: (d) => `Исправьте долю в ячейке ${d.cell}: от 0 до 100 %.`,
  },
  'counts-from-shares': {
    text: (d) =>
      `Число «2» восстановлено по доле как округление (участники × доля «2») в ячейках ${d.cells} (${d.count} строк): на листе только доли, без количеств.`,
    advice: 'Если есть количества «2», добавьте их столбцом — Опора возьмёт их вместо долей.',
  },
};
