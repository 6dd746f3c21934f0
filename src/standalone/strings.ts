/** Every Russian string of the standalone page (the headline is the engine's, shared with the CLI). */
export const STRINGS = {
  title: 'Опора — пересчёт книги без надстройки',
  lead:
    'Перетащите сюда книгу Excel (.xlsx) или выберите её кнопкой. Книга обрабатывается только на этом компьютере: ' +
    'страница ничего никуда не отправляет. Ваши листы не изменяются — Опора добавляет свои листы «Опора · …».',
  choose: 'Выбрать книгу…',
  dropHere: 'Можно перетащить файл прямо на эту область.',
  notXlsx: 'Это не книга .xlsx. Сохраните файл в Excel, Р7-Офис или LibreOffice как «Книга Excel (.xlsx)» и попробуйте снова.',
  unreadable:
    'Не удалось открыть книгу: файл повреждён или защищён паролем. Снимите пароль (Файл → Сведения → Защита книги) и попробуйте снова.',
  stages: {
    read: 'Чтение книги…',
    recognize: 'Распознавание листов…',
    calculate: 'Расчёт показателей и признаков…',
    write: 'Запись листов Опоры…',
  },
  opening: (file: string) => `Открываю «${file}»…`,
  progress: 'Ход пересчёта',
  done: (file: string) => `Готово. Сохранён файл «${file}».`,
  saveAgain: 'Скачать ещё раз',
  reportSheets: (sheets: string[]) => `В книге для отчёта и подписи: ${sheets.map((s) => `«${s}»`).join(', ')}.`,
  flaggedTitle: 'Отмеченные школы',
  noneFlagged: 'Ни одна школа не отмечена.',
  noSchools:
    'Опора не прочитала ни одной школы, поэтому ничего не отмечено — это не значит, что отмечать некого. Что исправить, сказано в ошибках выше.',
  errorsTitle: (count: number) => `Ошибки в данных (${count}): выводы Опоры могут быть неполными`,
  errorIcon: 'Ошибка',
  showWarnings: (count: number) => `Показать предупреждения R2 (школ: ${count})`,
  hideWarnings: 'Скрыть предупреждения R2',
  warningsTitle: 'Предупреждения R2',
  rule: (ruleId: string) => `Правило ${ruleId}`,
  diagnosticsTitle: 'Замечания к данным',
  noDiagnostics: 'Замечаний нет.',
  where: (sheet?: string, cell?: string) => [sheet ? `лист «${sheet}»` : '', cell ? `ячейка ${cell}` : ''].filter(Boolean).join(', '),
} as const;
