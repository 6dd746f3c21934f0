/**
 * `Опора · Паспорт программы` (seed 002, «Раздел 1 Паспорт Программы»), ready to sign: the approval block,
 * then the passport's sections — наименование, основание для разработки, заказчик, разработчик и
 * исполнители, цели, задачи, сроки и этапы, целевые показатели, ожидаемые результаты, система контроля —
 * filled from the settings, the verdicts and the event plan; what only a person can fill is a marked blank
 * «[заполнить: …]». Then the target indicators (`plans/passportRows.ts`) in whole pupils and schools, each
 * with its rule, and the coordinator and control lines.
 */
import type { OutputSheet } from '../model';
import { flagCounts } from '../flags/counts';
import { OWNED_SHEETS } from '../owned';
import { CLOSING_LINES, writeAbbreviations, writeApprovalBlock, writeClosingLines } from '../plans/approval';
import { CONTROL_POINTS } from '../plans/controlPoints';
import { academicYear, deadlineStart, resolveDeadline } from '../plans/deadlines';
import { districtInTitle } from '../plans/district';
import { planSections } from '../plans/documents';
import { passportRows, type PassportRow } from '../plans/passportRows';
import { isSupported } from '../plans/selection';
import type { SheetInput } from '../plans/sheetInput';
import { TARGET_YEARS } from '../plans/targets';
import { splitTallRow } from './rowHeights';
import { emptySheet, FORMATS, printLandscape, tableCells, writeTable, writeTitle, type ColumnSpec } from './sheet';
import { a1Range } from '../a1';

const SPAN = 2 + TARGET_YEARS + 1;

/** A blank only a person can fill, marked so it cannot be missed. */
export const blank = (what: string): string => `[заполнить: ${what}]`;

function sections(input: SheetInput, rows: PassportRow[]): [string, string][] {
  const { analysis, dataset, measures, planYear, district, names } = input;
  const counts = flagCounts(analysis, dataset);
  const years = `${academicYear(planYear)}–${academicYear(planYear + 1)} учебные годы`;
  const where = districtInTitle(district);
  const supported = analysis.verdicts.filter(isSupported).map((v) => names.inDocuments(v.schoolId));
  const partners = [...new Set(analysis.verdicts.filter((v) => v.partnerId).map((v) => names.inDocuments(v.partnerId!)))];
  const tasks = planSections(input).map((section, i) => `${i + 1}. ${section}.`);
  const lowResultsRow = rows.find((r) => r.label.startsWith('Число ШНОР'));
  const expected = rows
    .filter((r) => r.base !== r.targets[r.targets.length - 1])
    .map((r) => `${r.label}: с ${r.base} до ${r.targets[r.targets.length - 1]}`);
  const first = Math.min(...measures.map((m) => deadlineStart(m.deadline, planYear)));
  const start = measures.find((m) => deadlineStart(m.deadline, planYear) === first);
  const final = CONTROL_POINTS[CONTROL_POINTS.length - 1];
  return [
    ['Наименование программы', `Программа поддержки школ с низкими образовательными результатами и школ, функционирующих в неблагоприятных социальных условиях${where}, на ${years}`],
    [
      'Основание для разработки',
      `Результаты оценочных процедур ${analysis.years.join(', ')} гг. и социальные паспорта ОО (ШНОР — ${counts.lowResults}, ШНСУ — ${counts.socialRisk}: лист «${OWNED_SHEETS.flags}»); ${blank('реквизиты федеральных, региональных и муниципальных актов, на основании которых разработана программа')}`,
    ],
    ['Заказчик программы', district && district.source !== 'settings' ? `Управление образования ${district.text}` : blank('наименование органа, осуществляющего управление в сфере образования')],
    [
      'Разработчик и исполнители',
      `Разработчик: ${district && district.source !== 'settings' ? `управление образования ${district.text}` : blank('управление образования')}. Исполнители: ${supported.join(', ') || 'ОО района'}${partners.length > 0 ? `; школы-партнёры: ${partners.join(', ')}` : ''}; ИМЦ; ${blank('иные исполнители')}.`,
    ],
    [
      'Цели программы',
      `Повышение качества образования в ОО района и преодоление разрыва в образовательных результатах между ОО${lowResultsRow ? `: сокращение числа ШНОР с ${lowResultsRow.base} до ${lowResultsRow.targets[lowResultsRow.targets.length - 1]}` : ''}.`,
    ],
    ['Задачи программы', tasks.join(' ')],
    [
      'Сроки и этапы реализации',
      `${years}. Подготовительный этап — ${start ? resolveDeadline(start.deadline, planYear) : `до 1 сентября ${planYear}`}: нормативная база, рабочая группа, договоры со школами-партнёрами. ` +
        `Основной этап — с сентября ${planYear} по май ${planYear + 2}: школьные программы перехода в эффективный режим работы и дорожные карты. ` +
        `Итоговый этап — ${resolveDeadline(final.deadline, planYear + 1)}: итоговый мониторинг и решение о выходе ОО из перечня.`,
    ],
    ['Целевые показатели', `${rows.length} показателей — в таблице ниже; значения в целых обучающихся и ОО, у каждого — правило расчёта.`],
    ['Ожидаемые результаты', expected.length > 0 ? `${expected.join('; ')}.` : 'Сохранение достигнутых результатов.'],
    [
      'Система контроля',
      `${CONTROL_POINTS.map((p) => `${p.name.toLowerCase()} (${resolveDeadline(p.deadline, planYear)}; ${p.responsible})`).join('; ')}. Ежегодный отчёт о реализации — ${blank('срок и адресат отчёта')}.`.replace(/^./, (c) => c.toUpperCase()),
    ],
  ];
}

