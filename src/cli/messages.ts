/** Every Russian string the `opora` command prints: errors (one line each), warnings, the report, the help. */

export const HELP = {
  program: 'Опора: пересчёт показателей ОГЭ/ЕГЭ/ВПР, ШНОР и ШНСУ в книгах Excel (.xlsx)',
  recalc: 'пересчитать одну книгу и записать листы Опоры в новый файл',
  batch: 'пересчитать все книги .xlsx и .xlsm в папке',
  input: 'исходная книга .xlsx или .xlsm',
  folder: 'папка с книгами .xlsx и .xlsm',
  outputFile: 'куда записать пересчитанную книгу',
  outputFolder: 'папка для пересчитанных книг',
  usageProgram: '[параметры] <команда>',
  usageRecalc: '<in.xlsx> (-o <out.xlsx> | --in-place) [параметры]',
  usageBatch: '<папка> -o <папка результатов> [параметры]',
  json: 'записать сводку в JSON-файл',
  jsonDir: 'папка для сводок JSON (по одной на книгу)',
  inPlace: 'записать результат в исходный файл, сохранив копию <имя>.bak.xlsx',
  strict: 'код выхода 3, если в сводке есть ошибки: вывод опирается на отсутствующие данные или значения отклонены',
  help: 'показать справку',
  helpCommand: 'справка по команде',
} as const;

/** Commander's help headings in Russian. */
export const HELP_TITLES: Record<string, string> = {
  'Usage:': 'Использование:',
  'Options:': 'Параметры:',
  'Commands:': 'Команды:',
  'Arguments:': 'Аргументы:',
  'Global Options:': 'Общие параметры:',
};

export const ERR = {
  fileMissing: (path: string) => `Файл «${path}» не найден.`,
  notAFile: (path: string) => `«${path}» — это папка, а нужен файл книги .xlsx.`,
  oldXls: (path: string) =>
    `Файл «${path}» — книга в старом формате Excel 97–2003 (.xls), как бы он ни был назван; откройте его в Excel и сохраните как «Книга Excel (*.xlsx)».`,
  encrypted: (path: string) =>
    `Файл «${path}» защищён паролем; снимите пароль в Excel (Файл → Сведения → Защита книги → Зашифровать с использованием пароля → очистить поле), сохраните книгу и запустите Опору снова.`,
  notXlsx: (path: string) =>
    `Файл «${path}» не является книгой Excel .xlsx; откройте его в Excel и сохраните как «Книга Excel (*.xlsx)».`,
  corrupt: (path: string) =>
    `Файл «${path}» повреждён, и открыть его не удалось; откройте его в Excel, сохраните заново как .xlsx и повторите.`,
  folderMissing: (path: string) => `Папка «${path}» не существует; создайте её или укажите другую.`,
  sameAsInput: (path: string) =>
    `Опора не записывает результат поверх исходного файла «${path}»; укажите другое имя в -o или добавьте --in-place (копия сохранится как .bak.xlsx).`,
  outputExtension: (path: string, ext: string) =>
    `Результат должен быть книгой того же типа, что исходная (${ext}), а «${path}» — нет; укажите в -o имя файла с расширением ${ext}.`,
  outputIsFolder: (path: string) => `«${path}» — это папка; укажите в -o имя файла, например «${path}/район.opora.xlsx».`,
  noWorkbookPart: (path: string) =>
    `Файл «${path}» — zip-архив, но книги Excel в нём нет; откройте исходную книгу в Excel, сохраните её как «Книга Excel (*.xlsx)» и повторите.`,
  tooLarge: (path: string, part: string) =>
    `Файл «${path}» после распаковки слишком велик (часть «${part}»): Опора читает книги до 800 МБ в распакованном виде; проверьте, что это та книга, и удалите из неё лишние листы или рисунки.`,
  outputAndInPlace: () => 'Укажите либо -o <файл>, либо --in-place, но не оба сразу.',
  outputRequired: () => 'Укажите, куда записать результат: -o <файл.xlsx> или --in-place.',
  cannotWrite: (path: string) =>
    `Не удалось записать «${path}»: файл открыт в другой программе или нет прав на запись; закройте его и повторите.`,
  noWorkbooks: (path: string) => `В папке «${path}» нет книг .xlsx или .xlsm.`,
  sameFolder: (path: string) => `Папка результатов совпадает с исходной «${path}»; укажите другую папку в -o.`,
  usage: (detail: string) => `Неверный вызов: ${detail}. Справка: opora --help`,
  unexpected: (path: string) =>
    `Непредвиденная ошибка Опоры при обработке «${path}»; пришлите этот файл разработчикам Опоры, чтобы они исправили ошибку.`,
} as const;

/** Commander's error codes → what went wrong, in Russian. */
export const USAGE_DETAIL: Record<string, string> = {
  'commander.missingArgument': 'не указан файл или папка',
  'commander.optionMissingArgument': 'у параметра не указано значение',
  'commander.missingMandatoryOptionValue': 'не указан обязательный параметр',
  'commander.unknownOption': 'неизвестный параметр',
  'commander.unknownCommand': 'неизвестная команда (есть recalc и batch)',
  'commander.excessArguments': 'лишние аргументы',
  'commander.help': 'не указана команда (recalc или batch)',
};

export const REPORT = {
  done: (input: string) => `Опора пересчитала «${input}».`,
  flagged: (school: string, rules: string) => `  • ${school} — ${rules}`,
  otherKind: (kind: string, schools: number) => `${kind} — ${schools} ОО`,
  others: (list: string) => `Кроме того: ${list}.`,
  error: (text: string) => `Ошибка: ${text}`,
  moreErrors: (count: number) => `…и ещё ошибок: ${count} — см. лист «Опора · Диагностика».`,
  problems: (errors: number, warnings: number) =>
    `Замечаний к данным: ошибок ${errors}, предупреждений ${warnings} — см. лист «Опора · Диагностика».`,
  output: (path: string) => `Результат: ${path}`,
  backup: (path: string) => `Копия исходного файла: ${path}`,
  json: (path: string) => `Сводка JSON: ${path}`,
  batchTotal: (ok: number, total: number) => `Пересчитано книг: ${ok} из ${total}.`,
} as const;
