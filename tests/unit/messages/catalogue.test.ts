/**
 * Every diagnostic code has a Russian text and advice, every sheet reason a Russian text (as HyperFormula
 * checks each translation package against its list of keys), every code is reported somewhere in the
 * engine, and what a run over the hand-built forms shows has no unfilled `{…}` slot.
 */
import { readdirSync, readFileSync, statSync } from 'fs';
import path from 'path';
import type { DiagnosticCode, DiagnosticOf, SheetReason, SheetReasonCode } from '../../../src/engine/diagnostics';
import { DIAGNOSTIC_CODES, renderDiagnostic, renderReason } from '../../../src/engine/messages';
import { recalculate } from '../../../src/engine/recalculate';
import { FORMS } from '../../fixtures/forms';
import { fisOkoLayout } from '../../fixtures/layouts/fisOkoLong';
import { groupedRegionalLayout } from '../../fixtures/layouts/groupedRegional';
import { markerTableLayout } from '../../fixtures/layouts/markerTable';
import { perProcedureLayout } from '../../fixtures/layouts/perProcedureSheets';
import { contingentCountsAndShares, fullNameRegister } from '../../fixtures/layouts/sharesAndFullNames';

const setting = { sheet: 'Опора · Настройки', cell: 'C5', name: 'Доля «2» для R1', value: 'много', default: '30 %' };
const row = { sheet: 'Опора · Каталог мер', cell: 'B7', row: 7 };

