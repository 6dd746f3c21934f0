/**
 * The user-editable sheet `Опора · Настройки` (created once, then only read): writing it from settings
 * and reading settings back with a cell-precise Russian diagnostic for each invalid value, which falls back
 * to that one setting's default while the rest still apply.
 */
import type { CellValue, Diagnostic, OutputSheet, SheetGrid } from '../model';
import { OWNED_SHEETS } from '../owned';
import { emptySheet, FORMATS, printLandscape, tableCells, writeTable, writeTitle, type ColumnSpec } from '../output/sheet';
import { a1, a1Range } from '../a1';
import { DEFAULT_SETTINGS, type Settings } from './defaults';
import { SETTING_ROWS, type SettingRow } from './settingsRows';
import { switchedOff } from './switchedOff';

const HEADER_ROW = 2;
/** Columns of the table below the header: id | Параметр | Значение | Пояснение. */
export const ID_COL = 0;
export const VALUE_COL = 2;

/** A deep copy, so reading never mutates the defaults. */
export function cloneSettings(s: Settings): Settings {
  return {
    ...s,
    r1: { ...s.r1 },
    r2: { ...s.r2 },
    r3: { ...s.r3 },
    objectivity: { ...s.objectivity },
    shnsu: { ...s.shnsu },
    partner: { ...s.partner },
    lowResultsRules: [...s.lowResultsRules],
    ...(s.targets ? { targets: { ...s.targets } } : {}),
  };
}

export function buildSettingsSheet(settings: Settings = DEFAULT_SETTINGS): OutputSheet {
  const sheet = emptySheet('settings', OWNED_SHEETS.settings, 'createOnce');
  writeTitle(sheet, 0, 'Опора · Настройки — параметры методики', 4);
  sheet.values[1] = ['Меняйте только столбец «Значение». Опора создаёт этот лист один раз и дальше только читает его; удалите лист, чтобы вернуть значения по умолчанию.'];
  sheet.merges.push('A2:D2');
  sheet.styles.push({ range: 'A2:D2', style: { italic: true, wrap: true } });
  const columns: ColumnSpec<SettingRow>[] = [
    { header: 'id', width: 20, format: FORMATS.text, value: (r) => r.id },
    { header: 'Параметр', width: 44, wrap: true, value: (r) => r.name },
    { header: 'Значение', width: 16, value: (r) => r.write(settings) },
    { header: 'Пояснение', width: 70, wrap: true, value: (r) => r.note },
  ];
  const rows = tableCells(columns, SETTING_ROWS);
  writeTable(sheet, HEADER_ROW, columns, rows, { filter: false });
  SETTING_ROWS.forEach((r, i) => {
    if (r.percent) sheet.numberFormats.push({ range: a1(HEADER_ROW + 1 + i, VALUE_COL), format: '0%' });
  });
  sheet.styles.push({ range: a1Range(HEADER_ROW + 1, VALUE_COL, HEADER_ROW + rows.length, VALUE_COL), style: { fill: 'FFF2CC', horizontal: 'center' } });
  printLandscape(sheet, `${HEADER_ROW + 1}:${HEADER_ROW + 1}`);
  return sheet;
}

/** A default as a person reads it: 0.3 → «30 %», nothing → «пусто». */
function defaultText(v: CellValue, percent?: boolean): string {
  if (v === null || v === '') return 'пусто';
  if (percent && typeof v === 'number') return `${String(Math.round(v * 1000) / 10).replace('.', ',')} %`;
  return String(v);
}

/**
 * Settings from Opora's settings sheet (found by the caller through the `_opora` registry, see
 * `owned.ts#ownedGrid`); no sheet → defaults without a diagnostic.
 */
export function readSettings(grid: SheetGrid | undefined): { settings: Settings; diagnostics: Diagnostic[] } {
  const settings = cloneSettings(DEFAULT_SETTINGS);
  const diagnostics: Diagnostic[] = [];
  if (!grid) return { settings, diagnostics };
  const byId = new Map(SETTING_ROWS.map((r) => [r.id, r]));
  /** Setting id → the cell its value was read from. */
  const cells = new Map<string, string>();
  grid.values.forEach((line, row) => {
    const id = line[ID_COL];
    const spec = typeof id === 'string' ? byId.get(id.trim()) : undefined;
    if (!spec) return;
    cells.set(spec.id, a1(row, VALUE_COL));
    const value = line[VALUE_COL] ?? null;
    const result = spec.read(value, settings);
    if (!result.ok) {
      diagnostics.push({
        severity: 'warning',
        sheet: grid.name,
        cell: a1(row, VALUE_COL),
        name: spec.name,
        value: String(value ?? ''),
        default: defaultText(spec.write(DEFAULT_SETTINGS), spec.percent),
        ...result.problem,
      });
    }
  });
  diagnostics.push(...switchedOffWarnings(settings, grid.name, cells));
  return { settings, diagnostics };
}

/** A warning for each verdict the sheet switches off, naming the cells that do it (defaults switch nothing off). */
function switchedOffWarnings(settings: Settings, sheet: string, cells: Map<string, string>): Diagnostic[] {
  const off = switchedOff(settings);
  const out: Diagnostic[] = [];
  const at = (ids: string[]) => ids.flatMap((id) => cells.get(id) ?? []);
  if (off.shnor) {
    const toggles = settings.lowResultsRules.map((rule) => (rule === 'R1' ? 'r1.enabled' : 'r3.enabled'));
    const where = at([...toggles, 'shnor.rules']);
    out.push({ severity: 'warning', code: 'methodology-shnor-off', sheet, ...(where.length > 0 ? { cell: where[0] } : {}), cells: where.join(', ') });
  }
  if (off.shnsu) out.push({ severity: 'warning', code: 'methodology-shnsu-off', sheet, cell: at(['shnsu.enabled']).join(', ') });
  return out;
}
