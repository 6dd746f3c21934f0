/**
 * Every Russian string of the task pane and of its boot screen, in one module. Kept free of imports and
 * modern syntax beyond what TypeScript lowers to ES5, because `boot.ts` (built for old Office webviews)
 * imports it too.
 */

export const S = {
  title: 'Опора',
  subtitle: 'ШНОР и ШНСУ по данным вашей книги',

  oldWebview: {
    heading: 'Эта версия Office не может показать панель Опоры',
    body:
      'Встроенный браузер этой версии Excel (Office 2016/2019) устарел: современный интерфейс в нём не ' +
      'работает. Расчёт доступен и без надстройки.',
    standaloneLink: 'Откройте автономную страницу Опоры',
    standaloneHint:
      'Откройте файл opora-standalone.html в любом современном браузере, перетащите в него книгу .xlsx и ' +
      'сохраните пересчитанную книгу. Ничего никуда не отправляется.',
    ribbonHint: 'Кнопка «Пересчитать» на вкладке «Главная» в этой версии Excel недоступна.',
  },

  recalc: {
    heading: 'Пересчёт',
    button: 'Пересчитать',
    cancel: 'Отмена',
    stages: {
      read: 'Чтение листов',
      recognize: 'Распознавание',
      calculate: 'Расчёт показателей',
      write: 'Запись листов Опоры',
    },
    idleHint: 'Нажмите «Пересчитать»: Опора прочитает листы книги и запишет свои листы «Опора · …».',
    done: (schools: number, shnor: number, shnsu: number) =>
      'Готово: школ — ' + schools + ', ШНОР — ' + shnor + ', ШНСУ — ' + shnsu + '.',
    fromWorkbook: (schools: number, shnor: number, shnsu: number) =>
      'Результат последнего пересчёта, сохранённый в книге: школ — ' + schools + ', ШНОР — ' + shnor + ', ШНСУ — ' + shnsu + '.',
    remarks: (count: number) => 'Замечаний: ' + count,
    noSchools: 'Опора не прочитала ни одной школы — выводы не сделаны. Что исправить, сказано в ошибках выше.',
    cancelled: 'Пересчёт отменён. Книга не изменена.',
    failed: 'Пересчёт не выполнен',
    stageOf: (index: number, total: number, label: string) =>
      'Шаг ' + index + ' из ' + total + ': ' + label,
  },

  recognition: {
    heading: 'Что распознала Опора',
    empty: 'Листы появятся здесь после пересчёта.',
    sheet: 'Лист',
    role: 'Что это',
    confidence: 'Уверенность',
    openMapping: (sheet: string) => 'Открыть «' + sheet + '»',
    mappingHint: 'Если лист распознан неверно, исправьте это на листе сопоставления и пересчитайте.',
  },

  banner: {
    title: (count: number) => 'Ошибки в данных (' + count + '): выводы Опоры могут быть неполными',
  },

  flags: {
    heading: 'Школы с признаками',
    empty: 'Ни одна школа не отмечена как ШНОР, ШНСУ или с риском необъективности.',
    noneChosen: 'Выберите хотя бы один признак.',
    filters: 'Показать школы с признаком',
    filter: (kind: string, count: number) => kind + ' · ' + count,
    notYet: 'Список появится после пересчёта.',
    rule: 'Правило',
    /** Short badge texts where the kind's name would wrap a compact row. */
    badge: { Предупреждение: 'R2' } as Record<string, string>,
    flagsRow: 'Строка в перечне',
    roadmap: 'Дорожная карта',
    goToCell: (ref: string) => 'Перейти к ячейке ' + ref,
    sheets: 'Листы Опоры',
    open: (sheet: string) => 'Открыть «' + sheet + '»',
  },

  diagnostics: {
    heading: 'Замечания к данным',
    empty: 'Замечаний нет.',
    severity: { error: 'Ошибка', warning: 'Предупреждение', info: 'Сведения' } as Record<string, string>,
    goTo: (sheet: string, cell?: string) => 'Перейти: ' + sheet + (cell ? ', ' + cell : ''),
    whatToDo: 'Что сделать: ',
    selectFailed: (sheet: string) => 'Не удалось перейти на лист «' + sheet + '»: его нет в книге.',
  },

  settings: {
    heading: 'Быстрые настройки',
    hint: 'Значения записываются на лист «Опора · Настройки»; остальное правьте там.',
    currentYear: 'Текущий год',
    currentYearHint: 'Пусто — последний год в данных',
    failShare: 'Порог доли «2» для R1, %',
    minN: 'Минимум участников (min_n)',
    save: 'Сохранить',
    saved: 'Сохранено на листе «Опора · Настройки». Пересчитайте, чтобы применить.',
    invalid: {
      currentYear: 'Год — целое число от 2000 до 2100 или пусто.',
      failShare: 'Порог — число от 1 до 100.',
      minN: 'Минимум участников — целое число от 1 до 1000.',
    },
    saveFailed: 'Не удалось записать настройки',
    noSheet: 'Листа «Опора · Настройки» пока нет: его создаст первый пересчёт.',
    openSheet: (sheet: string) => 'Открыть «' + sheet + '»',
  },

  errors: {
    unexpected: 'Непредвиденная ошибка. Сохраните книгу и попробуйте ещё раз; если повторится — сообщите разработчикам.',
  },
};
