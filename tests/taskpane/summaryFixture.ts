/** A hand-written summary of a two-school district, as `runRecalculation` would return it. */
import { lastResultOf, type LastResult } from '../../src/engine/output/lastResult';
import type { Summary } from '../../src/engine/output/summary';

export function summaryOfTwoSchools(): Summary {
  return {
    version: 'test',
    district: 'Энский район',
    year: 2025,
    years: [2024, 2025],
    schools: [
      { id: 'code:101', name: 'МБОУ СОШ № 1', code: '101' },
      { id: 'code:102', name: 'МКОУ Берёзовская ООШ', code: '102' },
    ],
    flags: [
      {
        schoolId: 'code:101',
        schoolName: 'МБОУ СОШ № 1',
        kind: 'Предупреждение',
        ruleId: 'R2',
        explanation: 'R2 (предупреждение): в 2025 г. ОГЭ мат 9 — «2» у 1 чел. из 29.',
        years: [2025],
      },
      {
        schoolId: 'code:102',
        schoolName: 'МКОУ Берёзовская ООШ',
        kind: 'ШНОР',
        ruleId: 'R1',
        explanation: "Доля «2» ≥ 30 % в 2 процедурах 2025 года: ОГЭ Математика 9 — 41,7 % ('ОГЭ 2025'!F7).",
        years: [2024, 2025],
      },
      {
        schoolId: 'code:102',
        schoolName: 'МКОУ Берёзовская ООШ',
        kind: 'ШНСУ',
        ruleId: 'SOC',
        explanation: 'Выше верхнего квартиля района по 3 из 5 социальных показателей.',
        years: [2025],
      },
    ],
    verdicts: [
      { schoolId: 'code:101', shnor: false, shnsu: false, objectivityRisk: false, resilient: false },
      { schoolId: 'code:102', shnor: true, shnsu: true, objectivityRisk: false, resilient: false },
    ],
    districtValues: [],
    sheets: [
      { sheet: 'ОГЭ 2025', role: 'results', confidence: 0.93, reason: '' },
      { sheet: 'Соцпаспорт', role: 'contingent', confidence: 0.8, reason: '' },
      { sheet: 'Опора · Сводка', role: 'opora', confidence: 1, reason: '' },
    ],
    coverage: [],
    diagnostics: [
      { severity: 'info', code: 'sheet-unknown', text: 'Лист «Заметки» не распознан.', advice: '' },
      {
        severity: 'error',
        code: 'value-unreadable',
        sheet: 'ОГЭ 2025',
        cell: 'D12',
        text: 'Число участников «девять» не число.',
        advice: 'Впишите число.',
      },
    ],
    changes: { newlyFlagged: [], noLongerFlagged: [], comparedWithPreviousRun: false },
    switchedOff: { shnor: false, shnsu: false },
    outputSheets: ['Опора · Сводка', 'Опора · ШНОР и ШНСУ', 'Опора · План мероприятий', 'Опора · Дорожная карта', 'Опора · Сопоставление (2)'],
    // The user owns a sheet named «Опора · Сопоставление»: links must go to Opora's «(2)».
    dynamics: { years: [2025, 2026], rows: [] },
    monitoring: [],
    ownedSheets: {
      summary: 'Опора · Сводка',
      flags: 'Опора · ШНОР и ШНСУ',
      eventPlan: 'Опора · План мероприятий',
      roadmap: 'Опора · Дорожная карта',
      monitoring: 'Опора · Мониторинг 1.2',
      dynamics: 'Опора · Динамика',
      mapping: 'Опора · Сопоставление (2)',
    },
    places: {
      'code:102': {
        flags: { sheet: 'Опора · ШНОР и ШНСУ', cell: 'A5' },
        roadmap: { sheet: 'Опора · Дорожная карта', cell: 'A3' },
      },
      'code:101': { flags: { sheet: 'Опора · ШНОР и ШНСУ', cell: 'A6' } },
    },
  };
}

/** The same district as the pane keeps it. */
export function resultOfTwoSchools(): LastResult {
  return lastResultOf(summaryOfTwoSchools());
}