/** One diagnostic of every code: the compiler rejects a missing code here as in the catalogues. */
const SAMPLES: { [C in DiagnosticCode]: DiagnosticOf<C> } = {
  'owned-name-taken': { severity: 'warning', code: 'owned-name-taken', sheet: 'Опора · Сводка', used: 'Опора · Сводка (2)' },
  'sheet-unknown': { severity: 'info', code: 'sheet-unknown', sheet: 'Лист1', why: { reason: 'no-header' } },
  'correction-unreadable': { severity: 'warning', code: 'correction-unreadable', sheet: 'Опора · Сопоставление', cell: 'C4', value: 'нечто', kind: 'role' },
  'correction-unknown-school': { severity: 'warning', code: 'correction-unknown-school', sheet: 'ОГЭ', cell: 'B4', name: 'Школа 7', value: 'СОШ № 70' },
  'header-ambiguous': { severity: 'warning', code: 'header-ambiguous', sheet: 'Паспорт', cell: 'D3', column: 'опекаемые инофоны', chosen: 'опекаемые', rivals: 'инофоны' },
  'value-unreadable': { severity: 'warning', code: 'value-unreadable', sheet: 'ОГЭ', cell: 'E5', value: 'н/д', column: '«2»' },
  'value-out-of-range': { severity: 'warning', code: 'value-out-of-range', sheet: 'ОГЭ', cell: 'E5', value: '-3', column: '«2»' },
  'context-missing': { severity: 'warning', code: 'context-missing', sheet: 'ОГЭ', columns: 'E, F', what: 'year' },
  'year-from-calculation': { severity: 'info', code: 'year-from-calculation', sheet: 'Кадры', year: 2025 },
  'column-not-understood': { severity: 'warning', code: 'column-not-understood', sheet: 'ОГЭ', cell: 'K3', column: 'K', header: 'Прочее', examples: '«Участники», «2»' },
  'no-participants': { severity: 'info', code: 'no-participants', sheet: 'ОГЭ', cell: 'B9', name: 'СОШ № 3' },
  'total-mismatch': { severity: 'warning', code: 'total-mismatch', sheet: 'ОГЭ', cell: 'D6', label: 'Итого', total: 44, range: 'D4:D5', sum: 43 },
  'count-share-mismatch': { severity: 'warning', code: 'count-share-mismatch', sheet: 'ОГЭ', cell: 'G4', share: '30,0 %', countCell: 'E4', nCell: 'D4', computed: '25,0 %' },
  'share-count-mismatch': {
    severity: 'warning',
    code: 'share-count-mismatch',
    sheet: 'Паспорт',
    cell: 'E4',
    share: '10 %',
    totalCell: 'C4',
    computed: 12,
    countCell: 'D4',
    count: 15,
  },
  'share-without-total': { severity: 'warning', code: 'share-without-total', sheet: 'Паспорт', cell: 'E4', column: 'ОВЗ, %', share: '10 %', total: 'Обучающихся' },
  'duplicate-row': { severity: 'warning', code: 'duplicate-row', sheet: 'ОГЭ', cell: 'B8', name: 'СОШ № 1', what: 'ОГЭ математика 2026', first: 4, second: 8 },
  'school-ambiguous': { severity: 'warning', code: 'school-ambiguous', sheet: 'ОГЭ', cell: 'B4', name: 'СОШ № 2', candidates: 'СОШ № 2 (Городок); СОШ № 2 (Сёла)' },
  'school-fuzzy': { severity: 'info', code: 'school-fuzzy', sheet: 'ОГЭ', cell: 'B4', name: 'Сош 2', school: 'СОШ № 2' },
  'school-not-in-register': { severity: 'warning', code: 'school-not-in-register', sheet: 'ОГЭ', cell: 'B4', name: 'Лицей № 2', similar: 'СОШ № 2' },
  'partner-unmatched': { severity: 'warning', code: 'partner-unmatched', sheet: 'Реестр', cell: 'F4', name: 'Гимназия № 9' },
  'value-count-above-participants': {
    severity: 'error',
    code: 'value-count-above-participants',
    sheet: 'ОГЭ',
    cell: 'E4',
    mark: 'm2',
    value: 30,
    n: 20,
    nCell: 'D4',
  },
  'value-marks-above-participants': { severity: 'error', code: 'value-marks-above-participants', sheet: 'ОГЭ', cell: 'E5:H5', sum: 26, n: 20, nCell: 'D5' },
  'value-share-above-100': { severity: 'error', code: 'value-share-above-100', sheet: 'ОГЭ', cell: 'G4', value: '130 %', column: 'Доля «2»' },
  'counts-from-shares': { severity: 'info', code: 'counts-from-shares', sheet: 'ОГЭ', cell: 'E2:E9', cells: 'E2:E9, K4', count: 4 },
  'settings-invalid-percent': { severity: 'warning', code: 'settings-invalid-percent', ...setting },
  'settings-invalid-integer': { severity: 'warning', code: 'settings-invalid-integer', ...setting, min: 1, max: 10 },
  'settings-invalid-year': { severity: 'warning', code: 'settings-invalid-year', ...setting },
  'settings-invalid-boolean': { severity: 'warning', code: 'settings-invalid-boolean', ...setting },
  'settings-invalid-choice': { severity: 'warning', code: 'settings-invalid-choice', ...setting, choices: 'и / или' },
  'settings-invalid-rules': { severity: 'warning', code: 'settings-invalid-rules', ...setting, choices: 'R1, R2, R3' },
  'methodology-year-without-results': { severity: 'warning', code: 'methodology-year-without-results', year: 2026 },
  'methodology-no-previous-year': { severity: 'info', code: 'methodology-no-previous-year', year: 2026 },
  'methodology-no-contingent': { severity: 'info', code: 'methodology-no-contingent' },
  'methodology-shnor-off': { severity: 'warning', code: 'methodology-shnor-off', sheet: 'Опора · Настройки', cell: 'C6', cells: 'C6, C11, C25' },
  'methodology-shnsu-off': { severity: 'warning', code: 'methodology-shnsu-off', sheet: 'Опора · Настройки', cell: 'C20' },
  'missing-no-schools': { severity: 'error', code: 'missing-no-schools' },
  'missing-no-participants': { severity: 'error', code: 'missing-no-participants', sheet: 'ОГЭ', cell: 'A3:H3' },
  'missing-attached-unmatched': { severity: 'error', code: 'missing-attached-unmatched', sheet: 'Маркеры', role: 'markers', rows: 5 },
  'missing-rows-unmatched': {
    severity: 'error',
    code: 'missing-rows-unmatched',
    sheet: 'Паспорт',
    cell: 'B10',
    lost: 2,
    rows: 10,
    share: '20 %',
    cells: 'B10, B11',
  },
  'missing-passport-year': { severity: 'error', code: 'missing-passport-year', sheets: 'Паспорт', year: 2026 },
  'catalogue-no-text': { severity: 'warning', code: 'catalogue-no-text', ...row },
  'catalogue-unknown-direction': { severity: 'warning', code: 'catalogue-unknown-direction', ...row, value: 'прочее' },
  'catalogue-unknown-audience': { severity: 'warning', code: 'catalogue-unknown-audience', ...row, value: 'все школы' },
  'catalogue-empty-audience': { severity: 'info', code: 'catalogue-empty-audience', ...row },
  'catalogue-no-header': { severity: 'warning', code: 'catalogue-no-header', sheet: 'Опора · Каталог мер' },
  'catalogue-no-measures': { severity: 'warning', code: 'catalogue-no-measures', sheet: 'Опора · Каталог мер' },
  'plans-district-from-title': { severity: 'info', code: 'plans-district-from-title', district: 'Энского района' },
  'plans-district-unknown': { severity: 'info', code: 'plans-district-unknown' },
  'partner-choice-unknown': { severity: 'warning', code: 'partner-choice-unknown', school: 'СОШ № 1', value: 'Школа на Луне' },
};

