/**
 * Indicators a plan sets targets for: the label a reader sees and which way is better (which decides
 * the district's «better» quartile: Q1 where lower is better, Q3 where higher is better).
 */

export interface TargetIndicator {
  label: string;
  lowerIsBetter: boolean;
}

/**
 * Where a target came from: typed into settings, or a default rule of METHODOLOGY §4 (half the gap to the
 * better quartile; for the passport also the share of ШНОР halved each year and counts held).
 */
export type TargetSource = 'settings' | 'halfGap' | 'halve' | 'hold';

/** The reader's words for a target's source. */
export const TARGET_SOURCE_LABEL: Record<TargetSource, string> = {
  settings: 'цель из настроек',
  halfGap: 'половина разрыва до лучшего квартиля',
  halve: 'вдвое меньше за год',
  hold: 'сохранение базового уровня',
};

export const TARGET_INDICATORS: Record<string, TargetIndicator> = {
  fail: { label: 'Доля «2» (не преодолели порог)', lowerIsBetter: true },
  success: { label: 'Успеваемость', lowerIsBetter: false },
  quality: { label: 'Качество знаний', lowerIsBetter: false },
  lower: { label: 'Доля понизивших отметку', lowerIsBetter: true },
  higher: { label: 'Доля повысивших отметку', lowerIsBetter: true },
  confirm: { label: 'Доля подтвердивших отметку', lowerIsBetter: false },
};