export function buildPassportSheet(input: SheetInput): OutputSheet {
  const sheet = emptySheet('passport', OWNED_SHEETS.passport);
  const { analysis } = input;
  const y = analysis.year;
  let row = writeApprovalBlock(sheet, SPAN, 2, 'passport', input.district);
  const title = `Паспорт программы поддержки школ с низкими образовательными результатами и школ, функционирующих в неблагоприятных социальных условиях${districtInTitle(input.district)}`;
  writeTitle(sheet, row++, title, SPAN, 13);
  const rows = passportRows(input);
  const parts = sections(input, rows);
  if (writeAbbreviations(sheet, row, SPAN, [title, ...parts.flat(), ...rows.flatMap((r) => [r.label, r.rule]), ...CLOSING_LINES])) row++;
  row += 1;
  const sectionColumns: ColumnSpec<[string, string]>[] = [
    { header: 'Раздел паспорта', width: 34, format: FORMATS.text, wrap: true, value: ([part]) => part },
    { header: 'Содержание', width: 26, format: FORMATS.text, wrap: true, value: ([, content]) => content },
  ];
  // «Содержание» is merged over the indicator table's width; a long one (the list of schools at region
  // scale) continues on the next rows, so no row needs more than Excel's 409 pt.
  const contentWidth = 26 + 24 * TARGET_YEARS + 56;
  const sectionRows = tableCells(sectionColumns, parts).flatMap((p) => splitTallRow(p, [sectionColumns[0], { width: contentWidth, wrap: true }], [0]));
  const sectionTop = row;
  row = writeTable(sheet, row, sectionColumns, sectionRows, { freeze: false, filter: false });
  for (let r = sectionTop; r < row; r++) sheet.merges.push(a1Range(r, 1, r, SPAN - 1));

  row += 1;
  writeTitle(sheet, row++, 'Целевые показатели программы', SPAN, 12);
  const columns: ColumnSpec<PassportRow>[] = [
    { header: 'Показатель', width: 34, format: FORMATS.text, wrap: true, value: (r) => r.label },
    { header: `Базовое значение (${y} г.)`, width: 26, format: FORMATS.text, wrap: true, value: (r) => r.base },
    ...Array.from({ length: TARGET_YEARS }, (_, i): ColumnSpec<PassportRow> => ({ header: `Цель на ${y + i + 1} г.`, width: 24, format: FORMATS.text, wrap: true, value: (r) => r.targets[i] })),
    { header: 'Как рассчитана цель', width: 56, format: FORMATS.text, wrap: true, value: (r) => r.rule },
  ];
  const header = row;
  row = writeTable(sheet, row, columns, tableCells(columns, rows), { freeze: false, filter: false });
  writeClosingLines(sheet, row + 1, SPAN);
  printLandscape(sheet, `${header + 1}:${header + 1}`);
  return sheet;
}