const REASONS: { [R in SheetReasonCode]: Extract<SheetReason, { reason: R }> } = {
  opora: { reason: 'opora' },
  role: { reason: 'role', headers: 'ОО; Участники; «2»' },
  'no-header': { reason: 'no-header' },
  'no-school-column': { reason: 'no-school-column', headers: 'Участники' },
  registrations: { reason: 'registrations', headers: 'ОО; Участники' },
  applications: { reason: 'applications', title: 'Заявления на ЕГЭ' },
  'no-role-columns': { reason: 'no-role-columns', headers: 'ОО; Год' },
  user: { reason: 'user' },
  'user-ignored': { reason: 'user-ignored' },
};

/** A `{name}` slot left unfilled, or a value that never was one. */
const UNFILLED = /\{\w*\}|undefined|NaN|\[object /;
const RUSSIAN = /[а-яё]/i;

describe('the message catalogue', () => {
  it('lists exactly the codes of the type', () => {
    expect([...DIAGNOSTIC_CODES].sort()).toEqual(Object.keys(SAMPLES).sort());
  });

  it.each(DIAGNOSTIC_CODES)('%s has a Russian text and advice with every slot filled', (code) => {
    const { text, advice } = renderDiagnostic(SAMPLES[code]);
    for (const s of [text, advice]) {
      expect(s.trim()).not.toBe('');
      expect(s).toMatch(RUSSIAN);
      expect(s).not.toMatch(UNFILLED);
    }
  });

  it.each(Object.keys(REASONS) as SheetReasonCode[])('sheet reason %s has a Russian text', (reason) => {
    const text = renderReason(REASONS[reason]);
    expect(text).toMatch(RUSSIAN);
    expect(text).not.toMatch(UNFILLED);
  });

  it('puts the fields of a diagnostic into its text', () => {
    expect(renderDiagnostic(SAMPLES['total-mismatch']).text).toBe('Итоговая строка (Итого) даёт 44 в ячейке D6, а сумма по школам (D4:D5) — 43.');
    expect(renderDiagnostic(SAMPLES['methodology-no-previous-year']).text).toContain('Нет результатов за 2025 г.');
    expect(renderDiagnostic(SAMPLES['school-not-in-register']).text).toBe('ОО «Лицей № 2» не найдена в реестре (похожие: СОШ № 2).');
    expect(renderDiagnostic({ ...SAMPLES['school-not-in-register'], similar: '' }).text).toBe('ОО «Лицей № 2» не найдена в реестре.');
    expect(renderDiagnostic(SAMPLES['missing-attached-unmatched']).text).toContain('Лист маркеров необъективности «Маркеры» (5 строк)');
    expect(renderDiagnostic(SAMPLES['sheet-unknown']).text).toBe('Лист «Лист1» не распознан: Не найдена строка заголовков с названием или кодом ОО.');
    expect(renderDiagnostic(SAMPLES['correction-unreadable']).text).toBe('Исправление «нечто» не понято (роль листа).');
    expect(renderDiagnostic(SAMPLES['context-missing'])).toEqual({
      text: 'Для столбцов E, F не удалось понять год; эти данные не прочитаны.',
      advice: 'Добавьте столбец «год», укажите его в заголовке или в названии листа (например, «ОГЭ рус 2024»).',
    });
    expect(renderDiagnostic(SAMPLES['value-count-above-participants']).text).toContain('В ячейке E4 «2» — 30, а участников 20 (ячейка D4)');
  });
});

/** Every `.ts` file under `dir`. */
function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    return statSync(file).isDirectory() ? sources(file) : file.endsWith('.ts') ? [file] : [];
  });
}

describe('codes in use', () => {
  const engine = path.join(__dirname, '..', '..', '..', 'src', 'engine');
  const reporting = sources(engine)
    .filter((f) => !f.startsWith(path.join(engine, 'messages')) && path.basename(f) !== 'diagnostics.ts')
    .map((f) => readFileSync(f, 'utf8'))
    .join('\n');

  it.each(DIAGNOSTIC_CODES)('%s is reported by some stage of the engine (no dead code)', (code) => {
    expect(reporting).toContain(`'${code}'`);
  });
});

describe('what a run shows', () => {
  const workbooks = [
    ...FORMS.map((f) => f.build()),
    fisOkoLayout(),
    groupedRegionalLayout(),
    markerTableLayout(),
    perProcedureLayout(),
    [contingentCountsAndShares(), fullNameRegister()],
  ];
  const shown = workbooks.flatMap((grids) => recalculate(grids).summary.diagnostics);

  it('covers many codes', () => {
    expect(new Set(shown.map((d) => d.code)).size).toBeGreaterThanOrEqual(12);
  });

  it('has no unfilled slot in any text or advice', () => {
    const bad = shown.filter((d) => UNFILLED.test(d.text) || UNFILLED.test(d.advice));
    expect(bad).toEqual([]);
    expect(shown.every((d) => d.text.trim() !== '' && d.advice.trim() !== '')).toBe(true);
  });
});
