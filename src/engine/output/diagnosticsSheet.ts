/**
 * `Опора · Диагностика`: every problem Opora found, one row each — `Важность | Лист | Ячейка | Что не так |
 * Что сделать` — errors first, so a methodologist fixes the source sheets from the top down.
 */
import { SEVERITY_RU } from '../messages';
import type { OutputSheet } from '../model';
import { OWNED_SHEETS } from '../owned';
import { emptySheet, printLandscape, tableCells, writeTable, writeTitle, type ColumnSpec } from './sheet';
import { a1Range } from '../a1';
import type { SummaryDiagnostic } from './summary';

const ORDER = { error: 0, warning: 1, info: 2 } as const;
const FILL = { error: 'F8CBAD', warning: 'FFE699', info: 'DDEBF7' } as const;

export function buildDiagnosticsSheet(diagnostics: SummaryDiagnostic[]): OutputSheet {
  const sheet = emptySheet('diagnostics', OWNED_SHEETS.diagnostics);
  writeTitle(sheet, 0, 'Диагностика: что Опора не смогла прочитать или на что стоит обратить внимание', 5);
  const sorted = [...diagnostics].sort(
    (a, b) => ORDER[a.severity] - ORDER[b.severity] || (a.sheet ?? '').localeCompare(b.sheet ?? ''),
  );
  const columns: ColumnSpec<SummaryDiagnostic>[] = [
    { header: 'Важность', width: 16, value: (d) => SEVERITY_RU[d.severity] },
    { header: 'Лист', width: 24, wrap: true, value: (d) => d.sheet ?? '' },
    { header: 'Ячейка', width: 10, value: (d) => d.cell ?? '' },
    { header: 'Что не так', width: 70, wrap: true, value: (d) => d.text },
    { header: 'Что сделать', width: 60, wrap: true, value: (d) => d.advice },
  ];
  const rows = tableCells(columns, sorted);
  if (rows.length === 0) rows.push(['Сведения', '', '', 'Замечаний нет: все распознанные листы прочитаны полностью.', '']);
  writeTable(sheet, 2, columns, rows);
  sorted.forEach((d, i) => sheet.styles.push({ range: a1Range(3 + i, 0, 3 + i, 0), style: { fill: FILL[d.severity] } }));
  printLandscape(sheet, '3:3');
  return sheet;
}
