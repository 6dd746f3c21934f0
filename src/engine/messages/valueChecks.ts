/** Russian messages for values refused as impossible (errors) and «2» counts rebuilt from shares (info). */
import type { MessageCatalogue } from './types';

const NOT_USED = 'значение отклонено и не используется ни в одном выводе';

export const VALUE_CHECK_MESSAGES: MessageCatalogue = {
  'value-count-above-participants': {
    text: `В ячейке {cell} {mark} — {value}, а участников {n} (ячейка {nCell}): так быть не может, ${NOT_USED}.`,
    advice: 'Исправьте число в ячейке {cell} или число участников в {nCell}.',
  },
  'value-marks-above-participants': {
    text: 'Отметки в ячейках {range} в сумме дают {sum}, а участников {n} (ячейка {nCell}): так быть не может, эти отметки отклонены и не используются ни в одном выводе.',
    advice: 'Проверьте отметки «2»–«5» и число участников в этой строке.',
  },
  'value-share-above-100': {
    text: `В ячейке {cell} доля «{value}» в столбце «{column}» больше 100 %: так быть не может, ${NOT_USED}.`,
    advice: 'Исправьте долю в ячейке {cell}: от 0 до 100 %.',
  },
  'counts-from-shares': {
    text: 'Число «2» восстановлено по доле как округление (участники × доля «2») в ячейках {cells} ({count} строк): на листе только доли, без количеств.',
    advice: 'Если есть количества «2», добавьте их столбцом — Опора возьмёт их вместо долей.',
  },
};
