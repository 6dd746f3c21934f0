/** Russian messages for diagnostics that belong to no single stage (workbook-level problems). */
import type { GeneralFields } from '../diagnostics';
import type { MessageCatalogue } from './types';

export const GENERAL_MESSAGES: MessageCatalogue<keyof GeneralFields> = {
  'owned-name-taken': {
    text: (d) => `Лист «${d.sheet}» создан не Опорой, поэтому Опора его не трогает и пишет результаты на лист «${d.used}».`,
    advice: (d) => `Если лист «${d.sheet}» не нужен, переименуйте или удалите его, и Опора вернётся к обычному имени.`,
  },
};
